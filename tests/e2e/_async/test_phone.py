"""Phone numbers, calls and texts end to end, including the SMS gates and bad inputs."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

from inkbox import (
    AsyncInkbox,
    FilterMode,
    InkboxError,
    NotFoundError,
    PermissionDeniedError,
    PhoneCall,
    PhoneNumber,
    RecipientNotOptedInError,
    RecipientOptedOutError,
    SenderSmsPendingError,
    SmsDeliveryStatus,
    SmsStatus,
    TextMessage,
)

from ._phone_helpers import (
    CUSTOMER,
    agent_key,
    inject_call,
    inject_text,
    set_sms_status,
    texting_agent,
)


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


# ── phone numbers ──


@pytest.mark.anyio
async def test_provision_list_get(inkbox: AsyncInkbox) -> None:
    """A provisioned number starts auto_reject, SMS pending, and is listed and fetchable."""
    await inkbox.create_identity("numbered")
    number = await inkbox.phone_numbers.provision(agent_handle="numbered", type="local", state="NY")
    assert isinstance(number, PhoneNumber)
    assert number.type == "local"
    assert number.incoming_call_action == "auto_reject"
    assert number.sms_status is SmsStatus.PENDING
    listed = await inkbox.phone_numbers.list()
    assert number.id in [n.id for n in listed]
    fetched = await inkbox.phone_numbers.get(str(number.id))
    assert fetched.number == number.number


@pytest.mark.anyio
async def test_update_call_handling_and_clearing(inkbox: AsyncInkbox) -> None:
    """update() changes only the given fields; None clears a URL."""
    await inkbox.create_identity("router")
    number = await inkbox.phone_numbers.provision(agent_handle="router")
    hooked = await inkbox.phone_numbers.update(
        number.id,
        incoming_call_action="webhook",
        incoming_call_webhook_url="https://agent.example.com/calls",
    )
    assert hooked.incoming_call_action == "webhook"
    assert hooked.incoming_call_webhook_url == "https://agent.example.com/calls"
    bridged = await inkbox.phone_numbers.update(
        number.id,
        incoming_call_action="auto_accept",
        client_websocket_url="wss://agent.example.com/ws",
    )
    assert bridged.client_websocket_url == "wss://agent.example.com/ws"
    assert bridged.incoming_call_webhook_url == "https://agent.example.com/calls"
    cleared = await inkbox.phone_numbers.update(
        number.id, incoming_call_action="auto_reject", incoming_call_webhook_url=None
    )
    assert cleared.incoming_call_webhook_url is None
    assert cleared.filter_mode_change_notice is None


@pytest.mark.anyio
async def test_filter_mode_change_notice_and_admin_only(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    """Flipping filter_mode returns a notice once; an agent key may not flip it."""
    await inkbox.create_identity("filtered")
    number = await inkbox.phone_numbers.provision(agent_handle="filtered")
    await inkbox.phone_contact_rules.create(number.id, action="block", match_target="+15550001111")
    flipped = await inkbox.phone_numbers.update(number.id, filter_mode=FilterMode.WHITELIST)
    notice = flipped.filter_mode_change_notice
    assert notice is not None
    assert notice.new_filter_mode == FilterMode.WHITELIST
    assert notice.redundant_rule_action == "block"
    assert notice.redundant_rule_count == 1
    again = await inkbox.phone_numbers.update(number.id, filter_mode="whitelist")
    assert again.filter_mode_change_notice is None
    key = await agent_key(inkbox_emulator, "filtered")
    async with AsyncInkbox(key, base_url=inkbox_emulator.url) as agent:
        with pytest.raises(PermissionDeniedError):
            await agent.phone_numbers.update(number.id, filter_mode="blacklist")


@pytest.mark.anyio
async def test_release_and_search_transcripts(inkbox: AsyncInkbox) -> None:
    """Transcript search answers a list; a released number is unlinked from its identity."""
    identity = await inkbox.create_identity("releaser")
    number = await inkbox.phone_numbers.provision(agent_handle="releaser")
    hits = await inkbox.phone_numbers.search_transcripts(number.id, q="refund", party="remote")
    assert hits == []
    await inkbox.phone_numbers.release(number.id)
    await identity.refresh()
    assert identity.phone_number is None


@pytest.mark.anyio
async def test_phone_number_bad_inputs(inkbox: AsyncInkbox) -> None:
    """Malformed ids and values fail before any request; unknown ids are 404."""
    with pytest.raises(ValueError, match="phone_number_id must be a UUID"):
        await inkbox.phone_numbers.get("phone-number-uuid")
    with pytest.raises(ValueError, match="filter_mode"):
        await inkbox.phone_numbers.update(uuid.uuid4(), filter_mode="greylist")
    with pytest.raises(ValueError, match="type must be one of"):
        await inkbox.phone_numbers.provision(agent_handle="x", type="mobile")
    with pytest.raises(NotFoundError):
        await inkbox.phone_numbers.get(uuid.uuid4())


# ── calls ──


@pytest.mark.anyio
async def test_place_list_and_iterate_calls(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    """Placed and inbound calls show up in list_calls and iter_calls; transcripts are a list."""
    identity = await inkbox.create_identity("caller")
    phone = await identity.provision_phone_number(type="local")
    call = await identity.place_call(
        to_number=CUSTOMER, client_websocket_url="wss://agent.example.com/ws"
    )
    assert call.direction == "outbound"
    assert call.remote_phone_number == CUSTOMER
    assert call.rate_limit.calls_remaining < call.rate_limit.calls_limit
    await inject_call(inkbox_emulator, phone.number, "+15550002222")
    calls = await identity.list_calls(limit=10, offset=0)
    assert all(isinstance(c, PhoneCall) for c in calls)
    assert {c.direction for c in calls} == {"inbound", "outbound"}
    first_page = await identity.list_calls(limit=1, offset=0)
    second_page = await identity.list_calls(limit=1, offset=1)
    assert [first_page[0].id, second_page[0].id] == [c.id for c in calls]
    walked = [c.id async for c in identity.iter_calls(page_size=1)]
    assert walked == [c.id for c in calls]
    transcripts = await identity.list_transcripts(call.id)
    assert isinstance(transcripts, list)


@pytest.mark.anyio
async def test_phone_methods_need_a_number(inkbox: AsyncInkbox) -> None:
    """An identity without a number raises InkboxError for every phone method."""
    identity = await inkbox.create_identity("numberless")
    with pytest.raises(InkboxError, match="has no phone number"):
        await identity.place_call(to_number=CUSTOMER)
    with pytest.raises(InkboxError, match="has no phone number"):
        await identity.send_text(to=CUSTOMER, text="hi")
    with pytest.raises(InkboxError, match="has no phone number"):
        identity.iter_texts()


# ── texts: the gates ──


@pytest.mark.anyio
async def test_sms_gates(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    """Pending sender → 409; unknown recipient → 403 not opted in; START opens; STOP closes."""
    identity = await inkbox.create_identity("gated")
    phone = await identity.provision_phone_number(type="local")
    assert phone.sms_status is SmsStatus.PENDING
    with pytest.raises(SenderSmsPendingError) as pending:
        await identity.send_text(to=CUSTOMER, text="too early")
    assert pending.value.status_code == 409
    assert pending.value.error == "sender_sms_pending"
    assert pending.value.message

    await set_sms_status(inkbox_emulator, phone.id, "ready")
    with pytest.raises(RecipientNotOptedInError) as not_in:
        await identity.send_text(to=CUSTOMER, text="hello?")
    assert not_in.value.status_code == 403
    assert not_in.value.error == "recipient_not_opted_in"
    assert not_in.value.message

    await inject_text(inkbox_emulator, phone.number, CUSTOMER, "START")
    sent = await identity.send_text(to=CUSTOMER, text="Hello from Inkbox")
    assert isinstance(sent, TextMessage)
    assert sent.delivery_status is SmsDeliveryStatus.QUEUED
    assert sent.direction == "outbound"

    await inject_text(inkbox_emulator, phone.number, CUSTOMER, "STOP")
    with pytest.raises(RecipientOptedOutError) as opted_out:
        await identity.send_text(to=CUSTOMER, text="still there?")
    assert opted_out.value.status_code == 403
    assert opted_out.value.error == "recipient_opted_out"
    assert opted_out.value.message


@pytest.mark.anyio
async def test_send_text_idempotency_key_replays(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    """The same explicit key returns the first send; fresh calls send anew."""
    identity = await texting_agent(inkbox, inkbox_emulator, "idem")
    first = await identity.send_text(to=CUSTOMER, text="once", idempotency_key="order-42")
    again = await identity.send_text(to=CUSTOMER, text="once", idempotency_key="order-42")
    other = await identity.send_text(to=CUSTOMER, text="once")
    assert first.id == again.id
    assert other.id != first.id


# ── texts: reading ──


@pytest.mark.anyio
async def test_read_texts_and_conversations(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    """Inbound texts are listed (read filter), typed sms/mms, grouped and marked read."""
    identity = await texting_agent(inkbox, inkbox_emulator, "reader")
    assert identity.phone_number is not None
    number = identity.phone_number.number
    await identity.send_text(to=CUSTOMER, text="Hello from Inkbox")
    await inject_text(inkbox_emulator, number, CUSTOMER, "about the invoice")
    media = [{"content_type": "image/jpeg", "size": 1024, "url": "https://cdn.example/cat.jpg"}]
    mms = await inject_text(inkbox_emulator, number, CUSTOMER, "look", media=media)

    texts = await identity.list_texts(limit=20, offset=0)
    assert all(isinstance(t, TextMessage) for t in texts)
    unread = await identity.list_texts(is_read=False)
    assert unread and all(not t.is_read for t in unread)

    text = await identity.get_text(mms["id"])
    assert text.type == "mms"
    assert text.media is not None and text.media[0].content_type == "image/jpeg"
    plain = await identity.get_text(texts[-1].id)
    assert plain.type == "sms" and not plain.media

    convos = await identity.list_text_conversations(limit=20)
    convo = next(c for c in convos if c.remote_phone_number == CUSTOMER)
    assert convo.unread_count == len(unread)
    assert convo.total_count == len(texts)
    msgs = await identity.get_text_conversation(CUSTOMER, limit=50)
    assert [m.id for m in msgs] == [t.id for t in texts]

    marked = await identity.mark_text_read(unread[0].id)
    assert marked.is_read
    result = await identity.mark_text_conversation_read(CUSTOMER)
    assert result["updated_count"] == len(unread) - 1 == result.updated_count
    assert await identity.list_texts(is_read=False) == []
    walked = [t.id async for t in identity.iter_texts(page_size=2)]
    assert walked == [t.id for t in texts]


@pytest.mark.anyio
async def test_admin_search_and_delete_texts(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    """texts.search finds by content; status="deleted" removes a text from lists and search."""
    identity = await texting_agent(inkbox, inkbox_emulator, "admin-texts")
    assert identity.phone_number is not None
    phone_id = identity.phone_number.id
    hit = await inject_text(inkbox_emulator, identity.phone_number.number, CUSTOMER, "invoice 7")
    results = await inkbox.texts.search(phone_id, q="invoice", limit=20)
    assert [r.id for r in results] == [uuid.UUID(hit["id"])]
    await inkbox.texts.update(phone_id, hit["id"], status="deleted")
    assert await inkbox.texts.search(phone_id, q="invoice", limit=20) == []
    assert hit["id"] not in [str(t.id) for t in await identity.list_texts()]
    with pytest.raises(ValueError, match="status must be one of 'deleted'"):
        await inkbox.texts.update(phone_id, hit["id"], status="archived")
    with pytest.raises(ValueError, match="text_id must be a UUID"):
        await identity.get_text("text-uuid")
