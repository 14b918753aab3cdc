"""Phone calls: place, list, get, transcripts, hang up.

The guide reaches calls through an identity (`identity.place_call`, `identity.list_calls`,
`identity.list_transcripts`), which fills in its own number and id; this resource is the
operation layer underneath.
"""

from __future__ import annotations

import builtins
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
from inkbox_api.types import UNSET

from ..._args import as_uuid, check_limit, check_offset, require_text
from ..._responses import parsed, parsed_list
from .._resource import AsyncResource

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
            client_websocket_url=UNSET if client_websocket_url is None else client_websocket_url,
        )
        response = await place_call.asyncio_detailed(client=self._api, body=body)
        return parsed(response, PhoneCallWithRateLimit)

    async def list(
        self,
        *,
        agent_identity_id: uuid.UUID | str,
        limit: int = 50,
        offset: int = 0,
        is_blocked: bool | None = None,
    ) -> builtins.list[PhoneCall]:
        """One page of an identity's calls, newest first (offset pagination).

        Args:
            agent_identity_id: Id of the identity whose calls to list.
            limit: At most this many calls (1-200).
            offset: Skip this many calls.
            is_blocked: Only calls rejected by a contact rule (`True`) or only the others.

        Returns:
            The calls; fewer than `limit` means there are no more.
        """
        response = await list_calls.asyncio_detailed(
            client=self._api,
            agent_identity_id=as_uuid(agent_identity_id, "agent_identity_id"),
            limit=check_limit(limit),
            offset=check_offset(offset),
            is_blocked=UNSET if is_blocked is None else is_blocked,
        )
        return parsed_list(response, PhoneCall)

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
