"""The tunnel data plane: the edge that `inkbox.tunnels.connect()` dials (reference
`tunnel-protocol.md`), off unless `EmulatorConfig.tunnel_edge` is set.

- `settings`: `EdgeSettings`, the command line's `--tunnel-*` values (imported by `config`).
- `h2conn`: one TLS + HTTP/2 connection from a tunnel client (hyper-h2 driven by asyncio).
- `links`: hello, owner tokens, parked intakes and pending replies, per tunnel.
- `public`: the public HTTP/1.1 listener that routes `{name}.{ZONE}` into a tunnel.
- `wsframe` / `bridge`: RFC 6455 frames, the bridge's JSON records, and the WebSocket pump.
- `passthrough`: the public TLS port routed by SNI onto TCP bridges (not terminated).
- `service`: `Edge`, which owns the sockets, TLS, start/stop/drain/restart and the request log.

Only `settings` (and the registry below) load eagerly: the emulator without an edge loads
no h2. `service` imports every other module at once, on the thread that builds the `Edge`, so
nothing is first imported on the server's thread in the middle of a request.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from .settings import EdgeSettings

if TYPE_CHECKING:
    from ..world import World
    from .service import Edge

__all__ = ["EdgeSettings", "edge_of", "register"]

_EDGES: weakref.WeakKeyDictionary[World, Edge] = weakref.WeakKeyDictionary()


def register(world: World, edge: Edge) -> None:
    _EDGES[world] = edge


def edge_of(world: World) -> Edge | None:
    """The edge serving this world's tunnels, if it is on (for the `/_emulator/` hooks)."""
    return _EDGES.get(world)
