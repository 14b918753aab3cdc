"""Issue 16's contact permissions family: every 0.7.20 method of `contacts.access`,
`contacts.permissions`, `contacts.communication_policy` and `contacts.correspondence` (and the
identity shortcut) is on our sync and async clients, callable the way 0.7.20 callers call it."""

from __future__ import annotations

from typing import Any

import pytest

import inkbox
from tests.interop.official import run_official
from tests.interop.surface import describe, incompatibilities, official_script

PATHS = [
    "Inkbox.contacts.access",
    "Inkbox.contacts.permissions",
    "Inkbox.contacts.communication_policy",
    "Inkbox.contacts.correspondence",
    "AgentIdentity:list_contact_communication_policies",
]

ROOTS = (
    '{"Inkbox": official.Inkbox(api_key="k", base_url="http://127.0.0.1:9"),'
    ' "AgentIdentity": official.AgentIdentity}'
)


@pytest.fixture(scope="module")
def official_surface() -> dict[str, Any]:
    surface: dict[str, Any] = run_official("0.7.20", official_script(ROOTS, PATHS), {})
    return surface


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_contact_permissions_match_0_7_20(official_surface: dict[str, Any], flavour: str) -> None:
    if flavour == "sync":
        client: Any = inkbox.Inkbox("k", base_url="http://127.0.0.1:9")
        identity: Any = inkbox.AgentIdentity
    else:
        client = inkbox.AsyncInkbox("k", base_url="http://127.0.0.1:9")
        identity = inkbox.AsyncAgentIdentity
    ours = describe({"Inkbox": client, "AgentIdentity": identity}, PATHS)
    assert official_surface["Inkbox.contacts.communication_policy"], "nothing to compare"
    assert set(official_surface["Inkbox.contacts.permissions"]) == {"get", "update"}
    assert incompatibilities(official_surface, ours) == []
