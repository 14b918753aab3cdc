"""The tunnel data plane: the edge that `inkbox.tunnels.connect()` dials (reference
`tunnel-protocol.md`), off unless `EmulatorConfig.tunnel_edge` is set.

- `settings`: `EdgeSettings`, the command line's `--tunnel-*` values (imported by `config`).
- `h2conn`: one TLS + HTTP/2 connection from a tunnel client (hyper-h2 driven by asyncio).
- `links`: hello, owner tokens, parked intakes and pending replies, per tunnel.
- `public`: the public HTTP/1.1 listener that routes `{name}.{ZONE}` into a tunnel.
- `wsframe` / `bridge`: RFC 6455 frames, the bridge's JSON records, and the WebSocket pump.
- `passthrough`: the public TLS port routed by SNI onto TCP bridges (not terminated).
- `service`: `Edge`, which owns the sockets, TLS, start/stop/drain/restart and the request log.

Only `settings` is imported eagerly: the emulator without an edge loads no h2.
"""

from __future__ import annotations

from .settings import EdgeSettings

__all__ = ["EdgeSettings"]
