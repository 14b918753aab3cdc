"""`inkbox.tunnels`: the tunnels control plane."""

from __future__ import annotations

from .._resource import AsyncResource

__all__ = ["AsyncTunnelsResource"]


class AsyncTunnelsResource(AsyncResource):
    """Operations on the tunnels control plane."""
