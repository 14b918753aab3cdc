from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid


def _masked(value: object) -> str:
    # `repr` of a secret field: the value never reaches logs, tracebacks or notebooks.
    return "'***'"


T = TypeVar("T", bound="UpdateVaultPrimaryKeyRequest")


@_attrs_define
class UpdateVaultPrimaryKeyRequest:
    """Body of `update_vault_primary_key`; exactly one of `current_auth_hash` and `recovery_auth_hash`."""

    id: UUID
    """ Client-generated id of the new primary key. """
    wrapped_org_encryption_key: str = _attrs_field(repr=_masked)
    """ Base64 of ciphertext ‖ 12-byte nonce ‖ 16-byte tag (AES-256-GCM). """
    auth_hash: str = _attrs_field(repr=_masked)
    current_auth_hash: str | Unset = _attrs_field(default=UNSET, repr=_masked)
    """ Proves the current primary key. """
    recovery_auth_hash: str | Unset = _attrs_field(default=UNSET, repr=_masked)
    """ Proves a recovery code (which is consumed). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        wrapped_org_encryption_key = self.wrapped_org_encryption_key

        auth_hash = self.auth_hash

        current_auth_hash = self.current_auth_hash

        recovery_auth_hash = self.recovery_auth_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "wrapped_org_encryption_key": wrapped_org_encryption_key,
                "auth_hash": auth_hash,
            }
        )
        if current_auth_hash is not UNSET:
            field_dict["current_auth_hash"] = current_auth_hash
        if recovery_auth_hash is not UNSET:
            field_dict["recovery_auth_hash"] = recovery_auth_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        wrapped_org_encryption_key = d.pop("wrapped_org_encryption_key")

        auth_hash = d.pop("auth_hash")

        current_auth_hash = d.pop("current_auth_hash", UNSET)

        recovery_auth_hash = d.pop("recovery_auth_hash", UNSET)

        update_vault_primary_key_request = cls(
            id,
            wrapped_org_encryption_key,
            auth_hash,
            current_auth_hash,
            recovery_auth_hash,
        )

        update_vault_primary_key_request.additional_properties = d
        return update_vault_primary_key_request

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
