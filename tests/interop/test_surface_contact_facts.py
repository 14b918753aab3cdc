"""Every 0.7.20 method of the contact-facts family and of the contacts and vCard resources
(merge, bulk delete, multi-contact export, `review_status`, `permissions`) exists here, sync
and async, with a signature an official caller's code keeps working against (`surface.py`)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.interop.surface import compare, members, official, ours

# 0.7.20's ContactFactsResource, ContactsResource and VCardsResource, as its client reaches them
PATHS = ["inkbox.contacts.facts", "inkbox.contacts", "inkbox.contacts.vcards"]


@pytest.fixture(scope="module")
def official_surface() -> dict[str, Any]:
    surface: dict[str, Any] = official("0.7.20")["surface"]
    return surface


def test_the_official_families_have_the_methods_we_mirror(official_surface: dict[str, Any]) -> None:
    classes = {path: official_surface[path]["class"] for path in PATHS}
    assert classes == {
        "inkbox.contacts.facts": "ContactFactsResource",
        "inkbox.contacts": "ContactsResource",
        "inkbox.contacts.vcards": "VCardsResource",
    }
    methods = {
        path: sorted(
            n for n, e in (members(official_surface, path) or {}).items() if e["kind"] == "method"
        )
        for path in PATHS
    }
    assert methods == {
        "inkbox.contacts.facts": [
            "create",
            "delete",
            "get",
            "list",
            "resolve_citation",
            "resolve_citation_url",
            "update",
        ],
        "inkbox.contacts": [
            "bulk_delete",
            "create",
            "delete",
            "get",
            "list",
            "lookup",
            "merge",
            "update",
        ],
        "inkbox.contacts.vcards": ["export_vcard", "export_vcards", "import_vcards"],
    }


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_every_official_method_is_here_with_a_compatible_signature(
    official_surface: dict[str, Any], flavour: str, path: str
) -> None:
    assert compare(official_surface, ours(flavour), [path]) == []
