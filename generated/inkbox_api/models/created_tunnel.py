from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field


def _masked(value: object) -> str:
    # `repr` of a secret field: the value never reaches logs, tracebacks or notebooks.
    return "'***'"


T = TypeVar("T", bound="CreatedTunnel")


@_attrs_define
class CreatedTunnel:
    """Result of `create_tunnel`."""

    tunnel: Tunnel
    """ A tunnel publishing a local service at `https://{public_host}`. `description` and `restore_deadline_at`
    belong to the guide-era standalone tunnels and are absent otherwise. """
    connect_secret: str = _attrs_field(repr=_masked)
    """ `tnl_…`; shown once, the server keeps only a hash. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tunnel = self.tunnel.to_dict()

        connect_secret = self.connect_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tunnel": tunnel,
                "connect_secret": connect_secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tunnel = Tunnel.from_dict(d.pop("tunnel"))

        connect_secret = d.pop("connect_secret")

        created_tunnel = cls(
            tunnel,
            connect_secret,
        )

        created_tunnel.additional_properties = d
        return created_tunnel

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
from ..models.tunnel import Tunnel  # noqa: E402
