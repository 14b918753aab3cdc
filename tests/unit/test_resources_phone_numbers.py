"""Phone numbers: list, get, provision, update, release, transcript search; the requests sent."""

from __future__ import annotations

import uuid

import pytest

from inkbox import FilterMode, PhoneNumber

from . import _phone_contact_samples as s
from ._fake_api import FakeApi, query, reply

NUMBERS = "/api/v1/phone/numbers"


def test_list_and_get_numbers_read_type(api: FakeApi) -> None:
    """list() and get() return PhoneNumber objects whose `.type` reads the wire `type`."""
    row = s.phone_number()
    api.on("GET", NUMBERS, [row])
    api.on("GET", f"{NUMBERS}/{row['id']}", row)
    with api.sync() as ib:
        numbers = ib.phone_numbers.list()
        number = ib.phone_numbers.get(row["id"])
    assert isinstance(numbers[0], PhoneNumber)
    assert number.type == "local"
    assert number.number == "+18005551234"


def test_provision_sends_handle_type_and_state(api: FakeApi) -> None:
    """provision() posts agent_handle, type and (only when given) state."""
    api.on("POST", NUMBERS, reply(201, s.phone_number(type="toll_free")))
    with api.sync() as ib:
        number = ib.phone_numbers.provision(agent_handle="my-agent", type="toll_free")
        ib.phone_numbers.provision(agent_handle="my-agent", type="local", state="NY")
    assert api.bodies() == [
        {"agent_handle": "my-agent", "type": "toll_free"},
        {"agent_handle": "my-agent", "type": "local", "state": "NY"},
    ]
    assert number.type == "toll_free"


def test_update_sends_only_given_fields_and_null_clears(api: FakeApi) -> None:
    """update() sends exactly the keyword arguments passed; None becomes JSON null."""
    row = s.phone_number()
    api.on("PATCH", f"{NUMBERS}/{row['id']}", row)
    with api.sync() as ib:
        ib.phone_numbers.update(
            row["id"], incoming_call_action="webhook", incoming_call_webhook_url="https://h"
        )
        ib.phone_numbers.update(
            row["id"], incoming_call_action="auto_accept", client_websocket_url="wss://w"
        )
        ib.phone_numbers.update(row["id"], client_websocket_url=None)
        ib.phone_numbers.update(row["id"])
    assert api.bodies() == [
        {"incoming_call_action": "webhook", "incoming_call_webhook_url": "https://h"},
        {"incoming_call_action": "auto_accept", "client_websocket_url": "wss://w"},
        {"client_websocket_url": None},
        {},
    ]


def test_update_filter_mode_returns_change_notice(api: FakeApi) -> None:
    """A filter_mode flip returns the notice the guide reads."""
    notice = {
        "new_filter_mode": "whitelist",
        "redundant_rule_action": "block",
        "redundant_rule_count": 2,
    }
    row = s.phone_number(filter_mode="whitelist", filter_mode_change_notice=notice)
    api.on("PATCH", f"{NUMBERS}/{row['id']}", row)
    with api.sync() as ib:
        updated = ib.phone_numbers.update(row["id"], filter_mode=FilterMode.WHITELIST)
    assert api.bodies() == [{"filter_mode": "whitelist"}]
    n = updated.filter_mode_change_notice
    assert n is not None
    assert (n.redundant_rule_count, n.redundant_rule_action, n.new_filter_mode) == (
        2,
        "block",
        FilterMode.WHITELIST,
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"filter_mode": None}, "filter_mode cannot be cleared"),
        ({"filter_mode": "greylist"}, "filter_mode must be one of"),
        ({"incoming_call_action": "ring"}, "incoming_call_action must be one of"),
    ],
)
def test_update_bad_values_raise_before_http(
    api: FakeApi, kwargs: dict[str, object], message: str
) -> None:
    """Bad update values raise ValueError and send nothing."""
    with api.sync() as ib, pytest.raises(ValueError, match=message):
        ib.phone_numbers.update(str(uuid.uuid4()), **kwargs)  # type: ignore[arg-type]
    assert api.requests == []


def test_bad_ids_raise_before_http(api: FakeApi) -> None:
    """A non-UUID id (a guide placeholder, an empty string) is a ValueError, not a request."""
    with api.sync() as ib:
        with pytest.raises(ValueError, match="phone_number_id must be a UUID"):
            ib.phone_numbers.get("phone-number-uuid")
        with pytest.raises(ValueError, match="phone_number_id must be a UUID"):
            ib.phone_numbers.release("")
    assert api.requests == []


def test_release_and_search_transcripts(api: FakeApi) -> None:
    """release() deletes; search_transcripts() sends q, party and limit."""
    row = s.phone_number()
    api.on("DELETE", f"{NUMBERS}/{row['id']}", reply(204))
    api.on("GET", f"{NUMBERS}/{row['id']}/search", [s.transcript(party="remote", text="refund")])
    with api.sync() as ib:
        hits = ib.phone_numbers.search_transcripts(row["id"], q="refund", party="remote", limit=50)
        assert ib.phone_numbers.release(row["id"]) is None
    assert query(api.requests[0]) == {"q": ["refund"], "party": ["remote"], "limit": ["50"]}
    assert hits[0].text == "refund"
    assert str(hits[0].party) == "remote"
    with pytest.raises(ValueError, match="limit must be"):
        api.sync().phone_numbers.search_transcripts(row["id"], q="x", limit=0)
