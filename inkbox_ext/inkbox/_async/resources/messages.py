"""`inkbox.messages`: the email messages of a mailbox (identities call these for their mailbox).

Which calls mark mail read: only `get()` (`identity.get_message()`), which the server answers
by marking an *inbound* message read, and of course `mark_read()` / `update_flags()`. Listing,
threads, sending and replying never change read state, so an agent can mark a message read
only once it has been handled.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import uuid
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..._constants import API_KEY_HEADER
from ..._retry import resolve_idempotency_key
from ..._wire import (
    MAX_PAGE_SIZE,
    as_enum,
    as_uuid,
    check_limit,
    flag,
    omit,
    opt_enum,
    opt_text,
    opt_when,
    parsed,
    require_text,
)
from ._base import AsyncResource

if TYPE_CHECKING:
    from inkbox_api.models import (
        AttachmentUrl,
        EmailAttachment,
        ForwardMode,
        Message,
        MessageDetail,
        MessageDirection,
    )

    from ..pager import AsyncPager

__all__ = ["AsyncMessagesResource"]


class AsyncMessagesResource(AsyncResource):
    """Operations on the messages of a mailbox, addressed by its email address."""

    def list(
        self,
        email_address: str,
        *,
        direction: MessageDirection | str | None = None,
        page_size: int = 50,
        start_datetime: datetime.datetime | datetime.date | str | None = None,
        end_datetime: datetime.datetime | datetime.date | str | None = None,
        tz: str | None = None,
    ) -> AsyncPager[Message]:
        """Iterate the mailbox's messages, newest first, fetching one page at a time.

        Nothing is requested before iteration starts. Pages follow a cursor, so marking
        messages read (or receiving new mail) while iterating neither skips nor repeats any.

        Args:
            email_address: The mailbox's address.
            direction: `"inbound"` or `"outbound"`; omit for both.
            page_size: Messages per request (1-100).
            start_datetime: Only messages created at or after this time (a `date`: that day on).
            end_datetime: Only messages created at or before this time (a `date`: the whole day).
            tz: IANA time zone (`"America/New_York"`) in which dates and naive datetimes are
                read; UTC when omitted.

        Returns:
            A lazy `AsyncPager` of `Message` (metadata; `get()` has the body).

        Raises:
            ValueError: A bad `direction` or `page_size`.
        """
        from inkbox_api.api.messages import list_mail_messages
        from inkbox_api.models import MessageDirection, MessagePage

        email = require_text(email_address, "email_address")
        wanted = opt_enum(direction, MessageDirection, "direction")
        limit = check_limit(page_size, "page_size", high=MAX_PAGE_SIZE)
        return self._cursor_pager(
            list_mail_messages,
            MessagePage,
            email,
            limit=limit,
            direction=wanted,
            start_datetime=opt_when(start_datetime, "start_datetime"),
            end_datetime=opt_when(end_datetime, "end_datetime"),
            tz=opt_text(tz, "tz"),
        )

    async def get(self, email_address: str, message_id: uuid.UUID | str) -> MessageDetail:
        """One message with its body. The server marks an inbound message read when it is fetched
        this way (lists and threads do not).

        Args:
            email_address: The mailbox's address.
            message_id: The message's id (`msg.id`).

        Returns:
            The message with `body_text` / `body_html`.

        Raises:
            NotFoundError: No such message in this mailbox.
        """
        from inkbox_api.api.messages import get_mail_message
        from inkbox_api.models import MessageDetail

        response = await get_mail_message.asyncio_detailed(
            require_text(email_address, "email_address"),
            as_uuid(message_id, "message_id"),
            client=self._api,
        )
        return parsed(response, MessageDetail)

    async def send(
        self,
        email_address: str,
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
        """Send an email from a mailbox. Sending never changes any message's read state.

        Every call carries an `Idempotency-Key` (yours, or a fresh one), reused on retries, so a
        retried send is delivered at most once.

        Args:
            email_address: The sending mailbox's address.
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

        Returns:
            The sent message's metadata.

        Raises:
            TypeError: `to`, `cc` or `bcc` is a single string instead of a list.
            ValueError: No recipient, a malformed attachment or idempotency key.
            NotFoundError: `in_reply_to_message_id` is an id with no message in this mailbox.
        """
        from inkbox_api.api.messages import send_mail_message
        from inkbox_api.models import EmailRecipients, Message, SendEmailRequest

        email = require_text(email_address, "email_address")
        recipients = EmailRecipients(
            to=_addresses(to, "to", required=True),
            cc=omit(_addresses(cc, "cc") or None),
            bcc=omit(_addresses(bcc, "bcc") or None),
        )
        if not isinstance(subject, str):
            raise TypeError(f"subject must be a string, not {type(subject).__name__}")
        key = resolve_idempotency_key(idempotency_key)
        files = _attachments(attachments)
        reply_to = None
        if in_reply_to_message_id is not None:
            reply_to = await self._rfc_message_id(email, in_reply_to_message_id)
        body = SendEmailRequest(
            recipients=recipients,
            subject=subject,
            body_text=omit(body_text),
            body_html=omit(body_html),
            in_reply_to_message_id=omit(reply_to),
            attachments=omit(files),
            track_opens=flag(track_opens),
        )
        response = await send_mail_message.asyncio_detailed(
            email, client=self._api, body=body, idempotency_key=key
        )
        return parsed(response, Message)

    async def reply(
        self,
        email_address: str,
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
        """Reply to a message, in its thread, without touching its read state.

        The recipients, the `Re:` subject and the threading come from `message`: an inbound
        message is answered to its sender, an outbound one (a follow-up) to its recipients.

        The same reply (same message, same content) is sent once: unless you pass your own
        `idempotency_key`, one is derived from the message's id and the reply's content, so an
        agent loop that retries a message after a failure can never answer it twice.

        Args:
            email_address: The replying mailbox's address.
            message: The message to answer, as listed or fetched (`Message` or `MessageDetail`).
            body_text: Plain-text body.
            body_html: HTML body.
            cc: Carbon-copy recipients.
            bcc: Blind carbon-copy recipients.
            attachments: As for `send()`.
            track_opens: Embed an open-tracking pixel (needs `body_html`).
            idempotency_key: Your own key, replacing the derived one.

        Returns:
            The sent reply's metadata.

        Raises:
            TypeError: `message` is not a message object.
            ValueError: Neither `body_text` nor `body_html`.
        """
        from inkbox_api.models import Message, MessageDetail, MessageDirection

        if not isinstance(message, Message | MessageDetail):
            raise TypeError(
                f"message must be a Message (from iter_emails() or get_message()), "
                f"not {type(message).__name__}"
            )
        if body_text is None and body_html is None:
            raise ValueError("a reply needs body_text=... and/or body_html=...")
        if message.direction == MessageDirection.OUTBOUND:
            to = list(message.to_addresses)
        else:
            to = [message.from_address]
        subject = _reply_subject(message.subject)
        if idempotency_key is None:
            idempotency_key = _reply_key(
                message.id, [to, subject, body_text, body_html, cc, bcc, attachments, track_opens]
            )
        return await self.send(
            email_address,
            to=to,
            subject=subject,
            body_text=body_text,
            body_html=body_html,
            cc=cc,
            bcc=bcc,
            in_reply_to_message_id=message,
            attachments=attachments,
            track_opens=track_opens,
            idempotency_key=idempotency_key,
        )

    async def reply_all(
        self,
        email_address: str,
        message_id: uuid.UUID | str,
        *,
        subject: str | None = None,
        body_text: str | None = None,
        body_html: str | None = None,
        attachments: Sequence[Mapping[str, str] | EmailAttachment] | None = None,
        reply_to: str | None = None,
        idempotency_key: str | None = None,
    ) -> Message:
        """Reply to everyone on a stored message; the server picks the recipients (the sender
        and every other recipient of an inbound message, never this mailbox), the `Re:`
        subject and the thread. The message answered keeps its read state.

        Every call carries an `Idempotency-Key` (yours, or a fresh one), reused on retries, so a
        retried reply is delivered at most once; `message_sends.lookup_email(...,
        operation="mail.reply_all")` finds what a key sent.

        Args:
            email_address: The replying mailbox's address.
            message_id: The id of the message answered (`msg.id`).
            subject: Replaces the `Re:` subject.
            body_text: Plain-text body.
            body_html: HTML body.
            attachments: As for `send()`.
            reply_to: A Reply-To address.
            idempotency_key: Your own key (1-255 printable ASCII characters).

        Returns:
            The sent reply's metadata.

        Raises:
            ValueError: A malformed attachment or idempotency key.
            NotFoundError: No such message in this mailbox.
            RecipientBlockedError: A contact rule blocks one of the recipients.
        """
        from inkbox_api.api.messages import reply_all_mail_message
        from inkbox_api.models import Message, ReplyAllRequest

        email = require_text(email_address, "email_address")
        target = as_uuid(message_id, "message_id")
        body = ReplyAllRequest(
            subject=omit(subject),
            body_text=omit(body_text),
            body_html=omit(body_html),
            attachments=omit(_attachments(attachments)),
            reply_to=opt_text(reply_to, "reply_to"),
        )
        response = await reply_all_mail_message.asyncio_detailed(
            email,
            target,
            client=self._api,
            body=body,
            idempotency_key=resolve_idempotency_key(idempotency_key),
        )
        return parsed(response, Message)

    async def _rfc_message_id(
        self, email: str, value: Message | MessageDetail | uuid.UUID | str
    ) -> str:
        """The RFC 5322 Message-ID to thread a reply on, found without side effects.

        The guide replies with `in_reply_to_message_id=sent.id` (an Inkbox UUID), while the wire
        threads on the Message-ID. A Message-ID is never a bare UUID (it has an `@`), so a UUID is
        unambiguous. It is looked up by listing the mailbox, newest first (the message replied
        to is usually recent): `get()` would mark an inbound message read, and an agent that
        marks mail read only after answering it would lose every reply that then failed.
        """
        from inkbox_api.models import Message, MessageDetail

        if isinstance(value, Message | MessageDetail):
            return value.message_id
        if isinstance(value, uuid.UUID):
            message_id = value
        else:
            text = require_text(value, "in_reply_to_message_id")
            try:
                message_id = uuid.UUID(text.strip())
            except ValueError:
                return text
        async for page in self.list(email, page_size=MAX_PAGE_SIZE).aiter_pages():
            for message in page:
                if message.id == message_id:
                    return message.message_id
        from ..._errors import NotFoundError

        raise NotFoundError(
            404,
            f"in_reply_to_message_id {message_id} is no message of {email}; pass the message "
            "itself (in_reply_to_message_id=msg) or its msg.message_id",
        )

    async def update_flags(
        self,
        email_address: str,
        message_id: uuid.UUID | str,
        *,
        is_read: bool | None = None,
        is_starred: bool | None = None,
    ) -> Message:
        """Set a message's read and/or starred flag; only the flags given are sent.

        Args:
            email_address: The mailbox's address.
            message_id: The message's id (`msg.id`).
            is_read: New read state; `None` leaves it.
            is_starred: New starred state; `None` leaves it.

        Returns:
            The updated message's metadata.
        """
        from inkbox_api.api.messages import update_mail_message
        from inkbox_api.models import Message, MessageUpdate

        body = MessageUpdate(
            is_read=omit(None if is_read is None else bool(is_read)),
            is_starred=omit(None if is_starred is None else bool(is_starred)),
        )
        response = await update_mail_message.asyncio_detailed(
            require_text(email_address, "email_address"),
            as_uuid(message_id, "message_id"),
            client=self._api,
            body=body,
        )
        return parsed(response, Message)

    async def mark_read(self, email_address: str, message_id: uuid.UUID | str) -> Message:
        """Mark one message read.

        Args:
            email_address: The mailbox's address.
            message_id: The message's id (`msg.id`).
        """
        return await self.update_flags(email_address, message_id, is_read=True)

    async def mark_unread(self, email_address: str, message_id: uuid.UUID | str) -> Message:
        """Mark one message unread.

        Args:
            email_address: The mailbox's address.
            message_id: The message's id (`msg.id`).
        """
        return await self.update_flags(email_address, message_id, is_read=False)

    async def star(self, email_address: str, message_id: uuid.UUID | str) -> Message:
        """Star one message (the flag persists; `Message.is_starred`).

        Args:
            email_address: The mailbox's address.
            message_id: The message's id (`msg.id`).
        """
        return await self.update_flags(email_address, message_id, is_starred=True)

    async def unstar(self, email_address: str, message_id: uuid.UUID | str) -> Message:
        """Remove one message's star.

        Args:
            email_address: The mailbox's address.
            message_id: The message's id (`msg.id`).
        """
        return await self.update_flags(email_address, message_id, is_starred=False)

    async def delete(self, email_address: str, message_id: uuid.UUID | str) -> None:
        """Delete a message: it leaves the mailbox's lists, its thread and search.

        A thread left without messages goes with its last one.

        Args:
            email_address: The mailbox's address.
            message_id: The message's id (`msg.id`).

        Raises:
            ValueError: `message_id` is not a UUID (no request is sent).
            NotFoundError: No such message in this mailbox (404).
        """
        from inkbox_api.api.messages import delete_mail_message

        await delete_mail_message.asyncio_detailed(
            require_text(email_address, "email_address"),
            as_uuid(message_id, "message_id"),
            client=self._api,
        )

    async def forward(
        self,
        email_address: str,
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
        """Forward a message from this mailbox; the forward starts a thread of its own.

        Args:
            email_address: The forwarding mailbox's address.
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

        Returns:
            The forward's metadata (outbound, `status="sent"`).

        Raises:
            TypeError: `to`, `cc` or `bcc` is a single string instead of a list.
            ValueError: No recipient at all, an unknown `mode`, a malformed attachment, an empty
                `reply_to`.
            NotFoundError: No such message in this mailbox (404).
        """
        from inkbox_api.api.messages import forward_mail_message
        from inkbox_api.models import ForwardEmailRequest, ForwardMode, ForwardRecipients, Message

        email = require_text(email_address, "email_address")
        target = as_uuid(message_id, "message_id")
        recipients = {
            name: _addresses(value, name) for name, value in (("to", to), ("cc", cc), ("bcc", bcc))
        }
        if not any(recipients.values()):
            raise ValueError("forward needs at least one address in to, cc or bcc")
        body = ForwardEmailRequest(
            recipients=ForwardRecipients(**{k: omit(v or None) for k, v in recipients.items()}),
            mode=as_enum(mode, ForwardMode, "mode"),
            include_original_attachments=bool(include_original_attachments),
            subject=omit(subject),
            body_text=omit(body_text),
            body_html=omit(body_html),
            additional_attachments=omit(_attachments(additional_attachments)),
            reply_to=opt_text(reply_to, "reply_to"),
        )
        response = await forward_mail_message.asyncio_detailed(
            email,
            target,
            client=self._api,
            body=body,
            idempotency_key=resolve_idempotency_key(idempotency_key),
        )
        return parsed(response, Message)

    async def get_attachment_url(
        self, email_address: str, message_id: uuid.UUID | str, filename: str
    ) -> AttachmentUrl:
        """A short-lived signed URL of one attachment (what 0.3.1's `get_attachment` returned).

        Args:
            email_address: The mailbox's address.
            message_id: The message's id (`msg.id`).
            filename: The attachment's file name, as the message lists it.

        Returns:
            `url`, `filename` and `expires_in` (seconds). Fetch the URL without your API key;
            `get_attachment()` / `iter_attachment()` do that for you.

        Raises:
            NotFoundError: No such message, or it has no attachment `filename` (404).
        """
        from inkbox_api.api.messages import get_mail_message_attachment
        from inkbox_api.models import AttachmentUrl

        response = await get_mail_message_attachment.asyncio_detailed(
            require_text(email_address, "email_address"),
            as_uuid(message_id, "message_id"),
            require_text(filename, "filename"),
            client=self._api,
            redirect=False,
        )
        return parsed(response, AttachmentUrl)

    async def iter_attachment(
        self,
        email_address: str,
        message_id: uuid.UUID | str,
        filename: str,
        *,
        chunk_size: int = 64 * 1024,
    ) -> AsyncIterator[bytes]:
        """The bytes of one attachment, streamed in chunks (for files too large to hold).

        `async for chunk in inkbox.messages.iter_attachment(email, msg.id, "report.pdf"): ...`.
        The signed URL is fetched without the API key: it may point at another host.

        Args:
            email_address: The mailbox's address.
            message_id: The message's id (`msg.id`).
            filename: The attachment's file name, as the message lists it.
            chunk_size: Bytes per chunk yielded.

        Raises:
            ValueError: `chunk_size` is not positive (no request is sent).
            NotFoundError: No such message or attachment (404).
            APIError: The download itself failed (its status, e.g. 403 once the URL expired).
        """
        if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
            raise ValueError(f"chunk_size must be a positive int, got {chunk_size!r}")
        import httpx

        from ..._constants import REQUEST_ID_HEADER
        from ..._errors import InkboxConnectionError, api_error_from_response

        link = await self.get_attachment_url(email_address, message_id, filename)
        request = self._client._http.build_request("GET", link.url)
        # The URL carries its own signature; our key must not travel to wherever it points.
        del request.headers[API_KEY_HEADER]
        try:
            # Straight to the pool: the retrying transport reads whole bodies, this streams.
            response = await self._client._pool.handle_async_request(request)
        except httpx.TransportError as exc:
            raise InkboxConnectionError(f"downloading {filename!r} failed: {exc}") from exc
        try:
            if response.status_code >= 400:
                raise api_error_from_response(
                    response.status_code,
                    await response.aread(),
                    request_id=response.headers.get(REQUEST_ID_HEADER),
                    retry_after=None,
                )
            async for chunk in response.aiter_bytes(chunk_size):
                yield chunk
        finally:
            await response.aclose()

    async def get_attachment(
        self, email_address: str, message_id: uuid.UUID | str, filename: str
    ) -> bytes:
        """The bytes of one attachment (see `iter_attachment` to stream large files).

        Args:
            email_address: The mailbox's address.
            message_id: The message's id (`msg.id`).
            filename: The attachment's file name, as the message lists it.

        Raises:
            NotFoundError: No such message, or it has no attachment `filename` (404).
        """
        chunks = [c async for c in self.iter_attachment(email_address, message_id, filename)]
        return b"".join(chunks)


def _reply_subject(subject: str | None) -> str:
    text = (subject or "").strip()
    return text if text[:3].lower() == "re:" else f"Re: {text}".rstrip()


def _reply_key(message_id: uuid.UUID, content: list[Any]) -> str:
    """An idempotency key naming this reply: the message answered and what the answer says."""

    def plain(value: Any) -> Any:
        to_dict = getattr(value, "to_dict", None)
        return to_dict() if callable(to_dict) else str(value)

    digest = hashlib.sha256(json.dumps(content, default=plain, sort_keys=True).encode()).hexdigest()
    return f"reply-{message_id}-{digest[:32]}"


def _addresses(value: Sequence[str] | None, name: str, *, required: bool = False) -> list[str]:
    if value is None:
        value = []
    if isinstance(value, str | bytes):
        raise TypeError(f"{name} must be a list of addresses, e.g. {name}=[{value!r}]")
    result = list(value)
    for index, item in enumerate(result):
        if not isinstance(item, str) or not item.strip():
            raise ValueError(f"{name}[{index}] must be a non-empty address, got {item!r}")
    if required and not result:
        raise ValueError(f"{name} needs at least one address")
    return result


def _attachments(
    value: Sequence[Mapping[str, str] | EmailAttachment] | None,
) -> list[EmailAttachment] | None:
    from inkbox_api.models import EmailAttachment

    if value is None:
        return None
    if isinstance(value, Mapping | EmailAttachment):
        raise TypeError("attachments must be a list of attachments, e.g. attachments=[{...}]")
    result: list[EmailAttachment] = []
    for index, item in enumerate(value):
        if isinstance(item, EmailAttachment):
            result.append(item)
            continue
        if not isinstance(item, Mapping):
            raise TypeError(f"attachments[{index}] must be a dict, not {type(item).__name__}")
        missing = [k for k in ("filename", "content_type", "content_base64") if k not in item]
        if missing:
            raise ValueError(f"attachments[{index}] lacks {', '.join(missing)}")
        fields: dict[str, Any] = dict(item)
        result.append(EmailAttachment.from_dict(fields))
    return result
