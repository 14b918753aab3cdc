from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TunnelUpdate")


@_attrs_define
class TunnelUpdate:
    """Body of `update_tunnel`."""

    description: None | str | Unset = UNSET
    """ Guide-era; `null` clears it. """
    metadata: None | TunnelUpdateMetadataType0 | Unset = UNSET
    """ Replaces the metadata; `{}` and `null` both clear it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, TunnelUpdateMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        metadata = d.pop("metadata", UNSET)
        if metadata is not None and not isinstance(metadata, Unset):
            if isinstance(metadata, dict):
                try:
                    metadata_type_0 = TunnelUpdateMetadataType0.from_dict(metadata)

                    metadata = metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        tunnel_update = cls(
            description,
            metadata,
        )

        tunnel_update.additional_properties = d
        return tunnel_update

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
from ..models.tunnel_update_metadata_type_0 import TunnelUpdateMetadataType0  # noqa: E402
