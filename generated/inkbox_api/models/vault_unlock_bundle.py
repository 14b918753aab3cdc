from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


def _masked(value: object) -> str:
    # `repr` of a secret field: the value never reaches logs, tracebacks or notebooks.
    return "'***'"


T = TypeVar("T", bound="VaultUnlockBundle")


@_attrs_define
class VaultUnlockBundle:
    """What a client needs to unlock the vault."""

    wrapped_org_encryption_key: None | str = _attrs_field(repr=_masked)
    """ The key wrapped for the vault key matching `auth_hash`; null when none matches. """
    encrypted_secrets: list[VaultSecretDetail]
    wrapped_org_encryption_keys: list[VaultWrappedKey] | None | Unset = UNSET
    """ Every wrapped key; only when `auth_hash` was omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wrapped_org_encryption_key: None | str
        wrapped_org_encryption_key = self.wrapped_org_encryption_key

        encrypted_secrets = []
        for encrypted_secrets_item_data in self.encrypted_secrets:
            encrypted_secrets_item = encrypted_secrets_item_data.to_dict()
            encrypted_secrets.append(encrypted_secrets_item)

        wrapped_org_encryption_keys: list[dict[str, Any]] | None | Unset
        if isinstance(self.wrapped_org_encryption_keys, Unset):
            wrapped_org_encryption_keys = UNSET
        elif isinstance(self.wrapped_org_encryption_keys, list):
            wrapped_org_encryption_keys = []
            for wrapped_org_encryption_keys_type_0_item_data in self.wrapped_org_encryption_keys:
                wrapped_org_encryption_keys_type_0_item = (
                    wrapped_org_encryption_keys_type_0_item_data.to_dict()
                )
                wrapped_org_encryption_keys.append(wrapped_org_encryption_keys_type_0_item)

        else:
            wrapped_org_encryption_keys = self.wrapped_org_encryption_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wrapped_org_encryption_key": wrapped_org_encryption_key,
                "encrypted_secrets": encrypted_secrets,
            }
        )
        if wrapped_org_encryption_keys is not UNSET:
            field_dict["wrapped_org_encryption_keys"] = wrapped_org_encryption_keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wrapped_org_encryption_key = d.pop("wrapped_org_encryption_key", None)

        encrypted_secrets = []
        _encrypted_secrets = d.pop("encrypted_secrets")
        for encrypted_secrets_item_data in _encrypted_secrets:
            encrypted_secrets_item = VaultSecretDetail.from_dict(encrypted_secrets_item_data)

            encrypted_secrets.append(encrypted_secrets_item)

        wrapped_org_encryption_keys = d.pop("wrapped_org_encryption_keys", UNSET)
        if wrapped_org_encryption_keys is not None and not isinstance(
            wrapped_org_encryption_keys, Unset
        ):
            if isinstance(wrapped_org_encryption_keys, list):
                try:
                    wrapped_org_encryption_keys_type_0 = []
                    _wrapped_org_encryption_keys_type_0 = wrapped_org_encryption_keys
                    for (
                        wrapped_org_encryption_keys_type_0_item_data
                    ) in _wrapped_org_encryption_keys_type_0:
                        wrapped_org_encryption_keys_type_0_item = VaultWrappedKey.from_dict(
                            wrapped_org_encryption_keys_type_0_item_data
                        )

                        wrapped_org_encryption_keys_type_0.append(
                            wrapped_org_encryption_keys_type_0_item
                        )

                    wrapped_org_encryption_keys = wrapped_org_encryption_keys_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        vault_unlock_bundle = cls(
            wrapped_org_encryption_key,
            encrypted_secrets,
            wrapped_org_encryption_keys,
        )

        vault_unlock_bundle.additional_properties = d
        return vault_unlock_bundle

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
from ..models.vault_secret_detail import VaultSecretDetail  # noqa: E402
from ..models.vault_wrapped_key import VaultWrappedKey  # noqa: E402
