"""Test hooks of the tunnel edge (`/_emulator/tunnel-edge/...`); 404 when the edge is off.

- `GET  /tunnel-edge`: ports, running/draining, and each tunnel's connection state;
- `GET  /tunnel-edge/tunnels/{tunnel}`: one tunnel's state (by id or name);
- `GET  /tunnel-edge/requests`: the public request log (`?tunnel=` filters); DELETE empties it;
- `POST /tunnel-edge/tunnels/{tunnel}/drop`: cut its live connection (the client reconnects);
- `POST /tunnel-edge/tunnels/{tunnel}/wait`: `{connected?, connects?, timeout?}` wait for it;
- `POST /tunnel-edge/restart`: `{down_seconds?, drain?}` stop and listen again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..dispatch import HookCall
from ..edge import edge_of
from ..errors import EmulatorError, NotFound, Unprocessable
from . import Hook

if TYPE_CHECKING:
    from ..edge.links import Link
    from ..edge.service import Edge

__all__ = ["hooks"]


class RequestTimeout(EmulatorError):
    status = 408


def _edge(call: HookCall) -> Edge:
    edge = edge_of(call.world)
    if edge is None:
        raise NotFound("The tunnel edge is off (start the emulator with --tunnel-zone …)")
    return edge


def _link(call: HookCall) -> tuple[Edge, Link]:
    edge = _edge(call)
    link = edge.find(call.path["tunnel"])
    if link is None:
        raise NotFound(f"No tunnel {call.path['tunnel']!r}")
    return edge, link


async def edge_state(call: HookCall) -> dict[str, Any]:
    return _edge(call).state()


async def tunnel_state(call: HookCall) -> dict[str, Any]:
    return _link(call)[1].state()


async def request_log(call: HookCall) -> list[dict[str, Any]]:
    wanted = call.query.get("tunnel")
    entries = _edge(call).log.entries
    return [e for e in entries if wanted is None or e.get("tunnel") == wanted]


async def clear_log(call: HookCall) -> None:
    _edge(call).log.entries.clear()


async def drop(call: HookCall) -> dict[str, Any]:
    edge, link = _link(call)
    return {"dropped": edge.drop(link)}


async def wait(call: HookCall) -> dict[str, Any]:
    """Until the tunnel is connected (`{"connected": false}`: disconnected) with at least
    `connects` hellos so far, or `timeout` seconds (then 408)."""
    _, link = _link(call)
    body = call.json
    timeout = body.get("timeout", 10)
    if not isinstance(timeout, int | float) or not 0 <= timeout <= 120:
        raise Unprocessable("timeout must be a number from 0 to 120")
    connected = bool(body.get("connected", True))
    connects = int(body.get("connects", 0))
    if not await link.wait_for(connected=connected, connects=connects, timeout=float(timeout)):
        raise RequestTimeout(f"tunnel {link.name} did not reach that state in {timeout} s")
    return link.state()


async def restart(call: HookCall) -> dict[str, Any]:
    body = call.json
    down = body.get("down_seconds", 0)
    if not isinstance(down, int | float) or not 0 <= down <= 60:
        raise Unprocessable("down_seconds must be a number from 0 to 60")
    edge = _edge(call)
    await edge.restart(down_seconds=float(down), drain=bool(body.get("drain", False)))
    return edge.state()


hooks = [
    Hook("GET", "/tunnel-edge", edge_state, "the edge and each tunnel's connection"),
    Hook("GET", "/tunnel-edge/requests", request_log, "the public request log"),
    Hook("DELETE", "/tunnel-edge/requests", clear_log, "empty the request log"),
    Hook("GET", "/tunnel-edge/tunnels/{tunnel}", tunnel_state, "one tunnel's connection"),
    Hook("POST", "/tunnel-edge/tunnels/{tunnel}/drop", drop, "cut a tunnel's connection"),
    Hook("POST", "/tunnel-edge/tunnels/{tunnel}/wait", wait, "wait for (dis)connection"),
    Hook("POST", "/tunnel-edge/restart", restart, "stop the edge and listen again"),
]
