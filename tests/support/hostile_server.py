"""A raw socket server on loopback for answers no well-behaved HTTP server would send.

Each connection reads one request (headers and a `Content-Length` body), records it, then hands
the socket to `respond`, which writes whatever bytes the test needs (a trickle, a gzip bomb, a
redirect, a lie about the status) and the connection closes. `ScriptedServer` covers the polite
cases; this one covers the hostile ones.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Self

__all__ = ["HostileServer", "http_response"]


def http_response(
    status: int, body: bytes = b"{}", headers: dict[str, str] | None = None, reason: str = "X"
) -> bytes:
    """One HTTP/1.1 response as bytes (`Content-Length` added unless given)."""
    fields = {"Content-Type": "application/json", "Connection": "close", **(headers or {})}
    fields.setdefault("Content-Length", str(len(body)))
    head = "".join(f"{k}: {v}\r\n" for k, v in fields.items())
    return f"HTTP/1.1 {status} {reason}\r\n{head}\r\n".encode() + body


class HostileServer:
    def __init__(self, respond: Callable[[socket.socket], None]) -> None:
        self.respond = respond
        self.requests: list[bytes] = []
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.05)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._sock.getsockname()[:2]
        return f"http://{host}:{port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            data = b""
            try:
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    data += chunk
                head, _, rest = data.partition(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value.strip())
                while len(rest) < length:
                    rest += conn.recv(65536)
                self.requests.append(head)
                self.respond(conn)
            except OSError:
                return

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join()
        self._sock.close()
