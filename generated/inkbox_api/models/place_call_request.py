from __future__ import annotations

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
from ..types import UNSET, Unset, parse_enum, parse_uuid

T = TypeVar("T", bound="PlaceCallRequest")


@_attrs_define
class PlaceCallRequest:
    """Body of `place_call`."""

    to_number: str
    """ E.164 number to call. """
    from_number: str | Unset = UNSET
    """ E.164 number of the organisation to call from (required for `dedicated_number`). """
    origination: CallOrigin | Unset = UNSET
    """ Which line a call rides: the identity's own number, the shared iMessage line (no local number), or the
    identity's dedicated iMessage line. """
    mode: CallMode | Unset = UNSET
    """ Who drives a call: the caller's WebSocket server or Inkbox Voice AI. """
    agent_identity_id: UUID | Unset = UNSET
    """ Placing identity (required for the iMessage originations). """
    client_websocket_url: str | Unset = UNSET
    """ `wss://` URL to bridge audio to; defaults to the number's configured URL. """
    hosted_agent_authority_mode: HostedAgentAuthorityMode | Unset = UNSET
    """ How broadly a hosted voice agent may act: only about the current caller, or across the identity's channels.
    """
    voicemail_detection: VoicemailDetection | Unset = UNSET
    """ Deprecated alias of `OnVoicemail` (`enabled` = `hang_up`, `disabled` = `ignore`). """
    on_voicemail: OnVoicemail | Unset = UNSET
    """ What an outbound call does when voicemail answers. """
    voicemail_message: str | Unset = UNSET
    """ What Voice AI says on voicemail (only with `on_voicemail: leave_message`). """
    reason: str | Unset = UNSET
    """ Voice AI task brief; required with `mode: hosted_agent`, invalid otherwise. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to_number = self.to_number

        from_number = self.from_number

        origination: str | Unset = UNSET
        if not isinstance(self.origination, Unset):
            origination = self.origination.value

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        agent_identity_id: str | Unset = UNSET
        if not isinstance(self.agent_identity_id, Unset):
            agent_identity_id = str(self.agent_identity_id)

        client_websocket_url = self.client_websocket_url

        hosted_agent_authority_mode: str | Unset = UNSET
        if not isinstance(self.hosted_agent_authority_mode, Unset):
            hosted_agent_authority_mode = self.hosted_agent_authority_mode.value

        voicemail_detection: str | Unset = UNSET
        if not isinstance(self.voicemail_detection, Unset):
            voicemail_detection = self.voicemail_detection.value

        on_voicemail: str | Unset = UNSET
        if not isinstance(self.on_voicemail, Unset):
            on_voicemail = self.on_voicemail.value

        voicemail_message = self.voicemail_message

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to_number": to_number,
            }
        )
        if from_number is not UNSET:
            field_dict["from_number"] = from_number
        if origination is not UNSET:
            field_dict["origination"] = origination
        if mode is not UNSET:
            field_dict["mode"] = mode
        if agent_identity_id is not UNSET:
            field_dict["agent_identity_id"] = agent_identity_id
        if client_websocket_url is not UNSET:
            field_dict["client_websocket_url"] = client_websocket_url
        if hosted_agent_authority_mode is not UNSET:
            field_dict["hosted_agent_authority_mode"] = hosted_agent_authority_mode
        if voicemail_detection is not UNSET:
            field_dict["voicemail_detection"] = voicemail_detection
        if on_voicemail is not UNSET:
            field_dict["on_voicemail"] = on_voicemail
        if voicemail_message is not UNSET:
            field_dict["voicemail_message"] = voicemail_message
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to_number = d.pop("to_number")

        from_number = d.pop("from_number", UNSET)

        _origination = d.pop("origination", UNSET)
        origination: CallOrigin | Unset
        if isinstance(_origination, Unset):
            origination = UNSET
        else:
            origination = parse_enum(CallOrigin, _origination)

        _mode = d.pop("mode", UNSET)
        mode: CallMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = parse_enum(CallMode, _mode)

        _agent_identity_id = d.pop("agent_identity_id", UNSET)
        agent_identity_id: UUID | Unset
        if isinstance(_agent_identity_id, Unset):
            agent_identity_id = UNSET
        else:
            agent_identity_id = parse_uuid(_agent_identity_id)

        client_websocket_url = d.pop("client_websocket_url", UNSET)

        _hosted_agent_authority_mode = d.pop("hosted_agent_authority_mode", UNSET)
        hosted_agent_authority_mode: HostedAgentAuthorityMode | Unset
        if isinstance(_hosted_agent_authority_mode, Unset):
            hosted_agent_authority_mode = UNSET
        else:
            hosted_agent_authority_mode = parse_enum(
                HostedAgentAuthorityMode, _hosted_agent_authority_mode
            )

        _voicemail_detection = d.pop("voicemail_detection", UNSET)
        voicemail_detection: VoicemailDetection | Unset
        if isinstance(_voicemail_detection, Unset):
            voicemail_detection = UNSET
        else:
            voicemail_detection = parse_enum(VoicemailDetection, _voicemail_detection)

        _on_voicemail = d.pop("on_voicemail", UNSET)
        on_voicemail: OnVoicemail | Unset
        if isinstance(_on_voicemail, Unset):
            on_voicemail = UNSET
        else:
            on_voicemail = parse_enum(OnVoicemail, _on_voicemail)

        voicemail_message = d.pop("voicemail_message", UNSET)

        reason = d.pop("reason", UNSET)

        place_call_request = cls(
            to_number,
            from_number,
            origination,
            mode,
            agent_identity_id,
            client_websocket_url,
            hosted_agent_authority_mode,
            voicemail_detection,
            on_voicemail,
            voicemail_message,
            reason,
        )

        place_call_request.additional_properties = d
        return place_call_request

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
