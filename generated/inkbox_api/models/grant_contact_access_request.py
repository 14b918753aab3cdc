from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_uuid

T = TypeVar("T", bound="GrantContactAccessRequest")


@_attrs_define
class GrantContactAccessRequest:
    """Body of `grant_contact_access`."""

    identity_id: None | UUID
    """ Identity to grant; `null` resets the contact to the wildcard. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identity_id: None | str
        if isinstance(self.identity_id, UUID):
            identity_id = str(self.identity_id)
        else:
            identity_id = self.identity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identity_id": identity_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identity_id = d.pop("identity_id", None)
        if identity_id is not None:
            if isinstance(identity_id, str):
                try:
                    identity_id_type_0 = parse_uuid(identity_id)

                    identity_id = identity_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        grant_contact_access_request = cls(
            identity_id,
        )

        grant_contact_access_request.additional_properties = d
        return grant_contact_access_request

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
