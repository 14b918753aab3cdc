from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="ApiKeyCreate")


@_attrs_define
class ApiKeyCreate:
    label: str
    description: None | str | Unset = UNSET
    scoped_identity_id: None | Unset | UUID = UNSET
    """ The identity the key acts as; omit for an admin key (console callers only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        scoped_identity_id: None | str | Unset
        if isinstance(self.scoped_identity_id, Unset):
            scoped_identity_id = UNSET
        elif isinstance(self.scoped_identity_id, UUID):
            scoped_identity_id = str(self.scoped_identity_id)
        else:
            scoped_identity_id = self.scoped_identity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if scoped_identity_id is not UNSET:
            field_dict["scoped_identity_id"] = scoped_identity_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        description = d.pop("description", UNSET)

        scoped_identity_id = d.pop("scoped_identity_id", UNSET)
        if scoped_identity_id is not None and not isinstance(scoped_identity_id, Unset):
            if isinstance(scoped_identity_id, str):
                try:
                    scoped_identity_id_type_0 = parse_uuid(scoped_identity_id)

                    scoped_identity_id = scoped_identity_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        api_key_create = cls(
            label,
            description,
            scoped_identity_id,
        )

        api_key_create.additional_properties = d
        return api_key_create

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
