"""Hand-written async/sync pairs for the tunnel e2e tests (tests/e2e/_async → _sync).

unasync renames `AsyncServing` → `Serving` and `AsyncPublicWebSocket` → `PublicWebSocket`,
so the generated sync test uses the second of each pair. Also: local upstreams (an ASGI
echo app under uvicorn, a WebSocket echo) run on their own thread, usable from both.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import socket
import threading
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any

from inkbox.tunnels import AsyncTunnelListener, TunnelListener
from inkbox.tunnels._wsframe import (
    BINARY,
    CLOSE,
    CONTINUATION,
    TEXT,
    FrameDecoder,
    Message,
    encode_frame,
)


async def echo_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """ASGI: `/missing` is 404; other paths echo the request as JSON with two cookies;
    WebSocket: accept and echo until the peer closes."""
    if scope["type"] == "lifespan":
        while (await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        await send({"type": "lifespan.shutdown.complete"})
        return
    if scope["type"] == "websocket":
        await receive()
        await send({"type": "websocket.accept"})
        while True:
            message = await receive()
            if message["type"] == "websocket.disconnect":
                return
            reply = {k: v for k, v in message.items() if k in ("text", "bytes") and v is not None}
            await send({"type": "websocket.send", **reply})
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    if scope["path"] == "/missing":
        await send(
            {
                "type": "http.response.start",
                "status": 404,
                "headers": [(b"content-type", b"text/plain")],
            }
        )
        await send({"type": "http.response.body", "body": b"no such page"})
        return
    info = {
        "method": scope["method"],
        "path": scope["path"],
        "query": scope["query_string"].decode(),
        "length": len(body),
        "host": dict(scope["headers"]).get(b"host", b"").decode(),
    }
    headers = [
        (b"content-type", b"application/json"),
        (b"set-cookie", b"a=1; Path=/"),
        (b"set-cookie", b"b=2"),
    ]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": json.dumps(info).encode()})


@contextmanager
def in_thread(main: Callable[[asyncio.Event], Awaitable[None]]) -> Iterator[None]:
    """Run `main(stop)` on its own loop and thread until the block ends."""
    ready = threading.Event()
    state: dict[str, Any] = {}

    def run() -> None:
        async def body() -> None:
            state["loop"] = asyncio.get_running_loop()
            state["stop"] = asyncio.Event()
            task = asyncio.create_task(main(state["stop"]))
            ready.set()
            await task

        asyncio.run(body())

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    ready.wait(10)
    try:
        yield
    finally:
        state["loop"].call_soon_threadsafe(state["stop"].set)
        thread.join(10)


@contextmanager
def uvicorn_echo() -> Iterator[str]:
    """`echo_app` under uvicorn on a free loopback port (HTTP only): a URL target."""
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(echo_app, log_level="error", lifespan="off", ws="none")
    server = uvicorn.Server(config)

    async def main(stop: asyncio.Event) -> None:
        task = asyncio.create_task(server.serve(sockets=[sock]))
        await stop.wait()
        server.should_exit = True
        await task

    with in_thread(main):
        while not server.started:
            threading.Event().wait(0.01)
        yield f"http://127.0.0.1:{port}"
    sock.close()


@contextmanager
def ws_echo() -> Iterator[str]:
    """A WebSocket echo server (tests/support/ws_echo.py) on a thread: a URL target."""
    from tests.support.ws_echo import WsEcho

    echo = WsEcho()
    started = threading.Event()

    async def main(stop: asyncio.Event) -> None:
        await echo.start()
        started.set()
        await stop.wait()
        await echo.stop()

    with in_thread(main):
        started.wait(10)
        yield f"http://127.0.0.1:{echo.port}"


class AsyncServing:
    """`async with AsyncServing(listener, wait_connected)`: serve_forever() in a task."""

    def __init__(self, listener: AsyncTunnelListener, wait_connected: Callable[[], object]) -> None:
        self.listener = listener
        self._wait_connected = wait_connected
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> AsyncServing:
        self._task = asyncio.create_task(self.listener.serve_forever())
        waiter = asyncio.create_task(asyncio.to_thread(self._wait_connected))
        done, _ = await asyncio.wait({self._task, waiter}, return_when=asyncio.FIRST_COMPLETED)
        if self._task in done:
            waiter.cancel()
            self._task.result()
        await waiter
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.listener.aclose()
        assert self._task is not None
        await asyncio.wait_for(self._task, 10)


class Serving:
    """`with Serving(listener, wait_connected)`: the listener already serves on its thread."""

    def __init__(self, listener: TunnelListener, wait_connected: Callable[[], object]) -> None:
        self.listener = listener
        self._wait_connected = wait_connected

    def __enter__(self) -> Serving:
        self._wait_connected()
        return self

    def __exit__(self, *exc: object) -> None:
        self.listener.close()


def _handshake(host: str, path: str) -> bytes:
    key = base64.b64encode(os.urandom(16)).decode()
    return (
        f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: {key}\r\n\r\n"
    ).encode()


class _Frames:
    def __init__(self) -> None:
        self.decoder = FrameDecoder()
        self.messages: list[Message] = []
        self._parts: list[bytes] = []
        self._opcode = 0

    def feed(self, data: bytes) -> None:
        for frame in self.decoder.feed(data):
            if frame.opcode == CLOSE:
                self.messages.append(
                    Message("close", code=int.from_bytes(frame.payload[:2], "big"))
                )
                continue
            if frame.opcode != CONTINUATION:
                self._opcode, self._parts = frame.opcode, []
            self._parts.append(frame.payload)
            if frame.fin:
                whole = b"".join(self._parts)
                self.messages.append(
                    Message("text", whole.decode())
                    if self._opcode == TEXT
                    else Message("binary", whole)
                )


def _encode(message: Message) -> bytes:
    if isinstance(message.data, str):
        return encode_frame(TEXT, message.data.encode(), mask=True)
    return encode_frame(BINARY, message.data, mask=True)


class AsyncPublicWebSocket:
    """A third party's WebSocket to the edge's public port (plain HTTP)."""

    def __init__(self, port: int, host: str, path: str) -> None:
        self._args = (port, host, path)
        self._frames = _Frames()
        self.status = 0

    async def __aenter__(self) -> AsyncPublicWebSocket:
        port, host, path = self._args
        self._reader, self._writer = await asyncio.open_connection("127.0.0.1", port)
        self._writer.write(_handshake(host, path))
        head = await self._reader.readuntil(b"\r\n\r\n")
        self.status = int(head.split(b" ", 2)[1])
        return self

    async def send(self, message: Message) -> None:
        self._writer.write(_encode(message))
        await self._writer.drain()

    async def receive(self) -> Message:
        while not self._frames.messages:
            data = await asyncio.wait_for(self._reader.read(65536), 10)
            assert data, "connection closed"
            self._frames.feed(data)
        return self._frames.messages.pop(0)

    async def __aexit__(self, *exc: object) -> None:
        self._writer.close()


class PublicWebSocket:
    """The sync twin of `AsyncPublicWebSocket`."""

    def __init__(self, port: int, host: str, path: str) -> None:
        self._args = (port, host, path)
        self._frames = _Frames()
        self.status = 0

    def __enter__(self) -> PublicWebSocket:
        port, host, path = self._args
        self._sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self._sock.sendall(_handshake(host, path))
        head = b""
        while b"\r\n\r\n" not in head:
            head += self._sock.recv(1)
        self.status = int(head.split(b" ", 2)[1])
        return self

    def send(self, message: Message) -> None:
        self._sock.sendall(_encode(message))

    def receive(self) -> Message:
        while not self._frames.messages:
            data = self._sock.recv(65536)
            assert data, "connection closed"
            self._frames.feed(data)
        return self._frames.messages.pop(0)

    def __exit__(self, *exc: object) -> None:
        self._sock.close()


def tls_get(port: int, host: str, path: str, ca_file: str) -> tuple[bytes, list[tuple[str, str]]]:
    """A third party's HTTPS GET through a passthrough port: (response bytes, peer SAN).

    Blocking (run it on a worker thread from async tests); verifies the tunnel's own
    certificate against `ca_file` for `host`, sent as SNI."""
    import ssl

    context = ssl.create_default_context(cafile=ca_file)
    with socket.create_connection(("127.0.0.1", port), timeout=15) as raw:
        with context.wrap_socket(raw, server_hostname=host) as tls:
            peer = tls.getpeercert() or {}
            tls.sendall(
                f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode()
            )
            response = b""
            while chunk := tls.recv(65536):
                response += chunk
    return response, list(peer.get("subjectAltName", ()))  # type: ignore[arg-type]


def tls_websocket(
    port: int, host: str, path: str, ca_file: str, messages: list[Message]
) -> tuple[int, list[Message]]:
    """A third party's WebSocket over TLS through a passthrough port: sends `messages`,
    collects as many replies, then closes (1000). Returns (handshake status, replies + close)."""
    import ssl

    context = ssl.create_default_context(cafile=ca_file)
    frames = _Frames()
    with socket.create_connection(("127.0.0.1", port), timeout=15) as raw:
        with context.wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall(_handshake(host, path))
            head = b""
            while b"\r\n\r\n" not in head:
                head += tls.recv(1)
            status = int(head.split(b" ", 2)[1])
            for message in messages:
                tls.sendall(_encode(message))
            tls.sendall(encode_frame(CLOSE, (1000).to_bytes(2, "big"), mask=True))
            while not frames.messages or frames.messages[-1].type != "close":
                data = tls.recv(65536)
                if not data:
                    break
                frames.feed(data)
    return status, frames.messages


def tls_h2_get(port: int, host: str, path: str, ca_file: str) -> tuple[str, dict[str, str], bytes]:
    """A third party's HTTP/2 GET over TLS (ALPN h2) through a passthrough port:
    (negotiated protocol, response headers, body). Blocking."""
    import ssl

    import h2.config
    import h2.connection
    import h2.events

    context = ssl.create_default_context(cafile=ca_file)
    context.set_alpn_protocols(["h2"])
    headers: dict[str, str] = {}
    body = b""
    with socket.create_connection(("127.0.0.1", port), timeout=15) as raw:
        with context.wrap_socket(raw, server_hostname=host) as tls:
            alpn = tls.selected_alpn_protocol() or ""
            conn = h2.connection.H2Connection(h2.config.H2Configuration(header_encoding="utf-8"))
            conn.initiate_connection()
            request = [
                (":method", "GET"),
                (":scheme", "https"),
                (":authority", host),
                (":path", path),
            ]
            conn.send_headers(1, request, end_stream=True)
            tls.sendall(conn.data_to_send())
            done = False
            while not done:
                data = tls.recv(65536)
                assert data, "connection closed"
                for event in conn.receive_data(data):
                    if isinstance(event, h2.events.ResponseReceived):
                        headers = dict(event.headers or [])  # type: ignore[arg-type]
                    elif isinstance(event, h2.events.DataReceived):
                        body += event.data or b""
                        conn.acknowledge_received_data(event.flow_controlled_length or 0, 1)
                    elif isinstance(event, h2.events.StreamEnded):
                        done = True
                tls.sendall(conn.data_to_send())
    return alpn, headers, body


class AsyncVisitor:
    """`async with AsyncVisitor(listener, edge, name) as visit:` while the block serves the
    tunnel (`await listener.serve_forever()`), a third party waits for the edge to have it,
    GETs `path` through the public port, notes `listener.public_url`, and closes the listener,
    which ends the serving call. `visit.response` / `visit.public_url` are set after."""

    def __init__(self, listener: AsyncTunnelListener, edge: Any, name: str, path: str) -> None:
        self._listener, self._edge, self._name, self._path = listener, edge, name, path
        self.response: Any = None
        self.public_url = ""

    async def _visit(self) -> None:
        import httpx

        try:
            await asyncio.to_thread(self._edge.wait_tunnel, self._name)
            self.public_url = self._listener.public_url
            port = self._edge.tunnel_edge.public_port
            host = f"{self._name}.{self._edge.tunnel_edge.zone}"
            async with httpx.AsyncClient(trust_env=False, timeout=30) as http:
                self.response = await http.get(
                    f"http://127.0.0.1:{port}{self._path}", headers={"Host": host}
                )
        finally:
            await self._listener.aclose()

    async def __aenter__(self) -> AsyncVisitor:
        self._task = asyncio.create_task(self._visit())
        return self

    async def __aexit__(self, *exc: object) -> None:
        await asyncio.wait_for(self._task, 30)


class Visitor:
    """The sync twin of `AsyncVisitor`: the visit runs on a thread while the block waits in
    `listener.wait()`, and ends it with `listener.close()`."""

    def __init__(self, listener: TunnelListener, edge: Any, name: str, path: str) -> None:
        self._listener, self._edge, self._name, self._path = listener, edge, name, path
        self.response: Any = None
        self.public_url = ""
        self._error: BaseException | None = None

    def _visit(self) -> None:
        import httpx

        try:
            self._edge.wait_tunnel(self._name)
            self.public_url = self._listener.public_url
            port = self._edge.tunnel_edge.public_port
            host = f"{self._name}.{self._edge.tunnel_edge.zone}"
            self.response = httpx.get(
                f"http://127.0.0.1:{port}{self._path}",
                headers={"Host": host},
                trust_env=False,
                timeout=30,
            )
        except BaseException as exc:  # reported by __exit__, on the test's thread
            self._error = exc
        finally:
            self._listener.close()

    def __enter__(self) -> Visitor:
        self._thread = threading.Thread(target=self._visit, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._thread.join(30)
        if self._error is not None:
            raise self._error
