from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_rule_direction import ContactRuleDirection
from ..models.phone_rule_action import PhoneRuleAction
from ..models.phone_rule_match_type import PhoneRuleMatchType
from ..types import UNSET, Unset, parse_enum

T = TypeVar("T", bound="PhoneContactRuleCreate")


@_attrs_define
class PhoneContactRuleCreate:
    """Body of `create_phone_contact_rule`; the clients always send `match_type`."""

    action: PhoneRuleAction
    """ Whether a matching number is let through or blocked. """
    match_target: str
    """ An E.164 number. """
    match_type: PhoneRuleMatchType | Unset = UNSET
    """ What a phone contact rule matches: one E.164 number. """
    direction: ContactRuleDirection | Unset = UNSET
    """ Which traffic a contact rule covers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        match_target = self.match_target

        match_type: str | Unset = UNSET
        if not isinstance(self.match_type, Unset):
            match_type = self.match_type.value

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "match_target": match_target,
            }
        )
        if match_type is not UNSET:
            field_dict["match_type"] = match_type
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = parse_enum(PhoneRuleAction, d.pop("action"))

        match_target = d.pop("match_target")

        _match_type = d.pop("match_type", UNSET)
        match_type: PhoneRuleMatchType | Unset
        if isinstance(_match_type, Unset):
            match_type = UNSET
        else:
            match_type = parse_enum(PhoneRuleMatchType, _match_type)

        _direction = d.pop("direction", UNSET)
        direction: ContactRuleDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = parse_enum(ContactRuleDirection, _direction)

        phone_contact_rule_create = cls(
            action,
            match_target,
            match_type,
            direction,
        )

        phone_contact_rule_create.additional_properties = d
        return phone_contact_rule_create

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
