"""Tunnel demo: a small Starlette app on a public URL, through the local emulator's tunnel edge.

Run it with `make demo` (or `python examples/tunnel.py`). Nothing leaves this machine and no
root is needed: the emulator and its edge run in this process on free loopback ports, the app
runs in-process (no port of its own), and `inkbox.tunnels.connect()` dials the edge over TLS +
HTTP/2 exactly as it dials Inkbox. The demo prints the public URL, fetches it, and opens a
WebSocket through it.
"""

from __future__ import annotations

import base64
import os
import socket
import tempfile
import threading
from pathlib import Path

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket

from inkbox import Inkbox
from inkbox_emulator import run_in_thread
from inkbox_emulator.edge.settings import EdgeSettings

NAME = "demo-app"


async def home(request: Request) -> JSONResponse:
    return JSONResponse({"hello": "world", "path": request.url.path, "via": request.url.hostname})


async def shout(websocket: WebSocket) -> None:
    await websocket.accept()
    async for text in websocket.iter_text():
        await websocket.send_text(text.upper())


app = Starlette(routes=[Route("/", home), WebSocketRoute("/ws", shout)])


def websocket_roundtrip(port: int, host: str, path: str, text: str) -> str:
    """A third party's WebSocket through the public port: send `text`, return the reply.
    (Plain sockets, so the demo needs no WebSocket library.)"""
    key = base64.b64encode(os.urandom(16)).decode()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(
            f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: {key}\r\n\r\n".encode()
        )
        head = b""
        while b"\r\n\r\n" not in head:
            head += sock.recv(1)
        status_line = head.split(b"\r\n", 1)[0].decode()
        print(f"  WebSocket handshake: {status_line}")
        payload = text.encode()  # short text frame, masked as a client must
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        sock.sendall(bytes([0x81, 0x80 | len(payload)]) + mask + masked)
        first, length = sock.recv(2)
        reply = b""
        while len(reply) < (length & 0x7F):
            reply += sock.recv((length & 0x7F) - len(reply))
        assert first == 0x81, "expected one text frame"
        close = bytes(b ^ mask[i] for i, b in enumerate((1000).to_bytes(2, "big")))
        sock.sendall(bytes([0x88, 0x82]) + mask + close)
        return reply.decode()


def main() -> None:
    ca_file = Path(tempfile.mkdtemp(prefix="inkbox-demo-")) / "ca.pem"
    edge = EdgeSettings(zone="localhost", edge_port=0, public_port=0, ca_file=str(ca_file))
    server = run_in_thread(tunnel_edge=edge)
    # The edge's certificate comes from the emulator's own CA: trust it as you would export
    # SSL_CERT_FILE in a shell. (Against Inkbox itself, none of this set-up is needed.)
    os.environ["SSL_CERT_FILE"] = str(ca_file)
    # A home of its own, so the demo's tunnel state never lands in your ~/.inkbox.
    os.environ["HOME"] = str(ca_file.parent)
    edge = server.config.tunnel_edge
    assert edge is not None
    try:
        with Inkbox(api_key=server.admin_key, base_url=server.url) as inkbox:
            inkbox.tunnels.create(name=NAME)
            connected = threading.Event()

            def on_status(status: str) -> None:  # called on the listener's thread
                if status == "connected":
                    connected.set()

            listener = inkbox.tunnels.connect(name=NAME, forward_to=app, on_status=on_status)
            try:
                if not connected.wait(15):
                    raise SystemExit(f"the tunnel did not connect: {listener.status}")
                print(f"Public URL: {listener.public_url}")
                host = f"{NAME}.{edge.zone}"
                # The emulator's public side is plain HTTP on its own port, routed by Host:
                # `curl http://demo-app.localhost:PORT/` from a shell.
                print(f"  (locally: curl http://{host}:{edge.public_port}/)")
                response = httpx.get(
                    f"http://127.0.0.1:{edge.public_port}/",
                    headers={"Host": host},
                    trust_env=False,
                    timeout=30,
                )
                print(f"GET / -> {response.status_code} {response.json()}")
                reply = websocket_roundtrip(edge.public_port, host, "/ws", "hello tunnel")
                print(f"WebSocket: sent 'hello tunnel', got {reply!r}")
                print(f"Listener status: {listener.status}")
            finally:
                listener.close()
    finally:
        server.stop()
    print("Done.")


if __name__ == "__main__":
    main()
