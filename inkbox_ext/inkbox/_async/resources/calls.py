"""Phone calls: place, list, get, transcripts, Voice AI tool activity, hang up
(`inkbox.calls`), and 0.3.1's `inkbox.transcripts`.

The guide reaches calls through an identity (`identity.place_call`, `identity.list_calls`,
`identity.list_transcripts`), which fills in its own number and id; this resource is the
operation layer underneath. Calls listed or fetched by phone number (0.3.1's
`calls.list(phone_number_id)` / `calls.get(phone_number_id, call_id)`,
`transcripts.list(phone_number_id, call_id)`) use the guide-era paths under the number, which
only that era's server carries; calls of an identity use today's `/phone/calls`.
"""

from __future__ import annotations

import builtins
import datetime
import uuid

from inkbox_api.api.calls import (
    get_call,
    get_phone_number_call,
    hangup_call,
    list_call_tool_invocations,
    list_call_transcripts,
    list_calls,
    list_phone_number_call_transcripts,
    list_phone_number_calls,
    place_call,
)
from inkbox_api.models import (
    CallMode,
    CallOrigin,
    HostedAgentAuthorityMode,
    HostedAgentToolInvocationPage,
    OnVoicemail,
    PhoneCall,
    PhoneCallWithRateLimit,
    PhoneTranscript,
    PlaceCallRequest,
    VoicemailDetection,
)

