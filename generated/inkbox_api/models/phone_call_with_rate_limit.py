from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_mode import CallMode
from ..models.call_origin import CallOrigin
from ..models.hosted_agent_authority_mode import HostedAgentAuthorityMode
from ..models.on_voicemail import OnVoicemail
from ..models.voicemail_detection import VoicemailDetection
from ..types import parse_enum, parse_uuid

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
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        local_phone_number = d.pop("local_phone_number", None)

        remote_phone_number = d.pop("remote_phone_number")

        direction = d.pop("direction")

        status = d.pop("status")

        client_websocket_url = d.pop("client_websocket_url", None)

        use_inkbox_tts = d.pop("use_inkbox_tts", None)

        use_inkbox_stt = d.pop("use_inkbox_stt", None)

        hangup_reason = d.pop("hangup_reason", None)

        started_at = d.pop("started_at", None)
        if started_at is not None:
            if isinstance(started_at, str):
                try:
                    started_at_type_0 = datetime.datetime.fromisoformat(started_at)

                    started_at = started_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        ended_at = d.pop("ended_at", None)
        if ended_at is not None:
            if isinstance(ended_at, str):
                try:
                    ended_at_type_0 = datetime.datetime.fromisoformat(ended_at)

                    ended_at = ended_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        is_blocked = d.pop("is_blocked")

        origin = parse_enum(CallOrigin, d.pop("origin"))

        mode = parse_enum(CallMode, d.pop("mode"))

        reason = d.pop("reason", None)

        hosted_agent_authority_mode = parse_enum(
            HostedAgentAuthorityMode, d.pop("hosted_agent_authority_mode")
        )

        voicemail_detection = parse_enum(VoicemailDetection, d.pop("voicemail_detection"))

        on_voicemail = d.pop("on_voicemail", None)
        if on_voicemail is not None:
            if isinstance(on_voicemail, str):
                try:
                    on_voicemail_type_0 = parse_enum(OnVoicemail, on_voicemail)

                    on_voicemail = on_voicemail_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

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

        connections = d.pop("connections", None)
        if connections is not None:
            if isinstance(connections, list):
                try:
                    connections_type_0 = []
                    _connections_type_0 = connections
                    for connections_type_0_item_data in _connections_type_0:
                        connections_type_0_item = PhoneCallConnection.from_dict(
                            connections_type_0_item_data
                        )

                        connections_type_0.append(connections_type_0_item)

                    connections = connections_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        rate_limit = RateLimitInfo.from_dict(d.pop("rate_limit"))

        phone_call_with_rate_limit = cls(
            id,
            local_phone_number,
            remote_phone_number,
            direction,
            status,
            client_websocket_url,
            use_inkbox_tts,
            use_inkbox_stt,
            hangup_reason,
            started_at,
            ended_at,
            is_blocked,
            origin,
            mode,
            reason,
            hosted_agent_authority_mode,
            voicemail_detection,
            on_voicemail,
            post_call_action_items,
            forwardings,
            connections,
            created_at,
            updated_at,
            rate_limit,
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


# Models that refer to each other import each other here, after the class: by then the class a
# circular import asks for exists, and the methods find the name once instead of importing it
# on every call.
from ..models.phone_call_connection import PhoneCallConnection  # noqa: E402
from ..models.phone_call_forwarding import PhoneCallForwarding  # noqa: E402
from ..models.post_call_action_item import PostCallActionItem  # noqa: E402
from ..models.rate_limit_info import RateLimitInfo  # noqa: E402
