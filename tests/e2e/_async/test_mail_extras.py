"""0.7 mail extras end to end: reply to all, mark unread, time windows with a time zone (mail,
texts, calls), and looking up what an idempotency key already sent."""

from __future__ import annotations

import datetime
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

from inkbox import (
    AsyncAgentIdentity,
    AsyncInkbox,
    ConflictError,
    MessageSenderKind,
    NotFoundError,
    PermissionDeniedError,
    UnprocessableEntityError,
)

from ._phone_helpers import CUSTOMER, agent_key, inject_call, texting_agent


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


def address(identity: AsyncAgentIdentity) -> str:
    assert identity.email_address is not None
    return identity.email_address


@pytest.mark.anyio
async def test_reply_all_reaches_everyone_but_me_in_the_thread(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    alice = await inkbox.create_identity("alice")
    bob = await inkbox.create_identity("bob")
    inkbox_emulator.inject_email(
        to=[address(alice), address(bob)],
        sender="carol@example.com",
        subject="Offsite",
        body_text="Where shall we meet?",
        cc=["dave@example.com"],
    )
    [received] = [m async for m in alice.iter_emails(direction="inbound")]
    reply = await alice.reply_all_email(received.id, body_text="Lisbon!", idempotency_key="ra-1")
    assert (reply.subject, reply.thread_id) == ("Re: Offsite", received.thread_id)
    assert reply.to_addresses == ["carol@example.com"]
    assert sorted(reply.cc_addresses or []) == sorted([address(bob), "dave@example.com"])
    [source] = [m async for m in alice.iter_emails(direction="inbound")]
    assert source.is_read is False  # answering leaves the read state alone
    bob_inbox = [m async for m in bob.iter_emails(direction="inbound")]
    assert [m.subject for m in bob_inbox] == ["Re: Offsite", "Offsite"]
    assert {m["to_address"] for m in inkbox_emulator.outside_mail()} >= {
        "carol@example.com",
        "dave@example.com",
    }
    again = await alice.reply_all_email(received.id, body_text="Lisbon!", idempotency_key="ra-1")
    assert again.id == reply.id
    with pytest.raises(ConflictError):
        await alice.reply_all_email(received.id, body_text="Porto!", idempotency_key="ra-1")
    custom = await inkbox.messages.reply_all(
        address(alice), received.id, subject="Offsite plans", body_html="<p>Or Porto</p>"
    )
    assert custom.subject == "Offsite plans"
    with pytest.raises(NotFoundError):
        await alice.reply_all_email(uuid.UUID(int=1), body_text="?")
    with pytest.raises(ValueError, match="message_id"):
        await alice.reply_all_email("nope", body_text="?")


@pytest.mark.anyio
async def test_mark_emails_unread_undoes_mark_read(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    alice = await inkbox.create_identity("alice")
    for subject in ("one", "two"):
        inkbox_emulator.inject_email(to=address(alice), sender="x@example.com", subject=subject)
    ids = [m.id async for m in alice.iter_emails()]
    await alice.mark_emails_read(ids)
    assert [m async for m in alice.iter_unread_emails()] == []
    await alice.mark_emails_unread(ids[:1])
    assert [m.id async for m in alice.iter_unread_emails()] == ids[:1]
    with pytest.raises(TypeError, match="list of ids"):
        await alice.mark_emails_unread(ids[0])


@pytest.mark.anyio
async def test_time_zone_reads_bare_dates_in_that_zone(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    """A message at 03:00 UTC is on the previous day in New York."""
    alice = await inkbox.create_identity("alice")
    inkbox_emulator.inject_email(to=address(alice), sender="x@example.com", subject="late")
    [message] = [m async for m in alice.iter_emails()]
    utc_day = message.created_at.date()
    on_utc_day = [m async for m in alice.iter_emails(start_datetime=utc_day, end_datetime=utc_day)]
    assert [m.id for m in on_utc_day] == [message.id]
    # In UTC+14 the UTC day D runs from D-1 10:00 to D 10:00 UTC: the message falls on zone day
    # D before 10:00 UTC and on D+1 after, whichever hour the test runs at.
    far = "Pacific/Kiritimati"
    early = message.created_at.hour < 10
    for day, wanted in ((utc_day, early), (utc_day + datetime.timedelta(days=1), not early)):
        in_zone = [
            m.id
            async for m in inkbox.messages.list(
                address(alice), start_datetime=day, end_datetime=day, tz=far
            )
        ]
        assert in_zone == ([message.id] if wanted else [])
    with pytest.raises(UnprocessableEntityError):
        [m async for m in alice.iter_emails(start_datetime=utc_day, tz="Mars/Olympus")]


@pytest.mark.anyio
async def test_lookup_finds_what_a_key_sent(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    alice = await inkbox.create_identity("alice")
    bob = await inkbox.create_identity("bob")
    sent = await alice.send_email(
        to=[address(bob)], subject="Once", body_text="only once", idempotency_key="order-42"
    )
    found = await inkbox.message_sends.lookup_email(address(alice), idempotency_key="order-42")
    assert found == sent.id
    mailbox = await inkbox.mailboxes.get(address(alice))
    assert (
        await inkbox.message_sends.lookup(
            sender_kind=MessageSenderKind.MAILBOX,
            sender_id=mailbox.id,
            operation="mail.send",
            idempotency_key="order-42",
        )
        == sent.id
    )
    with pytest.raises(NotFoundError):
        await inkbox.message_sends.lookup_email(address(bob), idempotency_key="order-42")
    with pytest.raises(NotFoundError):
        await inkbox.message_sends.lookup_email(address(alice), idempotency_key="never-used")
    inkbox_emulator.inject_email(to=address(alice), sender="c@example.com", subject="Hi")
    [incoming] = [m async for m in alice.iter_emails(direction="inbound")]
    reply = await alice.reply_all_email(incoming.id, body_text="hello", idempotency_key="order-42")
    assert (
        await inkbox.message_sends.lookup_email(
            address(alice), operation="mail.reply_all", idempotency_key="order-42"
        )
        == reply.id
    )
    with pytest.raises(UnprocessableEntityError):
        await inkbox.message_sends.lookup_email(
            address(alice), operation="text.send", idempotency_key="order-42"
        )
    with pytest.raises(ValueError, match="sender_kind"):
        await inkbox.message_sends.lookup(
            sender_kind="fax",  # type: ignore[arg-type]
            sender_id=mailbox.id,
            operation="mail.send",
            idempotency_key="k",
        )
    with pytest.raises(ValueError, match="idempotency"):
        await inkbox.message_sends.lookup_email(address(alice), idempotency_key=" padded ")
    async with AsyncInkbox(inkbox_emulator.agent_key("bob"), base_url=inkbox_emulator.url) as agent:
        with pytest.raises(PermissionDeniedError):
            await agent.message_sends.lookup(
                sender_kind="mailbox",
                sender_id=mailbox.id,
                operation="mail.send",
                idempotency_key="order-42",
            )
    # A record is kept as long as it is replayed: after 7 days the key sent nothing.
    inkbox_emulator.hook("POST", "/clock/advance", {"seconds": 8 * 86400})
    with pytest.raises(NotFoundError):
        await inkbox.message_sends.lookup_email(address(alice), idempotency_key="order-42")


@pytest.mark.anyio
async def test_phone_lists_take_the_same_time_window(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    """Texts, conversations and calls filter by `start_datetime`/`end_datetime`/`tz` too."""
    agent = await texting_agent(inkbox, inkbox_emulator)
    assert agent.phone_number is not None
    await inject_call(inkbox_emulator, agent.phone_number.number, CUSTOMER)
    texts = await agent.list_texts()
    today = texts[0].created_at.date()
    tomorrow = today + datetime.timedelta(days=1)
    window = await agent.list_texts(start_datetime=today, end_datetime=today, tz="UTC")
    assert [t.id for t in window] == [t.id for t in texts]  # START and its auto-reply
    assert await agent.list_texts(start_datetime=tomorrow) == []
    convos = await agent.list_text_conversations(start_datetime=today, include_groups=True)
    assert [c.remote_phone_number for c in convos] == [CUSTOMER]
    assert await agent.list_text_conversations(start_datetime=tomorrow) == []
    assert len(await agent.list_calls(start_datetime=today, end_datetime=today)) == 1
    assert await agent.list_calls(start_datetime=tomorrow, tz="Europe/Paris") == []
    direct = await inkbox.texts.list(agent.phone_number.id, end_datetime=today)
    assert [t.id for t in direct] == [t.id for t in texts]
    with pytest.raises(UnprocessableEntityError):
        await inkbox.calls.list(agent_identity_id=agent.id, start_datetime="yesterday-ish")
    key = await agent_key(inkbox_emulator, agent.agent_handle)
    async with AsyncInkbox(key, base_url=inkbox_emulator.url) as scoped:
        assert len(await scoped.calls.list(start_datetime=today)) == 1  # its own identity's


@pytest.mark.anyio
async def test_lookup_finds_a_text_by_its_key(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    agent = await texting_agent(inkbox, inkbox_emulator)
    assert agent.phone_number is not None
    text = await agent.send_text(to=CUSTOMER, text="Your order shipped", idempotency_key="ship-7")
    found = await inkbox.message_sends.lookup(
        sender_kind="phone_number",
        sender_id=agent.phone_number.id,
        operation="text.send",
        idempotency_key="ship-7",
    )
    assert found == text.id
    with pytest.raises(NotFoundError):
        await inkbox.message_sends.lookup(
            sender_kind="phone_number",
            sender_id=uuid.UUID(int=9),
            operation="text.send",
            idempotency_key="ship-7",
        )
