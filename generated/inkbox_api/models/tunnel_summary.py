from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tls_mode import TLSMode
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="TunnelSummary")


@_attrs_define
class TunnelSummary:
    """The identity's tunnel as embedded in identity payloads (full object via the tunnels API)."""

    id: UUID
    tunnel_name: str
    """ Equals the identity's handle. """
    agent_identity_id: None | UUID
    tls_mode: TLSMode
    """ Where inbound TLS terminates: at the Inkbox edge, or in the client (which then needs a certificate from
    `sign_tunnel_csr`). """
    status: str
    """ `awaiting_cert`, `active` or `deleted` (unknown values possible). """
    public_host: str
    """ e.g. `sales-agent.inkboxwire.com`. """
    zone: str
    """ e.g. `inkboxwire.com`. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        tunnel_name = self.tunnel_name

        agent_identity_id: None | str
        if isinstance(self.agent_identity_id, UUID):
            agent_identity_id = str(self.agent_identity_id)
        else:
            agent_identity_id = self.agent_identity_id

        tls_mode = self.tls_mode.value

        status = self.status

        public_host = self.public_host

        zone = self.zone

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tunnel_name": tunnel_name,
                "agent_identity_id": agent_identity_id,
                "tls_mode": tls_mode,
                "status": status,
                "public_host": public_host,
                "zone": zone,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        tunnel_name = d.pop("tunnel_name")

        agent_identity_id = d.pop("agent_identity_id", None)
        if agent_identity_id is not None:
            if isinstance(agent_identity_id, str):
                try:
                    agent_identity_id_type_0 = parse_uuid(agent_identity_id)

                    agent_identity_id = agent_identity_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        tls_mode = parse_enum(TLSMode, d.pop("tls_mode"))

        status = d.pop("status")

        public_host = d.pop("public_host")

        zone = d.pop("zone")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        tunnel_summary = cls(
            id,
            tunnel_name,
            agent_identity_id,
            tls_mode,
            status,
            public_host,
            zone,
            created_at,
            updated_at,
        )

        tunnel_summary.additional_properties = d
        return tunnel_summary

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
