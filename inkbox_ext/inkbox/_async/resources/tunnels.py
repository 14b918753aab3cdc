"""`inkbox.tunnels`: the tunnels control plane (list, get, create, delete, restore, rotate).

The data plane, `connect()`, is not built yet: it needs the HTTP/2 tunnel protocol and the
emulator's tunnel edge. The connect secret returned by `create` and `rotate_secret` is shown
once; the objects carrying it keep it out of `repr`.
"""

from __future__ import annotations

import builtins
import uuid

from inkbox_api.models import CreatedTunnel, RotatedTunnelSecret, TLSMode, Tunnel

from ..._wire import as_enum, as_uuid, opt_text, parsed, require_text
from ._base import AsyncResource

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
        """Create a tunnel; save `connect_secret` from the result, it is returned only once.

        Args:
            name: The public name (`https://{name}.inkboxwire.com`).
            tls_mode: `"edge"` (Inkbox terminates TLS) or `"passthrough"` (you do).
            description: A note for people.

        Raises:
            ValueError: An empty name or an unknown `tls_mode` (no request is sent).
            ConflictError: The name is taken (409).
        """
        from inkbox_api.api.tunnels import create_tunnel
        from inkbox_api.models import TunnelCreate

        body = TunnelCreate(
            tunnel_name=require_text(name, "name"),
            tls_mode=as_enum(tls_mode, TLSMode, "tls_mode"),
            description=opt_text(description, "description"),
        )
        response = await create_tunnel.asyncio_detailed(client=self._api, body=body)
        return parsed(response, CreatedTunnel)

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

        response = await rotate_tunnel_secret.asyncio_detailed(
            as_uuid(tunnel_id, "tunnel_id"), client=self._api
        )
        return parsed(response, RotatedTunnelSecret)
