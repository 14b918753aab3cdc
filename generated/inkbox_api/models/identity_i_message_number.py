from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_uuid

T = TypeVar("T", bound="IdentityIMessageNumber")


@_attrs_define
class IdentityIMessageNumber:
    """A dedicated iMessage line attached to an identity (0.7)."""

    id: UUID
    number: str
    type_: str = _attrs_field(alias="type")
    """ `dedicated_outbound`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        number = self.number

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        number = d.pop("number")

        type_ = d.pop("type")

        identity_i_message_number = cls(
            id,
            number,
            type_,
        )

        identity_i_message_number.additional_properties = d
        return identity_i_message_number

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
    def type(self) -> str:
        """`type_`, under the guide's name."""
        return self.type_

    @type.setter
    def type(self, value: str) -> None:
        self.type_ = value
