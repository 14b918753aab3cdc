"""Every 0.7.20 method of the mail-imports and webhook-subscription families exists here,
sync and async, with a signature an official caller's code keeps working against."""

from __future__ import annotations

import pytest

from inkbox import (
    AsyncMailImportsResource,
    AsyncWebhookDeliveriesResource,
    AsyncWebhookSubscriptionsResource,
    MailImportsResource,
    WebhookDeliveriesResource,
    WebhookSubscriptionsResource,
)
from tests.interop.surface_classes import incompatibilities, official_surface, surface_of

FAMILIES = {
    "inkbox.mail.resources.imports:MailboxImportsResource": (
        MailImportsResource,
        AsyncMailImportsResource,
    ),
    "inkbox.webhook_subscriptions:WebhookSubscriptionsResource": (
        WebhookSubscriptionsResource,
        AsyncWebhookSubscriptionsResource,
    ),
    "inkbox.webhook_deliveries:WebhookDeliveriesResource": (
        WebhookDeliveriesResource,
        AsyncWebhookDeliveriesResource,
    ),
}


@pytest.fixture(scope="module")
def official() -> dict[str, dict[str, list[list[object]]]]:
    return official_surface("0.7.20", FAMILIES)


def test_the_official_families_have_the_methods_we_mirror(official: dict) -> None:
    counts = {target: len(methods) for target, methods in official.items()}
    assert counts == {  # 8 + 5 + 2: the 15 methods of surface-0.7.20.md for these families
        "inkbox.mail.resources.imports:MailboxImportsResource": 8,
        "inkbox.webhook_subscriptions:WebhookSubscriptionsResource": 5,
        "inkbox.webhook_deliveries:WebhookDeliveriesResource": 2,
    }


@pytest.mark.parametrize("target", sorted(FAMILIES))
def test_every_official_method_is_here_with_a_compatible_signature(
    official: dict, target: str
) -> None:
    problems = []
    for ours in FAMILIES[target]:
        problems += incompatibilities(official[target], surface_of(ours), ours.__name__)
    assert problems == []
