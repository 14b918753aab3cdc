from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_rule_direction import ContactRuleDirection
from ..models.contact_rule_status import ContactRuleStatus
from ..models.phone_rule_action import PhoneRuleAction
from ..models.phone_rule_match_type import PhoneRuleMatchType
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="PhoneIdentityContactRule")


@_attrs_define
class PhoneIdentityContactRule:
    """A phone allow/block rule as the identity-keyed routes show it (keyed by `agent_identity_id`)."""

    id: UUID
    agent_identity_id: UUID
    action: PhoneRuleAction
    """ Whether a matching number is let through or blocked. """
    match_type: PhoneRuleMatchType
    """ What a phone contact rule matches: one E.164 number. """
    match_target: str
    """ An E.164 number. """
    status: ContactRuleStatus
    """ Whether a contact rule is enforced. A paused rule keeps its uniqueness slot. """
    direction: ContactRuleDirection
    """ Which traffic a contact rule covers. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        agent_identity_id = str(self.agent_identity_id)

        action = self.action.value

        match_type = self.match_type.value

        match_target = self.match_target

        status = self.status.value

        direction = self.direction.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "agent_identity_id": agent_identity_id,
                "action": action,
                "match_type": match_type,
                "match_target": match_target,
                "status": status,
                "direction": direction,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        agent_identity_id = parse_uuid(d.pop("agent_identity_id"))

        action = parse_enum(PhoneRuleAction, d.pop("action"))

        match_type = parse_enum(PhoneRuleMatchType, d.pop("match_type"))

        match_target = d.pop("match_target")

        status = parse_enum(ContactRuleStatus, d.pop("status"))

        direction = parse_enum(ContactRuleDirection, d.pop("direction"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        phone_identity_contact_rule = cls(
            id,
            agent_identity_id,
            action,
            match_type,
            match_target,
            status,
            direction,
            created_at,
            updated_at,
        )

        phone_identity_contact_rule.additional_properties = d
        return phone_identity_contact_rule

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
