from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactAccessSettingsUpdate")


@_attrs_define
class ContactAccessSettingsUpdate:
    """Body of `update_contact_access_settings`."""

    email: ContactChannelAccessUpdate | Unset = UNSET
    """ Change to one channel's access; omitted lists are unchanged and lists cannot be null. """
    phone: ContactChannelAccessUpdate | Unset = UNSET
    """ Change to one channel's access; omitted lists are unchanged and lists cannot be null. """
    profile: bool | Unset = UNSET
    """ `false` also hides the groups not sent. """
    memories: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        phone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone.to_dict()

        profile = self.profile

        memories = self.memories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if profile is not UNSET:
            field_dict["profile"] = profile
        if memories is not UNSET:
            field_dict["memories"] = memories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        profile = d.pop("profile", UNSET)

        memories = d.pop("memories", UNSET)

        contact_access_settings_update = cls(
            email,
            phone,
            profile,
            memories,
        )

        contact_access_settings_update.additional_properties = d
        return contact_access_settings_update

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
