from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_uuid

T = TypeVar("T", bound="ContactFactCitationDetail")


@_attrs_define
class ContactFactCitationDetail:
    """A resolved citation."""

    source_type: str
    source_id: UUID
    source_locator: ContactFactCitationDetailSourceLocator
    source_url: None | str
    """ Absolute API URL of the source itself (the message, text or call). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_type = self.source_type

        source_id = str(self.source_id)

        source_locator = self.source_locator.to_dict()

        source_url: None | str
        source_url = self.source_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_type": source_type,
                "source_id": source_id,
                "source_locator": source_locator,
                "source_url": source_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_type = d.pop("source_type")

        source_id = parse_uuid(d.pop("source_id"))

        source_locator = ContactFactCitationDetailSourceLocator.from_dict(d.pop("source_locator"))

        source_url = d.pop("source_url", None)

        contact_fact_citation_detail = cls(
            source_type,
            source_id,
            source_locator,
            source_url,
        )

        contact_fact_citation_detail.additional_properties = d
        return contact_fact_citation_detail

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
from ..models.contact_fact_citation_detail_source_locator import (
    ContactFactCitationDetailSourceLocator,  # noqa: E402
)
