from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactChannelAccess")


@_attrs_define
class ContactChannelAccess:
    """One channel's visibility and contactable addresses for an identity."""

    visible: bool
    """ Whether the identity sees this channel's addresses. """
    contactable: list[str]
    """ Addresses the identity may contact (outbound). """
    inbound_contactable: list[str]
    """ Addresses the identity may hear from. """
    outbound_contactable: list[str]
    """ Addresses the identity may reach. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        visible = self.visible

        contactable = self.contactable

        inbound_contactable = self.inbound_contactable

        outbound_contactable = self.outbound_contactable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "visible": visible,
                "contactable": contactable,
                "inbound_contactable": inbound_contactable,
                "outbound_contactable": outbound_contactable,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        visible = d.pop("visible")

        contactable = cast(list[str], d.pop("contactable"))

        inbound_contactable = cast(list[str], d.pop("inbound_contactable"))

        outbound_contactable = cast(list[str], d.pop("outbound_contactable"))

        contact_channel_access = cls(
            visible,
            contactable,
            inbound_contactable,
            outbound_contactable,
        )

        contact_channel_access.additional_properties = d
        return contact_channel_access

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
