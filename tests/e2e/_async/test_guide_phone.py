"""The SDK guide's phone-number, calls and texts sections, run as written.

Placeholders of the guide (`"phone-number-uuid"`, `"text-uuid"`, `"https://..."`) are replaced by
real values of the emulator, and the world is set up first (a number cleared for SMS, a customer
who texted START); everything else is the guide's code (the sync twin reads as the guide).
"""

from __future__ import annotations

from typing import Any

import pytest

from inkbox import (
    AsyncInkbox,
    PhoneCall,
    PhoneNumber,
    SmsDeliveryStatus,
    SmsStatus,
    TextConversationSummary,
    TextMessage,
)

from ._phone_helpers import inject_text, set_sms_status


@pytest.mark.anyio
async def test_phone_numbers(inkbox_emulator: Any) -> None:
    async with AsyncInkbox(
        api_key=inkbox_emulator.admin_key, base_url=inkbox_emulator.url
    ) as inkbox:
        await inkbox.create_identity("my-agent")
        await inkbox.create_identity("my-local-agent")

        # (The guide provisions both numbers for "my-agent"; an identity holds one number, a
        # second provision is a 409, so the local one goes to a second identity.)
        number = await inkbox.phone_numbers.provision(agent_handle="my-agent", type="toll_free")
        local = await inkbox.phone_numbers.provision(
            agent_handle="my-local-agent", type="local", state="NY"
        )
        numbers = await inkbox.phone_numbers.list()
        number = await inkbox.phone_numbers.get(str(number.id))
        assert isinstance(number, PhoneNumber)
        assert {n.id for n in numbers} == {number.id, local.id}
        assert local.state == "NY"

        await inkbox.phone_numbers.update(
            number.id,
            incoming_call_action="webhook",  # "webhook", "auto_accept", or "auto_reject"
            incoming_call_webhook_url="https://agent.example.com/calls",
        )
        await inkbox.phone_numbers.update(
            number.id,
            incoming_call_action="auto_accept",
            client_websocket_url="wss://agent.example.com/ws",
        )
        hits = await inkbox.phone_numbers.search_transcripts(
            number.id, q="refund", party="remote", limit=50
        )
        assert hits == []
        await inkbox.phone_numbers.release(number.id)

        # Phone numbers carry the same filter_mode / agent_identity_id /
        # filter_mode_change_notice fields as mailboxes
        updated = await inkbox.phone_numbers.update(local.id, filter_mode="whitelist")
        assert updated.filter_mode_change_notice is not None
        assert updated.agent_identity_id is not None


@pytest.mark.anyio
async def test_calls(inkbox_emulator: Any, capsys: pytest.CaptureFixture[str]) -> None:
    async with AsyncInkbox(
        api_key=inkbox_emulator.admin_key, base_url=inkbox_emulator.url
    ) as inkbox:
        identity = await inkbox.create_identity("sales-agent")
        await identity.provision_phone_number(type="local")

        # Place outbound call — stream audio via WebSocket
        call = await identity.place_call(
            to_number="+15167251294",
            client_websocket_url="wss://your-agent.example.com/ws",
        )
        print(call.status)
        print(call.rate_limit.calls_remaining)

        # List calls (offset pagination)
        calls = await identity.list_calls(limit=10, offset=0)
        for c in calls:
            print(c.id, c.direction, c.remote_phone_number, c.status)

        # Transcript segments (ordered by seq)
        for t in await identity.list_transcripts(calls[0].id):
            print(f"[{t.party}] {t.text}")  # party: "local" or "remote"

    assert isinstance(calls[0], PhoneCall) and calls[0].id == call.id
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == [call.status, str(call.rate_limit.calls_remaining)]
    assert out[2] == f"{call.id} outbound +15167251294 {call.status}"


@pytest.mark.anyio
async def test_texts(inkbox_emulator: Any, capsys: pytest.CaptureFixture[str]) -> None:
    async with AsyncInkbox(
        api_key=inkbox_emulator.admin_key, base_url=inkbox_emulator.url
    ) as inkbox:
        identity = await inkbox.create_identity("sales-agent")
        phone = await identity.provision_phone_number(type="local")
        # The guide's gates: the number is SmsStatus.PENDING until ready, and the recipient
        # must have texted START to a number of the organization.
        assert identity.phone_number is not None
        assert identity.phone_number.sms_status is SmsStatus.PENDING
        await set_sms_status(inkbox_emulator, phone.id, "ready")
        await inject_text(inkbox_emulator, phone.number, "+15167251294", "START")
        mms = await inject_text(
            inkbox_emulator,
            phone.number,
            "+15167251294",
            "see attached invoice",
            media=[{"content_type": "image/png", "size": 2048, "url": "https://cdn.example/i.png"}],
        )
        text_uuid = mms["id"]

        # Send an SMS from this identity's phone number.
        sent = await identity.send_text(to="+15167251294", text="Hello from Inkbox")
        print(sent.id, sent.delivery_status)  # SmsDeliveryStatus.QUEUED
        assert sent.delivery_status is SmsDeliveryStatus.QUEUED

        # List text messages (offset pagination)
        texts = await identity.list_texts(limit=20, offset=0)
        for t in texts:
            print(t.id, t.direction, t.remote_phone_number, t.text, t.is_read)
        # Filter by read state
        unread = await identity.list_texts(is_read=False)
        # Get a single text message
        text = await identity.get_text(text_uuid)
        print(text.type)  # "sms" or "mms"
        if text.media:  # MMS media attachments (temporary signed URLs)
            for m in text.media:
                print(m.content_type, m.size, m.url)
        # List conversation summaries (one row per remote number)
        convos = await identity.list_text_conversations(limit=20)
        for c in convos:
            print(c.remote_phone_number, c.latest_text, c.unread_count, c.total_count)
        # Get messages in a specific conversation
        msgs = await identity.get_text_conversation("+15167251294", limit=50)
        # Mark a text as read (identity convenience method)
        await identity.mark_text_read(text_uuid)
        # Mark all messages in a conversation as read
        result = await identity.mark_text_conversation_read("+15167251294")
        print(result["updated_count"])

        # Admin-only: search, update, delete
        results = await inkbox.texts.search(phone.id, q="invoice", limit=20)
        await inkbox.texts.update(phone.id, text_uuid, status="deleted")

    assert all(isinstance(t, TextMessage) for t in [*texts, *unread, *msgs, *results])
    # START, its automatic confirmation, the MMS and the send; the two inbound ones unread
    assert len(texts) == len(msgs) == 4 and len(unread) == 2
    assert isinstance(convos[0], TextConversationSummary)
    assert [str(r.id) for r in results] == [text_uuid]
    out = capsys.readouterr().out.splitlines()
    assert "mms" in out
    assert "image/png 2048 https://cdn.example/i.png" in out
    assert out[-1] == "1"  # START was still unread; the MMS had just been marked read
