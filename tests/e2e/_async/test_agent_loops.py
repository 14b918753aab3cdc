"""The agent loops a newcomer writes, run against the emulator as written: none may lose work.

Each test is the obvious loop (answer mail, then mark it read; mark texts read while iterating),
with the emulator's injected faults where the trap needed them.
"""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator
from typing import Any

import pytest

from inkbox import (
    AsyncAgentIdentity,
    AsyncInkbox,
    InkboxAPIError,
    InkboxConnectionError,
    InkboxError,
    MessageDirection,
    NotFoundError,
)

from ._phone_helpers import CUSTOMER, inject_text, texting_agent

SEED = 14
CUSTOMERS = [f"customer{i}@example.com" for i in range(20)]


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(
        inkbox_emulator.admin_key,
        base_url=inkbox_emulator.url,
        retry_backoff=0.001,
    ) as client:
        yield client


async def unread_count(identity: AsyncAgentIdentity) -> int:
    return len([m async for m in identity.iter_unread_emails(direction="inbound")])


def replies_per_customer(emulator: Any) -> dict[str, int]:
    return {c: len(emulator.outside_mail(to=c)) for c in CUSTOMERS}


async def answer_until_done(support: AsyncAgentIdentity, answer: Any) -> None:
    """The newcomer's poll loop: answer each unread message, then mark it read; on any error
    move on, the next poll picks the message up again."""
    for _ in range(30):
        try:
            async for msg in support.iter_unread_emails(direction="inbound"):
                try:
                    await answer(msg)
                    await support.mark_emails_read([msg.id])
                except InkboxError:
                    continue
        except InkboxError:
            continue
        try:
            if await unread_count(support) == 0:
                return
        except InkboxError:
            continue


