"""The two tunnel responses that carry a connect secret, shown once.

Subclasses of the generated models that keep the secret out of `repr` (logs, tracebacks,
notebooks); otherwise the generated models unchanged.
"""

from __future__ import annotations

from inkbox_api.models import CreatedTunnel as _CreatedTunnel
from inkbox_api.models import RotatedTunnelSecret as _RotatedTunnelSecret

__all__ = ["CreatedTunnel", "RotatedTunnelSecret"]

_HIDDEN = "'***'"


class CreatedTunnel(_CreatedTunnel):
    """A new tunnel and its `connect_secret` (returned only once: save it)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"CreatedTunnel(tunnel={self.tunnel!r}, connect_secret={_HIDDEN})"


class RotatedTunnelSecret(_RotatedTunnelSecret):
    """A tunnel's new `connect_secret` (returned only once: save it)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"RotatedTunnelSecret(connect_secret={_HIDDEN})"
