from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_type import PhoneNumberType
from ..types import UNSET, Unset, parse_enum

T = TypeVar("T", bound="ProvisionPhoneNumberRequest")


@_attrs_define
class ProvisionPhoneNumberRequest:
    """Body of `provision_phone_number`."""

    agent_handle: str
    """ Handle of the identity to link the number to (a leading `@` is stripped). """
    type_: PhoneNumberType | Unset = UNSET
    """ Kind of phone number. `toll_free` is guide-era (retired by the current client). """
    state: str | Unset = UNSET
    """ US state code to pick the number from, e.g. `NY` (local numbers). """
    incoming_text_webhook_url: None | str | Unset = UNSET
    """ Guide-era (0.3.1) HTTPS URL for text webhooks; current servers refuse it (422). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_handle = self.agent_handle

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        state = self.state

        incoming_text_webhook_url: None | str | Unset
        if isinstance(self.incoming_text_webhook_url, Unset):
            incoming_text_webhook_url = UNSET
        else:
            incoming_text_webhook_url = self.incoming_text_webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_handle": agent_handle,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if state is not UNSET:
            field_dict["state"] = state
        if incoming_text_webhook_url is not UNSET:
            field_dict["incoming_text_webhook_url"] = incoming_text_webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_handle = d.pop("agent_handle")

        _type_ = d.pop("type", UNSET)
        type_: PhoneNumberType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = parse_enum(PhoneNumberType, _type_)

        state = d.pop("state", UNSET)

        incoming_text_webhook_url = d.pop("incoming_text_webhook_url", UNSET)

        provision_phone_number_request = cls(
            agent_handle,
            type_,
            state,
            incoming_text_webhook_url,
        )

        provision_phone_number_request.additional_properties = d
        return provision_phone_number_request

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
