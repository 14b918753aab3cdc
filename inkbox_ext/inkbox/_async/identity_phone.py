"""The identity's phone methods: calls and text messages from its own number.

Each method checks that the identity has a phone number (`InkboxError` before any request when
it has none), then calls the operation with the identity's number and id filled in.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._args import check_limit
from .identity import AsyncIdentityBase
from .pager import AsyncOffsetPager

if TYPE_CHECKING:
    from inkbox_api.models import (
        PhoneCall,
        PhoneCallWithRateLimit,
        PhoneTranscript,
        TextConversationSummary,
        TextConversationUpdateResult,
        TextMessage,
    )

    from .resources.calls import AsyncCallsResource
    from .resources.texts import AsyncTextsResource

__all__ = ["AsyncIdentityPhoneMixin"]


class AsyncIdentityPhoneMixin(AsyncIdentityBase):
    """Calls and texts of an identity (needs a phone number)."""

    @property
    def _calls(self) -> AsyncCallsResource:
        from .resources.calls import AsyncCallsResource

        return AsyncCallsResource(self._client)

    @property
    def _texts(self) -> AsyncTextsResource:
        return self._client.texts

    # ── calls ──

    async def place_call(
        self, *, to_number: str, client_websocket_url: str | None = None
    ) -> PhoneCallWithRateLimit:
        """Place an outbound call from this identity's number; audio streams over a WebSocket.

        Args:
            to_number: E.164 number to call.
            client_websocket_url: `wss://` URL to bridge audio to; defaults to the number's
                configured `client_websocket_url`.

        Returns:
            The call; `call.rate_limit` holds the organization's rolling 24 h call quota.

        Raises:
            InkboxError: the identity has no phone number.
            RateLimitError: the call quota is used up.
        """
        number = self._require_phone_number()
        return await self._calls.place(
            to_number=to_number,
            from_number=number.number,
            client_websocket_url=client_websocket_url,
        )

    async def list_calls(
        self, *, limit: int = 50, offset: int = 0, is_blocked: bool | None = None
    ) -> list[PhoneCall]:
        """One page of this identity's calls, newest first (offset pagination).

        Args:
            limit: At most this many calls (1-200).
            offset: Skip this many calls.
            is_blocked: Only calls rejected by a contact rule (`True`) or only the others.

        Returns:
            The calls; fewer than `limit` means there are no more. `iter_calls()` walks them all.

        Raises:
            InkboxError: the identity has no phone number.
        """
        self._require_phone_number()
        return await self._calls.list(
            agent_identity_id=self._data.id, limit=limit, offset=offset, is_blocked=is_blocked
        )

    def iter_calls(
        self, *, page_size: int = 50, is_blocked: bool | None = None
    ) -> AsyncOffsetPager[PhoneCall]:
        """Every call of this identity, newest first, fetched a page at a time as you iterate.

        Args:
            page_size: Calls per request (1-200).
            is_blocked: Only calls rejected by a contact rule (`True`) or only the others.

        Returns:
            A lazy iterator; nothing is requested before iteration starts.

        Raises:
            InkboxError: the identity has no phone number.
        """
        self._require_phone_number()
        calls = self._calls
        identity_id = self._data.id

        async def fetch(offset: int, limit: int) -> list[PhoneCall]:
            return await calls.list(
                agent_identity_id=identity_id, limit=limit, offset=offset, is_blocked=is_blocked
            )

        return AsyncOffsetPager(fetch, page_size=check_limit(page_size, "page_size"))

    async def list_transcripts(self, call_id: uuid.UUID | str) -> list[PhoneTranscript]:
        """The transcript of one of this identity's calls, in `seq` order.

        Args:
            call_id: Id of the call.

        Returns:
            The segments (`party` is `"local"` for the agent, `"remote"` for the other side).

        Raises:
            InkboxError: the identity has no phone number.
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
        """Send an SMS (or MMS, with `media_urls`) from this identity's number.

        The send is queued (`delivery_status` `queued`); later states arrive by webhook. A fresh
        `Idempotency-Key` goes with every call and is reused by automatic retries.

        Args:
            to: The recipient's E.164 number, or 1-8 numbers for a group message.
            text: The message body.
            media_urls: URLs of media to attach (MMS).
            idempotency_key: Your own deduplication key (1-255 printable ASCII characters).

        Returns:
            The queued message.

        Raises:
            InkboxError: the identity has no phone number.
            SenderSmsPendingError: the number is not yet registered for SMS (`sms_status`
                `pending`).
            RecipientNotOptedInError: the recipient never texted START to the organization.
            RecipientOptedOutError: the recipient texted STOP.
            RecipientBlockedError: an outbound contact rule blocks the recipient.
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
    ) -> list[TextMessage]:
        """One page of this identity's text messages, newest first (offset pagination).

        Args:
            limit: At most this many messages (1-200).
            offset: Skip this many messages.
            is_read: Only read (`True`) or unread (`False`) messages.
            is_blocked: Only messages blocked by a contact rule (`True`) or only the others.

        Returns:
            The messages; fewer than `limit` means there are no more. `iter_texts()` walks
            them all.

        Raises:
            InkboxError: the identity has no phone number.
        """
        number = self._require_phone_number()
        return await self._texts.list(
            number.id, limit=limit, offset=offset, is_read=is_read, is_blocked=is_blocked
        )

    def iter_texts(
        self,
        *,
        page_size: int = 50,
        is_read: bool | None = None,
        is_blocked: bool | None = None,
    ) -> AsyncOffsetPager[TextMessage]:
        """Every text message of this identity, newest first, fetched a page at a time.

        Args:
            page_size: Messages per request (1-200).
            is_read: Only read (`True`) or unread (`False`) messages.
            is_blocked: Only messages blocked by a contact rule (`True`) or only the others.

        Returns:
            A lazy iterator; nothing is requested before iteration starts.

        Raises:
            InkboxError: the identity has no phone number.
        """
        number_id = self._require_phone_number().id
        texts = self._texts

        async def fetch(offset: int, limit: int) -> list[TextMessage]:
            return await texts.list(
                number_id, limit=limit, offset=offset, is_read=is_read, is_blocked=is_blocked
            )

        return AsyncOffsetPager(fetch, page_size=check_limit(page_size, "page_size"))

    async def get_text(self, text_id: uuid.UUID | str) -> TextMessage:
        """One text message of this identity (`text.type` is `"sms"` or `"mms"`).

        Args:
            text_id: Id of the message.

        Returns:
            The message; MMS messages carry `media` (`content_type`, `size`, `url`).

        Raises:
            InkboxError: the identity has no phone number.
            NotFoundError: no such message on this identity's number.
        """
        number = self._require_phone_number()
        return await self._texts.get(number.id, text_id)

    async def list_text_conversations(
        self, *, limit: int = 50, offset: int = 0, is_blocked: bool | None = None
    ) -> list[TextConversationSummary]:
        """One page of conversation summaries (one row per remote number), newest first.

        Args:
            limit: At most this many conversations (1-200).
            offset: Skip this many conversations.
            is_blocked: Only conversations of blocked (`True`) or unblocked (`False`) messages.

        Returns:
            The summaries (`remote_phone_number`, `latest_text`, `unread_count`, `total_count`).

        Raises:
            InkboxError: the identity has no phone number.
        """
        number = self._require_phone_number()
        return await self._texts.list_conversations(
            number.id, limit=limit, offset=offset, is_blocked=is_blocked
        )

    async def get_text_conversation(
        self, remote_number: str, *, limit: int = 50, offset: int = 0
    ) -> list[TextMessage]:
        """One page of the messages exchanged with one remote number, newest first.

        Args:
            remote_number: The other party's E.164 number (or a conversation id).
            limit: At most this many messages (1-200).
            offset: Skip this many messages.

        Returns:
            The messages.

        Raises:
            InkboxError: the identity has no phone number.
        """
        number = self._require_phone_number()
        return await self._texts.get_conversation(
            number.id, remote_number, limit=limit, offset=offset
        )

    async def mark_text_read(self, text_id: uuid.UUID | str) -> TextMessage:
        """Mark one text message read.

        Args:
            text_id: Id of the message.

        Returns:
            The updated message.

        Raises:
            InkboxError: the identity has no phone number.
        """
        number = self._require_phone_number()
        return await self._texts.update(number.id, text_id, is_read=True)

    async def mark_text_conversation_read(self, remote_number: str) -> TextConversationUpdateResult:
        """Mark every message exchanged with one remote number read.

        Args:
            remote_number: The other party's E.164 number (or a conversation id).

        Returns:
            How many messages changed: `result["updated_count"]` (or `result.updated_count`).

        Raises:
            InkboxError: the identity has no phone number.
        """
        number = self._require_phone_number()
        return await self._texts.update_conversation(number.id, remote_number, is_read=True)
