"""The email half of an identity: send, list, mark read, and read threads of its mailbox.

Every method checks for the mailbox first, so an identity without one raises `InkboxError`
before any request; the work itself is done by `inkbox.messages` and `inkbox.threads`.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from .identity import AsyncIdentityBase

if TYPE_CHECKING:
    from inkbox_api.models import (
        EmailAttachment,
        Message,
        MessageDetail,
        MessageDirection,
        ThreadDetail,
    )

__all__ = ["AsyncIdentityMailMixin"]


class AsyncIdentityMailMixin(AsyncIdentityBase):
    """Mail methods of `AgentIdentity`; they need the identity to have a mailbox."""

    async def send_email(
        self,
        *,
        to: Sequence[str],
        subject: str,
        body_text: str | None = None,
        body_html: str | None = None,
        cc: Sequence[str] | None = None,
        bcc: Sequence[str] | None = None,
        in_reply_to_message_id: uuid.UUID | str | None = None,
        attachments: Sequence[Mapping[str, str] | EmailAttachment] | None = None,
        track_opens: bool = False,
        idempotency_key: str | None = None,
    ) -> Message:
        """Send an email from this identity's mailbox.

        The call carries an `Idempotency-Key`, reused if the request is retried, so the email
        is sent at most once.

        Args:
            to: Recipient addresses (at least one).
            subject: The subject line.
            body_text: Plain-text body.
            body_html: HTML body.
            cc: Carbon-copy recipients.
            bcc: Blind carbon-copy recipients.
            in_reply_to_message_id: The message this replies to: its Inkbox id (`sent.id`,
                looked up to find its Message-ID) or its RFC 5322 Message-ID
                (`msg.message_id`). The reply joins that message's thread.
            attachments: Dicts with `filename`, `content_type` and `content_base64`.
            track_opens: Embed an open-tracking pixel (needs `body_html`).
            idempotency_key: Your own key, to make a send you repeat yourself deliver once.

        Returns:
            The sent message's metadata (`id`, `message_id`, `thread_id`, ...).

        Raises:
            InkboxError: The identity has no mailbox (no request is sent).
            TypeError: `to`, `cc` or `bcc` is a single string instead of a list.
            ValueError: No recipient, or a malformed attachment.
        """
        mailbox = self._require_mailbox()
        return await self._client.messages.send(
            mailbox.email_address,
            to=to,
            subject=subject,
            body_text=body_text,
            body_html=body_html,
            cc=cc,
            bcc=bcc,
            in_reply_to_message_id=in_reply_to_message_id,
            attachments=attachments,
            track_opens=track_opens,
            idempotency_key=idempotency_key,
        )

    def iter_emails(
        self, *, direction: MessageDirection | str | None = None, page_size: int = 50
    ) -> AsyncIterator[Message]:
        """Iterate this identity's emails, newest first; pages are fetched as you go.

        Args:
            direction: `"inbound"` or `"outbound"`; omit for both.
            page_size: Messages per request (1-100).

        Returns:
            A lazy iterator of `Message`.

        Raises:
            InkboxError: The identity has no mailbox (raised at the call, before any request).
            ValueError: A bad `direction` or `page_size`.
        """
        mailbox = self._require_mailbox()
        return self._client.messages.list(
            mailbox.email_address, direction=direction, page_size=page_size
        )

    def iter_unread_emails(
        self, *, direction: MessageDirection | str | None = None, page_size: int = 50
    ) -> AsyncIterator[Message]:
        """Iterate this identity's unread emails, newest first (filtered on `is_read` locally).

        Args:
            direction: `"inbound"` or `"outbound"`; omit for both.
            page_size: Messages per request (1-100).

        Returns:
            A lazy iterator of the `Message`s whose `is_read` is false.

        Raises:
            InkboxError: The identity has no mailbox (raised at the call, before any request).
        """
        return _unread(self.iter_emails(direction=direction, page_size=page_size))

    async def mark_emails_read(self, message_ids: Iterable[uuid.UUID | str]) -> None:
        """Mark messages read, one request per message.

        Args:
            message_ids: Ids of the messages (`msg.id`).

        Raises:
            InkboxError: The identity has no mailbox (no request is sent).
            TypeError: `message_ids` is a single string instead of a list.
        """
        mailbox = self._require_mailbox()
        if isinstance(message_ids, str | bytes | uuid.UUID):
            raise TypeError("message_ids must be a list of ids, e.g. [msg.id]")
        for message_id in list(message_ids):
            await self._client.messages.mark_read(mailbox.email_address, message_id)

    async def get_message(self, message_id: uuid.UUID | str) -> MessageDetail:
        """One of this identity's messages, with its body.

        Raises:
            InkboxError: The identity has no mailbox (no request is sent).
            NotFoundError: No such message in the mailbox.
        """
        mailbox = self._require_mailbox()
        return await self._client.messages.get(mailbox.email_address, message_id)

    async def get_thread(self, thread_id: uuid.UUID | str) -> ThreadDetail:
        """A thread of this identity's mailbox with its messages, oldest first.

        Args:
            thread_id: The thread's id (`msg.thread_id`).

        Returns:
            The thread; `thread.messages` holds its messages oldest first.

        Raises:
            InkboxError: The identity has no mailbox (no request is sent).
            NotFoundError: No such thread in the mailbox.
        """
        mailbox = self._require_mailbox()
        return await self._client.threads.get(mailbox.email_address, thread_id)


async def _unread(messages: AsyncIterable[Message]) -> AsyncIterator[Message]:
    async for message in messages:
        if not message.is_read:
            yield message
