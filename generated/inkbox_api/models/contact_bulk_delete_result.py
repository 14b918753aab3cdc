from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactBulkDeleteResult")


@_attrs_define
class ContactBulkDeleteResult:
    """Outcome of a bulk delete."""

    deleted_count: int
    error_count: int
    results: list[ContactBulkDeleteResultItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted_count = self.deleted_count

        error_count = self.error_count

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleted_count": deleted_count,
                "error_count": error_count,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deleted_count = d.pop("deleted_count")

        error_count = d.pop("error_count")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = ContactBulkDeleteResultItem.from_dict(results_item_data)

            results.append(results_item)

        contact_bulk_delete_result = cls(
            deleted_count,
            error_count,
            results,
        )

        contact_bulk_delete_result.additional_properties = d
        return contact_bulk_delete_result

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
from ..models.contact_bulk_delete_result_item import ContactBulkDeleteResultItem  # noqa: E402
