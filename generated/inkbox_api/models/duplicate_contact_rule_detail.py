from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_uuid

T = TypeVar("T", bound="DuplicateContactRuleDetail")


@_attrs_define
class DuplicateContactRuleDetail:
    """`detail` of the 409 returned when creating a duplicate contact rule (the SDK raises `DuplicateContactRuleError`)."""

    existing_rule_id: UUID
    """ The rule that already covers this `(match_type, match_target)`. """
    message: str
    """ e.g. `rule already exists`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        existing_rule_id = str(self.existing_rule_id)

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "existing_rule_id": existing_rule_id,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        existing_rule_id = parse_uuid(d.pop("existing_rule_id"))

        message = d.pop("message")

        duplicate_contact_rule_detail = cls(
            existing_rule_id,
            message,
        )

        duplicate_contact_rule_detail.additional_properties = d
        return duplicate_contact_rule_detail

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
