from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactPermissions")


@_attrs_define
class ContactPermissions:
    """An identity's effective yes/no access per address of a contact; the shared maps are the outbound side."""

    emails: ContactPermissionsEmails
    """ Email address → may mail it. """
    phones: ContactPermissionsPhones
    """ E.164 number → may text or call it. """
    profile: bool
    memories: bool
    inbound_emails: ContactPermissionsInboundEmails
    outbound_emails: ContactPermissionsOutboundEmails
    inbound_phones: ContactPermissionsInboundPhones
    outbound_phones: ContactPermissionsOutboundPhones
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails = self.emails.to_dict()

        phones = self.phones.to_dict()

        profile = self.profile

        memories = self.memories

        inbound_emails = self.inbound_emails.to_dict()

        outbound_emails = self.outbound_emails.to_dict()

        inbound_phones = self.inbound_phones.to_dict()

        outbound_phones = self.outbound_phones.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emails": emails,
                "phones": phones,
                "profile": profile,
                "memories": memories,
                "inbound_emails": inbound_emails,
                "outbound_emails": outbound_emails,
                "inbound_phones": inbound_phones,
                "outbound_phones": outbound_phones,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        emails = ContactPermissionsEmails.from_dict(d.pop("emails"))

        phones = ContactPermissionsPhones.from_dict(d.pop("phones"))

        profile = d.pop("profile")

        memories = d.pop("memories")

        inbound_emails = ContactPermissionsInboundEmails.from_dict(d.pop("inbound_emails"))

        outbound_emails = ContactPermissionsOutboundEmails.from_dict(d.pop("outbound_emails"))

        inbound_phones = ContactPermissionsInboundPhones.from_dict(d.pop("inbound_phones"))

        outbound_phones = ContactPermissionsOutboundPhones.from_dict(d.pop("outbound_phones"))

        contact_permissions = cls(
            emails,
            phones,
            profile,
            memories,
            inbound_emails,
            outbound_emails,
            inbound_phones,
            outbound_phones,
        )

        contact_permissions.additional_properties = d
        return contact_permissions

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
from ..models.contact_permissions_emails import ContactPermissionsEmails  # noqa: E402
from ..models.contact_permissions_inbound_emails import ContactPermissionsInboundEmails  # noqa: E402
from ..models.contact_permissions_inbound_phones import ContactPermissionsInboundPhones  # noqa: E402
from ..models.contact_permissions_outbound_emails import ContactPermissionsOutboundEmails  # noqa: E402
from ..models.contact_permissions_outbound_phones import ContactPermissionsOutboundPhones  # noqa: E402
from ..models.contact_permissions_phones import ContactPermissionsPhones  # noqa: E402
