"""Issue 16's SMS opt-ins, identity-keyed contact rules and text additions: every 0.7.20 method
of them is on our sync and async clients, callable the way 0.7.20 callers call it
(`surface.py`)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.interop.surface import compare, members, official, ours

RULE_SHORTCUTS = ",".join(
    f"{verb}_{kind}_contact_rule{'s' if verb == 'list' else ''}"
    for kind in ("mail", "phone")
    for verb in ("create", "get", "list", "update", "delete")
)
PATHS = [
    "inkbox.sms_opt_ins",
    "inkbox.mail_identity_contact_rules",
    "inkbox.phone_identity_contact_rules",
    "inkbox.texts:send,list_conversations",
    f"identity:{RULE_SHORTCUTS},send_text,list_text_conversations",
]


@pytest.fixture(scope="module")
def official_surface() -> dict[str, Any]:
    surface: dict[str, Any] = official("0.7.20")["surface"]
    return surface


def test_the_official_families_have_the_methods_we_mirror(official_surface: dict[str, Any]) -> None:
    """4 opt-in methods and 22 rule methods (6 + 6 resource methods, 10 shortcuts), as
    surface-0.7.20.md counts them."""
    counts = {path: len(members(official_surface, path) or {}) for path in PATHS}
    assert counts["inkbox.sms_opt_ins"] == 4
    assert counts["inkbox.mail_identity_contact_rules"] == 6
    assert counts["inkbox.phone_identity_contact_rules"] == 6
    assert counts[PATHS[-1]] == 12


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_phone_families_match_0_7_20(official_surface: dict[str, Any], flavour: str) -> None:
    assert compare(official_surface, ours(flavour), PATHS) == []
