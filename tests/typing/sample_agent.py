"""A sample support agent as a newcomer writes it, type-checked with `mypy --strict` by
`make lint`: every line must check without casts or `# type: ignore`.

It is not run (the e2e tests run the same loops); it proves the SDK's types carry the loop.
"""

from __future__ import annotations

import datetime

from inkbox import (
    AgentIdentity,
    AsyncAgentIdentity,
    AsyncInkbox,
    Inkbox,
    InkboxAPIError,
    InkboxConnectionError,
    InkboxError,
    Message,
    MessageDirection,
    TextMessage,
)
from inkbox_emulator.pytest_plugin import EmulatorHandle


def answer_mail(identity: AgentIdentity, since: datetime.datetime) -> list[str]:
    """Answer each unread message, then mark it read; returns whom it answered."""
    answered: list[str] = []
    for msg in identity.iter_unread_emails(direction="inbound", start_datetime=since):
        try:
            identity.reply(msg, body_text=f"Thanks for writing about {msg.subject or 'this'}.")
        except InkboxAPIError as error:
            note: str = f"{error.method} {error.url} ({error.attempts}): {error.request_id}"
            print(note, error.status_code)
            continue
        except InkboxConnectionError as error:
            print(error.method, error.url, error.attempts)
            continue
        identity.mark_emails_read([msg.id])
        answered.append(msg.from_address)
    return answered


def answer_texts(identity: AgentIdentity) -> int:
    handled = 0
    for text in identity.iter_texts(is_read=False):
        # A group text has no single remote number to answer.
        if text.direction == MessageDirection.INBOUND and text.remote_phone_number:
            identity.send_text(to=text.remote_phone_number, text="Got it")
        identity.mark_text_read(text.id)
        handled += 1
    return handled


def mailbox_of(identity: AgentIdentity) -> str:
    address: str = identity.email_address  # a str, not `str | None`
    return address.split("@", 1)[1]


def direction_of(text: TextMessage) -> MessageDirection:
    return text.direction


async def answer_mail_async(identity: AsyncAgentIdentity) -> list[Message]:
    replies: list[Message] = []
    async for msg in identity.iter_unread_emails():
        try:
            replies.append(await identity.reply(msg, body_text="On it."))
        except InkboxError:
            continue
        await identity.mark_emails_read([msg.id])
    return replies


def test_agent_answers(inkbox_client: Inkbox, inkbox_emulator: EmulatorHandle) -> None:
    identity = inkbox_client.create_identity("support")
    inkbox_emulator.inject_email(to=identity.email_address, sender="a@example.com", subject="Hi")
    inkbox_emulator.set_faults("rate=0.3,status=503", seed=1)
    since = datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=1)
    assert answer_mail(identity, since) == ["a@example.com"]


async def test_agent_answers_async(
    async_inkbox_client: AsyncInkbox, inkbox_emulator: EmulatorHandle
) -> None:
    identity = await async_inkbox_client.create_identity("support")
    inkbox_emulator.inject_email(to=identity.email_address, sender="a@example.com", subject="Hi")
    assert len(await answer_mail_async(identity)) == 1


def fast_client(emulator: EmulatorHandle) -> Inkbox:
    return Inkbox(api_key=emulator.admin_key, base_url=emulator.url, retry_backoff=0.001)
