"""The drafts of an identity's mailbox: compose, revise, duplicate, delete, send.

Every method checks for the mailbox first (`InkboxError` before any request without one); the
work is done by `inkbox.drafts`.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from .._types import NOT_GIVEN, NotGivenOr
from .identity import AsyncIdentityBase

if TYPE_CHECKING:
    from inkbox_api.models import (
        DraftDetail,
        DraftRecipients,
        DraftSummary,
        EmailAttachment,
        ForwardMode,
        Message,
    )

    from .pager import AsyncPager

__all__ = ["AsyncIdentityDraftsMixin"]


class AsyncIdentityDraftsMixin(AsyncIdentityBase):
    """Draft methods of `AgentIdentity`; they need the identity to have a mailbox."""

    def iter_email_drafts(self, *, page_size: int = 50) -> AsyncPager[DraftSummary]:
        """This identity's drafts, newest first, as a lazy pager; see `AsyncDraftsResource.list`.

        Args:
            page_size: Drafts per request (1-100).
        """
        mailbox = self._require_mailbox()
        return self._client.drafts.list(mailbox.email_address, page_size=page_size)

    async def create_email_draft(
        self,
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
        """Create a draft in this identity's mailbox; see `AsyncDraftsResource.create`.

        Args:
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
        """
        mailbox = self._require_mailbox()
        return await self._client.drafts.create(
            mailbox.email_address,
            to=to,
            cc=cc,
            bcc=bcc,
            subject=subject,
            body_text=body_text,
            body_html=body_html,
            reply_to=reply_to,
            thread_id=thread_id,
            in_reply_to_message_id=in_reply_to_message_id,
            references=references,
            forward_message_id=forward_message_id,
            forward_mode=forward_mode,
            forward_note_text=forward_note_text,
            forward_note_html=forward_note_html,
            include_original_attachments=include_original_attachments,
            attachments=attachments,
            track_opens=track_opens,
            idempotency_key=idempotency_key,
        )

    async def get_email_draft(self, draft_id: uuid.UUID | str) -> DraftDetail:
        """One draft of this identity's mailbox; see `AsyncDraftsResource.get`.

        Args:
            draft_id: The draft's id.
        """
        mailbox = self._require_mailbox()
        return await self._client.drafts.get(mailbox.email_address, draft_id)

    async def update_email_draft(
        self,
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
        """Change a draft if it is still at `generation`; see `AsyncDraftsResource.update`.

        Args:
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
        """
        mailbox = self._require_mailbox()
        return await self._client.drafts.update(
            mailbox.email_address,
            draft_id,
            generation=generation,
            recipients=recipients,
            subject=subject,
            body_text=body_text,
            body_html=body_html,
            reply_to=reply_to,
            thread_id=thread_id,
            in_reply_to_message_id=in_reply_to_message_id,
            references=references,
            track_opens=track_opens,
            forward_note_text=forward_note_text,
            forward_note_html=forward_note_html,
        )

    async def duplicate_email_draft(
        self, draft_id: uuid.UUID | str, *, generation: int
    ) -> DraftDetail:
        """Copy a draft into a new one; see `AsyncDraftsResource.duplicate`.

        Args:
            draft_id: The draft's id.
            generation: The generation your change is based on (`draft.generation`).
        """
        mailbox = self._require_mailbox()
        return await self._client.drafts.duplicate(
            mailbox.email_address, draft_id, generation=generation
        )

    async def delete_email_draft(self, draft_id: uuid.UUID | str, *, generation: int) -> None:
        """Delete a draft if it is still at `generation`; see `AsyncDraftsResource.delete`.

        Args:
            draft_id: The draft's id.
            generation: The generation your change is based on (`draft.generation`).
        """
        mailbox = self._require_mailbox()
        await self._client.drafts.delete(mailbox.email_address, draft_id, generation=generation)

    async def send_email_draft(self, draft_id: uuid.UUID | str, *, generation: int) -> Message:
        """Send a draft if it is still at `generation`; see `AsyncDraftsResource.send`.

        Args:
            draft_id: The draft's id.
            generation: The generation your change is based on (`draft.generation`).
        """
        mailbox = self._require_mailbox()
        return await self._client.drafts.send(
            mailbox.email_address, draft_id, generation=generation
        )
