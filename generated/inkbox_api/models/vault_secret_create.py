from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vault_secret_type import VaultSecretType
from ..types import UNSET, Unset, parse_enum, parse_uuid


def _masked(value: object) -> str:
    # `repr` of a secret field: the value never reaches logs, tracebacks or notebooks.
    return "'***'"


T = TypeVar("T", bound="VaultSecretCreate")


@_attrs_define
class VaultSecretCreate:
    """Body of `create_vault_secret`."""

    name: str
    secret_type: VaultSecretType
    """ Kind of payload inside a secret; fixed at creation. """
    encrypted_payload: str = _attrs_field(repr=_masked)
    """ Base64 of ciphertext ‖ 12-byte nonce ‖ 16-byte tag (AES-256-GCM). """
    id: UUID | Unset = UNSET
    """ Client-generated secret id (the payload's AAD); the server keeps it. """
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        secret_type = self.secret_type.value

        encrypted_payload = self.encrypted_payload

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "secret_type": secret_type,
                "encrypted_payload": encrypted_payload,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        secret_type = parse_enum(VaultSecretType, d.pop("secret_type"))

        encrypted_payload = d.pop("encrypted_payload")

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = parse_uuid(_id)

        description = d.pop("description", UNSET)

        vault_secret_create = cls(
            name,
            secret_type,
            encrypted_payload,
            id,
            description,
        )

        vault_secret_create.additional_properties = d
        return vault_secret_create

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
