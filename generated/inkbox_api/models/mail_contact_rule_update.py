from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_rule_apply_to import ContactRuleApplyTo
from ..models.contact_rule_direction import ContactRuleDirection
from ..models.contact_rule_status import ContactRuleStatus
from ..models.mail_rule_action import MailRuleAction
from ..types import UNSET, Unset, parse_enum

T = TypeVar("T", bound="MailContactRuleUpdate")


@_attrs_define
class MailContactRuleUpdate:
    """Body of `update_mail_contact_rule`."""

    action: MailRuleAction | Unset = UNSET
    """ Whether a matching sender/recipient is let through or blocked. """
    status: ContactRuleStatus | Unset = UNSET
    """ Whether a contact rule is enforced. A paused rule keeps its uniqueness slot. """
    direction: ContactRuleDirection | Unset = UNSET
    """ Which traffic a contact rule covers. """
    apply_to: ContactRuleApplyTo | Unset = UNSET
    """ The single covered side an action change applies to (the server may split the rule). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        apply_to: str | Unset = UNSET
        if not isinstance(self.apply_to, Unset):
            apply_to = self.apply_to.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if status is not UNSET:
            field_dict["status"] = status
        if direction is not UNSET:
            field_dict["direction"] = direction
        if apply_to is not UNSET:
            field_dict["apply_to"] = apply_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: MailRuleAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = parse_enum(MailRuleAction, _action)

        _status = d.pop("status", UNSET)
        status: ContactRuleStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = parse_enum(ContactRuleStatus, _status)

        _direction = d.pop("direction", UNSET)
        direction: ContactRuleDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = parse_enum(ContactRuleDirection, _direction)

        _apply_to = d.pop("apply_to", UNSET)
        apply_to: ContactRuleApplyTo | Unset
        if isinstance(_apply_to, Unset):
            apply_to = UNSET
        else:
            apply_to = parse_enum(ContactRuleApplyTo, _apply_to)

        mail_contact_rule_update = cls(
            action,
            status,
            direction,
            apply_to,
        )

        mail_contact_rule_update.additional_properties = d
        return mail_contact_rule_update

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
