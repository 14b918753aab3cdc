"""The identity's phone methods: calls and text messages from its own number.

Each method checks that the identity has a phone number (`InkboxError` before any request when
it has none), then calls the operation with the identity's number and id filled in.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .identity import AsyncIdentityBase

if TYPE_CHECKING:
    from inkbox_api.models import (
        PhoneCall,
        PhoneCallWithRateLimit,
        PhoneTranscript,
        TextConversationSummary,
        TextConversationUpdateResult,
        TextMessage,
    )

    from .pager import AsyncPager
    from .resources.calls import AsyncCallsResource
    from .resources.texts import AsyncTextsResource

__all__ = ["AsyncIdentityPhoneMixin"]


class AsyncIdentityPhoneMixin(AsyncIdentityBase):
    """Calls and texts of an identity (needs a phone number)."""

    @property
    def _calls(self) -> AsyncCallsResource:
        return self._client.calls

    @property
    def _texts(self) -> AsyncTextsResource:
        return self._client.texts

    # ── calls ──

    async def place_call(
        self, *, to_number: str, client_websocket_url: str | None = None
    ) -> PhoneCallWithRateLimit:
        """Place a call from this identity's number; see `AsyncCallsResource.place`.

        Args:
            to_number: E.164 number to call.
            client_websocket_url: `wss://` URL to bridge audio to; defaults to the number's
                configured `client_websocket_url`.
        """
        number = self._require_phone_number()
        return await self._calls.place(
            to_number=to_number,
            from_number=number.number,
            client_websocket_url=client_websocket_url,
        )

    async def list_calls(
        self,
        *,
        limit: int = 50,
        offset: int = 0,
        is_blocked: bool | None = None,
        start_datetime: datetime.datetime | datetime.date | str | None = None,
        end_datetime: datetime.datetime | datetime.date | str | None = None,
        tz: str | None = None,
    ) -> list[PhoneCall]:
        """One page of this identity's calls, newest first (offset pagination); see `AsyncCallsResource.list`.

        Args:
            limit: At most this many calls (1-200).
            offset: Skip this many calls.
            is_blocked: Only calls rejected by a contact rule (`True`) or only the others.
            start_datetime: Only those created at or after this time (a `date`: that day on).
            end_datetime: Only those created at or before this time (a `date`: the whole day).
            tz: IANA time zone in which dates and naive datetimes are read (default UTC).
        """
        self._require_phone_number()
        return await self._calls.list(
            agent_identity_id=self._data.id,
            limit=limit,
            offset=offset,
            is_blocked=is_blocked,
            start_datetime=start_datetime,
            end_datetime=end_datetime,
            tz=tz,
        )

    def iter_calls(
        self, *, page_size: int = 50, is_blocked: bool | None = None
    ) -> AsyncPager[PhoneCall]:
        """Every call of this identity, as a lazy pager; see `AsyncCallsResource.iter`.

        Args:
            page_size: Calls per request (1-200).
            is_blocked: Only calls rejected by a contact rule (`True`) or only the others.
        """
        self._require_phone_number()
        return self._calls.iter(
            agent_identity_id=self._data.id, page_size=page_size, is_blocked=is_blocked
        )

    async def list_transcripts(self, call_id: uuid.UUID | str) -> list[PhoneTranscript]:
        """The transcript of one of this identity's calls, in `seq` order; see `AsyncCallsResource.transcripts`.

        Args:
            call_id: Id of the call.
        """
        self._require_phone_number()
        return await self._calls.transcripts(call_id)

    # ── texts ──

    async def send_text(
        self,
        *,
        to: str | Sequence[str],
        text: str | None = None,
        media_urls: Sequence[str] | None = None,
        idempotency_key: str | None = None,
    ) -> TextMessage:
        """Send an SMS (or MMS, with `media_urls`) from this identity's number; see `AsyncTextsResource.send`.

        Args:
            to: The recipient's E.164 number, or 1-8 numbers for a group message.
            text: The message body.
            media_urls: URLs of media to attach (MMS).
            idempotency_key: Your own key (1-255 printable ASCII characters) to deduplicate
                sends across calls; by default each call gets a new one.
        """
        number = self._require_phone_number()
        return await self._texts.send(
            number.id, to=to, text=text, media_urls=media_urls, idempotency_key=idempotency_key
        )

    async def list_texts(
        self,
        *,
        limit: int = 50,
        offset: int = 0,
        is_read: bool | None = None,
        is_blocked: bool | None = None,
        start_datetime: datetime.datetime | datetime.date | str | None = None,
        end_datetime: datetime.datetime | datetime.date | str | None = None,
        tz: str | None = None,
    ) -> list[TextMessage]:
        """One page of this identity's text messages, newest first (offset pagination); see `AsyncTextsResource.list`.

        Args:
            limit: At most this many messages (1-200).
            offset: Skip this many messages.
            is_read: Only read (`True`) or unread (`False`) messages.
            is_blocked: Only messages blocked by a contact rule (`True`) or only unblocked ones.
            start_datetime: Only those created at or after this time (a `date`: that day on).
            end_datetime: Only those created at or before this time (a `date`: the whole day).
            tz: IANA time zone in which dates and naive datetimes are read (default UTC).
        """
        number = self._require_phone_number()
        return await self._texts.list(
            number.id,
            limit=limit,
            offset=offset,
            is_read=is_read,
            is_blocked=is_blocked,
            start_datetime=start_datetime,
            end_datetime=end_datetime,
            tz=tz,
        )

    def iter_texts(
        self,
        *,
        page_size: int = 50,
        is_read: bool | None = None,
        is_blocked: bool | None = None,
    ) -> AsyncPager[TextMessage]:
        """Every text of this identity, as a lazy pager; see `AsyncTextsResource.iter`.

        Args:
            page_size: Messages per request (1-200).
            is_read: Only read (`True`) or unread (`False`) messages.
            is_blocked: Only messages blocked by a contact rule (`True`) or only unblocked ones.
        """
        number_id = self._require_phone_number().id
        return self._texts.iter(
            number_id, page_size=page_size, is_read=is_read, is_blocked=is_blocked
        )

    async def get_text(self, text_id: uuid.UUID | str) -> TextMessage:
        """One text message of this identity (`text.type` is `"sms"` or `"mms"`); see `AsyncTextsResource.get`.

        Args:
            text_id: Id of the message.
        """
        number = self._require_phone_number()
        return await self._texts.get(number.id, text_id)

    async def list_text_conversations(
        self,
        *,
        limit: int = 50,
        offset: int = 0,
        is_blocked: bool | None = None,
        include_groups: bool = False,
        start_datetime: datetime.datetime | datetime.date | str | None = None,
        end_datetime: datetime.datetime | datetime.date | str | None = None,
        tz: str | None = None,
    ) -> list[TextConversationSummary]:
        """One page of this number's conversation summaries; see `AsyncTextsResource.list_conversations`.

        Args:
            limit: At most this many conversations (1-200).
            offset: Skip this many conversations.
            is_blocked: Only conversations of blocked (`True`) or unblocked (`False`) messages.
            include_groups: Also list group conversations.
            start_datetime: Only those created at or after this time (a `date`: that day on).
            end_datetime: Only those created at or before this time (a `date`: the whole day).
            tz: IANA time zone in which dates and naive datetimes are read (default UTC).
        """
        number = self._require_phone_number()
        return await self._texts.list_conversations(
            number.id,
            limit=limit,
            offset=offset,
            is_blocked=is_blocked,
            include_groups=include_groups,
            start_datetime=start_datetime,
            end_datetime=end_datetime,
            tz=tz,
        )

    async def get_text_conversation(
        self, remote_number: str, *, limit: int = 50, offset: int = 0
    ) -> list[TextMessage]:
        """One page of the texts exchanged with one remote number; see `AsyncTextsResource.get_conversation`.

        Args:
            remote_number: The other party's E.164 number, or a conversation id.
            limit: At most this many messages (1-200).
            offset: Skip this many messages.
        """
        number = self._require_phone_number()
        return await self._texts.get_conversation(
            number.id, remote_number, limit=limit, offset=offset
        )

    async def mark_text_read(self, text_id: uuid.UUID | str) -> TextMessage:
        """Mark one text message read; see `AsyncTextsResource.update`.

        Args:
            text_id: Id of the message.
        """
        number = self._require_phone_number()
        return await self._texts.update(number.id, text_id, is_read=True)

    async def mark_text_conversation_read(self, remote_number: str) -> TextConversationUpdateResult:
        """Mark every message exchanged with one remote number read; see `AsyncTextsResource.update_conversation`.

        Args:
            remote_number: The other party's E.164 number, or a conversation id.
        """
        number = self._require_phone_number()
        return await self._texts.update_conversation(number.id, remote_number, is_read=True)
