"""Texts: send (gated, idempotent), list, get, conversations, mark read; the exact requests sent."""

from __future__ import annotations

import json
import uuid

import pytest

from inkbox import (
    AgentIdentitySummary,
    AsyncAgentIdentity,
    RecipientNotOptedInError,
    RecipientOptedOutError,
    SenderSmsPendingError,
    SmsDeliveryStatus,
    TextMessage,
)

from . import _phone_contact_samples as s
from ._fake_api import FakeApi, identity, phone_agent, query, reply

NUMBERS = "/api/v1/phone/numbers"


def test_send_text_has_fresh_idempotency_key_per_call(api: FakeApi) -> None:
    """Each send carries its own UUID Idempotency-Key; the body is exactly {to, text}."""
    me, number_id, _ = phone_agent(api)
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
    me, number_id, _ = phone_agent(api)
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
    me, number_id, _ = phone_agent(api)
    detail = {"error": code, "message": f"because {code}"}
    api.on("POST", f"{NUMBERS}/{number_id}/texts", reply(status, {"detail": detail}))
    with pytest.raises(error) as info:
        me.send_text(to="+15167251294", text="hi")
    assert info.value.error == code  # type: ignore[attr-defined]
    assert info.value.message == f"because {code}"  # type: ignore[attr-defined]
    assert info.value.detail == detail  # type: ignore[attr-defined]


def test_send_text_bad_inputs(api: FakeApi) -> None:
    """Missing text, too many recipients or a bad key raise before any request."""
    me, _, _ = phone_agent(api)
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
    me, number_id, _ = phone_agent(api)
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
    me, number_id, _ = phone_agent(api)
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
