"""Issue 16's SMS opt-ins, identity-keyed contact rules and text additions: every 0.7.20 method
of them is on our sync and async clients, callable the way 0.7.20 callers call it (the generic
walker in `surface.py`)."""

from __future__ import annotations

from typing import Any

import pytest

import inkbox
from tests.interop.official import run_official
from tests.interop.surface import describe, incompatibilities, official_script

RULE_SHORTCUTS = ",".join(
    f"{verb}_{kind}_contact_rule{'s' if verb == 'list' else ''}"
    for kind in ("mail", "phone")
    for verb in ("create", "get", "list", "update", "delete")
)
PATHS = [
    "Inkbox.sms_opt_ins",
    "Inkbox.mail_identity_contact_rules",
    "Inkbox.phone_identity_contact_rules",
    "Inkbox.texts:send,list_conversations",
    f"AgentIdentity:{RULE_SHORTCUTS},send_text,list_text_conversations",
]

ROOTS = (
    '{"Inkbox": official.Inkbox(api_key="k", base_url="http://127.0.0.1:9"),'
    ' "AgentIdentity": official.AgentIdentity}'
)


@pytest.fixture(scope="module")
def official_surface() -> dict[str, Any]:
    surface: dict[str, Any] = run_official("0.7.20", official_script(ROOTS, PATHS), {})
    return surface


def test_the_official_families_have_the_methods_we_mirror(official_surface: dict[str, Any]) -> None:
    """4 opt-in methods and 22 rule methods (6 + 6 resource methods, 10 shortcuts), as
    surface-0.7.20.md counts them."""
    counts = {path: len(members) for path, members in official_surface.items()}
    assert counts["Inkbox.sms_opt_ins"] == 4
    assert counts["Inkbox.mail_identity_contact_rules"] == 6
    assert counts["Inkbox.phone_identity_contact_rules"] == 6
    assert counts[PATHS[-1]] == 12


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_phone_families_match_0_7_20(official_surface: dict[str, Any], flavour: str) -> None:
    if flavour == "sync":
        client: Any = inkbox.Inkbox("k", base_url="http://127.0.0.1:9")
        identity: Any = inkbox.AgentIdentity
    else:
        client = inkbox.AsyncInkbox("k", base_url="http://127.0.0.1:9")
        identity = inkbox.AsyncAgentIdentity
    ours = describe({"Inkbox": client, "AgentIdentity": identity}, PATHS)
    assert incompatibilities(official_surface, ours) == []
