from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_mode import FilterMode
from ..models.forwarding_target_type import ForwardingTargetType
from ..models.incoming_call_action import IncomingCallAction
from ..types import UNSET, Unset, parse_enum

T = TypeVar("T", bound="PhoneNumberUpdate")


@_attrs_define
class PhoneNumberUpdate:
    """Body of `update_phone_number`; every field is optional, `null` clears."""

    incoming_call_action: IncomingCallAction | Unset = UNSET
    """ What happens to an inbound call. `auto_accept` bridges to `client_websocket_url`, `webhook` asks
    `incoming_call_webhook_url`, `hosted_agent` lets Inkbox Voice AI answer, `forward` dials the forwarding target
    (the guide documents the first three). """
    client_websocket_url: None | str | Unset = UNSET
    """ `wss://` URL; required when the action is `auto_accept`. `null` clears it. """
    incoming_call_webhook_url: None | str | Unset = UNSET
    """ HTTPS URL; required when the action is `webhook`. `null` clears it. """
    incoming_text_webhook_url: None | str | Unset = UNSET
    """ Guide-era (0.3.1) HTTPS URL for text webhooks; current servers refuse it (422). """
    forwarding_target_type: ForwardingTargetType | None | Unset = UNSET
    """ `null` clears it (only together with leaving `forward`). """
    forwarding_phone_number: None | str | Unset = UNSET
    """ Complete E.164 destination. """
    forwarding_sip_uri: None | str | Unset = UNSET
    """ Complete SIP URI with a public DNS host. """
    filter_mode: FilterMode | Unset = UNSET
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        incoming_call_action: str | Unset = UNSET
        if not isinstance(self.incoming_call_action, Unset):
            incoming_call_action = self.incoming_call_action.value

        client_websocket_url: None | str | Unset
        if isinstance(self.client_websocket_url, Unset):
            client_websocket_url = UNSET
        else:
            client_websocket_url = self.client_websocket_url

        incoming_call_webhook_url: None | str | Unset
        if isinstance(self.incoming_call_webhook_url, Unset):
            incoming_call_webhook_url = UNSET
        else:
            incoming_call_webhook_url = self.incoming_call_webhook_url

        incoming_text_webhook_url: None | str | Unset
        if isinstance(self.incoming_text_webhook_url, Unset):
            incoming_text_webhook_url = UNSET
        else:
            incoming_text_webhook_url = self.incoming_text_webhook_url

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

        filter_mode: str | Unset = UNSET
        if not isinstance(self.filter_mode, Unset):
            filter_mode = self.filter_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if filter_mode is not UNSET:
            field_dict["filter_mode"] = filter_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _incoming_call_action = d.pop("incoming_call_action", UNSET)
        incoming_call_action: IncomingCallAction | Unset
        if isinstance(_incoming_call_action, Unset):
            incoming_call_action = UNSET
        else:
            incoming_call_action = parse_enum(IncomingCallAction, _incoming_call_action)

        client_websocket_url = d.pop("client_websocket_url", UNSET)

        incoming_call_webhook_url = d.pop("incoming_call_webhook_url", UNSET)

        incoming_text_webhook_url = d.pop("incoming_text_webhook_url", UNSET)

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

        _filter_mode = d.pop("filter_mode", UNSET)
        filter_mode: FilterMode | Unset
        if isinstance(_filter_mode, Unset):
            filter_mode = UNSET
        else:
            filter_mode = parse_enum(FilterMode, _filter_mode)

        phone_number_update = cls(
            incoming_call_action,
            client_websocket_url,
            incoming_call_webhook_url,
            incoming_text_webhook_url,
            forwarding_target_type,
            forwarding_phone_number,
            forwarding_sip_uri,
            filter_mode,
        )

        phone_number_update.additional_properties = d
        return phone_number_update

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
