from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactAddressInput")


@_attrs_define
class ContactAddressInput:
    """A postal address as sent in a contact create/update (only set parts are sent)."""

    label: str | Unset = UNSET
    street: str | Unset = UNSET
    city: str | Unset = UNSET
    region: str | Unset = UNSET
    postal: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        street = self.street

        city = self.city

        region = self.region

        postal = self.postal

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if street is not UNSET:
            field_dict["street"] = street
        if city is not UNSET:
            field_dict["city"] = city
        if region is not UNSET:
            field_dict["region"] = region
        if postal is not UNSET:
            field_dict["postal"] = postal
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        street = d.pop("street", UNSET)

        city = d.pop("city", UNSET)

        region = d.pop("region", UNSET)

        postal = d.pop("postal", UNSET)

        country = d.pop("country", UNSET)

        contact_address_input = cls(
            label,
            street,
            city,
            region,
            postal,
            country,
        )

        contact_address_input.additional_properties = d
        return contact_address_input

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
