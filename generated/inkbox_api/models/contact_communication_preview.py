from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_uuid

T = TypeVar("T", bound="ContactCommunicationPreview")


@_attrs_define
class ContactCommunicationPreview:
    """What one identity sees of, and may do with, a contact."""

    identity_id: UUID
    contact: Contact | None
    """ The contact as the identity reads it; null when its profile is hidden. """
    email: bool
    """ Some email address may be mailed (outbound). """
    phone: bool
    """ Some number may be texted or called (outbound). """
    full_profile: bool
    visibility: ContactVisibilityResult
    """ Effective visibility for one identity. """
    inbound_email: bool
    outbound_email: bool
    inbound_phone: bool
    outbound_phone: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identity_id = str(self.identity_id)

        contact: dict[str, Any] | None
        if isinstance(self.contact, Contact):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        email = self.email

        phone = self.phone

        full_profile = self.full_profile

        visibility = self.visibility.to_dict()

        inbound_email = self.inbound_email

        outbound_email = self.outbound_email

        inbound_phone = self.inbound_phone

        outbound_phone = self.outbound_phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identity_id": identity_id,
                "contact": contact,
                "email": email,
                "phone": phone,
                "full_profile": full_profile,
                "visibility": visibility,
                "inbound_email": inbound_email,
                "outbound_email": outbound_email,
                "inbound_phone": inbound_phone,
                "outbound_phone": outbound_phone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identity_id = parse_uuid(d.pop("identity_id"))

        contact = d.pop("contact", None)
        if contact is not None:
            if isinstance(contact, dict):
                try:
                    contact_type_0 = Contact.from_dict(contact)

                    contact = contact_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        email = d.pop("email")

        phone = d.pop("phone")

        full_profile = d.pop("full_profile")

        visibility = ContactVisibilityResult.from_dict(d.pop("visibility"))

        inbound_email = d.pop("inbound_email")

        outbound_email = d.pop("outbound_email")

        inbound_phone = d.pop("inbound_phone")

        outbound_phone = d.pop("outbound_phone")

        contact_communication_preview = cls(
            identity_id,
            contact,
            email,
            phone,
            full_profile,
            visibility,
            inbound_email,
            outbound_email,
            inbound_phone,
            outbound_phone,
        )

        contact_communication_preview.additional_properties = d
        return contact_communication_preview

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
from ..models.contact import Contact  # noqa: E402
from ..models.contact_visibility_result import ContactVisibilityResult  # noqa: E402
