from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="ContactCreatePermissions")


@_attrs_define
class ContactCreatePermissions:
    """One identity's access, saved with the contact (`create_contact_with_permissions`). Either the yes/no maps (`emails`,
    `phones`: address -> may use it, both directions) or the group objects (`email`, `phone`), not both.

    """

    identity_id: UUID
    emails: ContactCreatePermissionsEmails | Unset = UNSET
    """ Email address of the contact -> whether the identity may use it. """
    phones: ContactCreatePermissionsPhones | Unset = UNSET
    """ E.164 number of the contact -> whether the identity may use it. """
    profile: bool | Unset = UNSET
    """ Whether the identity sees the contact's profile. """
    memories: bool | Unset = UNSET
    """ Whether the identity sees the contact's facts. """
    email: ContactChannelAccessUpdate | Unset = UNSET
    """ Change to one channel's access; omitted lists are unchanged and lists cannot be null. """
    phone: ContactChannelAccessUpdate | Unset = UNSET
    """ Change to one channel's access; omitted lists are unchanged and lists cannot be null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identity_id = str(self.identity_id)

        emails: dict[str, Any] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails.to_dict()

        phones: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones.to_dict()

        profile = self.profile

        memories = self.memories

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        phone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identity_id": identity_id,
            }
        )
        if emails is not UNSET:
            field_dict["emails"] = emails
        if phones is not UNSET:
            field_dict["phones"] = phones
        if profile is not UNSET:
            field_dict["profile"] = profile
        if memories is not UNSET:
            field_dict["memories"] = memories
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identity_id = parse_uuid(d.pop("identity_id"))

        _emails = d.pop("emails", UNSET)
        emails: ContactCreatePermissionsEmails | Unset
        if isinstance(_emails, Unset):
            emails = UNSET
        else:
            emails = ContactCreatePermissionsEmails.from_dict(_emails)

        _phones = d.pop("phones", UNSET)
        phones: ContactCreatePermissionsPhones | Unset
        if isinstance(_phones, Unset):
            phones = UNSET
        else:
            phones = ContactCreatePermissionsPhones.from_dict(_phones)

        profile = d.pop("profile", UNSET)

        memories = d.pop("memories", UNSET)

        _email = d.pop("email", UNSET)
        email: ContactChannelAccessUpdate | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = ContactChannelAccessUpdate.from_dict(_email)

        _phone = d.pop("phone", UNSET)
        phone: ContactChannelAccessUpdate | Unset
        if isinstance(_phone, Unset):
            phone = UNSET
        else:
            phone = ContactChannelAccessUpdate.from_dict(_phone)

        contact_create_permissions = cls(
            identity_id,
            emails,
            phones,
            profile,
            memories,
            email,
            phone,
        )

        contact_create_permissions.additional_properties = d
        return contact_create_permissions

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
from ..models.contact_channel_access_update import ContactChannelAccessUpdate  # noqa: E402
from ..models.contact_create_permissions_emails import ContactCreatePermissionsEmails  # noqa: E402
from ..models.contact_create_permissions_phones import ContactCreatePermissionsPhones  # noqa: E402
