"""`inkbox.tunnels`: the tunnels control plane (list, get, create, delete, restore, rotate)
and `connect()`, whose data plane lives in the `inkbox.tunnels` package (imported on use).

The connect secret returned by `create` and `rotate_secret` is shown once; the objects
carrying it keep it out of `repr`.
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inkbox_api.models import TLSMode, Tunnel

from ..._responses import adopt
from ..._tunnel_types import CreatedTunnel, RotatedTunnelSecret
from ..._wire import as_enum, as_uuid, opt_text, parsed, require_text
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
        self, *, name: str, tls_mode: TLSMode | str = TLSMode.EDGE, description: str | None = None
    ) -> CreatedTunnel:
        """Create a tunnel; its `connect_secret`, returned only once, is also kept in the
        tunnel's default state dir (`~/.inkbox/tunnels/{name}`, mode 0600) for `connect()`.

        Args:
            name: The public name (`https://{name}.inkboxwire.com`).
            tls_mode: `"edge"` (Inkbox terminates TLS) or `"passthrough"` (you do).
            description: A note for people.

        Raises:
            ValueError: An empty name or an unknown `tls_mode` (no request is sent).
            ConflictError: The name is taken (409).
        """
        from inkbox_api.api.tunnels import create_tunnel
        from inkbox_api.models import CreatedTunnel as _CreatedTunnel
        from inkbox_api.models import TunnelCreate

        body = TunnelCreate(
            tunnel_name=require_text(name, "name"),
            tls_mode=as_enum(tls_mode, TLSMode, "tls_mode"),
            description=opt_text(description, "description"),
        )
        response = await create_tunnel.asyncio_detailed(client=self._api, body=body)
        created = adopt(parsed(response, _CreatedTunnel), CreatedTunnel)
        from ...tunnels._state import remember_connect_secret

        remember_connect_secret(created.tunnel.tunnel_name, created.connect_secret)
        return created

    async def delete(self, tunnel_id: uuid.UUID | str) -> Tunnel:
        """Schedule a tunnel's removal: it goes `pending_removal` for 24 h and can be restored."""
        from inkbox_api.api.tunnels import delete_tunnel

        response = await delete_tunnel.asyncio_detailed(
            as_uuid(tunnel_id, "tunnel_id"), client=self._api
        )
        return parsed(response, Tunnel)

    async def restore(self, tunnel_id: uuid.UUID | str) -> Tunnel:
        """Bring back a tunnel pending removal."""
        from inkbox_api.api.tunnels import restore_tunnel

        response = await restore_tunnel.asyncio_detailed(
            as_uuid(tunnel_id, "tunnel_id"), client=self._api
        )
        return parsed(response, Tunnel)

    async def rotate_secret(self, tunnel_id: uuid.UUID | str) -> RotatedTunnelSecret:
        """Issue a new connect secret (returned once); the old one stops working."""
        from inkbox_api.api.tunnels import rotate_tunnel_secret
        from inkbox_api.models import RotatedTunnelSecret as _RotatedTunnelSecret

        response = await rotate_tunnel_secret.asyncio_detailed(
            as_uuid(tunnel_id, "tunnel_id"), client=self._api
        )
        return adopt(parsed(response, _RotatedTunnelSecret), RotatedTunnelSecret)

    async def sign_csr(self, tunnel_id: uuid.UUID | str, csr_pem: str) -> SignedCert:
        """Have a passthrough tunnel's CSR signed (`connect()` does this when it needs to).

        The server checks DNS and issues the certificate before answering: allow 180 s.
        """
        from inkbox_api.api.tunnels import sign_tunnel_csr
        from inkbox_api.models import SignedCert, SignTunnelCsrRequest

        response = await sign_tunnel_csr.asyncio_detailed(
            as_uuid(tunnel_id, "tunnel_id"),
            client=self._client.with_options(timeout=180)._api,
            body=SignTunnelCsrRequest(csr_pem=require_text(csr_pem, "csr_pem")),
        )
        return parsed(response, SignedCert)

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
