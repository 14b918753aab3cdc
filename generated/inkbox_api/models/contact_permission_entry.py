from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact_access_settings import ContactAccessSettings
    from ..models.contact_permission_effective import ContactPermissionEffective
    from ..models.contact_permission_summary import ContactPermissionSummary
    from ..models.contact_permission_visibility import ContactPermissionVisibility


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
        from ..models.contact_access_settings import ContactAccessSettings  # noqa: PLC0415

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
        from ..models.contact_access_settings import ContactAccessSettings  # noqa: PLC0415
        from ..models.contact_permission_effective import ContactPermissionEffective  # noqa: PLC0415
        from ..models.contact_permission_summary import ContactPermissionSummary  # noqa: PLC0415
        from ..models.contact_permission_visibility import ContactPermissionVisibility  # noqa: PLC0415

        d = dict(src_dict)
        contact = ContactPermissionSummary.from_dict(d.pop("contact"))

        revision = d.pop("revision")

        visibility = ContactPermissionVisibility.from_dict(d.pop("visibility"))

        effective = ContactPermissionEffective.from_dict(d.pop("effective"))

        def _parse_access(data: object) -> ContactAccessSettings | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                access_type_0 = ContactAccessSettings.from_dict(data)

                return access_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactAccessSettings | None, data)

        access = _parse_access(d.pop("access", None))

        contact_permission_entry = cls(
            contact=contact,
            revision=revision,
            visibility=visibility,
            effective=effective,
            access=access,
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
