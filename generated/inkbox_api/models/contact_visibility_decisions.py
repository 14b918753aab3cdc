from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_decision import ContactDecision
from ..types import parse_enum

T = TypeVar("T", bound="ContactVisibilityDecisions")


@_attrs_define
class ContactVisibilityDecisions:
    """Profile and (profile-gated) memory visibility decisions."""

    profile: ContactDecision
    """ An explicit choice; `inherit` follows the identity's contact rules and the contact's defaults. """
    memories: ContactDecision
    """ An explicit choice; `inherit` follows the identity's contact rules and the contact's defaults. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile = self.profile.value

        memories = self.memories.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profile": profile,
                "memories": memories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        profile = parse_enum(ContactDecision, d.pop("profile"))

        memories = parse_enum(ContactDecision, d.pop("memories"))

        contact_visibility_decisions = cls(
            profile,
            memories,
        )

        contact_visibility_decisions.additional_properties = d
        return contact_visibility_decisions

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
