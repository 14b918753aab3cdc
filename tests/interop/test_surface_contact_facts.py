"""Every 0.7.20 method of the contact-facts family and of the contacts and vCard resources
(merge, bulk delete, multi-contact export, `review_status`, `permissions`) exists here, sync
and async, with a signature an official caller's code keeps working against."""

from __future__ import annotations

import pytest

from inkbox import (
    AsyncContactFactsResource,
    AsyncContactsResource,
    ContactFactsResource,
    ContactsResource,
)
from inkbox._async.resources.contacts import AsyncContactVCardsResource
from inkbox._sync.resources.contacts import ContactVCardsResource
from tests.interop.surface_classes import incompatibilities, official_surface, surface_of

FAMILIES = {
    "inkbox.contacts.resources.contact_facts:ContactFactsResource": (
        ContactFactsResource,
        AsyncContactFactsResource,
    ),
    "inkbox.contacts.resources.contacts:ContactsResource": (
        ContactsResource,
        AsyncContactsResource,
    ),
    "inkbox.contacts.resources.vcards:VCardsResource": (
        ContactVCardsResource,
        AsyncContactVCardsResource,
    ),
}


@pytest.fixture(scope="module")
def official() -> dict[str, dict[str, list[list[object]]]]:
    return official_surface("0.7.20", FAMILIES)


def test_the_official_families_have_the_methods_we_mirror(official: dict) -> None:
    assert {target: sorted(methods) for target, methods in official.items()} == {
        "inkbox.contacts.resources.contact_facts:ContactFactsResource": [
            "create",
            "delete",
            "get",
            "list",
            "resolve_citation",
            "resolve_citation_url",
            "update",
        ],
        "inkbox.contacts.resources.contacts:ContactsResource": [
            "bulk_delete",
            "create",
            "delete",
            "get",
            "list",
            "lookup",
            "merge",
            "update",
        ],
        "inkbox.contacts.resources.vcards:VCardsResource": [
            "export_vcard",
            "export_vcards",
            "import_vcards",
        ],
    }


@pytest.mark.parametrize("target", sorted(FAMILIES))
def test_every_official_method_is_here_with_a_compatible_signature(
    official: dict, target: str
) -> None:
    problems = []
    for ours in FAMILIES[target]:
        problems += incompatibilities(official[target], surface_of(ours), ours.__name__)
    assert problems == []
