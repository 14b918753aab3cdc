from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_mode import CallMode
from ..models.call_origin import CallOrigin
from ..models.hosted_agent_authority_mode import HostedAgentAuthorityMode
from ..models.on_voicemail import OnVoicemail
from ..models.voicemail_detection import VoicemailDetection

if TYPE_CHECKING:
    from ..models.phone_call_connection import PhoneCallConnection
    from ..models.phone_call_forwarding import PhoneCallForwarding
    from ..models.post_call_action_item import PostCallActionItem
    from ..models.rate_limit_info import RateLimitInfo


T = TypeVar("T", bound="PhoneCallWithRateLimit")


@_attrs_define
class PhoneCallWithRateLimit:
    """A just-placed call plus the organisation's call quota."""

    id: UUID
    local_phone_number: None | str
    """ The organisation's number; null on the shared iMessage line. """
    remote_phone_number: str
    """ The other party's E.164 number. """
    direction: str
    """ `inbound` or `outbound`. """
    status: str
    """ `initiated`, `ringing`, `answered`, `completed`, `failed` or `canceled`. """
    client_websocket_url: None | str
    use_inkbox_tts: bool | None
    use_inkbox_stt: bool | None
    hangup_reason: None | str
    """ `local`, `remote`, `max_duration`, `voicemail` or `rejected`; null while live. """
    started_at: datetime.datetime | None
    ended_at: datetime.datetime | None
    is_blocked: bool
    """ True when a contact rule rejected the call before it connected. """
    origin: CallOrigin
    """ Which line a call rides: the identity's own number, the shared iMessage line (no local number), or the
    identity's dedicated iMessage line. """
    mode: CallMode
    """ Who drives a call: the caller's WebSocket server or Inkbox Voice AI. """
    reason: None | str
    """ Voice AI task brief (hosted-agent outbound calls). """
    hosted_agent_authority_mode: HostedAgentAuthorityMode
    """ How broadly a hosted voice agent may act: only about the current caller, or across the identity's channels.
    """
    voicemail_detection: VoicemailDetection
    """ Deprecated alias of `OnVoicemail` (`enabled` = `hang_up`, `disabled` = `ignore`). """
    on_voicemail: None | OnVoicemail
    post_call_action_items: list[PostCallActionItem]
    """ Open Voice AI action items, `seq` ascending. """
    forwardings: list[PhoneCallForwarding]
    """ Forwarding attempts, oldest first. """
    connections: list[PhoneCallConnection] | None
    """ Hand-off/conference attempts, oldest first. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    rate_limit: RateLimitInfo
    """ The organisation's call quota over the rolling 24 h window. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        local_phone_number: None | str
        local_phone_number = self.local_phone_number

        remote_phone_number = self.remote_phone_number

        direction = self.direction

        status = self.status

        client_websocket_url: None | str
        client_websocket_url = self.client_websocket_url

        use_inkbox_tts: bool | None
        use_inkbox_tts = self.use_inkbox_tts

        use_inkbox_stt: bool | None
        use_inkbox_stt = self.use_inkbox_stt

        hangup_reason: None | str
        hangup_reason = self.hangup_reason

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        is_blocked = self.is_blocked

        origin = self.origin.value

        mode = self.mode.value

        reason: None | str
        reason = self.reason

        hosted_agent_authority_mode = self.hosted_agent_authority_mode.value

        voicemail_detection = self.voicemail_detection.value

        on_voicemail: None | str
        if isinstance(self.on_voicemail, OnVoicemail):
            on_voicemail = self.on_voicemail.value
        else:
            on_voicemail = self.on_voicemail

        post_call_action_items = []
        for post_call_action_items_item_data in self.post_call_action_items:
            post_call_action_items_item = post_call_action_items_item_data.to_dict()
            post_call_action_items.append(post_call_action_items_item)

        forwardings = []
        for forwardings_item_data in self.forwardings:
            forwardings_item = forwardings_item_data.to_dict()
            forwardings.append(forwardings_item)

        connections: list[dict[str, Any]] | None
        if isinstance(self.connections, list):
            connections = []
            for connections_type_0_item_data in self.connections:
                connections_type_0_item = connections_type_0_item_data.to_dict()
                connections.append(connections_type_0_item)

        else:
            connections = self.connections

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        rate_limit = self.rate_limit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "local_phone_number": local_phone_number,
                "remote_phone_number": remote_phone_number,
                "direction": direction,
                "status": status,
                "client_websocket_url": client_websocket_url,
                "use_inkbox_tts": use_inkbox_tts,
                "use_inkbox_stt": use_inkbox_stt,
                "hangup_reason": hangup_reason,
                "started_at": started_at,
                "ended_at": ended_at,
                "is_blocked": is_blocked,
                "origin": origin,
                "mode": mode,
                "reason": reason,
                "hosted_agent_authority_mode": hosted_agent_authority_mode,
                "voicemail_detection": voicemail_detection,
                "on_voicemail": on_voicemail,
                "post_call_action_items": post_call_action_items,
                "forwardings": forwardings,
                "connections": connections,
                "created_at": created_at,
                "updated_at": updated_at,
                "rate_limit": rate_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phone_call_connection import PhoneCallConnection  # noqa: PLC0415
        from ..models.phone_call_forwarding import PhoneCallForwarding  # noqa: PLC0415
        from ..models.post_call_action_item import PostCallActionItem  # noqa: PLC0415
        from ..models.rate_limit_info import RateLimitInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_local_phone_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        local_phone_number = _parse_local_phone_number(d.pop("local_phone_number", None))

        remote_phone_number = d.pop("remote_phone_number")

        direction = d.pop("direction")

        status = d.pop("status")

        def _parse_client_websocket_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_websocket_url = _parse_client_websocket_url(d.pop("client_websocket_url", None))

        def _parse_use_inkbox_tts(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        use_inkbox_tts = _parse_use_inkbox_tts(d.pop("use_inkbox_tts", None))

        def _parse_use_inkbox_stt(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        use_inkbox_stt = _parse_use_inkbox_stt(d.pop("use_inkbox_stt", None))

        def _parse_hangup_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hangup_reason = _parse_hangup_reason(d.pop("hangup_reason", None))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at", None))

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("ended_at", None))

        is_blocked = d.pop("is_blocked")

        origin = CallOrigin(d.pop("origin"))

        mode = CallMode(d.pop("mode"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason", None))

        hosted_agent_authority_mode = HostedAgentAuthorityMode(d.pop("hosted_agent_authority_mode"))

        voicemail_detection = VoicemailDetection(d.pop("voicemail_detection"))

        def _parse_on_voicemail(data: object) -> None | OnVoicemail:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_voicemail_type_0 = OnVoicemail(data)

                return on_voicemail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OnVoicemail, data)

        on_voicemail = _parse_on_voicemail(d.pop("on_voicemail", None))

        post_call_action_items = []
        _post_call_action_items = d.pop("post_call_action_items")
        for post_call_action_items_item_data in _post_call_action_items:
            post_call_action_items_item = PostCallActionItem.from_dict(
                post_call_action_items_item_data
            )

            post_call_action_items.append(post_call_action_items_item)

        forwardings = []
        _forwardings = d.pop("forwardings")
        for forwardings_item_data in _forwardings:
            forwardings_item = PhoneCallForwarding.from_dict(forwardings_item_data)

            forwardings.append(forwardings_item)

        def _parse_connections(data: object) -> list[PhoneCallConnection] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                connections_type_0 = []
                _connections_type_0 = data
                for connections_type_0_item_data in _connections_type_0:
                    connections_type_0_item = PhoneCallConnection.from_dict(
                        connections_type_0_item_data
                    )

                    connections_type_0.append(connections_type_0_item)

                return connections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PhoneCallConnection] | None, data)

        connections = _parse_connections(d.pop("connections", None))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        rate_limit = RateLimitInfo.from_dict(d.pop("rate_limit"))

        phone_call_with_rate_limit = cls(
            id=id,
            local_phone_number=local_phone_number,
            remote_phone_number=remote_phone_number,
            direction=direction,
            status=status,
            client_websocket_url=client_websocket_url,
            use_inkbox_tts=use_inkbox_tts,
            use_inkbox_stt=use_inkbox_stt,
            hangup_reason=hangup_reason,
            started_at=started_at,
            ended_at=ended_at,
            is_blocked=is_blocked,
            origin=origin,
            mode=mode,
            reason=reason,
            hosted_agent_authority_mode=hosted_agent_authority_mode,
            voicemail_detection=voicemail_detection,
            on_voicemail=on_voicemail,
            post_call_action_items=post_call_action_items,
            forwardings=forwardings,
            connections=connections,
            created_at=created_at,
            updated_at=updated_at,
            rate_limit=rate_limit,
        )

        phone_call_with_rate_limit.additional_properties = d
        return phone_call_with_rate_limit

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
