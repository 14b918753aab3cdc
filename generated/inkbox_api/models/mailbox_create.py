from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MailboxCreate")


@_attrs_define
class MailboxCreate:
    agent_handle: str
    """ The identity that will own the mailbox. """
    display_name: str | Unset = UNSET
    email_local_part: str | Unset = UNSET
    sending_domain_id: None | str | Unset = UNSET
    """ Domain row id (`sending_domain_<uuid>`). Omit to inherit the org default; null forces the platform domain.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_handle = self.agent_handle

        display_name = self.display_name

        email_local_part = self.email_local_part

        sending_domain_id: None | str | Unset
        if isinstance(self.sending_domain_id, Unset):
            sending_domain_id = UNSET
        else:
            sending_domain_id = self.sending_domain_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_handle": agent_handle,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if email_local_part is not UNSET:
            field_dict["email_local_part"] = email_local_part
        if sending_domain_id is not UNSET:
            field_dict["sending_domain_id"] = sending_domain_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_handle = d.pop("agent_handle")

        display_name = d.pop("display_name", UNSET)

        email_local_part = d.pop("email_local_part", UNSET)

        sending_domain_id = d.pop("sending_domain_id", UNSET)

        mailbox_create = cls(
            agent_handle,
            display_name,
            email_local_part,
            sending_domain_id,
        )

        mailbox_create.additional_properties = d
        return mailbox_create

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
