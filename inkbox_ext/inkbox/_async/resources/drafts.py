"""`inkbox.drafts`: email drafts of a mailbox — compose, revise, send.

Every change names the `generation` it was made against (optimistic concurrency): the server
bumps the generation on each change, and a call carrying an older one changes nothing and
raises `DraftGenerationConflictError`, whose `current_generation` says where the draft is now.
A sent draft becomes a message of its mailbox (sent exactly as `messages.send()` sends) and is
gone from the drafts.
"""

from __future__ import annotations

import email.message
import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..._drafts import DraftAttachmentContent
from ..._retry import resolve_idempotency_key
from ..._types import NOT_GIVEN, NotGivenOr
from ..._wire import (
    MAX_PAGE_SIZE,
    as_enum,
    as_uuid,
    check_limit,
    flag,
    given,
    omit,
    opt_text,
    opt_uuid,
    parsed,
    patch_text,
    require_text,
)
from ._base import AsyncResource
from .messages import _addresses, _attachments

if TYPE_CHECKING:
    from inkbox_api.models import (
        DraftDetail,
        DraftRecipients,
        DraftSummary,
        EmailAttachment,
        ForwardMode,
        Message,
    )

    from ..pager import AsyncPager

__all__ = ["AsyncDraftsResource"]

_FORWARD_OPTIONS = (
    "forward_mode",
    "forward_note_text",
    "forward_note_html",
    "include_original_attachments",
)


