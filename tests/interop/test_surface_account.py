"""Issue 15's account families: every 0.7.20 method and property of them is on our sync and
async clients, callable the way 0.7.20 callers call it (`surface.py`)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.interop.surface import compare, official, ours, walk

PATHS = [
    "inkbox.api_keys",
    "inkbox.organization_domains",
    "inkbox.signing_keys",
    "inkbox.identities:create,get,list,update,delete,release_phone_number,"
    "get_domain_affiliation,set_domain_affiliation,remove_domain_affiliation",
    "inkbox:with_response_metadata",
    "identity:create_signing_key,get_signing_key_status,release_phone_number,update,"
    "signing_key_configured,signing_key_created_at,tunnel,contact_sharing_enabled,"
    "mail_filter_mode,mail_inbound_filter_mode,mail_outbound_filter_mode,phone_filter_mode,"
    "phone_inbound_filter_mode,phone_outbound_filter_mode,imessage_filter_mode,"
    "slack_filter_mode,slack_inbound_filter_mode,slack_outbound_filter_mode",
]
# iMessage and Slack parameters arrive with those families (issue 15 leaves them out).
LEFT_OUT = r"imessage_.*|claim_imessage_number|slack_.*"


@pytest.fixture(scope="module")
def official_surface() -> dict[str, Any]:
    surface: dict[str, Any] = official("0.7.20")["surface"]
    return surface


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_account_families_match_0_7_20(official_surface: dict[str, Any], flavour: str) -> None:
    assert any(p.startswith("inkbox.api_keys.") for p in official_surface), "nothing to compare"
    assert compare(official_surface, ours(flavour), PATHS, ignore=LEFT_OUT) == []


def test_the_walker_reports_what_would_break_a_caller() -> None:
    """The comparison itself: a missing method, a moved positional, a new required argument,
    a property that became a method."""

    class Theirs:
        def get(self, claim_id: str, *, limit: int = 50) -> None: ...
        def gone(self) -> None: ...
        @property
        def state(self) -> str:
            return ""

    class Ours:
        def get(self, *, claim_id: str, strict: bool) -> None: ...
        def state(self) -> str:
            return ""

    problems = compare(
        walk("inkbox", {"R": Theirs}), walk("inkbox", {"R": Ours}), ["R"], ignore="limit"
    )
    assert problems == [
        "R.get: positional 'claim_id' not accepted",
        "R.get: 'strict' required",
        "R.gone: missing",
        "R.state: a method on one side only",
    ]
