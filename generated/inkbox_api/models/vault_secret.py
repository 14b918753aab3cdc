from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vault_secret_type import VaultSecretType
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="VaultSecret")


@_attrs_define
class VaultSecret:
    """A secret's metadata (no payload)."""

    id: UUID
    name: str
    description: None | str
    secret_type: VaultSecretType
    """ Kind of payload inside a secret; fixed at creation. """
    access: list[VaultAccessRule] | None
    """ Identities allowed to read the secret (inlined on list and single-secret reads; some servers leave it out of
    create/update responses, read as null). """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        description: None | str
        description = self.description

        secret_type = self.secret_type.value

        access: list[dict[str, Any]] | None
        if isinstance(self.access, list):
            access = []
            for access_type_0_item_data in self.access:
                access_type_0_item = access_type_0_item_data.to_dict()
                access.append(access_type_0_item)

        else:
            access = self.access

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "secret_type": secret_type,
                "access": access,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        name = d.pop("name")

        description = d.pop("description", None)

        secret_type = parse_enum(VaultSecretType, d.pop("secret_type"))

        access = d.pop("access", None)
        if access is not None:
            if isinstance(access, list):
                try:
                    access_type_0 = []
                    _access_type_0 = access
                    for access_type_0_item_data in _access_type_0:
                        access_type_0_item = VaultAccessRule.from_dict(access_type_0_item_data)

                        access_type_0.append(access_type_0_item)

                    access = access_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        vault_secret = cls(
            id,
            name,
            description,
            secret_type,
            access,
            created_at,
            updated_at,
        )

        vault_secret.additional_properties = d
        return vault_secret

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
from ..models.vault_access_rule import VaultAccessRule  # noqa: E402
