from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_uuid

T = TypeVar("T", bound="Note")


@_attrs_define
class Note:
    """A free-form note of the organisation."""

    id: UUID
    organization_id: str
    created_by: str
    """ User or identity that created the note (stamped by the server). """
    title: None | str
    body: str
    status: str
    """ e.g. `active`. """
    access: list[NoteAccessGrant]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        organization_id = self.organization_id

        created_by = self.created_by

        title: None | str
        title = self.title

        body = self.body

        status = self.status

        access = []
        for access_item_data in self.access:
            access_item = access_item_data.to_dict()
            access.append(access_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "created_by": created_by,
                "title": title,
                "body": body,
                "status": status,
                "access": access,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        organization_id = d.pop("organization_id")

        created_by = d.pop("created_by")

        title = d.pop("title", None)

        body = d.pop("body")

        status = d.pop("status")

        access = []
        _access = d.pop("access")
        for access_item_data in _access:
            access_item = NoteAccessGrant.from_dict(access_item_data)

            access.append(access_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        note = cls(
            id,
            organization_id,
            created_by,
            title,
            body,
            status,
            access,
            created_at,
            updated_at,
        )

        note.additional_properties = d
        return note

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
from ..models.note_access_grant import NoteAccessGrant  # noqa: E402
