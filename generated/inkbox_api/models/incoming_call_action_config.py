from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forwarding_target_type import ForwardingTargetType
from ..models.incoming_call_action import IncomingCallAction
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="IncomingCallActionConfig")


@_attrs_define
class IncomingCallActionConfig:
    """How an identity's inbound calls are handled."""

    agent_identity_id: UUID
    incoming_call_action: IncomingCallAction
    """ What happens to an inbound call. `auto_accept` bridges to `client_websocket_url`, `webhook` asks
    `incoming_call_webhook_url`, `hosted_agent` lets Inkbox Voice AI answer, `forward` dials the forwarding target
    (the guide documents the first three). """
    client_websocket_url: None | str
    incoming_call_webhook_url: None | str
    forwarding_target_type: ForwardingTargetType | None
    forwarding_phone_number: None | str
    forwarding_sip_uri: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_identity_id = str(self.agent_identity_id)

        incoming_call_action = self.incoming_call_action.value

        client_websocket_url: None | str
        client_websocket_url = self.client_websocket_url

        incoming_call_webhook_url: None | str
        incoming_call_webhook_url = self.incoming_call_webhook_url

        forwarding_target_type: None | str
        if isinstance(self.forwarding_target_type, ForwardingTargetType):
            forwarding_target_type = self.forwarding_target_type.value
        else:
            forwarding_target_type = self.forwarding_target_type

        forwarding_phone_number: None | str
        forwarding_phone_number = self.forwarding_phone_number

        forwarding_sip_uri: None | str
        forwarding_sip_uri = self.forwarding_sip_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_identity_id": agent_identity_id,
                "incoming_call_action": incoming_call_action,
                "client_websocket_url": client_websocket_url,
                "incoming_call_webhook_url": incoming_call_webhook_url,
                "forwarding_target_type": forwarding_target_type,
                "forwarding_phone_number": forwarding_phone_number,
                "forwarding_sip_uri": forwarding_sip_uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_identity_id = parse_uuid(d.pop("agent_identity_id"))

        incoming_call_action = parse_enum(IncomingCallAction, d.pop("incoming_call_action"))

        client_websocket_url = d.pop("client_websocket_url", None)

        incoming_call_webhook_url = d.pop("incoming_call_webhook_url", None)

        forwarding_target_type = d.pop("forwarding_target_type", None)
        if forwarding_target_type is not None:
            if isinstance(forwarding_target_type, str):
                try:
                    forwarding_target_type_type_0 = parse_enum(
                        ForwardingTargetType, forwarding_target_type
                    )

                    forwarding_target_type = forwarding_target_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        forwarding_phone_number = d.pop("forwarding_phone_number", None)

        forwarding_sip_uri = d.pop("forwarding_sip_uri", None)

        incoming_call_action_config = cls(
            agent_identity_id,
            incoming_call_action,
            client_websocket_url,
            incoming_call_webhook_url,
            forwarding_target_type,
            forwarding_phone_number,
            forwarding_sip_uri,
        )

        incoming_call_action_config.additional_properties = d
        return incoming_call_action_config

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
