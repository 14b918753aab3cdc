from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_uuid

T = TypeVar("T", bound="ContactFactDeleteResult")


@_attrs_define
class ContactFactDeleteResult:
    """Result of deleting a fact."""

    deleted_fact_id: UUID
    memory_count: int
    """ Active facts the contact still has. """
    latest_memory: ContactMemorySummary | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted_fact_id = str(self.deleted_fact_id)

        memory_count = self.memory_count

        latest_memory: dict[str, Any] | None
        if isinstance(self.latest_memory, ContactMemorySummary):
            latest_memory = self.latest_memory.to_dict()
        else:
            latest_memory = self.latest_memory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleted_fact_id": deleted_fact_id,
                "memory_count": memory_count,
                "latest_memory": latest_memory,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deleted_fact_id = parse_uuid(d.pop("deleted_fact_id"))

        memory_count = d.pop("memory_count")

        latest_memory = d.pop("latest_memory", None)
        if latest_memory is not None:
            if isinstance(latest_memory, dict):
                try:
                    latest_memory_type_0 = ContactMemorySummary.from_dict(latest_memory)

                    latest_memory = latest_memory_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        contact_fact_delete_result = cls(
            deleted_fact_id,
            memory_count,
            latest_memory,
        )

        contact_fact_delete_result.additional_properties = d
        return contact_fact_delete_result

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
from ..models.contact_memory_summary import ContactMemorySummary  # noqa: E402
