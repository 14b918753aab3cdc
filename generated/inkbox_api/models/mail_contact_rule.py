from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_rule_direction import ContactRuleDirection
from ..models.contact_rule_status import ContactRuleStatus
from ..models.mail_rule_action import MailRuleAction
from ..models.mail_rule_match_type import MailRuleMatchType
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="MailContactRule")


@_attrs_define
class MailContactRule:
    """An allow/block rule on a mailbox. Rules are enforced server-side; the owner's `filter_mode` decides whether they act
    as a whitelist or a blacklist.

    """

    id: UUID
    mailbox_id: UUID
    agent_identity_id: None | UUID
    """ The identity owning the mailbox when the rule was made (the identity-keyed routes' key). """
    action: MailRuleAction
    """ Whether a matching sender/recipient is let through or blocked. """
    match_type: MailRuleMatchType
    """ What a mail contact rule matches: one address or a whole domain. """
    match_target: str
    """ An email address or a domain. """
    status: ContactRuleStatus
    """ Whether a contact rule is enforced. A paused rule keeps its uniqueness slot. """
    direction: ContactRuleDirection
    """ Which traffic a contact rule covers. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        mailbox_id = str(self.mailbox_id)

        agent_identity_id: None | str
        if isinstance(self.agent_identity_id, UUID):
            agent_identity_id = str(self.agent_identity_id)
        else:
            agent_identity_id = self.agent_identity_id

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
                "mailbox_id": mailbox_id,
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

        mailbox_id = parse_uuid(d.pop("mailbox_id"))

        agent_identity_id = d.pop("agent_identity_id", None)
        if agent_identity_id is not None:
            if isinstance(agent_identity_id, str):
                try:
                    agent_identity_id_type_0 = parse_uuid(agent_identity_id)

                    agent_identity_id = agent_identity_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        action = parse_enum(MailRuleAction, d.pop("action"))

        match_type = parse_enum(MailRuleMatchType, d.pop("match_type"))

        match_target = d.pop("match_target")

        status = parse_enum(ContactRuleStatus, d.pop("status"))

        direction = parse_enum(ContactRuleDirection, d.pop("direction"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        mail_contact_rule = cls(
            id,
            mailbox_id,
            agent_identity_id,
            action,
            match_type,
            match_target,
            status,
            direction,
            created_at,
            updated_at,
        )

        mail_contact_rule.additional_properties = d
        return mail_contact_rule

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
