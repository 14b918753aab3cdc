"""The identity's phone methods: calls and text messages from its own number.

Each method checks that the identity has a phone number (`InkboxError` before any request when
it has none), then calls the operation with the identity's number and id filled in.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._types import NOT_GIVEN, NotGivenOr
from .identity import AsyncIdentityBase

if TYPE_CHECKING:
    from inkbox_api.models import (
        CallMode,
        CallOrigin,
        ForwardingTargetType,
        HostedAgentAuthorityMode,
        HostedAgentConfig,
        HostedAgentToolInvocationPage,
        IncomingCallAction,
        IncomingCallActionConfig,
        OnVoicemail,
        PhoneCall,
        PhoneCallWithRateLimit,
        PhoneTranscript,
        TextConversationSummary,
        TextConversationUpdateResult,
        TextMessage,
        VoicemailDetection,
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
        self,
        *,
        to_number: str,
        origination: CallOrigin | str = "dedicated_number",
        client_websocket_url: str | None = None,
        mode: CallMode | str = "client_websocket",
        hosted_agent_authority_mode: HostedAgentAuthorityMode | str | None = None,
        voicemail_detection: VoicemailDetection | str | None = None,
        on_voicemail: OnVoicemail | str | None = None,
        voicemail_message: str | None = None,
        reason: str | None = None,
    ) -> PhoneCallWithRateLimit:
        """Place a call from this identity's number (or, for an iMessage origination, its line); see `AsyncCallsResource.place`.

        Args:
            to_number: E.164 number to call.
            origination: `"dedicated_number"` (default), `"shared_imessage_number"` or
                `"dedicated_imessage_number"` (these two ride an iMessage line).
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
        """
        from inkbox_api.models import CallOrigin

        from .._wire import as_enum

        dedicated = as_enum(origination, CallOrigin, "origination") is CallOrigin.DEDICATED_NUMBER
        return await self._calls.place(
            to_number=to_number,
            from_number=self._require_phone_number().number if dedicated else None,
            agent_identity_id=None if dedicated else self._data.id,
            origination=origination,
            client_websocket_url=client_websocket_url,
            mode=mode,
            hosted_agent_authority_mode=hosted_agent_authority_mode,
            voicemail_detection=voicemail_detection,
            on_voicemail=on_voicemail,
            voicemail_message=voicemail_message,
            reason=reason,
        )

    async def hangup_call(self, call_id: uuid.UUID | str) -> PhoneCall:
        """Hang up one of this identity's live calls; see `AsyncCallsResource.hangup`.

        Args:
            call_id: Id of the call.
        """
        return await self._calls.hangup(call_id)

    async def list_tool_invocations(
        self, call_id: uuid.UUID | str, *, limit: int = 50, offset: int = 0
    ) -> HostedAgentToolInvocationPage:
        """One page of Voice AI's tool activity on a call; see `AsyncCallsResource.tool_invocations`.

        Args:
            call_id: Id of the call.
            limit: At most this many invocations (1-200).
            offset: Skip this many.
        """
        return await self._calls.tool_invocations(call_id, limit=limit, offset=offset)

    # ── Voice AI and inbound-call handling ──

    async def get_hosted_agent_config(self) -> HostedAgentConfig:
        """This identity's Voice AI settings; see `AsyncHostedAgentResource.get_config`."""
        return await self._client.hosted_agent.get_config(agent_identity_id=self._data.id)

    async def set_hosted_agent_config(
        self,
        *,
        voice: str | None = None,
        model: str | None = None,
        instructions: str | None = None,
    ) -> HostedAgentConfig:
        """Replace this identity's Voice AI voice and instructions; see `AsyncHostedAgentResource.set_config`.

        Args:
            voice: A voice id of `list_voices()`, or `None` for the default voice.
            model: Deprecated: accepted for 0.7-era callers and ignored (never sent).
            instructions: Steering prompt appended to Voice AI's own, or `None` for none.
        """
        return await self._client.hosted_agent.set_config(
            voice=voice, model=model, instructions=instructions, agent_identity_id=self._data.id
        )

    async def set_hosted_agent_authority_mode(
        self, authority_mode: HostedAgentAuthorityMode | str
    ) -> HostedAgentConfig:
        """Set this identity's saved Voice AI authority (admin keys); see `AsyncHostedAgentResource.set_authority_mode`.

        Args:
            authority_mode: `"contact_scoped"` (only about the caller) or `"yolo"` (across the
                identity's channels).
        """
        return await self._client.hosted_agent.set_authority_mode(
            agent_identity_id=self._data.id, authority_mode=authority_mode
        )

    async def get_incoming_call_action(self) -> IncomingCallActionConfig:
        """How this identity's inbound calls are handled; see `AsyncIncomingCallActionResource.get`."""
        return await self._client.incoming_call_action.get(agent_identity_id=self._data.id)

    async def set_incoming_call_action(
        self,
        *,
        incoming_call_action: IncomingCallAction | str,
        client_websocket_url: str | None = None,
        incoming_call_webhook_url: str | None = None,
        forwarding_target_type: NotGivenOr[ForwardingTargetType | str | None] = NOT_GIVEN,
        forwarding_phone_number: NotGivenOr[str | None] = NOT_GIVEN,
        forwarding_sip_uri: NotGivenOr[str | None] = NOT_GIVEN,
    ) -> IncomingCallActionConfig:
        """Choose what happens to this identity's inbound calls; see `AsyncIncomingCallActionResource.set`.

        Args:
            incoming_call_action: `"auto_accept"`, `"auto_reject"`, `"webhook"`,
                `"hosted_agent"` or `"forward"`.
            client_websocket_url: `wss://` URL audio is bridged to (`auto_accept`).
            incoming_call_webhook_url: HTTPS receiver asked about each call (`webhook`).
            forwarding_target_type: `"phone"` or `"sip"` (`forward`); `None` clears it.
            forwarding_phone_number: E.164 number to forward to; `None` clears it.
            forwarding_sip_uri: `sip:` URI (public DNS host) to forward to; `None` clears it.
        """
        return await self._client.incoming_call_action.set(
            incoming_call_action=incoming_call_action,
            agent_identity_id=self._data.id,
            client_websocket_url=client_websocket_url,
            incoming_call_webhook_url=incoming_call_webhook_url,
            forwarding_target_type=forwarding_target_type,
            forwarding_phone_number=forwarding_phone_number,
            forwarding_sip_uri=forwarding_sip_uri,
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
        to: str | Sequence[str] | None = None,
        conversation_id: uuid.UUID | str | None = None,
        text: str | None = None,
        media_urls: Sequence[str] | None = None,
        idempotency_key: str | None = None,
    ) -> TextMessage:
        """Send an SMS (or MMS, with `media_urls`) from this identity's number, to `to` or into
        `conversation_id`; see `AsyncTextsResource.send`.

        Args:
            to: The recipient's E.164 number, or 1-8 numbers for a group message.
            conversation_id: Reply into this existing conversation instead of naming `to`.
            text: The message body.
            media_urls: URLs of media to attach (MMS).
            idempotency_key: Your own key (1-255 printable ASCII characters) to deduplicate
                sends across calls; by default each call gets a new one.
        """
        number = self._require_phone_number()
        return await self._texts.send(
            number.id,
            to=to,
            conversation_id=conversation_id,
            text=text,
            media_urls=media_urls,
            idempotency_key=idempotency_key,
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
