"""Phone numbers, calls and texts: the exact requests sent, and what comes back."""

from __future__ import annotations

import json
import uuid
from urllib.parse import parse_qs

import httpx
import pytest

from inkbox import (
    AgentIdentity,
    AgentIdentitySummary,
    AsyncAgentIdentity,
    FilterMode,
    InkboxError,
    PhoneCallWithRateLimit,
    PhoneNumber,
    RecipientNotOptedInError,
    RecipientOptedOutError,
    SenderSmsPendingError,
    SmsDeliveryStatus,
    TextMessage,
)

from . import _phone_contact_samples as s
from ._fake_api import FakeApi, identity, reply

NUMBERS = "/api/v1/phone/numbers"


@pytest.fixture
def api() -> FakeApi:
    return FakeApi()


def query(request: httpx.Request) -> dict[str, list[str]]:
    return parse_qs(request.url.query.decode())


def agent(api: FakeApi, *, phone: bool = True) -> tuple[AgentIdentity, str, str]:
    """A sync identity built from a wire summary; returns it, its number id and identity id."""
    data = AgentIdentitySummary.from_dict(identity(phone=phone))
    number_id = str(data.phone_number.id) if data.phone_number else ""
    return AgentIdentity(api.sync(), data), number_id, str(data.id)


# ── phone numbers ──


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


# ── calls ──


def test_place_call_sends_own_number_and_reads_rate_limit(api: FakeApi) -> None:
    """place_call() calls from the identity's number; rate_limit is on the result."""
    me, _, _ = agent(api)
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
    me, _, identity_id = agent(api)
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
    me, _, _ = agent(api)
    api.on("GET", "/api/v1/phone/calls", [s.call(), s.call()], [s.call()])
    pager = me.iter_calls(page_size=2)
    assert api.requests == []
    assert len(list(pager)) == 3
    assert [query(r)["offset"] for r in api.requests] == [["0"], ["2"]]


def test_list_transcripts(api: FakeApi) -> None:
    """list_transcripts() reads the call's transcript path."""
    me, _, _ = agent(api)
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
    me, _, _ = agent(api, phone=False)
    with pytest.raises(InkboxError, match="has no phone number"):
        call(me)  # type: ignore[operator]
    assert api.requests == []


# ── texts ──


def test_send_text_has_fresh_idempotency_key_per_call(api: FakeApi) -> None:
    """Each send carries its own UUID Idempotency-Key; the body is exactly {to, text}."""
    me, number_id, _ = agent(api)
    api.on("POST", f"{NUMBERS}/{number_id}/texts", reply(201, s.text_message()))
    sent = me.send_text(to="+15167251294", text="Hello from Inkbox")
    me.send_text(to="+15167251294", text="again")
    keys = [r.headers["Idempotency-Key"] for r in api.requests]
    assert len(set(keys)) == 2 and all(uuid.UUID(k) for k in keys)
    assert api.bodies()[0] == {"to": "+15167251294", "text": "Hello from Inkbox"}
    assert isinstance(sent, TextMessage)
    assert sent.delivery_status is SmsDeliveryStatus.QUEUED


def test_send_text_retry_reuses_idempotency_key(api: FakeApi) -> None:
    """A retried send (503, then 201) resends the same Idempotency-Key."""
    me, number_id, _ = agent(api)
    api.on(
        "POST",
        f"{NUMBERS}/{number_id}/texts",
        reply(503, {"detail": "busy"}, {"Retry-After-Ms": "1"}),
        reply(201, s.text_message()),
    )
    me.send_text(to="+15167251294", text="hi")
    keys = [r.headers["Idempotency-Key"] for r in api.requests]
    assert len(keys) == 2 and keys[0] == keys[1]


@pytest.mark.parametrize(
    ("status", "code", "error"),
    [
        (409, "sender_sms_pending", SenderSmsPendingError),
        (403, "recipient_not_opted_in", RecipientNotOptedInError),
        (403, "recipient_opted_out", RecipientOptedOutError),
    ],
)
def test_send_text_gating_errors_are_typed(
    api: FakeApi, status: int, code: str, error: type[Exception]
) -> None:
    """The SMS gates surface as their own exception classes, carrying the server's detail."""
    me, number_id, _ = agent(api)
    detail = {"error": code, "message": f"because {code}"}
    api.on("POST", f"{NUMBERS}/{number_id}/texts", reply(status, {"detail": detail}))
    with pytest.raises(error) as info:
        me.send_text(to="+15167251294", text="hi")
    assert info.value.error == code  # type: ignore[attr-defined]
    assert info.value.message == f"because {code}"  # type: ignore[attr-defined]
    assert info.value.detail == detail  # type: ignore[attr-defined]


