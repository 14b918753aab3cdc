"""`inkbox.tunnels`: the tunnels control plane (list, get, create, update, delete, force-delete,
restore, rotate, sign a passthrough CSR) and `connect()`, whose data plane lives in the
`inkbox.tunnels` package (imported on use).

The connect secret returned by `create` and `rotate_secret` is shown once; the objects
carrying it keep it out of `repr`.
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from inkbox_api.models import CreatedTunnel, RotatedTunnelSecret, SignedCert, TLSMode, Tunnel

from ..._errors import ConflictError
from ..._tunnel_errors import (
    TunnelNameUnavailable,
    TunnelStateConflict,
    csr_conflict,
    recast,
)
from ..._types import NOT_GIVEN, NotGivenOr
from ..._wire import as_enum, as_uuid, given, opt_text, parsed, require_text
from ._base import AsyncResource

if TYPE_CHECKING:
    from inkbox_api.models import SignedCert

    from ...tunnels._listener import AsyncTunnelListener

__all__ = ["AsyncTunnelsResource"]


class AsyncTunnelsResource(AsyncResource):
    """Tunnels of the organization: `https://{name}.inkboxwire.com` endpoints."""

    async def list(self) -> builtins.list[Tunnel]:
        """The organization's tunnels (those pending removal included, deleted ones not)."""
        from inkbox_api.api.tunnels import list_tunnels
        from inkbox_api.models import TunnelList

        response = await list_tunnels.asyncio_detailed(client=self._api)
        return parsed(response, TunnelList).tunnels

    async def get(self, tunnel_id: uuid.UUID | str) -> Tunnel:
        """One tunnel by id.

        Args:
            tunnel_id: The tunnel's id.

        Raises:
            ValueError: `tunnel_id` is not a UUID (no request is sent).
            NotFoundError: No such tunnel (404).
        """
        from inkbox_api.api.tunnels import get_tunnel

        response = await get_tunnel.asyncio_detailed(
            as_uuid(tunnel_id, "tunnel_id"), client=self._api
        )
        return parsed(response, Tunnel)

    async def create(
        self,
        *,
        name: str | None = None,
        tls_mode: TLSMode | str = TLSMode.EDGE,
        description: str | None = None,
        tunnel_name: str | None = None,
    ) -> CreatedTunnel:
        """Create a tunnel; its `connect_secret`, returned only once, is also kept in the
        tunnel's default state dir (`~/.inkbox/tunnels/{name}`, mode 0600) for `connect()`.

        Args:
            name: The public name (`https://{name}.inkboxwire.com`), as the guide writes it.
            tls_mode: `"edge"` (Inkbox terminates TLS) or `"passthrough"` (you do).
            description: A note for people.
            tunnel_name: The same as `name`, under 0.3.1's keyword; give one of the two.

        Raises:
            TypeError: Both `name` and `tunnel_name`, or neither (no request is sent).
            ValueError: An empty name or an unknown `tls_mode` (no request is sent).
            TunnelNameUnavailable: The name is taken or reserved (409, a `ConflictError`).
        """
        from inkbox_api.api.tunnels import create_tunnel
        from inkbox_api.models import TunnelCreate

        chosen, label = (name, "name") if tunnel_name is None else (tunnel_name, "tunnel_name")
        if chosen is None or (name is not None and tunnel_name is not None):
            raise TypeError("give the tunnel's name as name=... (or 0.3.1's tunnel_name=...), once")
        body = TunnelCreate(
            tunnel_name=require_text(chosen, label),
            tls_mode=as_enum(tls_mode, TLSMode, "tls_mode"),
            description=opt_text(description, "description"),
        )
        try:
            response = await create_tunnel.asyncio_detailed(client=self._api, body=body)
        except ConflictError as exc:
            raise recast(exc, TunnelNameUnavailable) from exc
        created = parsed(response, CreatedTunnel)
        from ...tunnels._state import remember_connect_secret

        remember_connect_secret(created.tunnel.tunnel_name, created.connect_secret)
        return created

    async def update(
        self,
        tunnel_id: uuid.UUID | str,
        *,
        description: NotGivenOr[str | None] = NOT_GIVEN,
        metadata: NotGivenOr[Mapping[str, Any] | None] = NOT_GIVEN,
    ) -> Tunnel:
        """Change a tunnel's description and/or metadata; only what you pass is sent.

        Args:
            tunnel_id: The tunnel's id.
            description: A note for people (at most 1000 characters); `None` clears it.
            metadata: Replaces the metadata; `{}` and `None` both clear it.

        Raises:
            TypeError: `metadata` is not a dict or None (no request is sent).
            NotFoundError: No such tunnel (404).
        """
        from inkbox_api.api.tunnels import update_tunnel
        from inkbox_api.models import TunnelUpdate, TunnelUpdateMetadataType0

        wire_metadata: NotGivenOr[TunnelUpdateMetadataType0 | None] = NOT_GIVEN
        if metadata is not NOT_GIVEN:
            if metadata is not None and not isinstance(metadata, Mapping):
                raise TypeError(f"metadata must be a dict or None, not {type(metadata).__name__}")
            wire_metadata = (
                None if metadata is None else TunnelUpdateMetadataType0.from_dict(dict(metadata))
            )
        if description not in (NOT_GIVEN, None) and not isinstance(description, str):
            raise TypeError(f"description must be a string, not {type(description).__name__}")
        response = await update_tunnel.asyncio_detailed(
            as_uuid(tunnel_id, "tunnel_id"),
            client=self._api,
            body=TunnelUpdate(description=given(description), metadata=given(wire_metadata)),
        )
        return parsed(response, Tunnel)

    async def sign_csr(self, tunnel_id: uuid.UUID | str, *, csr_pem: str) -> SignedCert:
        """Have a passthrough tunnel's certificate signed; the tunnel turns `active`.

        Args:
            tunnel_id: The tunnel's id.
            csr_pem: A PEM certificate request whose CN is the tunnel's `public_host`.

        Returns:
            `cert_pem`, `chain_pem`, `cert_fingerprint_sha256` and `cert_expires_at`.

        Raises:
            ValueError: An empty `csr_pem` (no request is sent).
            TunnelTLSModeMismatch: An edge tunnel has no certificate to sign (409).
            TunnelCSRStateConflict: The tunnel's status allows no signing (409).
            UnprocessableEntityError: The CSR is malformed or names another host (422).
        """
        from inkbox_api.api.tunnels import sign_tunnel_csr
        from inkbox_api.models import SignTunnelCsrRequest

        try:
            response = await sign_tunnel_csr.asyncio_detailed(
                as_uuid(tunnel_id, "tunnel_id"),
                # the server checks DNS and issues the certificate before answering
                client=self._client.with_options(timeout=180)._api,
                body=SignTunnelCsrRequest(csr_pem=require_text(csr_pem, "csr_pem")),
            )
        except ConflictError as exc:
            raise recast(exc, csr_conflict(exc)) from exc
        return parsed(response, SignedCert)

    async def delete(self, tunnel_id: uuid.UUID | str) -> Tunnel:
        """Schedule a tunnel's removal: it goes `pending_removal` for 24 h and can be restored.

        Args:
            tunnel_id: The tunnel's id.
        """
        from inkbox_api.api.tunnels import delete_tunnel

        return await self._change_state(delete_tunnel, tunnel_id)

    async def force_delete(self, tunnel_id: uuid.UUID | str) -> Tunnel:
        """Delete a tunnel at once, with no restore window (admin keys only).

        Args:
            tunnel_id: The tunnel's id.

        Raises:
            PermissionDeniedError: An agent-scoped key (403).
            NotFoundError: No such tunnel, or it is already deleted (404).
        """
        from inkbox_api.api.tunnels import force_delete_tunnel

        return await self._change_state(force_delete_tunnel, tunnel_id)

    async def restore(self, tunnel_id: uuid.UUID | str) -> Tunnel:
        """Bring back a tunnel pending removal.

        Args:
            tunnel_id: The tunnel's id.

        Raises:
            TunnelStateConflict: The tunnel is not pending removal (409).
        """
        from inkbox_api.api.tunnels import restore_tunnel

        return await self._change_state(restore_tunnel, tunnel_id)

    async def _change_state(self, op: ModuleType, tunnel_id: uuid.UUID | str) -> Tunnel:
        """A lifecycle call (delete, force-delete, restore): its 409 says the tunnel's status
        does not allow it."""
        try:
            response = await op.asyncio_detailed(as_uuid(tunnel_id, "tunnel_id"), client=self._api)
        except ConflictError as exc:
            raise recast(exc, TunnelStateConflict) from exc
        return parsed(response, Tunnel)

    async def rotate_secret(self, tunnel_id: uuid.UUID | str) -> RotatedTunnelSecret:
        """Issue a new connect secret (returned once); the old one stops working.

        Args:
            tunnel_id: The tunnel's id.
        """
        from inkbox_api.api.tunnels import rotate_tunnel_secret

        response = await rotate_tunnel_secret.asyncio_detailed(
            as_uuid(tunnel_id, "tunnel_id"), client=self._api
        )
        return parsed(response, RotatedTunnelSecret)

    def connect(
        self,
        name: str,
        forward_to: str | Any,
        *,
        tls_mode: str = "edge",
        data_plane_zone: str | None = None,
        state_dir: str | Path | None = None,
        pool_size: int | None = None,
        on_status: Callable[[str], object] | None = None,
        max_inbound_body_bytes: int = 32 * 1024 * 1024,
        max_outbound_body_bytes: int = 32 * 1024 * 1024,
        allow_remote_forwarding: bool = False,
        forward_to_verify_tls: bool = True,
        forward_to_ca_bundle: bytes | str | None = None,
    ) -> AsyncTunnelListener:
        """Serve `forward_to` (a local URL or an ASGI app) at the tunnel's public URL.

        The arguments are checked before any request; see `inkbox.tunnels` for each one,
        the listener, and the errors raised.

        Args:
            name: The public name (`https://{name}.inkboxwire.com`), as the guide writes it.
            forward_to: Where requests go: a local URL (`"http://127.0.0.1:8080"`) or an ASGI
                app served in-process.
            tls_mode: `"edge"` (Inkbox terminates TLS) or `"passthrough"` (you do, with a key
                kept in the state dir and a certificate the control plane signs).
            data_plane_zone: Override the zone dialled; a zone with a port is dialled at that
                port, otherwise 443.
            state_dir: Where the connect secret and passthrough key live; default
                `~/.inkbox/tunnels/{name}`, kept `0700`.
            pool_size: Parked connections to the edge (1-32); default the edge's.
            on_status: Called with `connecting`, `connected`, `reconnecting`, `closed`,
                `superseded` (on the listener's thread with `Inkbox`).
            max_inbound_body_bytes: Larger requests get 413 (default 32 MiB).
            max_outbound_body_bytes: Larger responses become 502 (default 32 MiB).
            allow_remote_forwarding: Allow a `forward_to` that is not loopback.
            forward_to_verify_tls: Verify the certificate of an https `forward_to`.
            forward_to_ca_bundle: CA certificates (PEM bytes or a path) for an https
                `forward_to`.
        """
        from ...tunnels._listener import AsyncTunnelListener, prepare

        options = prepare(
            name,
            forward_to,
            tls_mode=tls_mode,
            data_plane_zone=data_plane_zone,
            state_dir=state_dir,
            pool_size=pool_size,
            on_status=on_status,
            max_inbound_body_bytes=max_inbound_body_bytes,
            max_outbound_body_bytes=max_outbound_body_bytes,
            allow_remote_forwarding=allow_remote_forwarding,
            forward_to_verify_tls=forward_to_verify_tls,
            forward_to_ca_bundle=forward_to_ca_bundle,
        )
        return AsyncTunnelListener(self._client, options)
