"""Every 0.7.20 method of the mail-imports and webhook-subscription families exists here,
sync and async, with a signature an official caller's code keeps working against
(`surface.py`; 0.7.20's client reaches none of these resources, so they are roots of their
own)."""

from __future__ import annotations

from typing import Any

import pytest

from inkbox import (
    AsyncMailImportsResource,
    AsyncWebhookDeliveriesResource,
    AsyncWebhookSubscriptionsResource,
    MailImportsResource,
    WebhookDeliveriesResource,
    WebhookSubscriptionsResource,
)
from tests.interop.surface import compare, members, official, ours

THEIR_ROOTS = {
    "imports": "inkbox.mail.resources.imports:MailboxImportsResource",
    "webhook_subscriptions": "inkbox.webhook_subscriptions:WebhookSubscriptionsResource",
    "webhook_deliveries": "inkbox.webhook_deliveries:WebhookDeliveriesResource",
}
OUR_ROOTS: dict[str, dict[str, type]] = {
    "sync": {
        "imports": MailImportsResource,
        "webhook_subscriptions": WebhookSubscriptionsResource,
        "webhook_deliveries": WebhookDeliveriesResource,
    },
    "async": {
        "imports": AsyncMailImportsResource,
        "webhook_subscriptions": AsyncWebhookSubscriptionsResource,
        "webhook_deliveries": AsyncWebhookDeliveriesResource,
    },
}


@pytest.fixture(scope="module")
def official_surface() -> dict[str, Any]:
    surface: dict[str, Any] = official("0.7.20", THEIR_ROOTS)["surface"]
    return surface


def test_the_official_families_have_the_methods_we_mirror(official_surface: dict[str, Any]) -> None:
    counts = {
        root: sum(e["kind"] == "method" for e in (members(official_surface, root) or {}).values())
        for root in THEIR_ROOTS
    }
    assert counts == {  # 8 + 5 + 2: the 15 methods of surface-0.7.20.md for these families
        "imports": 8,
        "webhook_subscriptions": 5,
        "webhook_deliveries": 2,
    }


@pytest.mark.parametrize("root", sorted(THEIR_ROOTS))
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_every_official_method_is_here_with_a_compatible_signature(
    official_surface: dict[str, Any], flavour: str, root: str
) -> None:
    assert compare(official_surface, ours(flavour, OUR_ROOTS[flavour]), [root]) == []