def test_send_text_bad_inputs(api: FakeApi) -> None:
    """Missing text, too many recipients or a bad key raise before any request."""
    me, _, _ = agent(api)
    with pytest.raises(ValueError, match="text"):
        me.send_text(to="+15550000000")
    with pytest.raises(ValueError, match="1 to 8"):
        me.send_text(to=[f"+1555000000{i}" for i in range(9)], text="hi")
    with pytest.raises(ValueError, match="idempotency_key"):
        me.send_text(to="+15550000000", text="hi", idempotency_key="é")
    # HTTP forbids surrounding whitespace in a header: a ValueError, not a retried transport error
    for key in ("   ", " order-42", "order-42 "):
        with pytest.raises(ValueError, match="idempotency_key"):
            me.send_text(to="+15550000000", text="hi", idempotency_key=key)
    assert api.requests == []


def test_list_texts_get_text_and_conversations(api: FakeApi) -> None:
    """The read calls send the guide's filters and return the guide's fields."""
    me, number_id, _ = agent(api)
    mms = s.text_message(
        type="mms", media=[{"content_type": "image/jpeg", "size": 12, "url": "https://m"}]
    )
    base = f"{NUMBERS}/{number_id}/texts"
    api.on("GET", base, [s.text_message()])
    api.on("GET", f"{base}/{mms['id']}", mms)
    api.on("GET", f"{base}/conversations", [s.conversation()])
    api.on("GET", f"{base}/conversations/+15167251294", [s.text_message()])
    texts = me.list_texts(limit=20, offset=0)
    me.list_texts(is_read=False)
    text = me.get_text(mms["id"])
    convos = me.list_text_conversations(limit=20)
    msgs = me.get_text_conversation("+15167251294", limit=50)
    assert isinstance(texts[0], TextMessage) and texts[0].type == "sms"
    assert query(api.requests[0]) == {"limit": ["20"], "offset": ["0"]}
    assert query(api.requests[1]) == {"limit": ["50"], "offset": ["0"], "is_read": ["false"]}
    assert text.type == "mms" and text.media is not None
    assert (text.media[0].content_type, text.media[0].size) == ("image/jpeg", 12)
    assert (convos[0].unread_count, convos[0].total_count) == (2, 3)
    assert isinstance(msgs[0], TextMessage)


def test_mark_read_calls(api: FakeApi) -> None:
    """mark_text_read sends is_read; the conversation result answers ["updated_count"]."""
    me, number_id, _ = agent(api)
    text = s.text_message()
    base = f"{NUMBERS}/{number_id}/texts"
    api.on("PATCH", f"{base}/{text['id']}", text)
    api.on(
        "PATCH",
        f"{base}/conversations/+15167251294",
        {
            "remote_phone_number": "+15167251294",
            "conversation_id": None,
            "is_read": True,
            "updated_count": 4,
        },
    )
    me.mark_text_read(text["id"])
    result = me.mark_text_conversation_read("+15167251294")
    assert api.bodies() == [{"is_read": True}, {"is_read": True}]
    assert result["updated_count"] == 4 == result.updated_count
    assert "updated_count" in result and result.get("nope") is None


def test_admin_search_and_delete(api: FakeApi) -> None:
    """texts.search sends q and limit; texts.update(status="deleted") sends the status."""
    number_id, text_id = str(uuid.uuid4()), str(uuid.uuid4())
    base = f"{NUMBERS}/{number_id}/texts"
    api.on("GET", f"{base}/search", [s.text_message(text="invoice 42")])
    api.on("PATCH", f"{base}/{text_id}", s.text_message())
    with api.sync() as ib:
        results = ib.texts.search(number_id, q="invoice", limit=20)
        ib.texts.update(number_id, text_id, status="deleted")
        with pytest.raises(ValueError, match="status must be one of 'deleted'"):
            ib.texts.update(number_id, text_id, status="archived")
        with pytest.raises(ValueError, match="is_read"):
            ib.texts.update(number_id, text_id)
    assert query(api.requests[0]) == {"q": ["invoice"], "limit": ["20"]}
    assert json.loads(api.requests[1].content) == {"status": "deleted"}
    assert results[0].text == "invoice 42"
    assert len(api.requests) == 2


@pytest.mark.anyio
async def test_async_identity_texts(api: FakeApi) -> None:
    """The async identity sends the same requests and pages with `async for`."""
    data = AgentIdentitySummary.from_dict(identity(phone=True))
    assert data.phone_number is not None
    base = f"{NUMBERS}/{data.phone_number.id}/texts"
    api.on("POST", base, reply(201, s.text_message()))
    api.on("GET", base, [s.text_message(), s.text_message()], [])
    async with api.asyncio() as ib:
        me = AsyncAgentIdentity(ib, data)
        sent = await me.send_text(to="+15167251294", text="hi")
        seen = [t async for t in me.iter_texts(page_size=2)]
    assert sent.type == "sms"
    assert len(seen) == 2
    assert "Idempotency-Key" in api.requests[0].headers