@pytest.mark.anyio
async def test_reply_then_mark_read_under_dropped_connections_answers_everyone_once(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    """Before: looking up the replied-to message marked it read, so a reply that then failed was
    never retried (2 of 20 customers unanswered). Now every customer gets exactly one answer."""
    support = await inkbox.create_identity("support")
    for customer in CUSTOMERS:
        inkbox_emulator.inject_email(
            to=support.email_address, sender=customer, subject="Where is my order?"
        )
    inkbox_emulator.set_faults("drop=0.3,rate=0.2", seed=SEED)

    async def answer(msg: Any) -> None:
        await support.reply(msg, body_text="Thanks, it ships today.")

    await answer_until_done(support, answer)
    inkbox_emulator.set_faults("")
    assert replies_per_customer(inkbox_emulator) == dict.fromkeys(CUSTOMERS, 1)
    assert await unread_count(support) == 0
    [sent] = inkbox_emulator.outside_mail(to=CUSTOMERS[0])
    assert sent["subject"] == "Re: Where is my order?"


@pytest.mark.anyio
async def test_send_email_in_reply_to_an_id_leaves_the_message_unread(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    """The guide's `in_reply_to_message_id=msg.id` threads the reply but no longer reads the
    message; a failed send therefore leaves it unread for the next poll."""
    support = await inkbox.create_identity("support")
    inkbox_emulator.inject_email(to=support.email_address, sender=CUSTOMERS[0], subject="Hi")
    [msg] = [m async for m in support.iter_unread_emails()]
    inkbox_emulator.set_faults("rate=1,status=503,methods=POST")
    with pytest.raises(InkboxAPIError):
        await support.send_email(
            to=[msg.from_address],
            subject="Re: Hi",
            body_text="Hello",
            in_reply_to_message_id=msg.id,
        )
    inkbox_emulator.set_faults("")
    assert [m.id async for m in support.iter_unread_emails()] == [msg.id]
    reply = await support.send_email(
        to=[msg.from_address], subject="Re: Hi", body_text="Hello", in_reply_to_message_id=msg.id
    )
    assert reply.thread_id == msg.thread_id
    assert [m.id async for m in support.iter_unread_emails()] == [msg.id]
    # get_message is the one read that marks mail read, as documented.
    await support.get_message(msg.id)
    assert [m async for m in support.iter_unread_emails()] == []


@pytest.mark.anyio
async def test_reply_fills_recipient_subject_and_thread(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    """`identity.reply(msg)` answers the sender in the thread, once per distinct answer."""
    alice = await inkbox.create_identity("alice")
    bob = await inkbox.create_identity("bob")
    await alice.send_email(to=[bob.email_address], subject="Lunch?", body_text="Noon?")
    [msg] = [m async for m in bob.iter_emails(direction="inbound")]
    first = await bob.reply(msg, body_text="Yes")
    again = await bob.reply(msg, body_text="Yes")  # the same answer is not sent twice
    other = await bob.reply(msg, body_text="Make it 1pm")
    assert again.id == first.id and other.id != first.id
    assert first.thread_id == msg.thread_id
    [received, *_] = [m async for m in alice.iter_emails(direction=MessageDirection.INBOUND)]
    assert received.from_address == bob.email_address
    assert {m.subject async for m in alice.iter_emails(direction="inbound")} == {"Re: Lunch?"}
    # A follow-up on one's own sent message goes to its recipients, without "Re: Re:".
    follow = await bob.reply(first, body_text="See you")
    assert follow.to_addresses == [alice.email_address]
    assert follow.subject == "Re: Lunch?"
    with pytest.raises(ValueError, match="body_text"):
        await bob.reply(msg)
    with pytest.raises(TypeError, match="must be a Message"):
        await bob.reply(str(msg.id))  # type: ignore[arg-type]
    with pytest.raises(NotFoundError, match="no message of"):
        await bob.send_email(
            to=[alice.email_address], subject="Re", in_reply_to_message_id=str(alice.id)
        )


@pytest.mark.anyio
async def test_marking_texts_read_while_iterating_sees_every_unread_text(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    """Before: `iter_texts(is_read=False)` skipped 2 of 5 texts when the loop marked each read
    (offset pages shifted under it). Now the loop sees all of them, once."""
    agent = await texting_agent(inkbox, inkbox_emulator)
    await agent.mark_text_conversation_read(CUSTOMER)  # the START text is not the customer's ask
    number = agent.phone_number
    assert number is not None
    for i in range(5):
        await inject_text(inkbox_emulator, number.number, CUSTOMER, f"question {i}")
    seen = []
    async for text in agent.iter_texts(is_read=False, page_size=2):
        seen.append(text.text)
        await agent.mark_text_read(text.id)
    assert sorted(seen) == [f"question {i}" for i in range(5)]
    assert await agent.list_texts(is_read=False) == []
    assert all(isinstance(t.direction, MessageDirection) for t in await agent.list_texts())


@pytest.mark.anyio
async def test_marking_mail_read_while_iterating_sees_every_unread_message(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    """Unread mail pages by cursor: marking each read inside the loop skips none, and
    `start_datetime` bounds the pages read on the server."""
    support = await inkbox.create_identity("support")
    for customer in CUSTOMERS[:5]:
        inkbox_emulator.inject_email(to=support.email_address, sender=customer, subject="Hi")
    later = inkbox_emulator.advance_clock(3600)
    inkbox_emulator.inject_email(to=support.email_address, sender=CUSTOMERS[5], subject="Hi")
    seen = []
    async for msg in support.iter_unread_emails(page_size=2):
        seen.append(msg.from_address)
        await support.mark_emails_read([msg.id])
    assert sorted(seen) == sorted(CUSTOMERS[:6])
    recent = [m.from_address async for m in support.iter_emails(start_datetime=later)]
    assert recent == [CUSTOMERS[5]]


@pytest.mark.anyio
async def test_errors_name_the_method_url_attempts_and_request_id(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    """Before: `HTTP 503: Injected fault`. Now the message says which call failed and how often
    it was tried, and carries the emulator's request id."""
    support = await inkbox.create_identity("support")
    inkbox_emulator.set_faults("rate=1,status=503")
    with pytest.raises(InkboxAPIError) as info:
        await support.send_email(to=[CUSTOMERS[0]], subject="Hi", body_text="Hello")
    inkbox_emulator.set_faults("")
    error = info.value
    url = error.url
    assert url is not None  # as sent: the address in the path is percent-encoded
    assert url.startswith(f"{inkbox_emulator.url}/api/v1/mail/mailboxes/support")
    assert url.endswith("/messages")
    assert str(error).startswith(f"POST {url} failed with 503 after 3 attempts: Injected fault")
    assert (error.method, error.attempts) == ("POST", 3)
    assert error.request_id and error.request_id.startswith("req_")
    assert f"(request id {error.request_id})" in str(error)
    with pytest.raises(NotFoundError) as missing:
        await inkbox.get_identity("ghost")
    assert missing.value.request_id
    assert str(missing.value).startswith(
        f"GET {inkbox_emulator.url}/api/v1/identities/ghost failed with 404 after 1 attempt: "
    )


@pytest.mark.anyio
async def test_connection_errors_name_the_method_url_and_attempts(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    inkbox_emulator.set_faults("drop=1,methods=GET")
    with pytest.raises(InkboxConnectionError) as info:
        await inkbox.get_identity("ghost")
    inkbox_emulator.set_faults("")
    url = f"{inkbox_emulator.url}/api/v1/identities/ghost"
    assert str(info.value).startswith(f"GET {url} failed after 3 attempts: ")
    assert (info.value.method, info.value.url, info.value.attempts) == ("GET", url, 3)


@pytest.mark.anyio
async def test_a_base_url_with_api_v1_is_named_in_the_404(inkbox_emulator: Any) -> None:
    async with AsyncInkbox(
        inkbox_emulator.admin_key, base_url=inkbox_emulator.url + "/api/v1"
    ) as wrong:
        with pytest.raises(NotFoundError, match="base URL should not include /api/v1"):
            await wrong.get_identity("anyone")


@pytest.mark.anyio
async def test_a_test_key_sent_to_a_remote_host_warns_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("inkbox._config._warned_hosts", set())
    with pytest.warns(UserWarning, match="emulator API key") as record:
        async with AsyncInkbox("isk_test_abc", base_url="https://inkbox.example"):
            pass
    assert "isk_test_abc" not in str(record[0].message)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        async with AsyncInkbox("isk_test_abc", base_url="https://inkbox.example"):
            pass  # once per process: no second warning
        async with AsyncInkbox("isk_test_abc", base_url="http://127.0.0.1:9"):
            pass


@pytest.mark.anyio
async def test_a_keyword_typo_names_the_public_class(inkbox: AsyncInkbox) -> None:
    support = await inkbox.create_identity("support")
    with pytest.raises(TypeError, match=r"^AsyncAgentIdentity\.send_email\(\) got an unexpected"):
        await support.send_email(too=["x@example.com"], subject="Hi")  # type: ignore[call-arg]


@pytest.mark.anyio
async def test_an_identity_without_mailbox_has_no_email_address(inkbox: AsyncInkbox) -> None:
    support = await inkbox.create_identity("support")
    assert isinstance(support.email_address, str)
    await support.unlink_mailbox()
    with pytest.raises(InkboxError, match="has no mailbox"):
        support.email_address
    assert "email_address=None" in repr(support)


@pytest.mark.anyio
async def test_the_fixture_client_retries_fast(
    async_inkbox_client: AsyncInkbox, inkbox_emulator: Any
) -> None:
    """The plugin's clients retry at once, so fault tests stay quick."""
    await async_inkbox_client.create_identity("bot")
    inkbox_emulator.set_faults("rate=0.5,status=503", seed=3)
    fetched = [await async_inkbox_client.get_identity("bot") for _ in range(5)]
    inkbox_emulator.set_faults("")
    assert [i.agent_handle for i in fetched] == ["bot"] * 5
