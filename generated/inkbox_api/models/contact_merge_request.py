from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="ContactMergeRequest")


@_attrs_define
class ContactMergeRequest:
    """Body of `merge_contacts`."""

    losing_contact_ids: list[UUID]
    """ The contacts folded into this one (deleted afterwards). """
    field_sources: ContactMergeRequestFieldSources | Unset = UNSET
    """ Field name (`given_name`, `emails`, ...) -> the contact of the merge whose value wins. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        losing_contact_ids = []
        for losing_contact_ids_item_data in self.losing_contact_ids:
            losing_contact_ids_item = str(losing_contact_ids_item_data)
            losing_contact_ids.append(losing_contact_ids_item)

        field_sources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_sources, Unset):
            field_sources = self.field_sources.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "losing_contact_ids": losing_contact_ids,
            }
        )
        if field_sources is not UNSET:
            field_dict["field_sources"] = field_sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        losing_contact_ids = []
        _losing_contact_ids = d.pop("losing_contact_ids")
        for losing_contact_ids_item_data in _losing_contact_ids:
            losing_contact_ids_item = parse_uuid(losing_contact_ids_item_data)

            losing_contact_ids.append(losing_contact_ids_item)

        _field_sources = d.pop("field_sources", UNSET)
        field_sources: ContactMergeRequestFieldSources | Unset
        if isinstance(_field_sources, Unset):
            field_sources = UNSET
        else:
            field_sources = ContactMergeRequestFieldSources.from_dict(_field_sources)

        contact_merge_request = cls(
            losing_contact_ids,
            field_sources,
        )

        contact_merge_request.additional_properties = d
        return contact_merge_request

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
from ..models.contact_merge_request_field_sources import ContactMergeRequestFieldSources  # noqa: E402
