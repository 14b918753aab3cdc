"""The email half of an identity: send, reply, list, mark read, and read threads of its mailbox.

Only `get_message()` (the server marks an inbound message read when fetched) and
`mark_emails_read()` change read state; listing, threads, `send_email()` and `reply()` do not.

Every method checks for the mailbox first, so an identity without one raises `InkboxError`
before any request; the work itself is done by `inkbox.messages` and `inkbox.threads`.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from .identity import AsyncIdentityBase

if TYPE_CHECKING:
    from inkbox_api.models import (
        EmailAttachment,
        ForwardMode,
        Message,
        MessageDetail,
        MessageDirection,
        ThreadDetail,
    )

    from .pager import AsyncPager

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
        in_reply_to_message_id: Message | MessageDetail | uuid.UUID | str | None = None,
        attachments: Sequence[Mapping[str, str] | EmailAttachment] | None = None,
        track_opens: bool = False,
        idempotency_key: str | None = None,
    ) -> Message:
        """Send an email from this identity's mailbox; see `AsyncMessagesResource.send`.

        Args:
            to: Recipient addresses (at least one).
            subject: The subject line.
            body_text: Plain-text body.
            body_html: HTML body.
            cc: Carbon-copy recipients.
            bcc: Blind carbon-copy recipients.
            in_reply_to_message_id: The message this replies to, so the reply joins its thread:
                the message itself (`msg`), its RFC 5322 Message-ID (`msg.message_id`, e.g.
                `"<abc@example.com>"`), or its Inkbox id (`msg.id`), which is looked up by
                listing this mailbox (a lookup that, unlike `get()`, leaves it unread).
            attachments: Dicts with `filename`, `content_type` and `content_base64` (and
                optionally `content_id` for inline images).
            track_opens: Embed an open-tracking pixel (needs `body_html`).
            idempotency_key: Your own key (1-255 printable ASCII characters), to make a send
                you may repeat yourself (after a crash, say) deliver once.
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

    async def reply(
        self,
        message: Message | MessageDetail,
        *,
        body_text: str | None = None,
        body_html: str | None = None,
        cc: Sequence[str] | None = None,
        bcc: Sequence[str] | None = None,
        attachments: Sequence[Mapping[str, str] | EmailAttachment] | None = None,
        track_opens: bool = False,
        idempotency_key: str | None = None,
    ) -> Message:
        """Answer a message in its thread, leaving its read state alone; see `AsyncMessagesResource.reply`.

        Args:
            message: The message to answer, as listed or fetched (`Message` or `MessageDetail`).
            body_text: Plain-text body.
            body_html: HTML body.
            cc: Carbon-copy recipients.
            bcc: Blind carbon-copy recipients.
            attachments: As for `send()`.
            track_opens: Embed an open-tracking pixel (needs `body_html`).
            idempotency_key: Your own key, replacing the derived one.
        """
        mailbox = self._require_mailbox()
        return await self._client.messages.reply(
            mailbox.email_address,
            message,
            body_text=body_text,
            body_html=body_html,
            cc=cc,
            bcc=bcc,
            attachments=attachments,
            track_opens=track_opens,
            idempotency_key=idempotency_key,
        )

    async def forward_email(
        self,
        message_id: uuid.UUID | str,
        *,
        to: Sequence[str] | None = None,
        cc: Sequence[str] | None = None,
        bcc: Sequence[str] | None = None,
        mode: ForwardMode | str = "inline",
        subject: str | None = None,
        body_text: str | None = None,
        body_html: str | None = None,
        additional_attachments: Sequence[Mapping[str, str] | EmailAttachment] | None = None,
        include_original_attachments: bool = True,
        reply_to: str | None = None,
        idempotency_key: str | None = None,
    ) -> Message:
        """Forward one of this identity's messages; see `AsyncMessagesResource.forward`.

        Args:
            message_id: The message to forward (`msg.id`).
            to: Recipients; at least one address across `to`, `cc` and `bcc`.
            cc: Carbon-copy recipients.
            bcc: Blind carbon-copy recipients.
            mode: `"inline"` (the original quoted below your note) or `"wrapped"` (the
                original attached whole, as `message/rfc822`).
            subject: Defaults to `"Fwd: "` plus the original subject (never doubled).
            body_text: Your note above the original.
            body_html: Your HTML note.
            additional_attachments: Files of your own, shaped as `send(attachments=...)`.
            include_original_attachments: Inline mode: re-attach the original's files.
            reply_to: Reply-To address of the forward.
            idempotency_key: Your own key, as for `send()`; a fresh one is used otherwise.
        """
        mailbox = self._require_mailbox()
        return await self._client.messages.forward(
            mailbox.email_address,
            message_id,
            to=to,
            cc=cc,
            bcc=bcc,
            mode=mode,
            subject=subject,
            body_text=body_text,
            body_html=body_html,
            additional_attachments=additional_attachments,
            include_original_attachments=include_original_attachments,
            reply_to=reply_to,
            idempotency_key=idempotency_key,
        )

    def iter_emails(
        self,
        *,
        direction: MessageDirection | str | None = None,
        page_size: int = 50,
        start_datetime: datetime.datetime | datetime.date | str | None = None,
        end_datetime: datetime.datetime | datetime.date | str | None = None,
        tz: str | None = None,
    ) -> AsyncPager[Message]:
        """This identity's emails, newest first, as a lazy pager; see `AsyncMessagesResource.list`.

        Args:
            direction: `"inbound"` or `"outbound"`; omit for both.
            page_size: Messages per request (1-100).
            start_datetime: Only messages created at or after this time (a `date`: that day on).
            end_datetime: Only messages created at or before this time (a `date`: the whole day).
            tz: IANA time zone (`"America/New_York"`) in which dates and naive datetimes are
                read; UTC when omitted.
        """
        mailbox = self._require_mailbox()
        return self._client.messages.list(
            mailbox.email_address,
            direction=direction,
            page_size=page_size,
            start_datetime=start_datetime,
            end_datetime=end_datetime,
            tz=tz,
        )

    def iter_unread_emails(
        self,
        *,
        direction: MessageDirection | str | None = None,
        page_size: int = 50,
        start_datetime: datetime.datetime | datetime.date | str | None = None,
        end_datetime: datetime.datetime | datetime.date | str | None = None,
        tz: str | None = None,
    ) -> AsyncPager[Message]:
        """This identity's unread emails, as a lazy pager; see `AsyncMessagesResource.list`.

        The API has no read-state filter for mail, so unread is picked out here; bound the pages
        read with `start_datetime` (a server-side filter), e.g. the time of your last poll.
        Marking messages read inside the loop is safe (pages follow a cursor).

        Args:
            direction: `"inbound"` or `"outbound"`; omit for both.
            page_size: Messages per request (1-100).
            start_datetime: Only messages created at or after this time (a `date`: that day on).
            end_datetime: Only messages created at or before this time (a `date`: the whole day).
            tz: IANA time zone (`"America/New_York"`) in which dates and naive datetimes are
                read; UTC when omitted.
        """
        pager = self.iter_emails(
            direction=direction,
            page_size=page_size,
            start_datetime=start_datetime,
            end_datetime=end_datetime,
            tz=tz,
        )
        return pager._keeping(lambda message: not message.is_read)

    async def mark_emails_read(self, message_ids: Iterable[uuid.UUID | str]) -> None:
        """Mark messages read, one request per message; see `AsyncMessagesResource.mark_read`.

        Args:
            message_ids: Ids of the messages (`msg.id`).
        """
        await self._set_read(message_ids, True)

    async def mark_emails_unread(self, message_ids: Iterable[uuid.UUID | str]) -> None:
        """Mark messages unread, one request per message; see `AsyncMessagesResource.mark_unread`.

        Args:
            message_ids: Ids of the messages (`msg.id`).
        """
        await self._set_read(message_ids, False)

    async def _set_read(self, message_ids: Iterable[uuid.UUID | str], is_read: bool) -> None:
        mailbox = self._require_mailbox()
        if isinstance(message_ids, str | bytes | uuid.UUID):
            raise TypeError("message_ids must be a list of ids, e.g. [msg.id]")
        messages = self._client.messages
        mark = messages.mark_read if is_read else messages.mark_unread
        for message_id in list(message_ids):
            await mark(mailbox.email_address, message_id)

    async def reply_all_email(
        self,
        message_id: uuid.UUID | str,
        *,
        subject: str | None = None,
        body_text: str | None = None,
        body_html: str | None = None,
        attachments: Sequence[Mapping[str, str] | EmailAttachment] | None = None,
        reply_to: str | None = None,
        idempotency_key: str | None = None,
    ) -> Message:
        """Reply to everyone on a message of this identity's mailbox; see `AsyncMessagesResource.reply_all`.

        Args:
            message_id: The id of the message answered (`msg.id`).
            subject: Replaces the `Re:` subject.
            body_text: Plain-text body.
            body_html: HTML body.
            attachments: As for `send()`.
            reply_to: A Reply-To address.
            idempotency_key: Your own key (1-255 printable ASCII characters).
        """
        mailbox = self._require_mailbox()
        return await self._client.messages.reply_all(
            mailbox.email_address,
            message_id,
            subject=subject,
            body_text=body_text,
            body_html=body_html,
            attachments=attachments,
            reply_to=reply_to,
            idempotency_key=idempotency_key,
        )

    async def get_message(self, message_id: uuid.UUID | str) -> MessageDetail:
        """One of this identity's messages, with its body (marks an inbound one read); see `AsyncMessagesResource.get`.

        Args:
            message_id: The message's id (`msg.id`).
        """
        mailbox = self._require_mailbox()
        return await self._client.messages.get(mailbox.email_address, message_id)

    async def get_thread(self, thread_id: uuid.UUID | str) -> ThreadDetail:
        """A thread of this identity's mailbox with its messages, oldest first; see `AsyncThreadsResource.get`.

        Args:
            thread_id: The thread's id (`msg.thread_id`).
        """
        mailbox = self._require_mailbox()
        return await self._client.threads.get(mailbox.email_address, thread_id)
