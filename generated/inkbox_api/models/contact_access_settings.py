from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactAccessSettings")


@_attrs_define
class ContactAccessSettings:
    """What one identity may see of, and do with, one contact."""

    email: ContactChannelAccess
    """ One channel's visibility and contactable addresses for an identity. """
    phone: ContactChannelAccess
    """ One channel's visibility and contactable addresses for an identity. """
    profile: bool
    """ Whether the identity sees the contact's profile. """
    memories: bool
    """ Whether the identity sees the contact's memories. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email.to_dict()

        phone = self.phone.to_dict()

        profile = self.profile

        memories = self.memories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "phone": phone,
                "profile": profile,
                "memories": memories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = ContactChannelAccess.from_dict(d.pop("email"))

        phone = ContactChannelAccess.from_dict(d.pop("phone"))

        profile = d.pop("profile")

        memories = d.pop("memories")

        contact_access_settings = cls(
            email,
            phone,
            profile,
            memories,
        )

        contact_access_settings.additional_properties = d
        return contact_access_settings

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
from ..models.contact_channel_access import ContactChannelAccess  # noqa: E402
