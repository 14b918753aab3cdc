from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_fact_kind import ContactFactKind
from ..types import parse_enum

T = TypeVar("T", bound="ContactFactCreate")


@_attrs_define
class ContactFactCreate:
    """Body of `create_contact_fact`."""

    content: str
    kind: ContactFactKind
    """ Which memory bucket a fact belongs to: who the contact is (`profile`), a standing instruction (`preference`)
    or a live situation that can expire (`context`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        kind = self.kind.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        kind = parse_enum(ContactFactKind, d.pop("kind"))

        contact_fact_create = cls(
            content,
            kind,
        )

        contact_fact_create.additional_properties = d
        return contact_fact_create

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
