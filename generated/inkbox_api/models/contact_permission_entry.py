from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactPermissionEntry")


@_attrs_define
class ContactPermissionEntry:
    """One roster row."""

    contact: ContactPermissionSummary
    """ Compact identification of a contact in the permission roster. """
    revision: int
    visibility: ContactPermissionVisibility
    """ The contact's visibility defaults and this identity's overrides. """
    effective: ContactPermissionEffective
    """ Address coverage per kind and direction, and profile-gated memory visibility. """
    access: ContactAccessSettings | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact = self.contact.to_dict()

        revision = self.revision

        visibility = self.visibility.to_dict()

        effective = self.effective.to_dict()

        access: dict[str, Any] | None
        if isinstance(self.access, ContactAccessSettings):
            access = self.access.to_dict()
        else:
            access = self.access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact": contact,
                "revision": revision,
                "visibility": visibility,
                "effective": effective,
                "access": access,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact = ContactPermissionSummary.from_dict(d.pop("contact"))

        revision = d.pop("revision")

        visibility = ContactPermissionVisibility.from_dict(d.pop("visibility"))

        effective = ContactPermissionEffective.from_dict(d.pop("effective"))

        access = d.pop("access", None)
        if access is not None:
            if isinstance(access, dict):
                try:
                    access_type_0 = ContactAccessSettings.from_dict(access)

                    access = access_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        contact_permission_entry = cls(
            contact,
            revision,
            visibility,
            effective,
            access,
        )

        contact_permission_entry.additional_properties = d
        return contact_permission_entry

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
from ..models.contact_access_settings import ContactAccessSettings  # noqa: E402
from ..models.contact_permission_effective import ContactPermissionEffective  # noqa: E402
from ..models.contact_permission_summary import ContactPermissionSummary  # noqa: E402
from ..models.contact_permission_visibility import ContactPermissionVisibility  # noqa: E402
