from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_identity_status import AgentIdentityStatus
from ..models.filter_mode import FilterMode
from ..types import UNSET, Unset, parse_enum, parse_uuid

T = TypeVar("T", bound="AgentIdentityUpdate")


@_attrs_define
class AgentIdentityUpdate:
    """Only the keys present are applied."""

    agent_handle: str | Unset = UNSET
    """ Guide-era rename (`identity.update(new_handle=…)`); current servers fix the handle at creation. """
    status: AgentIdentityStatus | Unset = UNSET
    """ Guide-era identity lifecycle status. """
    display_name: None | str | Unset = UNSET
    """ Null clears it. """
    description: None | str | Unset = UNSET
    """ Null clears it. """
    imessage_enabled: bool | Unset = UNSET
    contact_sharing_enabled: bool | Unset = UNSET
    imessage_number_id: None | Unset | UUID = UNSET
    """ Attach an owned dedicated iMessage line; null moves back to the shared service. """
    claim_imessage_number: bool | Unset = UNSET
    """ `true` claims a new dedicated line (send an `Idempotency-Key`). """
    imessage_filter_mode: FilterMode | Unset = UNSET
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    mail_filter_mode: FilterMode | Unset = UNSET
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    phone_filter_mode: FilterMode | Unset = UNSET
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    slack_filter_mode: FilterMode | Unset = UNSET
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    mail_inbound_filter_mode: FilterMode | Unset = UNSET
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    mail_outbound_filter_mode: FilterMode | Unset = UNSET
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    phone_inbound_filter_mode: FilterMode | Unset = UNSET
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    phone_outbound_filter_mode: FilterMode | Unset = UNSET
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    slack_inbound_filter_mode: FilterMode | Unset = UNSET
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    slack_outbound_filter_mode: FilterMode | Unset = UNSET
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_handle = self.agent_handle

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        imessage_enabled = self.imessage_enabled

        contact_sharing_enabled = self.contact_sharing_enabled

        imessage_number_id: None | str | Unset
        if isinstance(self.imessage_number_id, Unset):
            imessage_number_id = UNSET
        elif isinstance(self.imessage_number_id, UUID):
            imessage_number_id = str(self.imessage_number_id)
        else:
            imessage_number_id = self.imessage_number_id

        claim_imessage_number = self.claim_imessage_number

        imessage_filter_mode: str | Unset = UNSET
        if not isinstance(self.imessage_filter_mode, Unset):
            imessage_filter_mode = self.imessage_filter_mode.value

        mail_filter_mode: str | Unset = UNSET
        if not isinstance(self.mail_filter_mode, Unset):
            mail_filter_mode = self.mail_filter_mode.value

        phone_filter_mode: str | Unset = UNSET
        if not isinstance(self.phone_filter_mode, Unset):
            phone_filter_mode = self.phone_filter_mode.value

        slack_filter_mode: str | Unset = UNSET
        if not isinstance(self.slack_filter_mode, Unset):
            slack_filter_mode = self.slack_filter_mode.value

        mail_inbound_filter_mode: str | Unset = UNSET
        if not isinstance(self.mail_inbound_filter_mode, Unset):
            mail_inbound_filter_mode = self.mail_inbound_filter_mode.value

        mail_outbound_filter_mode: str | Unset = UNSET
        if not isinstance(self.mail_outbound_filter_mode, Unset):
            mail_outbound_filter_mode = self.mail_outbound_filter_mode.value

        phone_inbound_filter_mode: str | Unset = UNSET
        if not isinstance(self.phone_inbound_filter_mode, Unset):
            phone_inbound_filter_mode = self.phone_inbound_filter_mode.value

        phone_outbound_filter_mode: str | Unset = UNSET
        if not isinstance(self.phone_outbound_filter_mode, Unset):
            phone_outbound_filter_mode = self.phone_outbound_filter_mode.value

        slack_inbound_filter_mode: str | Unset = UNSET
        if not isinstance(self.slack_inbound_filter_mode, Unset):
            slack_inbound_filter_mode = self.slack_inbound_filter_mode.value

        slack_outbound_filter_mode: str | Unset = UNSET
        if not isinstance(self.slack_outbound_filter_mode, Unset):
            slack_outbound_filter_mode = self.slack_outbound_filter_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_handle is not UNSET:
            field_dict["agent_handle"] = agent_handle
        if status is not UNSET:
            field_dict["status"] = status
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if imessage_enabled is not UNSET:
            field_dict["imessage_enabled"] = imessage_enabled
        if contact_sharing_enabled is not UNSET:
            field_dict["contact_sharing_enabled"] = contact_sharing_enabled
        if imessage_number_id is not UNSET:
            field_dict["imessage_number_id"] = imessage_number_id
        if claim_imessage_number is not UNSET:
            field_dict["claim_imessage_number"] = claim_imessage_number
        if imessage_filter_mode is not UNSET:
            field_dict["imessage_filter_mode"] = imessage_filter_mode
        if mail_filter_mode is not UNSET:
            field_dict["mail_filter_mode"] = mail_filter_mode
        if phone_filter_mode is not UNSET:
            field_dict["phone_filter_mode"] = phone_filter_mode
        if slack_filter_mode is not UNSET:
            field_dict["slack_filter_mode"] = slack_filter_mode
        if mail_inbound_filter_mode is not UNSET:
            field_dict["mail_inbound_filter_mode"] = mail_inbound_filter_mode
        if mail_outbound_filter_mode is not UNSET:
            field_dict["mail_outbound_filter_mode"] = mail_outbound_filter_mode
        if phone_inbound_filter_mode is not UNSET:
            field_dict["phone_inbound_filter_mode"] = phone_inbound_filter_mode
        if phone_outbound_filter_mode is not UNSET:
            field_dict["phone_outbound_filter_mode"] = phone_outbound_filter_mode
        if slack_inbound_filter_mode is not UNSET:
            field_dict["slack_inbound_filter_mode"] = slack_inbound_filter_mode
        if slack_outbound_filter_mode is not UNSET:
            field_dict["slack_outbound_filter_mode"] = slack_outbound_filter_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_handle = d.pop("agent_handle", UNSET)

        _status = d.pop("status", UNSET)
        status: AgentIdentityStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = parse_enum(AgentIdentityStatus, _status)

        display_name = d.pop("display_name", UNSET)

        description = d.pop("description", UNSET)

        imessage_enabled = d.pop("imessage_enabled", UNSET)

        contact_sharing_enabled = d.pop("contact_sharing_enabled", UNSET)

        imessage_number_id = d.pop("imessage_number_id", UNSET)
        if imessage_number_id is not None and not isinstance(imessage_number_id, Unset):
            if isinstance(imessage_number_id, str):
                try:
                    imessage_number_id_type_0 = parse_uuid(imessage_number_id)

                    imessage_number_id = imessage_number_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        claim_imessage_number = d.pop("claim_imessage_number", UNSET)

        _imessage_filter_mode = d.pop("imessage_filter_mode", UNSET)
        imessage_filter_mode: FilterMode | Unset
        if isinstance(_imessage_filter_mode, Unset):
            imessage_filter_mode = UNSET
        else:
            imessage_filter_mode = parse_enum(FilterMode, _imessage_filter_mode)

        _mail_filter_mode = d.pop("mail_filter_mode", UNSET)
        mail_filter_mode: FilterMode | Unset
        if isinstance(_mail_filter_mode, Unset):
            mail_filter_mode = UNSET
        else:
            mail_filter_mode = parse_enum(FilterMode, _mail_filter_mode)

        _phone_filter_mode = d.pop("phone_filter_mode", UNSET)
        phone_filter_mode: FilterMode | Unset
        if isinstance(_phone_filter_mode, Unset):
            phone_filter_mode = UNSET
        else:
            phone_filter_mode = parse_enum(FilterMode, _phone_filter_mode)

        _slack_filter_mode = d.pop("slack_filter_mode", UNSET)
        slack_filter_mode: FilterMode | Unset
        if isinstance(_slack_filter_mode, Unset):
            slack_filter_mode = UNSET
        else:
            slack_filter_mode = parse_enum(FilterMode, _slack_filter_mode)

        _mail_inbound_filter_mode = d.pop("mail_inbound_filter_mode", UNSET)
        mail_inbound_filter_mode: FilterMode | Unset
        if isinstance(_mail_inbound_filter_mode, Unset):
            mail_inbound_filter_mode = UNSET
        else:
            mail_inbound_filter_mode = parse_enum(FilterMode, _mail_inbound_filter_mode)

        _mail_outbound_filter_mode = d.pop("mail_outbound_filter_mode", UNSET)
        mail_outbound_filter_mode: FilterMode | Unset
        if isinstance(_mail_outbound_filter_mode, Unset):
            mail_outbound_filter_mode = UNSET
        else:
            mail_outbound_filter_mode = parse_enum(FilterMode, _mail_outbound_filter_mode)

        _phone_inbound_filter_mode = d.pop("phone_inbound_filter_mode", UNSET)
        phone_inbound_filter_mode: FilterMode | Unset
        if isinstance(_phone_inbound_filter_mode, Unset):
            phone_inbound_filter_mode = UNSET
        else:
            phone_inbound_filter_mode = parse_enum(FilterMode, _phone_inbound_filter_mode)

        _phone_outbound_filter_mode = d.pop("phone_outbound_filter_mode", UNSET)
        phone_outbound_filter_mode: FilterMode | Unset
        if isinstance(_phone_outbound_filter_mode, Unset):
            phone_outbound_filter_mode = UNSET
        else:
            phone_outbound_filter_mode = parse_enum(FilterMode, _phone_outbound_filter_mode)

        _slack_inbound_filter_mode = d.pop("slack_inbound_filter_mode", UNSET)
        slack_inbound_filter_mode: FilterMode | Unset
        if isinstance(_slack_inbound_filter_mode, Unset):
            slack_inbound_filter_mode = UNSET
        else:
            slack_inbound_filter_mode = parse_enum(FilterMode, _slack_inbound_filter_mode)

        _slack_outbound_filter_mode = d.pop("slack_outbound_filter_mode", UNSET)
        slack_outbound_filter_mode: FilterMode | Unset
        if isinstance(_slack_outbound_filter_mode, Unset):
            slack_outbound_filter_mode = UNSET
        else:
            slack_outbound_filter_mode = parse_enum(FilterMode, _slack_outbound_filter_mode)

        agent_identity_update = cls(
            agent_handle,
            status,
            display_name,
            description,
            imessage_enabled,
            contact_sharing_enabled,
            imessage_number_id,
            claim_imessage_number,
            imessage_filter_mode,
            mail_filter_mode,
            phone_filter_mode,
            slack_filter_mode,
            mail_inbound_filter_mode,
            mail_outbound_filter_mode,
            phone_inbound_filter_mode,
            phone_outbound_filter_mode,
            slack_inbound_filter_mode,
            slack_outbound_filter_mode,
        )

        agent_identity_update.additional_properties = d
        return agent_identity_update

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
