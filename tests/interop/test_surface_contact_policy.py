"""Issue 16's contact permissions family: every 0.7.20 method of `contacts.access`,
`contacts.permissions`, `contacts.communication_policy` and `contacts.correspondence` (and the
identity shortcut) is on our sync and async clients, callable the way 0.7.20 callers call it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.interop.surface import compare, members, official, ours

PATHS = [
    "inkbox.contacts.access",
    "inkbox.contacts.permissions",
    "inkbox.contacts.communication_policy",
    "inkbox.contacts.correspondence",
    "identity:list_contact_communication_policies",
]


@pytest.fixture(scope="module")
def official_surface() -> dict[str, Any]:
    surface: dict[str, Any] = official("0.7.20")["surface"]
    return surface


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_contact_permissions_match_0_7_20(official_surface: dict[str, Any], flavour: str) -> None:
    assert members(official_surface, "inkbox.contacts.communication_policy"), "nothing to compare"
    assert set(members(official_surface, "inkbox.contacts.permissions") or {}) == {"get", "update"}
    assert compare(official_surface, ours(flavour), PATHS) == []
