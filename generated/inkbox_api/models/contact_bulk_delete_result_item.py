from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_bulk_delete_status import ContactBulkDeleteStatus
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="ContactBulkDeleteResultItem")


@_attrs_define
class ContactBulkDeleteResultItem:
    """Outcome of one contact of a bulk delete."""

    contact_id: UUID
    status: ContactBulkDeleteStatus
    """ Outcome of one contact of a bulk delete. """
    error: None | str
    error_code: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id = str(self.contact_id)

        status = self.status.value

        error: None | str
        error = self.error

        error_code: None | str
        error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact_id": contact_id,
                "status": status,
                "error": error,
                "error_code": error_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_id = parse_uuid(d.pop("contact_id"))

        status = parse_enum(ContactBulkDeleteStatus, d.pop("status"))

        error = d.pop("error", None)

        error_code = d.pop("error_code", None)

        contact_bulk_delete_result_item = cls(
            contact_id,
            status,
            error,
            error_code,
        )

        contact_bulk_delete_result_item.additional_properties = d
        return contact_bulk_delete_result_item

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
