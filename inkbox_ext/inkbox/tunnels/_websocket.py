"""The local end of a bridged WebSocket: an upstream URL or an ASGI app (reference §3.5).

Opening one returns either `WsAccepted` (reply headers for the edge, and a `WsPeer` to pump
messages through) or a `Reply` that refuses the upgrade. Messages are whole: fragments from
the upstream are reassembled here, since the bridge cannot carry them.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import os
import ssl
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlsplit

from ._forward import AsgiForwarder, Reply, UrlForwarder, local_reply
from ._wire import Envelope, Header, request_headers
from ._wsframe import (
    BINARY,
    CLOSE,
    CONTINUATION,
    PING,
    PONG,
    TEXT,
    FrameDecoder,
    Message,
    encode_frame,
)

__all__ = ["WsAccepted", "WsPeer", "accept_key", "open_asgi_websocket", "open_url_websocket"]

_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
_MAX_HEAD = 64 * 1024


class WsPeer(Protocol):
    async def send(self, message: Message) -> None:
        """Deliver a message from the third party (a `close` message ends the peer)."""

    async def receive(self) -> Message:
        """The next message for the third party; a `close` message is the last."""

    async def aclose(self) -> None:
        """Release the connection or app task (the bridge is over, whatever ended it)."""


@dataclass(frozen=True, slots=True)
class WsAccepted:
    headers: list[Header]
    peer: WsPeer


# -- URL upstream ------------------------------------------------------------------------------


async def open_url_websocket(forwarder: UrlForwarder, envelope: Envelope) -> WsAccepted | Reply:
    """Handshake with the upstream at `forwarder.base_url + path` over HTTP/1.1."""
    parts = urlsplit(forwarder.base_url + envelope.path)
    tls: ssl.SSLContext | None = None
    if parts.scheme == "https":
        verify = forwarder.ssl_context()
        if isinstance(verify, ssl.SSLContext):
            tls = verify
        else:
            tls = ssl.create_default_context()
            if not verify:
                tls.check_hostname = False
                tls.verify_mode = ssl.CERT_NONE
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        reader, writer = await asyncio.open_connection(
            parts.hostname, port, ssl=tls, limit=_MAX_HEAD
        )
    except OSError:
        return local_reply(502, "upstream-error", "upstream error")
    key = base64.b64encode(os.urandom(16)).decode()
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    offered = [v for k, v in envelope.headers if k == "sec-websocket-protocol"]
    lines = [
        f"GET {target} HTTP/1.1",
        f"Host: {forwarder.netloc}",
        "Connection: Upgrade",
        "Upgrade: websocket",
        "Sec-WebSocket-Version: 13",
        f"Sec-WebSocket-Key: {key}",
    ]
    lines += [f"Sec-WebSocket-Protocol: {v}" for v in offered]
    headers = request_headers(
        envelope, host=forwarder.netloc, public_host=forwarder.public_host, websocket=True
    )
    lines += [f"{k}: {v}" for k, v in headers[1:]]  # Host is already the first line
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, OSError):
        writer.close()
        return local_reply(502, "ws-upstream-failed", "websocket upstream failed")
    status, reply_headers = _parse_head(head)
    fields = {k.lower(): v for k, v in reply_headers}
    if status != 101:
        writer.close()
        return Reply(status, reply_headers, b"")
    expected = accept_key(key)
    chosen = fields.get("sec-websocket-protocol")
    offered_set = {p.strip() for v in offered for p in v.split(",")}
    if (
        fields.get("sec-websocket-accept") != expected
        or "sec-websocket-extensions" in fields
        or (chosen is not None and chosen not in offered_set)
    ):
        writer.close()
        return local_reply(502, "ws-upstream-failed", "websocket upstream failed")
    return WsAccepted(reply_headers, _UrlPeer(reader, writer))


def accept_key(key: str) -> str:
    """`Sec-WebSocket-Accept` for a `Sec-WebSocket-Key` (RFC 6455 §4.2.2)."""
    return base64.b64encode(hashlib.sha1(key.encode() + _GUID).digest()).decode()  # noqa: S324


def _parse_head(head: bytes) -> tuple[int, list[Header]]:
    lines = head.decode("latin-1").split("\r\n")
    try:
        status = int(lines[0].split(" ", 2)[1])
    except (IndexError, ValueError):
        status = 502
    headers: list[Header] = []
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers.append((name.strip().lower(), value.strip()))
    return status, headers


class _UrlPeer:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer
        self._frames = FrameDecoder()
        self._pending: list[Message] = []
        self._fragments: list[bytes] = []
        self._fragment_opcode = 0

    async def send(self, message: Message) -> None:
        if self._writer.is_closing():
            return
        if message.type == "close":
            # The upstream answers with its own CLOSE (read by `receive`); `aclose` ends the
            # connection, so messages it sent before that are not lost.
            payload = message.code.to_bytes(2, "big") + message.reason.encode()[:123]
            self._writer.write(encode_frame(CLOSE, payload, mask=True))
            await self._writer.drain()
            return
        if isinstance(message.data, str):
            self._writer.write(encode_frame(TEXT, message.data.encode(), mask=True))
        else:
            self._writer.write(encode_frame(BINARY, message.data, mask=True))
        await self._writer.drain()

    async def aclose(self) -> None:
        self._writer.close()
        with contextlib.suppress(OSError):
            await self._writer.wait_closed()

    async def receive(self) -> Message:
        while not self._pending:
            data = await self._reader.read(65536)
            if not data:
                return Message("close", code=1006)
            for frame in self._frames.feed(data):
                self._on_frame(frame.opcode, frame.fin, frame.payload)
        return self._pending.pop(0)

    def _on_frame(self, opcode: int, fin: bool, payload: bytes) -> None:
        if opcode == PING:
            self._writer.write(encode_frame(PONG, payload, mask=True))
        elif opcode == CLOSE:
            code = int.from_bytes(payload[:2], "big") if len(payload) >= 2 else 1005
            self._pending.append(
                Message("close", code=code, reason=payload[2:].decode(errors="replace"))
            )
        elif opcode in (TEXT, BINARY, CONTINUATION):
            if opcode != CONTINUATION:
                self._fragment_opcode, self._fragments = opcode, []
            self._fragments.append(payload)
            if fin:
                whole = b"".join(self._fragments)
                self._fragments = []
                if self._fragment_opcode == TEXT:
                    self._pending.append(Message("text", whole.decode(errors="replace")))
                else:
                    self._pending.append(Message("binary", whole))


# -- ASGI app ----------------------------------------------------------------------------------


async def open_asgi_websocket(forwarder: AsgiForwarder, envelope: Envelope) -> WsAccepted | Reply:
    """Run the app's WebSocket scope until it accepts (or refuses) the connection."""
    to_app: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    from_app: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    async def run() -> None:
        try:
            await forwarder.app(forwarder.scope(envelope, "ws"), to_app.get, from_app.put)
        finally:
            # the app returning is a close, whether or not it said so
            await from_app.put({"type": "websocket.close", "code": 1000})

    task = asyncio.create_task(run())
    await to_app.put({"type": "websocket.connect"})
    first = await from_app.get()
    if first["type"] == "websocket.accept":
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in first.get("headers", [])]
        if first.get("subprotocol"):
            headers.append(("sec-websocket-protocol", first["subprotocol"]))
        return WsAccepted(headers, _AsgiPeer(task, to_app, from_app))
    task.cancel()
    if first["type"] == "websocket.http.response.start":
        return Reply(int(first["status"]), [], b"")
    return local_reply(403, None, "websocket refused")


