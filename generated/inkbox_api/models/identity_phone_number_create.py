from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IdentityPhoneNumberCreate")


@_attrs_define
class IdentityPhoneNumberCreate:
    """Provision a phone number for the identity at creation."""

    type_: str | Unset = "local"
    """ `local`; `toll_free` (the guide-era default) is rejected with 422 since 0.4.9. """
    state: str | Unset = UNSET
    """ US state for a local number. """
    incoming_call_action: str | Unset = "auto_reject"
    """ `auto_accept` (needs `client_websocket_url`), `auto_reject`, `webhook` (needs `incoming_call_webhook_url`),
    `forward`. """
    client_websocket_url: str | Unset = UNSET
    incoming_call_webhook_url: str | Unset = UNSET
    incoming_text_webhook_url: str | Unset = UNSET
    """ Guide-era; removed in 0.4.6. """
    forwarding_target_type: str | Unset = UNSET
    """ `phone` or `sip` (with `incoming_call_action: forward`). """
    forwarding_phone_number: str | Unset = UNSET
    forwarding_sip_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        state = self.state

        incoming_call_action = self.incoming_call_action

        client_websocket_url = self.client_websocket_url

        incoming_call_webhook_url = self.incoming_call_webhook_url

        incoming_text_webhook_url = self.incoming_text_webhook_url

        forwarding_target_type = self.forwarding_target_type

        forwarding_phone_number = self.forwarding_phone_number

        forwarding_sip_uri = self.forwarding_sip_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if state is not UNSET:
            field_dict["state"] = state
        if incoming_call_action is not UNSET:
            field_dict["incoming_call_action"] = incoming_call_action
        if client_websocket_url is not UNSET:
            field_dict["client_websocket_url"] = client_websocket_url
        if incoming_call_webhook_url is not UNSET:
            field_dict["incoming_call_webhook_url"] = incoming_call_webhook_url
        if incoming_text_webhook_url is not UNSET:
            field_dict["incoming_text_webhook_url"] = incoming_text_webhook_url
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
        type_ = d.pop("type", UNSET)

        state = d.pop("state", UNSET)

        incoming_call_action = d.pop("incoming_call_action", UNSET)

        client_websocket_url = d.pop("client_websocket_url", UNSET)

        incoming_call_webhook_url = d.pop("incoming_call_webhook_url", UNSET)

        incoming_text_webhook_url = d.pop("incoming_text_webhook_url", UNSET)

        forwarding_target_type = d.pop("forwarding_target_type", UNSET)

        forwarding_phone_number = d.pop("forwarding_phone_number", UNSET)

        forwarding_sip_uri = d.pop("forwarding_sip_uri", UNSET)

        identity_phone_number_create = cls(
            type_,
            state,
            incoming_call_action,
            client_websocket_url,
            incoming_call_webhook_url,
            incoming_text_webhook_url,
            forwarding_target_type,
            forwarding_phone_number,
            forwarding_sip_uri,
        )

        identity_phone_number_create.additional_properties = d
        return identity_phone_number_create

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
