"""Serving the app with uvicorn: in the foreground (the CLI) or on a thread (tests, the plugin).

The listening socket is bound before uvicorn starts, so port 0 resolves to a real port that can
be printed (and handed to a test) before the first request. With `config.tunnel_edge` set, the
tunnel edge's sockets are bound the same way, and the edge runs on uvicorn's loop: it starts
before the API answers and drains before the app's lifespan closes the store.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import sys
import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import attrs
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from .app import EmulatorState, create_app
from .config import EmulatorConfig
from .dispatch import KeepRawSend
from .listening import listening_socket

if TYPE_CHECKING:
    from .edge.service import Edge, Sockets

__all__ = ["EmulatorServer", "serve"]


class _DropNoise(logging.Filter):
    """Injected drops end responses early on purpose; uvicorn would log each one as an error."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return (
            "returned without completing response" not in message
            and "without starting response" not in message
        )


# The stock uvicorn stack the emulator's HTTP protocol builds on (the throughput bench serves
# its floor with these). The API has no WebSocket routes: ws "auto" would import a WebSocket
# library (a twentieth of start-up) only to answer an upgrade with a 403.
HTTP_SETTINGS: dict[str, str] = {"http": "h11", "loop": "asyncio", "ws": "none"}


class _Coalesced(asyncio.Transport):
    """A connection's transport whose writes within one turn of the event loop go out as one
    `send`: uvicorn writes a response's head and its body apart, and on loopback each send
    costs about as much as the emulator's own work for a simple GET."""

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__()
        self._transport = transport
        self._loop = loop
        self._pending: list[bytes] = []

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if not data:
            return
        if not self._pending:
            self._loop.call_soon(self._flush)
        self._pending.append(bytes(data))

    def _flush(self) -> None:
        if self._pending:
            data = b"".join(self._pending)
            self._pending.clear()
            self._transport.write(data)

    def close(self) -> None:
        self._flush()
        self._transport.close()

    def abort(self) -> None:
        self._pending.clear()  # a dropped connection sends nothing more
        self._transport.abort()

    def is_closing(self) -> bool:
        return self._transport.is_closing()

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return self._transport.get_extra_info(name, default)

    def pause_reading(self) -> None:
        self._transport.pause_reading()

    def resume_reading(self) -> None:
        self._transport.resume_reading()

    def is_reading(self) -> bool:
        return self._transport.is_reading()

    def set_protocol(self, protocol: asyncio.BaseProtocol) -> None:
        self._transport.set_protocol(protocol)

    def get_protocol(self) -> asyncio.BaseProtocol:
        return self._transport.get_protocol()

    def get_write_buffer_size(self) -> int:
        return self._transport.get_write_buffer_size() + sum(map(len, self._pending))


class _H11Protocol(H11Protocol):
    """uvicorn's h11 protocol writing through `_Coalesced`."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(_Coalesced(transport, self.loop))


# One instance, so that starting many servers in one process adds the filter once.
_DROP_NOISE = _DropNoise()


class _Server(uvicorn.Server):
    """uvicorn plus the tunnel edge, whose life nests inside the app's lifespan."""

    edge: Edge | None = None

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        if self.edge is not None:
            await self.edge.start()
        await super().startup(sockets)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        if self.edge is not None:
            await self.edge.stop()
        await super().shutdown(sockets)


def _bind_edge(config: EmulatorConfig) -> tuple[EmulatorConfig, Sockets | None]:
    """Bind the edge's sockets first: the config then names their real ports (port 0)."""
    if config.tunnel_edge is None:
        return config, None
    from .edge.service import bind

    settings, sockets = bind(config.tunnel_edge)
    return attrs.evolve(config, tunnel_edge=settings), sockets


def _uvicorn(config: EmulatorConfig) -> tuple[_Server, EmulatorState]:
    config, edge_sockets = _bind_edge(config)
    app = create_app(config)
    logging.getLogger("uvicorn.error").addFilter(_DROP_NOISE)
    server = _Server(
        uvicorn.Config(
            KeepRawSend(app),
            log_level=config.log_level,
            access_log=False,
            lifespan="on",
            http=_H11Protocol,
            loop=HTTP_SETTINGS["loop"],
            ws=HTTP_SETTINGS["ws"],
            timeout_graceful_shutdown=2,
        )
    )
    state: EmulatorState = app.state.emulator
    if edge_sockets is not None and config.tunnel_edge is not None:
        from .edge.service import Edge

        server.edge = Edge(state.world, config.tunnel_edge, edge_sockets)
    return server, state


def _url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def _write_key(path: str, key: str) -> None:
    """Write the admin key readable by its owner only (it is a credential, if a local one)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as file:
        file.write(key + "\n")


def serve(config: EmulatorConfig) -> int:
    """Run in the foreground until Ctrl-C; returns the exit status."""
    logging.basicConfig(
        level=config.log_level.upper(), format="%(levelname)s %(name)s: %(message)s"
    )
    sock = listening_socket(config.host, config.port)
    server, state = _uvicorn(config)
    if config.admin_api_key_file:
        _write_key(config.admin_api_key_file, state.world.admin_key)
    where = config.db_path or "memory (lost at exit)"
    print(
        f"Inkbox emulator on {_url(sock)}\n"
        f"  admin API key: {state.world.admin_key}\n"
        f"  state: {where}; faults: {config.faults.describe()}; strict: {config.strict}\n"
        f"  try: curl -H 'X-API-Key: {state.world.admin_key}' {_url(sock)}/api/whoami",
        flush=True,
    )
    edge = state.config.tunnel_edge
    if edge is not None:
        print(
            f"  tunnel edge: {state.config.tunnel_zone} (TLS, h2); public:"
            f" http://<name>.{edge.zone}:{edge.public_port}/; CA: {edge.ca_file or 'not written'}",
            flush=True,
        )
    if config.host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"  WARNING: listening on {config.host}, reachable from other machines", file=sys.stderr
        )
    server.run(sockets=[sock])
    return 0


class EmulatorServer:
    """The emulator on a background thread with its own event loop.

    >>> with EmulatorServer(EmulatorConfig(port=0)) as emulator:
    ...     httpx.get(emulator.url + "/api/whoami", headers={"X-API-Key": emulator.admin_key})
    """

    def __init__(self, config: EmulatorConfig | None = None) -> None:
        self.config = config or EmulatorConfig(port=0)
        self._sock = listening_socket(self.config.host, self.config.port)
        self.url = _url(self._sock)
        self._server, self.state = _uvicorn(self.config)
        self.config = self.state.config  # with the edge's real ports when it is on
        self._thread = threading.Thread(target=self._run, name="inkbox-emulator", daemon=True)
        self.edge = self._server.edge
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def admin_key(self) -> str:
        return self.state.world.admin_key

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._server.serve(sockets=[self._sock]))
        finally:
            loop.close()

    def start(self, timeout: float = 10.0) -> Self:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the emulator did not start")
            time.sleep(0.002)
        return self

    def run_on_loop(self, coro: object, timeout: float = 10.0) -> object:
        """Run a coroutine on the server's loop (e.g. wait for webhook deliveries)."""
        assert self._loop is not None
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)  # type: ignore[arg-type]

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)
        self._sock.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
