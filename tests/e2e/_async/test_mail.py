"""Mail end to end: send between identities, read, reply in the thread, flags, idempotency."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from typing import Any

import pytest

from inkbox import AsyncAgentIdentity, AsyncInkbox, Message, MessageDirection, NotFoundError


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


async def pair(inkbox: AsyncInkbox) -> tuple[AsyncAgentIdentity, AsyncAgentIdentity]:
    return await inkbox.create_identity("alice"), await inkbox.create_identity("bob")


async def collect(messages: AsyncIterator[Message]) -> list[Message]:
    return [message async for message in messages]


@pytest.mark.anyio
async def test_mail_between_identities_lands_in_the_inbox(inkbox: AsyncInkbox) -> None:
    alice, bob = await pair(inkbox)
    assert bob.email_address is not None
    sent = await alice.send_email(
        to=[bob.email_address], subject="Hello", body_text="Hi there!", body_html="<p>Hi</p>"
    )
    assert isinstance(sent, Message)
    assert sent.direction == MessageDirection.OUTBOUND
    inbox = await collect(bob.iter_emails(direction="inbound"))
    assert [(m.subject, m.from_address, m.is_read) for m in inbox] == [
        ("Hello", alice.email_address, False)
    ]
    outbox = await collect(alice.iter_emails(direction="outbound"))
    assert [m.id for m in outbox] == [sent.id]
    detail = await bob.get_message(inbox[0].id)
    assert detail.body_text is not None
    assert detail.body_text.startswith("Hi there!")


@pytest.mark.anyio
async def test_reply_by_sent_id_joins_the_thread_oldest_first(inkbox: AsyncInkbox) -> None:
    """The guide's `in_reply_to_message_id=sent.id` threads the reply with the original."""
    alice, bob = await pair(inkbox)
    assert alice.email_address is not None and bob.email_address is not None
    sent = await alice.send_email(to=[bob.email_address], subject="Question", body_text="?")
    [received] = await collect(bob.iter_emails(direction="inbound"))
    reply = await bob.send_email(
        to=[alice.email_address],
        subject="Re: Question",
        body_text="!",
        in_reply_to_message_id=received.id,
    )
    assert reply.thread_id == received.thread_id
    answer = await alice.send_email(
        to=[bob.email_address],
        subject="Re: Question",
        body_text="thanks",
        in_reply_to_message_id=sent.id,
    )
    assert answer.thread_id == sent.thread_id
    assert received.thread_id is not None
    thread = await bob.get_thread(received.thread_id)
    assert [m.subject for m in thread.messages] == ["Question", "Re: Question", "Re: Question"]
    stamps = [m.created_at for m in thread.messages]
    assert stamps == sorted(stamps)


@pytest.mark.anyio
async def test_reply_with_the_rfc_message_id(inkbox: AsyncInkbox) -> None:
    alice, bob = await pair(inkbox)
    assert bob.email_address is not None
    sent = await alice.send_email(to=[bob.email_address], subject="One", body_text="1")
    again = await alice.send_email(
        to=[bob.email_address], subject="Two", body_text="2", in_reply_to_message_id=sent.message_id
    )
    assert again.thread_id == sent.thread_id


@pytest.mark.anyio
async def test_unread_and_mark_read(inkbox: AsyncInkbox) -> None:
    alice, bob = await pair(inkbox)
    assert bob.email_address is not None
    for n in range(3):
        await alice.send_email(to=[bob.email_address], subject=f"n{n}", body_text="x")
    unread = await collect(bob.iter_unread_emails())
    assert len(unread) == 3
    await bob.mark_emails_read([m.id for m in unread[:2]])
    left = await collect(bob.iter_unread_emails())
    assert [m.id for m in left] == [unread[2].id]


@pytest.mark.anyio
async def test_paging_follows_cursors(inkbox: AsyncInkbox) -> None:
    """Small pages: every message is seen once, newest first."""
    alice, bob = await pair(inkbox)
    assert bob.email_address is not None
    for n in range(7):
        await alice.send_email(to=[bob.email_address], subject=f"m{n}", body_text="x")
    seen = await collect(bob.iter_emails(page_size=3))
    assert [m.subject for m in seen] == [f"m{n}" for n in reversed(range(7))]


