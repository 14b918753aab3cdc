from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactPermissionVisibility")


@_attrs_define
class ContactPermissionVisibility:
    """The contact's visibility defaults and this identity's overrides."""

    defaults: ContactVisibilityDecisions
    """ Profile and (profile-gated) memory visibility decisions. """
    identity_override: ContactVisibilityDecisions
    """ Profile and (profile-gated) memory visibility decisions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        defaults = self.defaults.to_dict()

        identity_override = self.identity_override.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "defaults": defaults,
                "identity_override": identity_override,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        defaults = ContactVisibilityDecisions.from_dict(d.pop("defaults"))

        identity_override = ContactVisibilityDecisions.from_dict(d.pop("identity_override"))

        contact_permission_visibility = cls(
            defaults,
            identity_override,
        )

        contact_permission_visibility.additional_properties = d
        return contact_permission_visibility

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
from ..models.contact_visibility_decisions import ContactVisibilityDecisions  # noqa: E402
