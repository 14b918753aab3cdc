"""Errors of `tunnels.connect()` and its listener.

```
InkboxError
└── TunnelError
    ├── TunnelNotProvisioned (LookupError)   no tunnel of that name in the organization
    ├── TunnelRemoved (LookupError)          the tunnel was deleted (or is pending removal)
    ├── TunnelStateConflict                  the tunnel is not `active` (e.g. awaiting a cert)
    ├── TunnelAuthError (PermissionError)    the edge refused the key: retrying cannot help
    ├── TunnelSupersededError                another client took the tunnel over
    └── InsecureStateDirError (PermissionError)  the state dir is readable by others
```
"""

from __future__ import annotations

from .._exceptions_base import InkboxError

__all__ = [
    "InsecureStateDirError",
    "TunnelAuthError",
    "TunnelError",
    "TunnelNotProvisioned",
    "TunnelRemoved",
    "TunnelStateConflict",
    "TunnelSupersededError",
]


class TunnelError(InkboxError):
    """Base of the tunnel data-plane errors."""


class TunnelNotProvisioned(TunnelError, LookupError):
    """No tunnel of that name exists in the organization; create it first."""


class TunnelRemoved(TunnelError, LookupError):
    """The tunnel was deleted, or is pending removal (restore it to connect again)."""


class TunnelStateConflict(TunnelError):
    """The tunnel cannot be served in its current state (not `active`)."""


class TunnelAuthError(TunnelError, PermissionError):
    """The edge refused the API key (or connect secret) for this tunnel."""


class TunnelSupersededError(TunnelError):
    """Another client connected to the same tunnel and took it over; this one stopped."""


class InsecureStateDirError(TunnelError, PermissionError):
    """The tunnel state directory (or a file in it) is a symlink or open to other users."""
