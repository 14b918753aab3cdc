from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IdentityMailboxCreate")


@_attrs_define
class IdentityMailboxCreate:
    """Customizes the identity's mailbox (always provisioned)."""

    email_local_part: str | Unset = UNSET
    """ Requested local part (forced to the handle on the platform domain). """
    sending_domain: None | str | Unset = UNSET
    """ Bare domain name, not an id. Omit to inherit the org default; null forces the platform domain; a name binds
    that verified custom domain.
     """
    display_name: str | Unset = UNSET
    """ Guide-era mailbox sender name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_local_part = self.email_local_part

        sending_domain: None | str | Unset
        if isinstance(self.sending_domain, Unset):
            sending_domain = UNSET
        else:
            sending_domain = self.sending_domain

        display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_local_part is not UNSET:
            field_dict["email_local_part"] = email_local_part
        if sending_domain is not UNSET:
            field_dict["sending_domain"] = sending_domain
        if display_name is not UNSET:
            field_dict["display_name"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_local_part = d.pop("email_local_part", UNSET)

        sending_domain = d.pop("sending_domain", UNSET)

        display_name = d.pop("display_name", UNSET)

        identity_mailbox_create = cls(
            email_local_part,
            sending_domain,
            display_name,
        )

        identity_mailbox_create.additional_properties = d
        return identity_mailbox_create

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
