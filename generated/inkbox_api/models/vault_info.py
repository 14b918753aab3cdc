from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_uuid

T = TypeVar("T", bound="VaultInfo")


@_attrs_define
class VaultInfo:
    """The organisation's vault."""

    id: UUID
    organization_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    key_count: int
    secret_count: int
    recovery_key_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        organization_id = self.organization_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        key_count = self.key_count

        secret_count = self.secret_count

        recovery_key_count = self.recovery_key_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "key_count": key_count,
                "secret_count": secret_count,
                "recovery_key_count": recovery_key_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        organization_id = d.pop("organization_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        key_count = d.pop("key_count")

        secret_count = d.pop("secret_count")

        recovery_key_count = d.pop("recovery_key_count")

        vault_info = cls(
            id,
            organization_id,
            created_at,
            updated_at,
            key_count,
            secret_count,
            recovery_key_count,
        )

        vault_info.additional_properties = d
        return vault_info

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
