"""Issue 16's Voice AI, incoming-call action and call families: every 0.7.20 method of them is
on our sync and async clients, callable the way 0.7.20 callers call it (`surface.py`)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.interop.surface import compare, members, official, ours

PATHS = [
    "inkbox.hosted_agent",
    "inkbox.incoming_call_action",
    # `calls.get` keeps 0.3.1's `(phone_number_id, call_id)`; 0.7's form is `get_by_id`.
    "inkbox.calls:place,hangup,transcripts,tool_invocations",
    "identity:place_call,hangup_call,list_transcripts,list_tool_invocations,"
    "get_hosted_agent_config,set_hosted_agent_config,set_hosted_agent_authority_mode,"
    "get_incoming_call_action,set_incoming_call_action",
]


@pytest.fixture(scope="module")
def official_surface() -> dict[str, Any]:
    surface: dict[str, Any] = official("0.7.20")["surface"]
    return surface


def test_the_walker_sees_every_method(official_surface: dict[str, Any]) -> None:
    """surface-0.7.20.md's hosted-agent (9), incoming-call action (4) and calls (3) rows,
    plus `calls.place` and the identity's `place_call` / `list_transcripts`."""
    counts = {path: len(members(official_surface, path) or {}) for path in PATHS}
    assert counts == {PATHS[0]: 4, PATHS[1]: 2, PATHS[2]: 4, PATHS[3]: 9}


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_voice_families_match_0_7_20(official_surface: dict[str, Any], flavour: str) -> None:
    assert compare(official_surface, ours(flavour), PATHS) == []
