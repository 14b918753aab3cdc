"""`Edge`: the tunnel edge's listeners and lifetime (start, drain, stop, restart, drop).

It runs on the emulator's own event loop, next to the API server, so it reads the same
world (tunnels, keys) without locks. Sockets are bound before anything starts (`bind`), so
port 0 resolves to a real port that the tunnels can report as `zone:port`.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
import socket
import ssl
import tempfile
from typing import TYPE_CHECKING, Any

import attrs

from .. import tunnel_ca
from ..listening import listening_socket
from ..store import tunnels as store_tunnels
from . import bridge as _bridge  # noqa: F401 -- loaded here, not first on a request (public.py)
from . import register
from .h2conn import EdgeConnection
from .links import Link, Links
from .passthrough import serve_passthrough
from .public import Public, RequestLog
from .settings import EdgeSettings

if TYPE_CHECKING:
    from ..world import World

__all__ = ["Edge", "Sockets", "bind"]

log = logging.getLogger("inkbox_emulator.edge")


@attrs.define
class Sockets:
    edge: socket.socket
    public: socket.socket
    passthrough: socket.socket | None


def bind(settings: EdgeSettings) -> tuple[EdgeSettings, Sockets]:
    """Bind the listeners now; the settings come back with the real ports (for port 0)."""
    edge = listening_socket(settings.host, settings.edge_port)
    public = listening_socket(settings.host, settings.public_port)
    passthrough = None
    if settings.passthrough_port is not None:
        passthrough = listening_socket(settings.host, settings.passthrough_port)
    resolved = attrs.evolve(
        settings,
        edge_port=edge.getsockname()[1],
        public_port=public.getsockname()[1],
        passthrough_port=passthrough.getsockname()[1] if passthrough else None,
    )
    return resolved, Sockets(edge, public, passthrough)


class Edge:
    """The tunnel edge of one emulator."""

    def __init__(self, world: World, settings: EdgeSettings, sockets: Sockets) -> None:
        self.world = world
        self.settings = settings
        self._sockets: Sockets | None = sockets
        self.log = RequestLog()
        self.links = Links(world, settings)
        self.public = Public(self.links, settings, self.log)
        self.connections: set[EdgeConnection] = set()
        self._servers: list[asyncio.Server] = []
        self._ids = itertools.count(1)
        self._ssl = self._tls_context()
        register(world, self)

    def __repr__(self) -> str:
        s = self.settings
        return f"Edge(zone={s.zone}, edge={s.edge_port}, public={s.public_port})"

    # ── TLS ────────────────────────────────────────────────────────────────

    def _tls_context(self) -> ssl.SSLContext:
        names = [self.settings.zone, "localhost", "127.0.0.1"]
        cert_pem, key_pem = tunnel_ca.edge_certificate(self.world, names)
        if self.settings.ca_file:
            with open(self.settings.ca_file, "w") as out:
                out.write(tunnel_ca.root_pem(self.world))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.set_alpn_protocols(["h2"])
        # The ssl module loads keys from files only: a private 0700 directory, gone at once.
        with tempfile.TemporaryDirectory(prefix="inkbox-edge-") as folder:
            cert_path, key_path = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
            with open(cert_path, "w") as out:
                out.write(cert_pem)
            with open(os.open(key_path, os.O_WRONLY | os.O_CREAT, 0o600), "w") as out:
                out.write(key_pem)
            context.load_cert_chain(cert_path, key_path)
        return context

    # ── lifetime ───────────────────────────────────────────────────────────

    async def start(self) -> None:
        sockets = self._sockets
        if sockets is None:  # a restart: the same ports again
            self._sockets = sockets = bind(self.settings)[1]
        self._sockets = None
        self.links.draining = False
        self._servers = [
            await asyncio.start_server(
                self._on_edge, sock=sockets.edge, ssl=self._ssl, ssl_handshake_timeout=10
            ),
            await asyncio.start_server(self.public.handle, sock=sockets.public),
        ]
        if sockets.passthrough is not None:

            async def passthrough(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
                await serve_passthrough(self, r, w)

            self._servers.append(await asyncio.start_server(passthrough, sock=sockets.passthrough))
        log.info("%r started", self)

    async def _on_edge(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = writer.get_extra_info("peername")
        conn = EdgeConnection(
            reader,
            writer,
            self.links.on_stream,
            conn_id=f"c{next(self._ids)}",
            peer_ip=str(peer[0]) if peer else "unknown",
        )
        self.connections.add(conn)
        try:
            await conn.run()
        finally:
            self.connections.discard(conn)

    async def stop(self, *, drain: bool = True) -> None:
        """Drain (GOAWAY NO_ERROR `drain`, 503 to new hellos, 4500 to bridges), then close."""
        self.links.draining = True
        if drain:
            for conn in list(self.connections):
                conn.goaway(0, "drain")
            for bridge in list(self.public.bridges):
                bridge.close_third_party(4500, "server draining")
            await self._quiet(self.settings.drain_seconds)
        for server in self._servers:
            server.close()
        for conn in list(self.connections):
            conn.abort()
        for writer in list(self.public.connections):
            writer.transport.abort()
        for server in self._servers:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.wait_closed(), 2)
        self._servers = []
        log.info("%r stopped", self)

    async def _quiet(self, timeout: float) -> None:
        """Keep serving (new hellos get 503) until no request is in flight and every client
        has left, or `timeout`."""
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        while loop.time() < end and (
            self.connections or any(link.pending for link in self.links.by_id.values())
        ):
            await asyncio.sleep(0.05)

    async def restart(self, *, down_seconds: float = 0.0, drain: bool = False) -> None:
        """Stop (a crash unless `drain`), stay down `down_seconds`, listen again on the same
        ports. Tunnels, keys and ids survive; clients redial and say hello again."""
        await self.stop(drain=drain)
        if down_seconds > 0:
            await asyncio.sleep(down_seconds)
        await self.start()

    def drop(self, link: Link) -> bool:
        """Cut a tunnel's live connection (the client sees EOF and reconnects)."""
        if link.conn is None:
            return False
        link.conn.abort()
        return True

    # ── state for hooks ────────────────────────────────────────────────────

    def find(self, id_or_name: str) -> Link | None:
        link = self.links.by_id.get(id_or_name)
        if link is not None:
            return link
        row = store_tunnels.tunnel_by_id(
            self.world.store, id_or_name
        ) or store_tunnels.live_tunnel_by_name(self.world.store, id_or_name)
        return None if row is None else self.links.link(row)

    def state(self) -> dict[str, Any]:
        s = self.settings
        return {
            "zone": s.zone,
            "edge_port": s.edge_port,
            "public_port": s.public_port,
            "passthrough_port": s.passthrough_port,
            "running": bool(self._servers),
            "draining": self.links.draining,
            "connections": len(self.connections),
            "tunnels": [link.state() for link in self.links.by_id.values()],
        }
