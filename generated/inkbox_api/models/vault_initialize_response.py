from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_uuid

T = TypeVar("T", bound="VaultInitializeResponse")


@_attrs_define
class VaultInitializeResponse:
    """Result of `initialize_vault` (the recovery codes never leave the client)."""

    vault_id: UUID
    vault_key_id: UUID
    recovery_key_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vault_id = str(self.vault_id)

        vault_key_id = str(self.vault_key_id)

        recovery_key_count = self.recovery_key_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vault_id": vault_id,
                "vault_key_id": vault_key_id,
                "recovery_key_count": recovery_key_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vault_id = parse_uuid(d.pop("vault_id"))

        vault_key_id = parse_uuid(d.pop("vault_key_id"))

        recovery_key_count = d.pop("recovery_key_count")

        vault_initialize_response = cls(
            vault_id,
            vault_key_id,
            recovery_key_count,
        )

        vault_initialize_response.additional_properties = d
        return vault_initialize_response

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
