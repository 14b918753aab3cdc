from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactVCardExportResult")


@_attrs_define
class ContactVCardExportResult:
    """Several contacts as one vCard document."""

    content_type: str
    """ `text/vcard; charset=utf-8`. """
    contact_count: int
    vcard: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        contact_count = self.contact_count

        vcard = self.vcard

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_type": content_type,
                "contact_count": contact_count,
                "vcard": vcard,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_type = d.pop("content_type")

        contact_count = d.pop("contact_count")

        vcard = d.pop("vcard")

        contact_v_card_export_result = cls(
            content_type,
            contact_count,
            vcard,
        )

        contact_v_card_export_result.additional_properties = d
        return contact_v_card_export_result

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
