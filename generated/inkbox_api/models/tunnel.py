from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tls_mode import TLSMode
from ..models.tunnel_status import TunnelStatus
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="Tunnel")


@_attrs_define
class Tunnel:
    """A tunnel publishing a local service at `https://{public_host}`. `description` and `restore_deadline_at` belong to
    the guide-era standalone tunnels and are absent otherwise.

    """

    id: UUID
    organization_id: str
    tunnel_name: str
    """ Subdomain label; the owning identity's handle in the current model. """
    agent_identity_id: None | UUID
    """ The owning identity (current model); null for guide-era standalone tunnels. """
    description: None | str
    """ Guide-era free-form description (≤1000 chars). """
    tls_mode: TLSMode
    """ Where inbound TLS terminates: at the Inkbox edge, or in the client (which then needs a certificate from
    `sign_tunnel_csr`). """
    cert_pem: None | str
    cert_fingerprint_sha256: None | str
    cert_expires_at: datetime.datetime | None
    status: TunnelStatus
    """ Lifecycle of a tunnel. `delete_pending` (the wire's name; the guide's is `pending_removal`) lasts 24 h and
    can be restored. """
    last_connected_at: datetime.datetime | None
    last_connected_ip_addr: None | str
    last_disconnected_at: datetime.datetime | None
    restore_deadline_at: datetime.datetime | None
    """ End of the 24 h restore window while `delete_pending`. """
    currently_connected: bool
    public_host: str
    """ e.g. `my-app.inkboxwire.com`. """
    zone: str
    """ e.g. `inkboxwire.com`. """
    metadata: TunnelMetadata
    """ Free-form JSON (≤4 KB). """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        organization_id = self.organization_id

        tunnel_name = self.tunnel_name

        agent_identity_id: None | str
        if isinstance(self.agent_identity_id, UUID):
            agent_identity_id = str(self.agent_identity_id)
        else:
            agent_identity_id = self.agent_identity_id

        description: None | str
        description = self.description

        tls_mode = self.tls_mode.value

        cert_pem: None | str
        cert_pem = self.cert_pem

        cert_fingerprint_sha256: None | str
        cert_fingerprint_sha256 = self.cert_fingerprint_sha256

        cert_expires_at: None | str
        if isinstance(self.cert_expires_at, datetime.datetime):
            cert_expires_at = self.cert_expires_at.isoformat()
        else:
            cert_expires_at = self.cert_expires_at

        status = self.status.value

        last_connected_at: None | str
        if isinstance(self.last_connected_at, datetime.datetime):
            last_connected_at = self.last_connected_at.isoformat()
        else:
            last_connected_at = self.last_connected_at

        last_connected_ip_addr: None | str
        last_connected_ip_addr = self.last_connected_ip_addr

        last_disconnected_at: None | str
        if isinstance(self.last_disconnected_at, datetime.datetime):
            last_disconnected_at = self.last_disconnected_at.isoformat()
        else:
            last_disconnected_at = self.last_disconnected_at

        restore_deadline_at: None | str
        if isinstance(self.restore_deadline_at, datetime.datetime):
            restore_deadline_at = self.restore_deadline_at.isoformat()
        else:
            restore_deadline_at = self.restore_deadline_at

        currently_connected = self.currently_connected

        public_host = self.public_host

        zone = self.zone

        metadata = self.metadata.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "tunnel_name": tunnel_name,
                "agent_identity_id": agent_identity_id,
                "description": description,
                "tls_mode": tls_mode,
                "cert_pem": cert_pem,
                "cert_fingerprint_sha256": cert_fingerprint_sha256,
                "cert_expires_at": cert_expires_at,
                "status": status,
                "last_connected_at": last_connected_at,
                "last_connected_ip_addr": last_connected_ip_addr,
                "last_disconnected_at": last_disconnected_at,
                "restore_deadline_at": restore_deadline_at,
                "currently_connected": currently_connected,
                "public_host": public_host,
                "zone": zone,
                "metadata": metadata,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        organization_id = d.pop("organization_id")

        tunnel_name = d.pop("tunnel_name")

        agent_identity_id = d.pop("agent_identity_id", None)
        if agent_identity_id is not None:
            if isinstance(agent_identity_id, str):
                try:
                    agent_identity_id_type_0 = parse_uuid(agent_identity_id)

                    agent_identity_id = agent_identity_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        description = d.pop("description", None)

        tls_mode = parse_enum(TLSMode, d.pop("tls_mode"))

        cert_pem = d.pop("cert_pem", None)

        cert_fingerprint_sha256 = d.pop("cert_fingerprint_sha256", None)

        cert_expires_at = d.pop("cert_expires_at", None)
        if cert_expires_at is not None:
            if isinstance(cert_expires_at, str):
                try:
                    cert_expires_at_type_0 = datetime.datetime.fromisoformat(cert_expires_at)

                    cert_expires_at = cert_expires_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        status = parse_enum(TunnelStatus, d.pop("status"))

        last_connected_at = d.pop("last_connected_at", None)
        if last_connected_at is not None:
            if isinstance(last_connected_at, str):
                try:
                    last_connected_at_type_0 = datetime.datetime.fromisoformat(last_connected_at)

                    last_connected_at = last_connected_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        last_connected_ip_addr = d.pop("last_connected_ip_addr", None)

        last_disconnected_at = d.pop("last_disconnected_at", None)
        if last_disconnected_at is not None:
            if isinstance(last_disconnected_at, str):
                try:
                    last_disconnected_at_type_0 = datetime.datetime.fromisoformat(
                        last_disconnected_at
                    )

                    last_disconnected_at = last_disconnected_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        restore_deadline_at = d.pop("restore_deadline_at", None)
        if restore_deadline_at is not None:
            if isinstance(restore_deadline_at, str):
                try:
                    restore_deadline_at_type_0 = datetime.datetime.fromisoformat(
                        restore_deadline_at
                    )

                    restore_deadline_at = restore_deadline_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        currently_connected = d.pop("currently_connected")

        public_host = d.pop("public_host")

        zone = d.pop("zone")

        metadata = TunnelMetadata.from_dict(d.pop("metadata"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        tunnel = cls(
            id,
            organization_id,
            tunnel_name,
            agent_identity_id,
            description,
            tls_mode,
            cert_pem,
            cert_fingerprint_sha256,
            cert_expires_at,
            status,
            last_connected_at,
            last_connected_ip_addr,
            last_disconnected_at,
            restore_deadline_at,
            currently_connected,
            public_host,
            zone,
            metadata,
            created_at,
            updated_at,
        )

        tunnel.additional_properties = d
        return tunnel

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
from ..models.tunnel_metadata import TunnelMetadata  # noqa: E402
