from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_rule_direction import ContactRuleDirection
from ..models.mail_rule_action import MailRuleAction
from ..models.mail_rule_match_type import MailRuleMatchType
from ..types import UNSET, Unset, parse_enum

T = TypeVar("T", bound="MailContactRuleCreate")


@_attrs_define
class MailContactRuleCreate:
    """Body of `create_mail_contact_rule`; an omitted `direction` covers both sides."""

    action: MailRuleAction
    """ Whether a matching sender/recipient is let through or blocked. """
    match_type: MailRuleMatchType
    """ What a mail contact rule matches: one address or a whole domain. """
    match_target: str
    """ An email address or a domain. """
    direction: ContactRuleDirection | Unset = UNSET
    """ Which traffic a contact rule covers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        match_type = self.match_type.value

        match_target = self.match_target

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "match_type": match_type,
                "match_target": match_target,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = parse_enum(MailRuleAction, d.pop("action"))

        match_type = parse_enum(MailRuleMatchType, d.pop("match_type"))

        match_target = d.pop("match_target")

        _direction = d.pop("direction", UNSET)
        direction: ContactRuleDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = parse_enum(ContactRuleDirection, _direction)

        mail_contact_rule_create = cls(
            action,
            match_type,
            match_target,
            direction,
        )

        mail_contact_rule_create.additional_properties = d
        return mail_contact_rule_create

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
