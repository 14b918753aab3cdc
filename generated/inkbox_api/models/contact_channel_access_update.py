from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactChannelAccessUpdate")


@_attrs_define
class ContactChannelAccessUpdate:
    """Change to one channel's access; omitted lists are unchanged and lists cannot be null."""

    visible: bool | Unset = UNSET
    contactable: list[str] | Unset = UNSET
    """ Sets both directions; cannot be combined with the directional lists. """
    inbound_contactable: list[str] | Unset = UNSET
    outbound_contactable: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        visible = self.visible

        contactable: list[str] | Unset = UNSET
        if not isinstance(self.contactable, Unset):
            contactable = self.contactable

        inbound_contactable: list[str] | Unset = UNSET
        if not isinstance(self.inbound_contactable, Unset):
            inbound_contactable = self.inbound_contactable

        outbound_contactable: list[str] | Unset = UNSET
        if not isinstance(self.outbound_contactable, Unset):
            outbound_contactable = self.outbound_contactable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if visible is not UNSET:
            field_dict["visible"] = visible
        if contactable is not UNSET:
            field_dict["contactable"] = contactable
        if inbound_contactable is not UNSET:
            field_dict["inbound_contactable"] = inbound_contactable
        if outbound_contactable is not UNSET:
            field_dict["outbound_contactable"] = outbound_contactable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        visible = d.pop("visible", UNSET)

        contactable = cast(list[str], d.pop("contactable", UNSET))

        inbound_contactable = cast(list[str], d.pop("inbound_contactable", UNSET))

        outbound_contactable = cast(list[str], d.pop("outbound_contactable", UNSET))

        contact_channel_access_update = cls(
            visible,
            contactable,
            inbound_contactable,
            outbound_contactable,
        )

        contact_channel_access_update.additional_properties = d
        return contact_channel_access_update

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
