from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


def _masked(value: object) -> str:
    # `repr` of a secret field: the value never reaches logs, tracebacks or notebooks.
    return "'***'"


T = TypeVar("T", bound="VaultSecretUpdate")


@_attrs_define
class VaultSecretUpdate:
    """Body of `update_vault_secret`."""

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    """ `null` clears it. """
    encrypted_payload: str | Unset = _attrs_field(default=UNSET, repr=_masked)
    """ Re-encrypted payload of the same type. Base64 of ciphertext ‖ 12-byte nonce ‖ 16-byte tag (AES-256-GCM). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        encrypted_payload = self.encrypted_payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if encrypted_payload is not UNSET:
            field_dict["encrypted_payload"] = encrypted_payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        encrypted_payload = d.pop("encrypted_payload", UNSET)

        vault_secret_update = cls(
            name,
            description,
            encrypted_payload,
        )

        vault_secret_update.additional_properties = d
        return vault_secret_update

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