@pytest.mark.anyio
async def test_send_with_cc_bcc_and_attachment(inkbox: AsyncInkbox) -> None:
    alice, bob = await pair(inkbox)
    carol = await inkbox.create_identity("carol")
    assert bob.email_address is not None and carol.email_address is not None
    sent = await alice.send_email(
        to=[bob.email_address],
        subject="Report",
        body_text="attached",
        cc=["cc@example.com"],
        bcc=[carol.email_address],
        attachments=[
            {
                "filename": "report.pdf",
                "content_type": "application/pdf",
                "content_base64": base64.b64encode(b"%PDF-1.4").decode(),
            }
        ],
    )
    assert sent.has_attachments
    assert sent.cc_addresses == ["cc@example.com"]
    assert len(await collect(carol.iter_emails(direction="inbound"))) == 1


@pytest.mark.anyio
async def test_same_idempotency_key_sends_once(inkbox: AsyncInkbox) -> None:
    alice, bob = await pair(inkbox)
    assert bob.email_address is not None
    first = await alice.send_email(
        to=[bob.email_address], subject="once", body_text="x", idempotency_key="order-42"
    )
    second = await alice.send_email(
        to=[bob.email_address], subject="once", body_text="x", idempotency_key="order-42"
    )
    assert first.id == second.id
    assert len(await collect(bob.iter_emails())) == 1


@pytest.mark.anyio
async def test_reply_to_unknown_message_id_is_404(inkbox: AsyncInkbox) -> None:
    alice, bob = await pair(inkbox)
    assert bob.email_address is not None
    with pytest.raises(NotFoundError):
        await alice.send_email(
            to=[bob.email_address],
            subject="Re",
            in_reply_to_message_id="00000000-0000-0000-0000-000000000000",
        )


@pytest.mark.anyio
async def test_send_email_refuses_a_string_recipient(inkbox: AsyncInkbox) -> None:
    alice, _ = await pair(inkbox)
    with pytest.raises(TypeError, match="list of addresses"):
        await alice.send_email(to="bob@example.com", subject="s")  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_dropped_responses_are_retried_without_sending_twice(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    """The connection dies after the server sent the mail: the retry replays, not resends."""
    alice, bob = await pair(inkbox)
    assert bob.email_address is not None
    inkbox_emulator.set_faults("drop=0.5,methods=POST", seed=0)  # 3 of 7 attempts cut
    patient = inkbox.with_options(max_retries=10)
    sent = [
        await patient.messages.send(
            alice.email_address or "", to=[bob.email_address], subject=f"n{n}", body_text="x"
        )
        for n in range(4)
    ]
    inkbox_emulator.set_faults("")
    received = await collect(bob.iter_emails(direction="inbound"))
    assert sorted(m.subject or "" for m in received) == [f"n{n}" for n in range(4)]
    assert len({m.id for m in sent}) == 4


@pytest.mark.anyio
async def test_marking_read_under_503s_leaves_nothing_unread(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    """Mark-read is `x-idempotent: true`: retried like a GET, so no message stays unread."""
    bot = await inkbox.create_identity("bot")
    assert bot.email_address is not None
    for n in range(8):
        inkbox_emulator.inject_email(to=bot.email_address, sender="c@example.com", subject=f"s{n}")
    inbox = await collect(bot.iter_emails(direction="inbound"))
    inkbox_emulator.set_faults("rate=0.3,status=503,retry_after_ms=1,methods=PATCH", seed=1)
    try:
        patient = inkbox.with_options(max_retries=6)
        for message in inbox:
            await patient.messages.mark_read(bot.email_address, message.id)
        failed = inkbox_emulator.hook("GET", "/state")["fault_counts"]["fail"]
    finally:
        inkbox_emulator.set_faults("")
    assert failed > 0
    after = await collect(bot.iter_emails(direction="inbound"))
    assert len(after) == 8 and all(m.is_read for m in after)
