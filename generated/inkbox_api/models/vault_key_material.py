from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vault_key_type import VaultKeyType
from ..types import parse_enum, parse_uuid


def _masked(value: object) -> str:
    # `repr` of a secret field: the value never reaches logs, tracebacks or notebooks.
    return "'***'"


T = TypeVar("T", bound="VaultKeyMaterial")


@_attrs_define
class VaultKeyMaterial:
    """A vault key as created by the client."""

    id: UUID
    """ Client-generated key id; also the AAD of the wrapped key. """
    wrapped_org_encryption_key: str = _attrs_field(repr=_masked)
    """ The organisation key wrapped with this vault key. Base64 of ciphertext ‖ 12-byte nonce ‖ 16-byte tag
    (AES-256-GCM). """
    auth_hash: str = _attrs_field(repr=_masked)
    """ Lower-case hex SHA-256 of the Argon2id master key. """
    key_type: VaultKeyType
    """ Kind of vault key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        wrapped_org_encryption_key = self.wrapped_org_encryption_key

        auth_hash = self.auth_hash

        key_type = self.key_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "wrapped_org_encryption_key": wrapped_org_encryption_key,
                "auth_hash": auth_hash,
                "key_type": key_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        wrapped_org_encryption_key = d.pop("wrapped_org_encryption_key")

        auth_hash = d.pop("auth_hash")

        key_type = parse_enum(VaultKeyType, d.pop("key_type"))

        vault_key_material = cls(
            id,
            wrapped_org_encryption_key,
            auth_hash,
            key_type,
        )

        vault_key_material.additional_properties = d
        return vault_key_material

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
