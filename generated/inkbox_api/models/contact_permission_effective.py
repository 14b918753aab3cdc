from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.identifier_permission import IdentifierPermission
from ..types import parse_enum

T = TypeVar("T", bound="ContactPermissionEffective")


@_attrs_define
class ContactPermissionEffective:
    """Address coverage per kind and direction, and profile-gated memory visibility."""

    email: IdentifierPermission
    """ How many of a contact's addresses of one kind an identity may use. """
    phone: IdentifierPermission
    """ How many of a contact's addresses of one kind an identity may use. """
    profile: bool
    memories: bool
    inbound_email: IdentifierPermission
    """ How many of a contact's addresses of one kind an identity may use. """
    outbound_email: IdentifierPermission
    """ How many of a contact's addresses of one kind an identity may use. """
    inbound_phone: IdentifierPermission
    """ How many of a contact's addresses of one kind an identity may use. """
    outbound_phone: IdentifierPermission
    """ How many of a contact's addresses of one kind an identity may use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email.value

        phone = self.phone.value

        profile = self.profile

        memories = self.memories

        inbound_email = self.inbound_email.value

        outbound_email = self.outbound_email.value

        inbound_phone = self.inbound_phone.value

        outbound_phone = self.outbound_phone.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "phone": phone,
                "profile": profile,
                "memories": memories,
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
        email = parse_enum(IdentifierPermission, d.pop("email"))

        phone = parse_enum(IdentifierPermission, d.pop("phone"))

        profile = d.pop("profile")

        memories = d.pop("memories")

        inbound_email = parse_enum(IdentifierPermission, d.pop("inbound_email"))

        outbound_email = parse_enum(IdentifierPermission, d.pop("outbound_email"))

        inbound_phone = parse_enum(IdentifierPermission, d.pop("inbound_phone"))

        outbound_phone = parse_enum(IdentifierPermission, d.pop("outbound_phone"))

        contact_permission_effective = cls(
            email,
            phone,
            profile,
            memories,
            inbound_email,
            outbound_email,
            inbound_phone,
            outbound_phone,
        )

        contact_permission_effective.additional_properties = d
        return contact_permission_effective

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
