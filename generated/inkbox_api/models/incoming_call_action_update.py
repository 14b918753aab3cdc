from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forwarding_target_type import ForwardingTargetType
from ..models.incoming_call_action import IncomingCallAction
from ..types import UNSET, Unset, parse_enum, parse_uuid

T = TypeVar("T", bound="IncomingCallActionUpdate")


@_attrs_define
class IncomingCallActionUpdate:
    """Body of `set_incoming_call_action`."""

    incoming_call_action: IncomingCallAction
    """ What happens to an inbound call. `auto_accept` bridges to `client_websocket_url`, `webhook` asks
    `incoming_call_webhook_url`, `hosted_agent` lets Inkbox Voice AI answer, `forward` dials the forwarding target
    (the guide documents the first three). """
    agent_identity_id: UUID | Unset = UNSET
    """ Identity to configure (admin keys must pass it). """
    client_websocket_url: str | Unset = UNSET
    """ `wss://` URL for `auto_accept`. """
    incoming_call_webhook_url: str | Unset = UNSET
    """ HTTPS receiver for `webhook`. """
    forwarding_target_type: ForwardingTargetType | None | Unset = UNSET
    """ `null` clears both targets (when leaving `forward`). """
    forwarding_phone_number: None | str | Unset = UNSET
    """ Complete E.164 destination. """
    forwarding_sip_uri: None | str | Unset = UNSET
    """ Complete SIP URI with a public DNS host. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        incoming_call_action = self.incoming_call_action.value

        agent_identity_id: str | Unset = UNSET
        if not isinstance(self.agent_identity_id, Unset):
            agent_identity_id = str(self.agent_identity_id)

        client_websocket_url = self.client_websocket_url

        incoming_call_webhook_url = self.incoming_call_webhook_url

        forwarding_target_type: None | str | Unset
        if isinstance(self.forwarding_target_type, Unset):
            forwarding_target_type = UNSET
        elif isinstance(self.forwarding_target_type, ForwardingTargetType):
            forwarding_target_type = self.forwarding_target_type.value
        else:
            forwarding_target_type = self.forwarding_target_type

        forwarding_phone_number: None | str | Unset
        if isinstance(self.forwarding_phone_number, Unset):
            forwarding_phone_number = UNSET
        else:
            forwarding_phone_number = self.forwarding_phone_number

        forwarding_sip_uri: None | str | Unset
        if isinstance(self.forwarding_sip_uri, Unset):
            forwarding_sip_uri = UNSET
        else:
            forwarding_sip_uri = self.forwarding_sip_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "incoming_call_action": incoming_call_action,
            }
        )
        if agent_identity_id is not UNSET:
            field_dict["agent_identity_id"] = agent_identity_id
        if client_websocket_url is not UNSET:
            field_dict["client_websocket_url"] = client_websocket_url
        if incoming_call_webhook_url is not UNSET:
            field_dict["incoming_call_webhook_url"] = incoming_call_webhook_url
        if forwarding_target_type is not UNSET:
            field_dict["forwarding_target_type"] = forwarding_target_type
        if forwarding_phone_number is not UNSET:
            field_dict["forwarding_phone_number"] = forwarding_phone_number
        if forwarding_sip_uri is not UNSET:
            field_dict["forwarding_sip_uri"] = forwarding_sip_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        incoming_call_action = parse_enum(IncomingCallAction, d.pop("incoming_call_action"))

        _agent_identity_id = d.pop("agent_identity_id", UNSET)
        agent_identity_id: UUID | Unset
        if isinstance(_agent_identity_id, Unset):
            agent_identity_id = UNSET
        else:
            agent_identity_id = parse_uuid(_agent_identity_id)

        client_websocket_url = d.pop("client_websocket_url", UNSET)

        incoming_call_webhook_url = d.pop("incoming_call_webhook_url", UNSET)

        forwarding_target_type = d.pop("forwarding_target_type", UNSET)
        if forwarding_target_type is not None and not isinstance(forwarding_target_type, Unset):
            if isinstance(forwarding_target_type, str):
                try:
                    forwarding_target_type_type_0 = parse_enum(
                        ForwardingTargetType, forwarding_target_type
                    )

                    forwarding_target_type = forwarding_target_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        forwarding_phone_number = d.pop("forwarding_phone_number", UNSET)

        forwarding_sip_uri = d.pop("forwarding_sip_uri", UNSET)

        incoming_call_action_update = cls(
            incoming_call_action,
            agent_identity_id,
            client_websocket_url,
            incoming_call_webhook_url,
            forwarding_target_type,
            forwarding_phone_number,
            forwarding_sip_uri,
        )

        incoming_call_action_update.additional_properties = d
        return incoming_call_action_update

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
