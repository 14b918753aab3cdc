from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_uuid

T = TypeVar("T", bound="VaultAccessRule")


@_attrs_define
class VaultAccessRule:
    """An identity's permission to read a secret."""

    id: UUID
    vault_secret_id: UUID
    identity_id: UUID
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        vault_secret_id = str(self.vault_secret_id)

        identity_id = str(self.identity_id)

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "vault_secret_id": vault_secret_id,
                "identity_id": identity_id,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        vault_secret_id = parse_uuid(d.pop("vault_secret_id"))

        identity_id = parse_uuid(d.pop("identity_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        vault_access_rule = cls(
            id,
            vault_secret_id,
            identity_id,
            created_at,
        )

        vault_access_rule.additional_properties = d
        return vault_access_rule

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