def _generation(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(
            f"generation must be an int (the draft's .generation), not {type(value).__name__}"
        )
    if value < 1:
        raise ValueError(f"generation must be 1 or more (the draft's .generation), got {value}")
    return value


def _part_index(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"part_index must be an int, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"part_index must be 0 or more, got {value}")
    return value


def _recipients(value: DraftRecipients | Mapping[str, Sequence[str] | None]) -> DraftRecipients:
    from inkbox_api.models import DraftRecipients

    if isinstance(value, DraftRecipients):
        return value
    if not isinstance(value, Mapping):
        raise TypeError(
            "recipients must be a dict such as {'to': [...], 'cc': [...]} or DraftRecipients, "
            f"not {type(value).__name__}"
        )
    unknown = sorted(set(value) - {"to", "cc", "bcc"})
    if unknown:
        raise ValueError(f"recipients takes 'to', 'cc' and 'bcc', not {unknown}")
    groups: dict[str, Any] = {}
    for group in ("to", "cc", "bcc"):
        if group in value:
            items = value[group]
            groups[group] = None if items is None else _addresses(items, f"recipients[{group!r}]")
    return DraftRecipients(**groups)


class AsyncDraftsResource(AsyncResource):
    """Operations on the drafts of a mailbox, addressed by its email address."""

    def list(self, email_address: str, *, page_size: int = 50) -> AsyncPager[DraftSummary]:
        """Iterate the mailbox's unsent drafts, newest first, one page at a time.

        Args:
            email_address: The mailbox's address.
            page_size: Drafts per request (1-100).

        Returns:
            A lazy `AsyncPager` of `DraftSummary` (`get()` has the bodies).

        Raises:
            ValueError: A bad `page_size`.
        """
        from inkbox_api.api.drafts import list_mail_drafts
        from inkbox_api.models import DraftPage

        email = require_text(email_address, "email_address")
        limit = check_limit(page_size, "page_size", high=MAX_PAGE_SIZE)
        return self._cursor_pager(list_mail_drafts, DraftPage, email, limit=limit)

    async def create(
        self,
        email_address: str,
        *,
        to: Sequence[str] | None = None,
        cc: Sequence[str] | None = None,
        bcc: Sequence[str] | None = None,
        subject: str | None = None,
        body_text: str | None = None,
        body_html: str | None = None,
        reply_to: str | None = None,
        thread_id: uuid.UUID | str | None = None,
        in_reply_to_message_id: str | None = None,
        references: Sequence[str] | None = None,
        forward_message_id: uuid.UUID | str | None = None,
        forward_mode: NotGivenOr[ForwardMode | str | None] = NOT_GIVEN,
        forward_note_text: NotGivenOr[str | None] = NOT_GIVEN,
        forward_note_html: NotGivenOr[str | None] = NOT_GIVEN,
        include_original_attachments: NotGivenOr[bool] = NOT_GIVEN,
        attachments: Sequence[Mapping[str, str] | EmailAttachment] | None = None,
        track_opens: bool = False,
        idempotency_key: str | None = None,
    ) -> DraftDetail:
        """Create a draft; any field may be missing until it is sent.

        A reply draft names the message answered (`in_reply_to_message_id`, its RFC
        Message-ID `msg.message_id`) or just its thread (`thread_id`), and joins that thread. A
        forward draft names the message forwarded (`forward_message_id`, its `msg.id`): the
        subject defaults to `Fwd: …`, the original's attachments come along unless
        `include_original_attachments=False`, and the original is embedded when it is sent
        (`forward_mode="inline"` below a preamble, the default, or `"wrapped"` as an attached
        message), after `forward_note_text` / `forward_note_html`.

        Args:
            email_address: The mailbox's address.
            to: Recipient addresses.
            cc: Carbon-copy recipients.
            bcc: Blind carbon-copy recipients.
            subject: The subject line.
            body_text: Plain-text body.
            body_html: HTML body.
            reply_to: A Reply-To address.
            thread_id: The thread a reply draft joins.
            in_reply_to_message_id: RFC 5322 Message-ID of the message answered.
            references: RFC 5322 Message-IDs of the conversation so far.
            forward_message_id: Id of a message of this mailbox to forward.
            forward_mode: `"inline"` or `"wrapped"` (`ForwardMode`); forwards only.
            forward_note_text: Your note above a forwarded message (text).
            forward_note_html: Your note above a forwarded message (HTML).
            include_original_attachments: Whether a forward carries the original's attachments.
            attachments: Dicts with `filename`, `content_type` and `content_base64` (and
                optionally `content_id` for inline images).
            track_opens: Embed an open-tracking pixel when sent (needs `body_html` by then).
            idempotency_key: Your own key, so a create you repeat makes one draft.

        Returns:
            The new draft, at `generation` 1.

        Raises:
            ValueError: Forward options without `forward_message_id`; a malformed address,
                attachment or key.
            TypeError: An address list given as a single string.
            NotFoundError: `forward_message_id` or `thread_id` is not of this mailbox.
        """
        from inkbox_api.api.drafts import create_mail_draft
        from inkbox_api.models import DraftCreate, DraftDetail, DraftRecipients, ForwardMode

        email = require_text(email_address, "email_address")
        if forward_message_id is None:
            named = [
                name
                for name, value in zip(
                    _FORWARD_OPTIONS,
                    (
                        forward_mode,
                        forward_note_text,
                        forward_note_html,
                        include_original_attachments,
                    ),
                    strict=True,
                )
                if value is not NOT_GIVEN
            ]
            if named:
                raise ValueError(
                    f"{', '.join(named)} only apply to a forward: pass forward_message_id too"
                )
        if include_original_attachments is not NOT_GIVEN and not isinstance(
            include_original_attachments, bool
        ):
            raise TypeError("include_original_attachments must be True or False")
        mode = None if forward_mode is NOT_GIVEN else forward_mode
        body = DraftCreate(
            recipients=DraftRecipients(
                to=omit(_addresses(to, "to") if to is not None else None),
                cc=omit(_addresses(cc, "cc") if cc is not None else None),
                bcc=omit(_addresses(bcc, "bcc") if bcc is not None else None),
            ),
            subject=omit(subject),
            body_text=omit(body_text),
            body_html=omit(body_html),
            reply_to=opt_text(reply_to, "reply_to"),
            thread_id=opt_uuid(thread_id, "thread_id"),
            in_reply_to_message_id=opt_text(in_reply_to_message_id, "in_reply_to_message_id"),
            references=omit(
                _addresses(references, "references") if references is not None else None
            ),
            forward_message_id=opt_uuid(forward_message_id, "forward_message_id"),
            forward_mode=omit(None if mode is None else as_enum(mode, ForwardMode, "forward_mode")),
            forward_note_text=omit(None if forward_note_text is NOT_GIVEN else forward_note_text),
            forward_note_html=omit(None if forward_note_html is NOT_GIVEN else forward_note_html),
            include_original_attachments=given(include_original_attachments),
            attachments=omit(_attachments(attachments)),
            track_opens=flag(track_opens),
        )
        response = await create_mail_draft.asyncio_detailed(
            email,
            client=self._api,
            body=body,
            idempotency_key=resolve_idempotency_key(idempotency_key),
        )
        return parsed(response, DraftDetail)

    async def get(self, email_address: str, draft_id: uuid.UUID | str) -> DraftDetail:
        """One draft with its bodies, threading and attachment metadata.

        Args:
            email_address: The mailbox's address.
            draft_id: The draft's id.

        Raises:
            NotFoundError: No such draft in this mailbox (a sent draft is gone).
        """
        from inkbox_api.api.drafts import get_mail_draft
        from inkbox_api.models import DraftDetail

        response = await get_mail_draft.asyncio_detailed(
            require_text(email_address, "email_address"),
            as_uuid(draft_id, "draft_id"),
            client=self._api,
        )
        return parsed(response, DraftDetail)

    async def update(
        self,
        email_address: str,
        draft_id: uuid.UUID | str,
        *,
        generation: int,
        recipients: NotGivenOr[DraftRecipients | Mapping[str, Sequence[str] | None] | None] = (
            NOT_GIVEN
        ),
        subject: NotGivenOr[str | None] = NOT_GIVEN,
        body_text: NotGivenOr[str | None] = NOT_GIVEN,
        body_html: NotGivenOr[str | None] = NOT_GIVEN,
        reply_to: NotGivenOr[str | None] = NOT_GIVEN,
        thread_id: NotGivenOr[uuid.UUID | str | None] = NOT_GIVEN,
        in_reply_to_message_id: NotGivenOr[str | None] = NOT_GIVEN,
        references: NotGivenOr[Sequence[str] | None] = NOT_GIVEN,
        track_opens: NotGivenOr[bool] = NOT_GIVEN,
        forward_note_text: NotGivenOr[str | None] = NOT_GIVEN,
        forward_note_html: NotGivenOr[str | None] = NOT_GIVEN,
    ) -> DraftDetail:
        """Change the fields given (`None` clears one), if the draft is still at `generation`.

        Args:
            email_address: The mailbox's address.
            draft_id: The draft's id.
            generation: The generation your change is based on (`draft.generation`).
            recipients: `{"to": [...], "cc": [...], "bcc": [...]}` (groups left out stay) or
                `DraftRecipients`; `None` clears them all.
            subject: The subject line.
            body_text: Plain-text body.
            body_html: HTML body.
            reply_to: A Reply-To address.
            thread_id: The thread the draft replies in.
            in_reply_to_message_id: RFC 5322 Message-ID of the message answered.
            references: RFC 5322 Message-IDs of the conversation so far.
            track_opens: Embed an open-tracking pixel when sent.
            forward_note_text: The note above a forwarded message (text).
            forward_note_html: The note above a forwarded message (HTML).

        Returns:
            The draft, one generation on.

        Raises:
            DraftGenerationConflictError: The draft moved past `generation`; nothing changed.
            NotFoundError: No such draft.
        """
        from inkbox_api.api.drafts import update_mail_draft
        from inkbox_api.models import DraftDetail, DraftUpdate

        if track_opens is not NOT_GIVEN and not isinstance(track_opens, bool):
            raise TypeError("track_opens must be True or False")
        body = DraftUpdate(
            generation=_generation(generation),
            recipients=given(
                recipients
                if recipients is NOT_GIVEN or recipients is None
                else _recipients(recipients)
            ),
            subject=given(subject),
            body_text=given(body_text),
            body_html=given(body_html),
            reply_to=patch_text(reply_to, "reply_to"),
            thread_id=given(
                thread_id
                if thread_id is NOT_GIVEN or thread_id is None
                else as_uuid(thread_id, "thread_id")
            ),
            in_reply_to_message_id=patch_text(in_reply_to_message_id, "in_reply_to_message_id"),
            references=given(
                references
                if references is NOT_GIVEN or references is None
                else _addresses(references, "references")
            ),
            track_opens=given(track_opens),
            forward_note_text=given(forward_note_text),
            forward_note_html=given(forward_note_html),
        )
        response = await update_mail_draft.asyncio_detailed(
            require_text(email_address, "email_address"),
            as_uuid(draft_id, "draft_id"),
            client=self._api,
            body=body,
        )
        return parsed(response, DraftDetail)

    async def delete(
        self, email_address: str, draft_id: uuid.UUID | str, *, generation: int
    ) -> None:
        """Delete a draft, if it is still at `generation`.

        Args:
            email_address: The mailbox's address.
            draft_id: The draft's id.
            generation: The generation your change is based on (`draft.generation`).

        Raises:
            DraftGenerationConflictError: The draft changed since; it was not deleted.
            NotFoundError: No such draft.
        """
        from inkbox_api.api.drafts import delete_mail_draft

        await delete_mail_draft.asyncio_detailed(
            require_text(email_address, "email_address"),
            as_uuid(draft_id, "draft_id"),
            client=self._api,
            generation=_generation(generation),
        )

    async def duplicate(
        self, email_address: str, draft_id: uuid.UUID | str, *, generation: int
    ) -> DraftDetail:
        """Copy a draft (as it is at `generation`) into a new, independent draft.

        Args:
            email_address: The mailbox's address.
            draft_id: The draft's id.
            generation: The generation your change is based on (`draft.generation`).

        Returns:
            The copy, at `generation` 1.

        Raises:
            DraftGenerationConflictError: The draft changed since; nothing was copied.
            NotFoundError: No such draft.
        """
        from inkbox_api.api.drafts import duplicate_mail_draft
        from inkbox_api.models import DraftDetail, DraftGenerationRequest

        response = await duplicate_mail_draft.asyncio_detailed(
            require_text(email_address, "email_address"),
            as_uuid(draft_id, "draft_id"),
            client=self._api,
            body=DraftGenerationRequest(generation=_generation(generation)),
        )
        return parsed(response, DraftDetail)

    async def send(
        self, email_address: str, draft_id: uuid.UUID | str, *, generation: int
    ) -> Message:
        """Send a draft, if it is still at `generation`; it becomes a message and leaves the
        drafts.

        Args:
            email_address: The mailbox's address.
            draft_id: The draft's id.
            generation: The generation your change is based on (`draft.generation`).

        Returns:
            The sent message's metadata.

        Raises:
            DraftGenerationConflictError: The draft changed since; nothing was sent.
            UnprocessableEntityError: The draft has no recipient yet.
            RecipientBlockedError: A contact rule blocks a recipient.
            NotFoundError: No such draft (a draft already sent is gone).
        """
        from inkbox_api.api.drafts import send_mail_draft
        from inkbox_api.models import DraftGenerationRequest, Message

        response = await send_mail_draft.asyncio_detailed(
            require_text(email_address, "email_address"),
            as_uuid(draft_id, "draft_id"),
            client=self._api,
            body=DraftGenerationRequest(generation=_generation(generation)),
        )
        return parsed(response, Message)

    async def add_attachments(
        self,
        email_address: str,
        draft_id: uuid.UUID | str,
        *,
        generation: int,
        attachments: Sequence[Mapping[str, str] | EmailAttachment],
    ) -> DraftDetail:
        """Append attachments to a draft, if it is still at `generation`.

        Args:
            email_address: The mailbox's address.
            draft_id: The draft's id.
            generation: The generation your change is based on (`draft.generation`).
            attachments: Dicts with `filename`, `content_type` and `content_base64` (and
                optionally `content_id` for inline images).

        Returns:
            The draft, one generation on (new attachments last in `attachment_metadata`).

        Raises:
            ValueError: No attachment, or a malformed one.
            DraftGenerationConflictError: The draft changed since; nothing was added.
        """
        from inkbox_api.api.drafts import add_mail_draft_attachments
        from inkbox_api.models import DraftAttachmentsAdd, DraftDetail

        files = _attachments(attachments)
        if not files:
            raise ValueError("attachments needs at least one attachment")
        response = await add_mail_draft_attachments.asyncio_detailed(
            require_text(email_address, "email_address"),
            as_uuid(draft_id, "draft_id"),
            client=self._api,
            body=DraftAttachmentsAdd(generation=_generation(generation), attachments=files),
        )
        return parsed(response, DraftDetail)

    async def remove_attachment(
        self,
        email_address: str,
        draft_id: uuid.UUID | str,
        part_index: int,
        *,
        generation: int,
    ) -> DraftDetail:
        """Remove the attachment at `part_index`, if the draft is still at `generation`; the
        later ones move up one index.

        Args:
            email_address: The mailbox's address.
            draft_id: The draft's id.
            part_index: Position of the attachment among the draft's attachments, from 0.
            generation: The generation your change is based on (`draft.generation`).

        Raises:
            DraftGenerationConflictError: The draft changed since; nothing was removed.
            NotFoundError: No such draft or attachment.
        """
        from inkbox_api.api.drafts import remove_mail_draft_attachment
        from inkbox_api.models import DraftDetail

        response = await remove_mail_draft_attachment.asyncio_detailed(
            require_text(email_address, "email_address"),
            as_uuid(draft_id, "draft_id"),
            _part_index(part_index),
            client=self._api,
            generation=_generation(generation),
        )
        return parsed(response, DraftDetail)

    async def download_attachment(
        self,
        email_address: str,
        draft_id: uuid.UUID | str,
        part_index: int,
        *,
        generation: int,
    ) -> DraftAttachmentContent:
        """The bytes of the attachment at `part_index` of the draft at `generation`.

        Args:
            email_address: The mailbox's address.
            draft_id: The draft's id.
            part_index: Position of the attachment among the draft's attachments, from 0.
            generation: The generation your change is based on (`draft.generation`).

        Returns:
            `DraftAttachmentContent` (`content`, `filename`, `content_type`).

        Raises:
            DraftGenerationConflictError: The draft changed since (its attachments may differ).
            NotFoundError: No such draft or attachment.
        """
        from inkbox_api.api.drafts import download_mail_draft_attachment

        response = await download_mail_draft_attachment.asyncio_detailed(
            require_text(email_address, "email_address"),
            as_uuid(draft_id, "draft_id"),
            _part_index(part_index),
            client=self._api,
            generation=_generation(generation),
        )
        header = email.message.Message()
        header["Content-Disposition"] = response.headers.get("Content-Disposition", "")
        content_type = response.headers.get("Content-Type", "application/octet-stream")
        return DraftAttachmentContent(
            content=response.content,
            filename=header.get_filename() or "attachment",
            content_type=content_type.partition(";")[0].strip(),
        )
