"""`inkbox.texts`: SMS/MMS text messages of a phone number.

The guide uses `inkbox.texts` for the admin calls (`search`, `update`); the identity's text
methods (`identity.send_text`, `identity.list_texts`, ...) are these same operations with the
identity's phone number filled in.
"""

from __future__ import annotations

import builtins
import datetime
import uuid
from collections.abc import Sequence

from inkbox_api.api.texts import (
    get_text,
    get_text_conversation,
    list_text_conversations,
    list_texts,
    search_texts,
    send_text,
    update_text,
    update_text_conversation,
)
from inkbox_api.models import (
    SendTextRequest,
    TextConversationSummary,
    TextConversationUpdate,
    TextConversationUpdateResult,
    TextMessage,
    TextMessageUpdate,
    TextMessageWritableStatus,
)

from ..._retry import resolve_idempotency_key
from ..._wire import (
    as_uuid,
    check_limit,
    check_offset,
    flag,
    omit,
    opt_enum,
    opt_text,
    opt_uuid,
    opt_when,
    parsed,
    parsed_list,
    require_text,
)
from ..pager import AsyncPager
from ._base import AsyncResource

__all__ = ["AsyncTextsResource"]

_MAX_RECIPIENTS = 8


class AsyncTextsResource(AsyncResource):
    """Operations on the SMS/MMS text messages of a phone number."""

    async def send(
        self,
        phone_number_id: uuid.UUID | str,
        *,
        to: str | Sequence[str] | None = None,
        text: str | None = None,
        media_urls: Sequence[str] | None = None,
        conversation_id: uuid.UUID | str | None = None,
        idempotency_key: str | None = None,
    ) -> TextMessage:
        """Send an SMS (or MMS, with `media_urls`) from a phone number.

        The send is queued: the result has `delivery_status` `queued`, and later states arrive by
        webhook. Every call carries an `Idempotency-Key` (a fresh UUID unless you pass one), so
        a retry after a lost response never sends twice.

        Args:
            phone_number_id: Id of the sending number.
            to: The recipient's E.164 number, or 1-8 numbers for a group message.
            text: The message body.
            media_urls: URLs of media to attach (MMS).
            conversation_id: Reply into this existing conversation instead of naming `to`.
            idempotency_key: Your own key (1-255 printable ASCII characters) to deduplicate
                sends across calls; by default each call gets a new one.

        Returns:
            The queued message.

        Raises:
            ValueError: neither or both of `to`/`conversation_id`, no `text` nor `media_urls`,
                more than 8 recipients, or a malformed `idempotency_key`.
            SenderSmsPendingError: the sending number is not yet registered for SMS (409).
            RecipientNotOptedInError: the recipient never texted START to the organization (403).
            RecipientOptedOutError: the recipient texted STOP (403).
            RecipientBlockedError: an outbound contact rule blocks the recipient (403).
        """
        number_id = as_uuid(phone_number_id, "phone_number_id")
        if (to is None) == (conversation_id is None):
            raise ValueError("send a text either to=<E.164 number(s)> or conversation_id=<id>")
        if text is None and not media_urls:
            raise ValueError("a text needs text=... and/or media_urls=[...]")
        body = SendTextRequest(
            to=omit(None if to is None else _recipients(to)),
            conversation_id=opt_uuid(conversation_id, "conversation_id"),
            text=omit(text),
            media_urls=omit(None if media_urls is None else builtins.list(media_urls)),
        )
        response = await send_text.asyncio_detailed(
            number_id,
            client=self._api,
            body=body,
            idempotency_key=resolve_idempotency_key(idempotency_key),
        )
        return parsed(response, TextMessage)

    async def list(
        self,
        phone_number_id: uuid.UUID | str,
        *,
        limit: int = 50,
        offset: int = 0,
        is_read: bool | None = None,
        is_blocked: bool | None = None,
        start_datetime: datetime.datetime | datetime.date | str | None = None,
        end_datetime: datetime.datetime | datetime.date | str | None = None,
        tz: str | None = None,
    ) -> builtins.list[TextMessage]:
        """One page of a number's text messages, newest first (offset pagination).

        Args:
            phone_number_id: Id of the number.
            limit: At most this many messages (1-200).
            offset: Skip this many messages.
            is_read: Only read (`True`) or unread (`False`) messages.
            is_blocked: Only messages blocked by a contact rule (`True`) or only unblocked ones.
            start_datetime: Only those created at or after this time (a `date`: that day on).
            end_datetime: Only those created at or before this time (a `date`: the whole day).
            tz: IANA time zone in which dates and naive datetimes are read (default UTC).

        Returns:
            The messages; fewer than `limit` means there are no more.
        """
        response = await list_texts.asyncio_detailed(
            as_uuid(phone_number_id, "phone_number_id"),
            client=self._api,
            limit=check_limit(limit),
            offset=check_offset(offset),
            is_read=omit(is_read),
            is_blocked=omit(is_blocked),
            start_datetime=opt_when(start_datetime, "start_datetime"),
            end_datetime=opt_when(end_datetime, "end_datetime"),
            tz=opt_text(tz, "tz"),
        )
        return parsed_list(response, TextMessage)

    def iter(
        self,
        phone_number_id: uuid.UUID | str,
        *,
        page_size: int = 50,
        is_read: bool | None = None,
        is_blocked: bool | None = None,
    ) -> AsyncPager[TextMessage]:
        """Every text message of a number, newest first, fetched a page at a time.

        With `is_read`, the matching messages are all fetched when iteration starts (a
        snapshot), because the list is offset-paged: a loop that marks each unread text read
        would otherwise shift the next page and skip texts. Texts arriving during the loop are
        found by the next call.

        Args:
            phone_number_id: Id of the number.
            page_size: Messages per request (1-200).
            is_read: Only read (`True`) or unread (`False`) messages.
            is_blocked: Only messages blocked by a contact rule (`True`) or only unblocked ones.

        Returns:
            A lazy `AsyncPager`; nothing is requested before iteration starts.
        """
        number_id = as_uuid(phone_number_id, "phone_number_id")

        async def fetch(offset: int, limit: int) -> builtins.list[TextMessage]:
            return await self.list(
                number_id, limit=limit, offset=offset, is_read=is_read, is_blocked=is_blocked
            )

        return self._offset_pager(fetch, page_size, snapshot=is_read is not None)

    async def get(self, phone_number_id: uuid.UUID | str, text_id: uuid.UUID | str) -> TextMessage:
        """One text message; MMS messages carry `media` with download URLs valid about an hour.

        Args:
            phone_number_id: Id of the number.
            text_id: Id of the message.

        Returns:
            The message.

        Raises:
            NotFoundError: no such message on this number.
        """
        response = await get_text.asyncio_detailed(
            as_uuid(phone_number_id, "phone_number_id"),
            as_uuid(text_id, "text_id"),
            client=self._api,
        )
        return parsed(response, TextMessage)

    async def update(
        self,
        phone_number_id: uuid.UUID | str,
        text_id: uuid.UUID | str,
        *,
        is_read: bool | None = None,
        status: TextMessageWritableStatus | str | None = None,
    ) -> TextMessage:
        """Mark a message read or unread, or delete it with `status="deleted"` (admin).

        Deleted messages disappear from lists and searches.

        Args:
            phone_number_id: Id of the number.
            text_id: Id of the message.
            is_read: The new read state.
            status: `"deleted"`, the only status a client may set.

        Returns:
            The updated message.

        Raises:
            ValueError: neither `is_read` nor `status`, or a status other than `"deleted"`.
        """
        if is_read is None and status is None:
            raise ValueError("pass is_read=True/False and/or status='deleted'")
        body = TextMessageUpdate(
            is_read=omit(is_read),
            status=opt_enum(status, TextMessageWritableStatus, "status"),
        )
        response = await update_text.asyncio_detailed(
            as_uuid(phone_number_id, "phone_number_id"),
            as_uuid(text_id, "text_id"),
            client=self._api,
            body=body,
        )
        return parsed(response, TextMessage)

    async def search(
        self,
        phone_number_id: uuid.UUID | str,
        q: str,
        limit: int = 50,
        *,
        is_blocked: bool | None = None,
    ) -> builtins.list[TextMessage]:
        """Full-text search over a number's text messages (admin).

        Args:
            phone_number_id: Id of the number.
            q: What to search for.
            limit: At most this many messages (1-200).
            is_blocked: Only messages blocked by a contact rule (`True`) or only unblocked ones.

        Returns:
            The matching messages.
        """
        response = await search_texts.asyncio_detailed(
            as_uuid(phone_number_id, "phone_number_id"),
            client=self._api,
            q=require_text(q, "q"),
            limit=check_limit(limit),
            is_blocked=omit(is_blocked),
        )
        return parsed_list(response, TextMessage)

    async def list_conversations(
        self,
        phone_number_id: uuid.UUID | str,
        *,
        limit: int = 50,
        offset: int = 0,
        is_blocked: bool | None = None,
        include_groups: bool = False,
        start_datetime: datetime.datetime | datetime.date | str | None = None,
        end_datetime: datetime.datetime | datetime.date | str | None = None,
        tz: str | None = None,
    ) -> builtins.list[TextConversationSummary]:
        """One page of conversation summaries (one row per remote number), newest first.

        Args:
            phone_number_id: Id of the number.
            limit: At most this many conversations (1-200).
            offset: Skip this many conversations.
            is_blocked: Only conversations of blocked (`True`) or unblocked (`False`) messages.
            include_groups: Also list group conversations.
            start_datetime: Only those created at or after this time (a `date`: that day on).
            end_datetime: Only those created at or before this time (a `date`: the whole day).
            tz: IANA time zone in which dates and naive datetimes are read (default UTC).

        Returns:
            The summaries (`remote_phone_number`, `latest_text`, `unread_count`, ...).
        """
        response = await list_text_conversations.asyncio_detailed(
            as_uuid(phone_number_id, "phone_number_id"),
            client=self._api,
            limit=check_limit(limit),
            offset=check_offset(offset),
            is_blocked=omit(is_blocked),
            include_groups=flag(include_groups),
            start_datetime=opt_when(start_datetime, "start_datetime"),
            end_datetime=opt_when(end_datetime, "end_datetime"),
            tz=opt_text(tz, "tz"),
        )
        return parsed_list(response, TextConversationSummary)

    async def get_conversation(
        self,
        phone_number_id: uuid.UUID | str,
        remote_number: str,
        *,
        limit: int = 50,
        offset: int = 0,
    ) -> builtins.list[TextMessage]:
        """One page of the messages exchanged with one remote number, newest first.

        Args:
            phone_number_id: Id of the number.
            remote_number: The other party's E.164 number, or a conversation id.
            limit: At most this many messages (1-200).
            offset: Skip this many messages.

        Returns:
            The messages.
        """
        response = await get_text_conversation.asyncio_detailed(
            as_uuid(phone_number_id, "phone_number_id"),
            require_text(remote_number, "remote_number"),
            client=self._api,
            limit=check_limit(limit),
            offset=check_offset(offset),
        )
        return parsed_list(response, TextMessage)

    def iter_conversations(
        self,
        phone_number_id: uuid.UUID | str,
        *,
        page_size: int = 50,
        is_blocked: bool | None = None,
        include_groups: bool = False,
    ) -> AsyncPager[TextConversationSummary]:
        """Every conversation summary of a number, newest first, a page at a time as you iterate.

        Args mean what they mean for `list_conversations`; `page_size` is 1-200.

        Args:
            phone_number_id: Id of the sending number.
            page_size: Conversations per request (1-200).
            is_blocked: Only conversations of blocked (`True`) or unblocked (`False`) messages.
            include_groups: Also list group conversations.
        """
        number_id = as_uuid(phone_number_id, "phone_number_id")

        async def fetch(offset: int, limit: int) -> builtins.list[TextConversationSummary]:
            return await self.list_conversations(
                number_id,
                limit=limit,
                offset=offset,
                is_blocked=is_blocked,
                include_groups=include_groups,
            )

        return self._offset_pager(fetch, page_size)

    def iter_conversation(
        self, phone_number_id: uuid.UUID | str, remote_number: str, *, page_size: int = 50
    ) -> AsyncPager[TextMessage]:
        """Every message exchanged with one remote number, newest first, fetched lazily.

        Args:
            phone_number_id: Id of the sending number.
            remote_number: The other party's E.164 number, or a conversation id.
            page_size: Messages per request (1-200).
        """
        number_id = as_uuid(phone_number_id, "phone_number_id")
        remote = require_text(remote_number, "remote_number")

        async def fetch(offset: int, limit: int) -> builtins.list[TextMessage]:
            return await self.get_conversation(number_id, remote, limit=limit, offset=offset)

        return self._offset_pager(fetch, page_size)

    async def update_conversation(
        self, phone_number_id: uuid.UUID | str, remote_number: str, *, is_read: bool
    ) -> TextConversationUpdateResult:
        """Mark every message of a conversation read or unread.

        Args:
            phone_number_id: Id of the number.
            remote_number: The other party's E.164 number, or a conversation id.
            is_read: The new read state.

        Returns:
            How many messages changed: `result.updated_count` (or `result["updated_count"]`).
        """
        if not isinstance(is_read, bool):
            raise TypeError(f"is_read must be True or False, not {is_read!r}")
        response = await update_text_conversation.asyncio_detailed(
            as_uuid(phone_number_id, "phone_number_id"),
            require_text(remote_number, "remote_number"),
            client=self._api,
            body=TextConversationUpdate(is_read=is_read),
        )
        return parsed(response, TextConversationUpdateResult)


def _recipients(to: str | Sequence[str]) -> str | builtins.list[str]:
    if isinstance(to, str):
        return require_text(to, "to")
    numbers = [require_text(number, "to[]") for number in to]
    if not 1 <= len(numbers) <= _MAX_RECIPIENTS:
        raise ValueError(f"to takes 1 to {_MAX_RECIPIENTS} numbers, got {len(numbers)}")
    return numbers
