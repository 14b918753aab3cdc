from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_uuid


def _masked(value: object) -> str:
    # `repr` of a secret field: the value never reaches logs, tracebacks or notebooks.
    return "'***'"


T = TypeVar("T", bound="VaultWrappedKey")


@_attrs_define
class VaultWrappedKey:
    """The organisation key wrapped for one vault key."""

    id: UUID
    auth_hash: str = _attrs_field(repr=_masked)
    wrapped_org_encryption_key: str = _attrs_field(repr=_masked)
    """ Base64 of ciphertext ‖ 12-byte nonce ‖ 16-byte tag (AES-256-GCM). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        auth_hash = self.auth_hash

        wrapped_org_encryption_key = self.wrapped_org_encryption_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "auth_hash": auth_hash,
                "wrapped_org_encryption_key": wrapped_org_encryption_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        auth_hash = d.pop("auth_hash")

        wrapped_org_encryption_key = d.pop("wrapped_org_encryption_key")

        vault_wrapped_key = cls(
            id,
            auth_hash,
            wrapped_org_encryption_key,
        )

        vault_wrapped_key.additional_properties = d
        return vault_wrapped_key

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
