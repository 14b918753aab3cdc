from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactPermissionsUpdate")


@_attrs_define
class ContactPermissionsUpdate:
    """Body of `update_contact_permissions`; omitted fields and addresses are unchanged."""

    emails: ContactPermissionsUpdateEmails | Unset = UNSET
    """ Both directions; cannot be combined with `inbound_emails`/`outbound_emails`. """
    phones: ContactPermissionsUpdatePhones | Unset = UNSET
    """ Both directions; cannot be combined with `inbound_phones`/`outbound_phones`. """
    profile: bool | Unset = UNSET
    memories: bool | Unset = UNSET
    inbound_emails: ContactPermissionsUpdateInboundEmails | Unset = UNSET
    outbound_emails: ContactPermissionsUpdateOutboundEmails | Unset = UNSET
    inbound_phones: ContactPermissionsUpdateInboundPhones | Unset = UNSET
    outbound_phones: ContactPermissionsUpdateOutboundPhones | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails: dict[str, Any] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails.to_dict()

        phones: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones.to_dict()

        profile = self.profile

        memories = self.memories

        inbound_emails: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inbound_emails, Unset):
            inbound_emails = self.inbound_emails.to_dict()

        outbound_emails: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outbound_emails, Unset):
            outbound_emails = self.outbound_emails.to_dict()

        inbound_phones: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inbound_phones, Unset):
            inbound_phones = self.inbound_phones.to_dict()

        outbound_phones: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outbound_phones, Unset):
            outbound_phones = self.outbound_phones.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if emails is not UNSET:
            field_dict["emails"] = emails
        if phones is not UNSET:
            field_dict["phones"] = phones
        if profile is not UNSET:
            field_dict["profile"] = profile
        if memories is not UNSET:
            field_dict["memories"] = memories
        if inbound_emails is not UNSET:
            field_dict["inbound_emails"] = inbound_emails
        if outbound_emails is not UNSET:
            field_dict["outbound_emails"] = outbound_emails
        if inbound_phones is not UNSET:
            field_dict["inbound_phones"] = inbound_phones
        if outbound_phones is not UNSET:
            field_dict["outbound_phones"] = outbound_phones

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _emails = d.pop("emails", UNSET)
        emails: ContactPermissionsUpdateEmails | Unset
        if isinstance(_emails, Unset):
            emails = UNSET
        else:
            emails = ContactPermissionsUpdateEmails.from_dict(_emails)

        _phones = d.pop("phones", UNSET)
        phones: ContactPermissionsUpdatePhones | Unset
        if isinstance(_phones, Unset):
            phones = UNSET
        else:
            phones = ContactPermissionsUpdatePhones.from_dict(_phones)

        profile = d.pop("profile", UNSET)

        memories = d.pop("memories", UNSET)

        _inbound_emails = d.pop("inbound_emails", UNSET)
        inbound_emails: ContactPermissionsUpdateInboundEmails | Unset
        if isinstance(_inbound_emails, Unset):
            inbound_emails = UNSET
        else:
            inbound_emails = ContactPermissionsUpdateInboundEmails.from_dict(_inbound_emails)

        _outbound_emails = d.pop("outbound_emails", UNSET)
        outbound_emails: ContactPermissionsUpdateOutboundEmails | Unset
        if isinstance(_outbound_emails, Unset):
            outbound_emails = UNSET
        else:
            outbound_emails = ContactPermissionsUpdateOutboundEmails.from_dict(_outbound_emails)

        _inbound_phones = d.pop("inbound_phones", UNSET)
        inbound_phones: ContactPermissionsUpdateInboundPhones | Unset
        if isinstance(_inbound_phones, Unset):
            inbound_phones = UNSET
        else:
            inbound_phones = ContactPermissionsUpdateInboundPhones.from_dict(_inbound_phones)

        _outbound_phones = d.pop("outbound_phones", UNSET)
        outbound_phones: ContactPermissionsUpdateOutboundPhones | Unset
        if isinstance(_outbound_phones, Unset):
            outbound_phones = UNSET
        else:
            outbound_phones = ContactPermissionsUpdateOutboundPhones.from_dict(_outbound_phones)

        contact_permissions_update = cls(
            emails,
            phones,
            profile,
            memories,
            inbound_emails,
            outbound_emails,
            inbound_phones,
            outbound_phones,
        )

        contact_permissions_update.additional_properties = d
        return contact_permissions_update

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


# Models that refer to each other import each other here, after the class: by then the class a
# circular import asks for exists, and the methods find the name once instead of importing it
# on every call.
from ..models.contact_permissions_update_emails import ContactPermissionsUpdateEmails  # noqa: E402
from ..models.contact_permissions_update_inbound_emails import ContactPermissionsUpdateInboundEmails  # noqa: E402
from ..models.contact_permissions_update_inbound_phones import ContactPermissionsUpdateInboundPhones  # noqa: E402
from ..models.contact_permissions_update_outbound_emails import (
    ContactPermissionsUpdateOutboundEmails,  # noqa: E402
)
from ..models.contact_permissions_update_outbound_phones import (
    ContactPermissionsUpdateOutboundPhones,  # noqa: E402
)
from ..models.contact_permissions_update_phones import ContactPermissionsUpdatePhones  # noqa: E402
