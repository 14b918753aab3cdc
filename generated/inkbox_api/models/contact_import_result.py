from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_import_status import ContactImportStatus

T = TypeVar("T", bound="ContactImportResult")


@_attrs_define
class ContactImportResult:
    """Outcome of a vCard import."""

    created_count: int
    error_count: int
    """ Cards that failed or conflicted. """
    results: list[ContactImportResultItem]
    """ One entry per card, in upload order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_count = self.created_count

        error_count = self.error_count

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_count": created_count,
                "error_count": error_count,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_count = d.pop("created_count")

        error_count = d.pop("error_count")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = ContactImportResultItem.from_dict(results_item_data)

            results.append(results_item)

        contact_import_result = cls(
            created_count,
            error_count,
            results,
        )

        contact_import_result.additional_properties = d
        return contact_import_result

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

    @property
    def created_ids(self) -> list[UUID]:
        """Ids of the contacts created, in upload order."""
        return [item.contact.id for item in self.results if item.contact is not None]

    @property
    def errors(self) -> list[ContactImportResultItem]:
        """The cards that failed (`item.index`, `item.error`)."""
        return [item for item in self.results if item.status == ContactImportStatus.ERROR]

    @property
    def conflicts(self) -> list[ContactImportResultItem]:
        """The cards that collided with an existing contact (`item.conflicting_contact_id`)."""
        return [item for item in self.results if item.status == ContactImportStatus.CONFLICT]


# Models that refer to each other import each other here, after the class: by then the class a
# circular import asks for exists, and the methods find the name once instead of importing it
# on every call.
from ..models.contact_import_result_item import ContactImportResultItem  # noqa: E402