class _AsgiPeer:
    def __init__(
        self,
        task: asyncio.Task[None],
        to_app: asyncio.Queue[dict[str, Any]],
        from_app: asyncio.Queue[dict[str, Any]],
    ) -> None:
        self._task = task
        self._to_app = to_app
        self._from_app = from_app

    async def send(self, message: Message) -> None:
        if message.type == "close":
            await self._to_app.put({"type": "websocket.disconnect", "code": message.code})
        elif isinstance(message.data, str):
            await self._to_app.put({"type": "websocket.receive", "text": message.data})
        else:
            await self._to_app.put({"type": "websocket.receive", "bytes": message.data})

    async def aclose(self) -> None:
        if not self._task.done():
            await self._to_app.put({"type": "websocket.disconnect", "code": 1001})
            _, pending = await asyncio.wait({self._task}, timeout=1.0)
            for task in pending:
                task.cancel()

    async def receive(self) -> Message:
        while True:
            event = await self._from_app.get()
            if event["type"] == "websocket.send":
                if event.get("text") is not None:
                    return Message("text", event["text"])
                return Message("binary", event.get("bytes") or b"")
            if event["type"] == "websocket.close":
                return Message(
                    "close", code=int(event.get("code", 1000)), reason=event.get("reason") or ""
                )
