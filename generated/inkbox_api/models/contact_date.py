from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field


def _as_date(value: datetime.date | str) -> datetime.date:
    # A date field's constructor also takes an ISO string (`"2020-05-01"`).
    return datetime.date.fromisoformat(value) if isinstance(value, str) else value


T = TypeVar("T", bound="ContactDate")


@_attrs_define
class ContactDate:
    """A dated event on a contact (other than the birthday)."""

    label: None | str
    """ e.g. `anniversary`. """
    date: datetime.date = _attrs_field(alias="value", converter=_as_date)
    """ The date (the guide's `ContactDate.value`; the constructor also takes an ISO string). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label: None | str
        label = self.label

        date = self.date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "date": date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label", None)

        date = datetime.date.fromisoformat(d.pop("date"))

        contact_date = cls(
            label,
            date,
        )

        contact_date.additional_properties = d
        return contact_date

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
    def value(self) -> datetime.date:
        """`date`, under the guide's name."""
        return self.date

    @value.setter
    def value(self, value: datetime.date) -> None:
        self.date = value