from ..._wire import (
    as_enum,
    as_uuid,
    check_limit,
    check_offset,
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

__all__ = ["AsyncCallsResource", "AsyncTranscriptsResource"]


class AsyncCallsResource(AsyncResource):
    """Operations on phone calls."""

    async def place(
        self,
        *,
        to_number: str,
        from_number: str | None = None,
        origination: CallOrigin | str = CallOrigin.DEDICATED_NUMBER,
        agent_identity_id: uuid.UUID | str | None = None,
        client_websocket_url: str | None = None,
        mode: CallMode | str = CallMode.CLIENT_WEBSOCKET,
        hosted_agent_authority_mode: HostedAgentAuthorityMode | str | None = None,
        voicemail_detection: VoicemailDetection | str | None = None,
        on_voicemail: OnVoicemail | str | None = None,
        voicemail_message: str | None = None,
        reason: str | None = None,
    ) -> PhoneCallWithRateLimit:
        """Place an outbound call, driven by your WebSocket server or by Inkbox Voice AI.

        Args:
            to_number: E.164 number to call.
            from_number: E.164 number of the organization to call from (needed for
                `dedicated_number` origination).
            origination: `"dedicated_number"` (default), `"shared_imessage_number"` or
                `"dedicated_imessage_number"` (these two ride an iMessage line).
            agent_identity_id: Id of the placing identity (iMessage originations; an
                agent-scoped key may leave it out).
            client_websocket_url: `wss://` URL to bridge audio to; defaults to the number's
                configured `client_websocket_url`. Not with `mode="hosted_agent"`.
            mode: `"client_websocket"` (default) or `"hosted_agent"` (Voice AI talks).
            hosted_agent_authority_mode: Per-call Voice AI authority; leave it out to inherit
                the identity's saved one. `"yolo"` only with `mode="hosted_agent"`.
            voicemail_detection: Deprecated alias of `on_voicemail` (`"enabled"` = hang up,
                `"disabled"` = ignore).
            on_voicemail: `"leave_message"`, `"hang_up"` or `"ignore"`; default
                `leave_message` for Voice AI calls, `hang_up` otherwise.
            voicemail_message: What Voice AI says on voicemail (at most 1000 characters); only
                when the call leaves a message.
            reason: Voice AI's brief for the call: required with `mode="hosted_agent"`,
                refused otherwise.

        Returns:
            The call, with `rate_limit` (the organization's rolling 24 h call quota).

        Raises:
            TypeError: `from_number` missing for `dedicated_number` origination.
            ValueError: an unknown enum value or a combination the server refuses (see above).
            RateLimitError: the organization's call quota is used up.
            RecipientBlockedError: an outbound contact rule blocks `to_number`.
            PermissionDeniedError: a `yolo` call with an agent-scoped key whose identity's
                saved authority is not `yolo`.
        """
        origin = as_enum(origination, CallOrigin, "origination")
        driver = as_enum(mode, CallMode, "mode")
        leaves = _voicemail_choice(driver, voicemail_detection, on_voicemail)
        if origin is CallOrigin.DEDICATED_NUMBER and from_number is None:
            raise TypeError("dedicated_number origination needs from_number")
        hosted = driver is CallMode.HOSTED_AGENT
        if hosted != (reason is not None):
            raise ValueError(
                "mode='hosted_agent' needs a reason"
                if hosted
                else "reason is Voice AI's brief: pass it only with mode='hosted_agent'"
            )
        if hosted and client_websocket_url is not None:
            raise ValueError("a Voice AI call has no client_websocket_url")
        authority = opt_enum(
            hosted_agent_authority_mode, HostedAgentAuthorityMode, "hosted_agent_authority_mode"
        )
        if authority is HostedAgentAuthorityMode.YOLO and not hosted:
            raise ValueError("hosted_agent_authority_mode='yolo' needs mode='hosted_agent'")
        if voicemail_message is not None and not leaves:
            raise ValueError("voicemail_message needs a call that leaves one (on_voicemail)")
        if voicemail_message is not None and len(voicemail_message) > 1000:
            raise ValueError("voicemail_message is at most 1000 characters")
        body = PlaceCallRequest(
            to_number=require_text(to_number, "to_number"),
            from_number=opt_text(from_number, "from_number"),
            origination=origin,
            mode=driver,
            agent_identity_id=opt_uuid(agent_identity_id, "agent_identity_id"),
            client_websocket_url=omit(client_websocket_url),
            hosted_agent_authority_mode=authority,
            voicemail_detection=opt_enum(
                voicemail_detection, VoicemailDetection, "voicemail_detection"
            ),
            on_voicemail=opt_enum(on_voicemail, OnVoicemail, "on_voicemail"),
            voicemail_message=omit(voicemail_message),
            reason=opt_text(reason, "reason"),
        )
        response = await place_call.asyncio_detailed(client=self._api, body=body)
        return parsed(response, PhoneCallWithRateLimit)

    async def list(
        self,
        phone_number_id: uuid.UUID | str | None = None,
        *,
        limit: int = 50,
        offset: int = 0,
        is_blocked: bool | None = None,
        agent_identity_id: uuid.UUID | str | None = None,
        start_datetime: datetime.datetime | datetime.date | str | None = None,
        end_datetime: datetime.datetime | datetime.date | str | None = None,
        tz: str | None = None,
    ) -> builtins.list[PhoneCall]:
        """One page of calls, newest first (offset pagination): of a number or of an identity.

        Args:
            phone_number_id: Id of the number whose calls to list (0.3.1's form).
            limit: At most this many calls (1-200).
            offset: Skip this many calls.
            is_blocked: Only calls rejected by a contact rule (`True`) or only the others.
            agent_identity_id: Id of the identity whose calls to list (0.7's form). Give at
                most one of `phone_number_id` and `agent_identity_id`; with neither, an
                agent-scoped key lists its own identity's calls (an admin key must name one).
            start_datetime: Only those created at or after this time (a `date`: that day on).
            end_datetime: Only those created at or before this time (a `date`: the whole day).
            tz: IANA time zone in which dates and naive datetimes are read (default UTC).

        Returns:
            The calls; fewer than `limit` means there are no more.

        Raises:
            TypeError: Both `phone_number_id` and `agent_identity_id`, or a time window with
                `phone_number_id` (the guide-era path by number has none).
        """
        _one_owner(phone_number_id, agent_identity_id)
        size, skip, blocked = check_limit(limit), check_offset(offset), omit(is_blocked)
        if phone_number_id is not None:
            if (start_datetime, end_datetime, tz) != (None, None, None):
                raise TypeError(
                    "start_datetime, end_datetime and tz filter an identity's calls: pass "
                    "agent_identity_id instead of phone_number_id"
                )
            response = await list_phone_number_calls.asyncio_detailed(
                as_uuid(phone_number_id, "phone_number_id"),
                client=self._api,
                limit=size,
                offset=skip,
                is_blocked=blocked,
            )
        else:
            response = await list_calls.asyncio_detailed(
                client=self._api,
                agent_identity_id=opt_uuid(agent_identity_id, "agent_identity_id"),
                limit=size,
                offset=skip,
                is_blocked=blocked,
                start_datetime=opt_when(start_datetime, "start_datetime"),
                end_datetime=opt_when(end_datetime, "end_datetime"),
                tz=opt_text(tz, "tz"),
            )
        return parsed_list(response, PhoneCall)

    def iter(
        self,
        phone_number_id: uuid.UUID | str | None = None,
        *,
        page_size: int = 50,
        is_blocked: bool | None = None,
        agent_identity_id: uuid.UUID | str | None = None,
    ) -> AsyncPager[PhoneCall]:
        """Every call of a number or an identity, newest first, a page at a time as you iterate.

        Args:
            phone_number_id: Id of the number whose calls to list.
            page_size: Calls per request (1-200).
            is_blocked: Only calls rejected by a contact rule (`True`) or only the others.
            agent_identity_id: Id of the identity whose calls to list (at most one of the two).

        Returns:
            A lazy `AsyncPager`; nothing is requested before iteration starts.
        """
        _one_owner(phone_number_id, agent_identity_id)
        number = None if phone_number_id is None else as_uuid(phone_number_id, "phone_number_id")
        identity = (
            None if agent_identity_id is None else as_uuid(agent_identity_id, "agent_identity_id")
        )

        async def fetch(offset: int, limit: int) -> builtins.list[PhoneCall]:
            return await self.list(
                number,
                agent_identity_id=identity,
                limit=limit,
                offset=offset,
                is_blocked=is_blocked,
            )

        return self._offset_pager(fetch, page_size)

    async def get(self, phone_number_id: uuid.UUID | str, call_id: uuid.UUID | str) -> PhoneCall:
        """One call of a phone number (0.3.1's form; `get_by_id` needs only the call's id).

        Args:
            phone_number_id: Id of the number whose calls to list (0.3.1's form).
            call_id: Id of the call.

        Raises:
            NotFoundError: No such call on this number (404).
        """
        response = await get_phone_number_call.asyncio_detailed(
            as_uuid(phone_number_id, "phone_number_id"),
            as_uuid(call_id, "call_id"),
            client=self._api,
        )
        return parsed(response, PhoneCall)

    async def get_by_id(self, call_id: uuid.UUID | str) -> PhoneCall:
        """One call, by its id alone.

        Args:
            call_id: Id of the call.

        Raises:
            NotFoundError: No such call (404).
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

    async def tool_invocations(
        self, call_id: uuid.UUID | str, *, limit: int = 50, offset: int = 0
    ) -> HostedAgentToolInvocationPage:
        """One page of the tools Voice AI used on a call, oldest first (arguments never shown).

        Args:
            call_id: Id of the call.
            limit: At most this many invocations (1-200).
            offset: Skip this many.

        Returns:
            The page: `items`, and `has_more` when another page follows.
        """
        response = await list_call_tool_invocations.asyncio_detailed(
            as_uuid(call_id, "call_id"),
            client=self._api,
            limit=check_limit(limit),
            offset=check_offset(offset),
        )
        return parsed(response, HostedAgentToolInvocationPage)

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


class AsyncTranscriptsResource(AsyncResource):
    """0.3.1's `inkbox.transcripts`: a call's transcript, addressed by its number and id."""

    async def list(
        self, phone_number_id: uuid.UUID | str, call_id: uuid.UUID | str
    ) -> builtins.list[PhoneTranscript]:
        """The transcript of a call of this number, segment by segment in `seq` order.

        Args:
            phone_number_id: Id of the number whose calls to list (0.3.1's form).
            call_id: Id of the call.

        Raises:
            ValueError: An id is not a UUID (no request is sent).
            NotFoundError: No such call on this number (404).
        """
        response = await list_phone_number_call_transcripts.asyncio_detailed(
            as_uuid(phone_number_id, "phone_number_id"),
            as_uuid(call_id, "call_id"),
            client=self._api,
        )
        return parsed_list(response, PhoneTranscript)


def _voicemail_choice(
    mode: CallMode,
    detection: VoicemailDetection | str | None,
    choice: OnVoicemail | str | None,
) -> bool:
    """Whether the call leaves a voicemail message; refuses a deprecated `voicemail_detection`
    that contradicts `on_voicemail`."""
    chosen = None if choice is None else as_enum(choice, OnVoicemail, "on_voicemail")
    if detection is not None:
        detect = as_enum(detection, VoicemailDetection, "voicemail_detection")
        meant = OnVoicemail.HANG_UP if detect is VoicemailDetection.ENABLED else OnVoicemail.IGNORE
        agrees = chosen in (None, meant) or (meant, chosen) == (
            OnVoicemail.HANG_UP,
            OnVoicemail.LEAVE_MESSAGE,
        )
        if not agrees:
            raise ValueError(f"voicemail_detection={detect.value!r} contradicts on_voicemail")
        chosen = chosen or meant
    if chosen is None:
        return mode is CallMode.HOSTED_AGENT
    return chosen is OnVoicemail.LEAVE_MESSAGE


def _one_owner(phone_number_id: object, agent_identity_id: object) -> None:
    if phone_number_id is not None and agent_identity_id is not None:
        raise TypeError("give phone_number_id or agent_identity_id, not both")
