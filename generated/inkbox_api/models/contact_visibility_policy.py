from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactVisibilityPolicy")


@_attrs_define
class ContactVisibilityPolicy:
    """A contact's visibility defaults and identity overrides (complete when sent)."""

    defaults: ContactVisibilityDecisions
    """ Profile and (profile-gated) memory visibility decisions. """
    identities: list[ContactIdentityVisibilityDecisions]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        defaults = self.defaults.to_dict()

        identities = []
        for identities_item_data in self.identities:
            identities_item = identities_item_data.to_dict()
            identities.append(identities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "defaults": defaults,
                "identities": identities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        defaults = ContactVisibilityDecisions.from_dict(d.pop("defaults"))

        identities = []
        _identities = d.pop("identities")
        for identities_item_data in _identities:
            identities_item = ContactIdentityVisibilityDecisions.from_dict(identities_item_data)

            identities.append(identities_item)

        contact_visibility_policy = cls(
            defaults,
            identities,
        )

        contact_visibility_policy.additional_properties = d
        return contact_visibility_policy

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
from ..models.contact_identity_visibility_decisions import ContactIdentityVisibilityDecisions  # noqa: E402
from ..models.contact_visibility_decisions import ContactVisibilityDecisions  # noqa: E402
