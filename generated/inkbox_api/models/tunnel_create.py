from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tls_mode import TLSMode
from ..types import UNSET, Unset, parse_enum

T = TypeVar("T", bound="TunnelCreate")


@_attrs_define
class TunnelCreate:
    """Body of `create_tunnel` (guide-era)."""

    tunnel_name: str
    """ 3–63 chars of `a-z0-9-`, starting and ending alphanumeric, no `--`. """
    tls_mode: TLSMode | Unset = UNSET
    """ Where inbound TLS terminates: at the Inkbox edge, or in the client (which then needs a certificate from
    `sign_tunnel_csr`). """
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tunnel_name = self.tunnel_name

        tls_mode: str | Unset = UNSET
        if not isinstance(self.tls_mode, Unset):
            tls_mode = self.tls_mode.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tunnel_name": tunnel_name,
            }
        )
        if tls_mode is not UNSET:
            field_dict["tls_mode"] = tls_mode
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tunnel_name = d.pop("tunnel_name")

        _tls_mode = d.pop("tls_mode", UNSET)
        tls_mode: TLSMode | Unset
        if isinstance(_tls_mode, Unset):
            tls_mode = UNSET
        else:
            tls_mode = parse_enum(TLSMode, _tls_mode)

        description = d.pop("description", UNSET)

        tunnel_create = cls(
            tunnel_name,
            tls_mode,
            description,
        )

        tunnel_create.additional_properties = d
        return tunnel_create

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
