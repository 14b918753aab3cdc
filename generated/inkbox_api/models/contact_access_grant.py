from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_uuid

T = TypeVar("T", bound="ContactAccessGrant")


@_attrs_define
class ContactAccessGrant:
    """An access row on a contact."""

    id: UUID
    contact_id: UUID
    identity_id: None | UUID
    """ The identity granted; null is the wildcard (every active identity). """
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        contact_id = str(self.contact_id)

        identity_id: None | str
        if isinstance(self.identity_id, UUID):
            identity_id = str(self.identity_id)
        else:
            identity_id = self.identity_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "contact_id": contact_id,
                "identity_id": identity_id,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        contact_id = parse_uuid(d.pop("contact_id"))

        identity_id = d.pop("identity_id", None)
        if identity_id is not None:
            if isinstance(identity_id, str):
                try:
                    identity_id_type_0 = parse_uuid(identity_id)

                    identity_id = identity_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        contact_access_grant = cls(
            id,
            contact_id,
            identity_id,
            created_at,
        )

        contact_access_grant.additional_properties = d
        return contact_access_grant

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
