"""Tunnels data plane: serve a local URL or ASGI app at `https://{name}.{zone}`.

```python
listener = inkbox.tunnels.connect(name="my-app", forward_to="http://127.0.0.1:8080")
print(listener.public_url)
listener.wait()  # Inkbox: blocks until close() or Ctrl-C
# AsyncInkbox: await listener.serve_forever() ... await listener.aclose()
```

`connect()` options: `tls_mode` (`"edge"`: Inkbox terminates TLS; `"passthrough"`: this
process does, with an EC P-256 key kept in the state dir and a certificate the control plane
signs, renewed under 14 days; it serves HTTP/1.1 and WebSockets to a URL target),
`data_plane_zone` (override the zone dialled; a zone with a port is dialled at that port,
otherwise 443), `state_dir` (default
`~/.inkbox/tunnels/{name}`, kept `0700`), `pool_size` (1-32, or the edge's default),
`on_status` (called with `connecting`, `connected`, `reconnecting`, `closed`,
`superseded`), `max_inbound_body_bytes` / `max_outbound_body_bytes` (32 MiB: larger requests
get 413, larger responses 502), `allow_remote_forwarding` (`forward_to` must be loopback
unless set), `forward_to_verify_tls` and `forward_to_ca_bundle` (for an https target).

With `Inkbox`, `on_status` is called on the listener's thread. Errors: `TunnelNotProvisioned`,
`TunnelRemoved`, `TunnelStateConflict`, `InsecureStateDirError` before any connection;
`TunnelAuthError` and `TunnelSupersededError` end `wait()` / `serve_forever()`.

This package imports h2 and httpx: `import inkbox` does not load it; `connect()` does.
Install the dependency with `pip install "inkbox[tunnels]"`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._errors import (
        InsecureStateDirError,
        TunnelAuthError,
        TunnelError,
        TunnelNotProvisioned,
        TunnelRemoved,
        TunnelStateConflict,
        TunnelSupersededError,
    )
    from ._listener import AsyncTunnelListener, TunnelListener

__all__ = [
    "AsyncTunnelListener",
    "InsecureStateDirError",
    "TunnelAuthError",
    "TunnelError",
    "TunnelListener",
    "TunnelNotProvisioned",
    "TunnelRemoved",
    "TunnelStateConflict",
    "TunnelSupersededError",
]

# Lazy: `tunnels.create()` saves a connect secret through `_state` without loading h2.
_LISTENERS = {"AsyncTunnelListener", "TunnelListener"}


def __getattr__(name: str) -> Any:
    if name in _LISTENERS:
        from . import _listener

        return getattr(_listener, name)
    if name in __all__:
        from . import _errors

        return getattr(_errors, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
