from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


def _as_date(value: datetime.date | str) -> datetime.date:
    # A date field's constructor also takes an ISO string (`"2020-05-01"`).
    return datetime.date.fromisoformat(value) if isinstance(value, str) else value


T = TypeVar("T", bound="ContactDateInput")


@_attrs_define
class ContactDateInput:
    """A dated event as sent in a contact create/update."""

    date: datetime.date = _attrs_field(converter=_as_date)
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        label = d.pop("label", UNSET)

        contact_date_input = cls(
            date,
            label,
        )

        contact_date_input.additional_properties = d
        return contact_date_input

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
