"""Phone calls: place, list, get, transcripts, hang up.

The guide reaches calls through an identity (`identity.place_call`, `identity.list_calls`,
`identity.list_transcripts`), which fills in its own number and id; this resource is the
operation layer underneath.
"""

from __future__ import annotations

import builtins
import datetime
import uuid

from inkbox_api.api.calls import (
    get_call,
    hangup_call,
    list_call_transcripts,
    list_calls,
    place_call,
)
from inkbox_api.models import (
    CallMode,
    CallOrigin,
    PhoneCall,
    PhoneCallWithRateLimit,
    PhoneTranscript,
    PlaceCallRequest,
)

from ..._wire import (
    as_uuid,
    check_limit,
    check_offset,
    omit,
    opt_text,
    opt_uuid,
    opt_when,
    parsed,
    parsed_list,
    require_text,
)
from ..pager import AsyncOffsetPager, AsyncPager
from ._base import AsyncResource

__all__ = ["AsyncCallsResource"]


class AsyncCallsResource(AsyncResource):
    """Operations on phone calls."""

    async def place(
        self,
        *,
        to_number: str,
        from_number: str,
        client_websocket_url: str | None = None,
    ) -> PhoneCallWithRateLimit:
        """Place an outbound call whose audio streams over your WebSocket server.

        Args:
            to_number: E.164 number to call.
            from_number: E.164 number of the organization to call from.
            client_websocket_url: `wss://` URL to bridge audio to; defaults to the number's
                configured `client_websocket_url`.

        Returns:
            The call, with `rate_limit` (the organization's rolling 24 h call quota).

        Raises:
            RateLimitError: the organization's call quota is used up.
            RecipientBlockedError: an outbound contact rule blocks `to_number`.
        """
        body = PlaceCallRequest(
            to_number=require_text(to_number, "to_number"),
            from_number=require_text(from_number, "from_number"),
            origination=CallOrigin.DEDICATED_NUMBER,
            mode=CallMode.CLIENT_WEBSOCKET,
            client_websocket_url=omit(client_websocket_url),
        )
        response = await place_call.asyncio_detailed(client=self._api, body=body)
        return parsed(response, PhoneCallWithRateLimit)

    async def list(
        self,
        *,
        agent_identity_id: uuid.UUID | str | None = None,
        limit: int = 50,
        offset: int = 0,
        is_blocked: bool | None = None,
        start_datetime: datetime.datetime | datetime.date | str | None = None,
        end_datetime: datetime.datetime | datetime.date | str | None = None,
        tz: str | None = None,
    ) -> builtins.list[PhoneCall]:
        """One page of an identity's calls, newest first (offset pagination).

        Args:
            agent_identity_id: Id of the identity whose calls to list; an agent-scoped key may
                leave it out (it lists its own), an admin key must pass it.
            limit: At most this many calls (1-200).
            offset: Skip this many calls.
            is_blocked: Only calls rejected by a contact rule (`True`) or only the others.
            start_datetime: Only those created at or after this time (a `date`: that day on).
            end_datetime: Only those created at or before this time (a `date`: the whole day).
            tz: IANA time zone in which dates and naive datetimes are read (default UTC).

        Returns:
            The calls; fewer than `limit` means there are no more.
        """
        response = await list_calls.asyncio_detailed(
            client=self._api,
            agent_identity_id=opt_uuid(agent_identity_id, "agent_identity_id"),
            limit=check_limit(limit),
            offset=check_offset(offset),
            is_blocked=omit(is_blocked),
            start_datetime=opt_when(start_datetime, "start_datetime"),
            end_datetime=opt_when(end_datetime, "end_datetime"),
            tz=opt_text(tz, "tz"),
        )
        return parsed_list(response, PhoneCall)

    def iter(
        self,
        *,
        agent_identity_id: uuid.UUID | str,
        page_size: int = 50,
        is_blocked: bool | None = None,
    ) -> AsyncPager[PhoneCall]:
        """Every call of an identity, newest first, fetched a page at a time as you iterate.

        Args:
            agent_identity_id: Id of the identity whose calls to list.
            page_size: Calls per request (1-200).
            is_blocked: Only calls rejected by a contact rule (`True`) or only the others.

        Returns:
            A lazy `AsyncPager`; nothing is requested before iteration starts.
        """
        identity_id = as_uuid(agent_identity_id, "agent_identity_id")

        async def fetch(offset: int, limit: int) -> builtins.list[PhoneCall]:
            return await self.list(
                agent_identity_id=identity_id, limit=limit, offset=offset, is_blocked=is_blocked
            )

        return AsyncOffsetPager(fetch, page_size=check_limit(page_size, "page_size"))

    async def get(self, call_id: uuid.UUID | str) -> PhoneCall:
        """One call.

        Args:
            call_id: Id of the call.

        Returns:
            The call.
        """
        response = await get_call.asyncio_detailed(as_uuid(call_id, "call_id"), client=self._api)
        return parsed(response, PhoneCall)

    async def transcripts(self, call_id: uuid.UUID | str) -> builtins.list[PhoneTranscript]:
        """The transcript of a call, segment by segment in `seq` order.

        Args:
            call_id: Id of the call.

        Returns:
            The segments (`party` is `"local"` for the agent, `"remote"` for the other side).
        """
        response = await list_call_transcripts.asyncio_detailed(
            as_uuid(call_id, "call_id"), client=self._api
        )
        return parsed_list(response, PhoneTranscript)

    async def hangup(self, call_id: uuid.UUID | str) -> PhoneCall:
        """Hang up a live call.

        Args:
            call_id: Id of the call.

        Returns:
            The call (the carrier confirms teardown asynchronously).

        Raises:
            ConflictError: the call already ended.
        """
        response = await hangup_call.asyncio_detailed(as_uuid(call_id, "call_id"), client=self._api)
        return parsed(response, PhoneCall)
