from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InitializeVaultRequest")


@_attrs_define
class InitializeVaultRequest:
    """Body of `initialize_vault`."""

    vault_key: VaultKeyMaterial
    """ A vault key as created by the client. """
    recovery_keys: list[VaultKeyMaterial]
    """ The recovery keys (the clients send four). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vault_key = self.vault_key.to_dict()

        recovery_keys = []
        for recovery_keys_item_data in self.recovery_keys:
            recovery_keys_item = recovery_keys_item_data.to_dict()
            recovery_keys.append(recovery_keys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vault_key": vault_key,
                "recovery_keys": recovery_keys,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vault_key = VaultKeyMaterial.from_dict(d.pop("vault_key"))

        recovery_keys = []
        _recovery_keys = d.pop("recovery_keys")
        for recovery_keys_item_data in _recovery_keys:
            recovery_keys_item = VaultKeyMaterial.from_dict(recovery_keys_item_data)

            recovery_keys.append(recovery_keys_item)

        initialize_vault_request = cls(
            vault_key,
            recovery_keys,
        )

        initialize_vault_request.additional_properties = d
        return initialize_vault_request

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
from ..models.vault_key_material import VaultKeyMaterial  # noqa: E402
