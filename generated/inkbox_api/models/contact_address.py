from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactAddress")


@_attrs_define
class ContactAddress:
    """A postal address on a contact."""

    label: None | str = _attrs_field(default=None)
    street: None | str = _attrs_field(default=None)
    city: None | str = _attrs_field(default=None)
    region: None | str = _attrs_field(default=None)
    postal: None | str = _attrs_field(default=None, alias="postal_code")
    """ Postal code (the guide's `ContactAddress.postal_code`). """
    country: None | str = _attrs_field(default=None)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label: None | str
        label = self.label

        street: None | str
        street = self.street

        city: None | str
        city = self.city

        region: None | str
        region = self.region

        postal: None | str
        postal = self.postal

        country: None | str
        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "street": street,
                "city": city,
                "region": region,
                "postal": postal,
                "country": country,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label", None)

        street = d.pop("street", None)

        city = d.pop("city", None)

        region = d.pop("region", None)

        postal = d.pop("postal", None)

        country = d.pop("country", None)

        contact_address = cls(
            label,
            street,
            city,
            region,
            postal,
            country,
        )

        contact_address.additional_properties = d
        return contact_address

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

    @property
    def postal_code(self) -> None | str:
        """`postal`, under the guide's name."""
        return self.postal

    @postal_code.setter
    def postal_code(self, value: None | str) -> None:
        self.postal = value
