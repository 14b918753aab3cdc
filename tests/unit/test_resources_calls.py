"""Calls (`identity.place_call`, `list_calls`, `iter_calls`, transcripts): the requests sent."""

from __future__ import annotations

import uuid

import pytest

from inkbox import InkboxError, PhoneCallWithRateLimit

from . import _phone_contact_samples as s
from ._fake_api import FakeApi, phone_agent, query


def test_place_call_sends_own_number_and_reads_rate_limit(api: FakeApi) -> None:
    """place_call() calls from the identity's number; rate_limit is on the result."""
    me, _, _ = phone_agent(api)
    api.on("POST", "/api/v1/phone/place-call", {**s.call(), "rate_limit": s.rate_limit()})
    call = me.place_call(to_number="+15167251294", client_websocket_url="wss://a.example/ws")
    assert isinstance(call, PhoneCallWithRateLimit)
    assert call.rate_limit.calls_remaining == 99
    body = api.bodies()[0]
    assert body["from_number"] == "+18005551234"
    assert body["to_number"] == "+15167251294"
    assert body["client_websocket_url"] == "wss://a.example/ws"


def test_list_calls_is_offset_paginated_list(api: FakeApi) -> None:
    """list_calls() returns a list and sends the identity id, limit and offset."""
    me, _, identity_id = phone_agent(api)
    api.on("GET", "/api/v1/phone/calls", [s.call(), s.call()])
    calls = me.list_calls(limit=10, offset=0)
    assert isinstance(calls, list) and len(calls) == 2
    assert query(api.requests[0]) == {
        "agent_identity_id": [identity_id],
        "limit": ["10"],
        "offset": ["0"],
    }


def test_iter_calls_is_lazy_and_pages(api: FakeApi) -> None:
    """iter_calls() fetches nothing until iterated, then walks pages until a short one."""
    me, _, _ = phone_agent(api)
    api.on("GET", "/api/v1/phone/calls", [s.call(), s.call()], [s.call()])
    pager = me.iter_calls(page_size=2)
    assert api.requests == []
    assert len(list(pager)) == 3
    assert [query(r)["offset"] for r in api.requests] == [["0"], ["2"]]


def test_list_transcripts(api: FakeApi) -> None:
    """list_transcripts() reads the call's transcript path."""
    me, _, _ = phone_agent(api)
    call_id = str(uuid.uuid4())
    api.on("GET", f"/api/v1/phone/calls/{call_id}/transcripts", [s.transcript(0), s.transcript(1)])
    segments = me.list_transcripts(call_id)
    assert [t.seq for t in segments] == [0, 1]


@pytest.mark.parametrize(
    "call",
    [
        lambda me: me.place_call(to_number="+15550000000"),
        lambda me: me.list_calls(),
        lambda me: me.iter_calls(),
        lambda me: me.list_transcripts(str(uuid.uuid4())),
        lambda me: me.send_text(to="+15550000000", text="hi"),
        lambda me: me.list_texts(),
        lambda me: me.iter_texts(),
        lambda me: me.get_text(str(uuid.uuid4())),
        lambda me: me.list_text_conversations(),
        lambda me: me.get_text_conversation("+15550000000"),
        lambda me: me.mark_text_read(str(uuid.uuid4())),
        lambda me: me.mark_text_conversation_read("+15550000000"),
    ],
)
def test_phone_methods_need_a_number(api: FakeApi, call: object) -> None:
    """Without a phone number every phone method raises InkboxError and sends nothing."""
    me, _, _ = phone_agent(api, phone=False)
    with pytest.raises(InkboxError, match="has no phone number"):
        call(me)  # type: ignore[operator]
    assert api.requests == []
