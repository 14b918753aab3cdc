"""Passthrough mode: a third party's TLS connection, terminated here, served as HTTP/1.1.

The edge relays raw TLS bytes on a `tcp-stream` bridge; this module decrypts them with the
tunnel's own certificate (in memory: `ssl.MemoryBIO`, no socket), parses HTTP/1.1 with h11,
forwards each request like edge mode does, and encrypts the replies. Requests on one
connection are served in order (HTTP/1.1 has no multiplexing); keep-alive is honoured.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import Callable

import h11

from ._forward import Forwarder, Reply, UrlForwarder, local_reply
from ._passthrough_h2 import H2Server
from ._websocket import WsAccepted, WsPeer, accept_key, open_url_websocket
from ._wire import HOP_BY_HOP_RESPONSE, Envelope, path_is_safe
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

__all__ = ["serve_tls_stream"]

_MAX_HEAD = 64 * 1024
# Codes of the CLOSE frame that ends the bridge (reference §3.6).
CLEAN_EOF, PROTOCOL_ERROR, TLS_ERROR, INBOUND_ERROR = 1000, 1002, 1011, 1011
HALF_CLOSE_GRACE = 5.0  # after one side of a WebSocket closes, how long the other may finish


async def serve_tls_stream(
    *,
    tcp_id: str,
    context: ssl.SSLContext,
    forwarder: Forwarder,
    inbox: asyncio.Queue[Message],
    send: Callable[[bytes], None],
    consumed: Callable[[], None],
    max_inbound_body_bytes: int,
) -> tuple[int, str]:
    """Serve one connection until it ends; returns the (code, reason) to close the bridge.

    `consumed` is called once each chunk from `inbox` has been dealt with (flow control)."""
    conn = _TlsHttp(context, send)
    while True:
        message = await inbox.get()
        eof = message.type == "close"
        data = message.data if isinstance(message.data, bytes) else b""
        try:
            plain, eof = conn.decrypt(data, eof=eof)
        except ssl.SSLError:
            conn.flush()
            return TLS_ERROR, "tls-error"
        if not conn.handshaken:
            if eof:
                return CLEAN_EOF, "clean-eof"
            consumed()
            continue
        if conn.tls.selected_alpn_protocol() == "h2":
            return await _serve_h2(
                conn,
                plain,
                eof,
                tcp_id=tcp_id,
                forwarder=forwarder,
                inbox=inbox,
                consumed=consumed,
                max_inbound_body_bytes=max_inbound_body_bytes,
            )
        try:
            requests = conn.requests(plain, eof=eof)
            for request, body in requests:
                if _is_websocket(request) and isinstance(forwarder, UrlForwarder):
                    return await _websocket(
                        conn, request, forwarder, tcp_id=tcp_id, inbox=inbox, consumed=consumed
                    )
                reply = await _dispatch(request, body, tcp_id, forwarder, max_inbound_body_bytes)
                if not conn.respond(reply):
                    return conn.shutdown()
            if conn.closed or eof:
                return conn.shutdown()
            consumed()
        except h11.RemoteProtocolError:
            if conn.http.our_state in (h11.IDLE, h11.SEND_RESPONSE):
                conn.respond(local_reply(400, None, "bad request"))
            return PROTOCOL_ERROR, "protocol-error"


class _TlsHttp:
    """TLS over memory buffers, and h11 over the plaintext."""

    def __init__(self, context: ssl.SSLContext, send: Callable[[bytes], None]) -> None:
        self._in, self._out = ssl.MemoryBIO(), ssl.MemoryBIO()
        self.tls = context.wrap_bio(self._in, self._out, server_side=True)
        self.http = h11.Connection(h11.SERVER, max_incomplete_event_size=_MAX_HEAD)
        self._send = send
        self.handshaken = False
        self.closed = False
        self._request: h11.Request | None = None
        self._body = bytearray()

    def flush(self) -> None:
        data = self._out.read()
        if data:
            self._send(data)

    def decrypt(self, data: bytes, *, eof: bool) -> tuple[bytes, bool]:
        """Feed TLS bytes; the plaintext now readable, and whether the stream has ended."""
        if data:
            self._in.write(data)
        if eof:
            self._in.write_eof()
        if not self.handshaken:
            try:
                self.tls.do_handshake()
            except ssl.SSLWantReadError:
                self.flush()
                return b"", eof
            self.handshaken = True
            self.flush()
        plain = bytearray()
        while True:
            try:
                chunk = self.tls.read(65536)
            except ssl.SSLWantReadError:
                break
            except (ssl.SSLZeroReturnError, ssl.SSLEOFError):
                return bytes(plain), True
            if not chunk:
                return bytes(plain), True
            plain += chunk
        return bytes(plain), eof

    def requests(self, plain: bytes, *, eof: bool) -> list[tuple[h11.Request, bytes]]:
        """Complete requests in the plaintext so far (pipelined ones in order)."""
        if plain:
            self.http.receive_data(plain)
        if eof:
            self.http.receive_data(b"")
        out: list[tuple[h11.Request, bytes]] = []
        while True:
            event = self.http.next_event()
            if event is h11.NEED_DATA or event is h11.PAUSED:
                return out
            if isinstance(event, h11.Request):
                self._request, self._body = event, bytearray()
            elif isinstance(event, h11.Data):
                self._body += event.data
            elif isinstance(event, h11.EndOfMessage) and self._request is not None:
                out.append((self._request, bytes(self._body)))
                self._request = None
            elif isinstance(event, h11.ConnectionClosed):
                self.closed = True
                return out

    def respond(self, reply: Reply) -> bool:
        """Send a reply; whether the connection stays open for another request."""
        headers = [
            (name, value)
            for name, value in reply.headers
            if name.lower() not in HOP_BY_HOP_RESPONSE and name.lower() != "content-length"
        ]
        headers.append(("content-length", str(len(reply.body))))
        for event in (
            h11.Response(status_code=reply.status, headers=headers),
            h11.Data(data=reply.body),
            h11.EndOfMessage(),
        ):
            data = self.http.send(event)
            if data:
                self.tls.write(data)
        self.flush()
        if self.http.our_state is h11.DONE and self.http.their_state is h11.DONE:
            self.http.start_next_cycle()
            return True
        return False

    def shutdown(self) -> tuple[int, str]:
        """Send TLS close_notify (it goes out before the CLOSE frame); a clean end."""
        with contextlib.suppress(ssl.SSLError):
            self.tls.unwrap()
        self.flush()
        return CLEAN_EOF, "clean-eof"


async def _serve_h2(
    conn: _TlsHttp,
    first: bytes,
    eof: bool,
    *,
    tcp_id: str,
    forwarder: Forwarder,
    inbox: asyncio.Queue[Message],
    consumed: Callable[[], None],
    max_inbound_body_bytes: int,
) -> tuple[int, str]:
    """The rest of a connection whose third party chose HTTP/2 in ALPN."""

    def wrote() -> None:
        data = server.data_to_send()
        if data:
            conn.tls.write(data)
            conn.flush()

    server = H2Server(
        forwarder.http, wrote, tcp_id=tcp_id, max_inbound_body_bytes=max_inbound_body_bytes
    )
    try:
        if first:
            server.receive(first)
        wrote()
        while not server.ended and not eof:
            consumed()
            message = await inbox.get()
            data = message.data if isinstance(message.data, bytes) else b""
            plain, eof = conn.decrypt(data, eof=message.type == "close")
            if plain:
                server.receive(plain)
            wrote()
    except ssl.SSLError:
        return TLS_ERROR, "tls-error"
    finally:
        await server.aclose()
    return conn.shutdown()


def _is_websocket(request: h11.Request) -> bool:
    return any(
        name.lower() == b"upgrade" and value.lower() == b"websocket"
        for name, value in request.headers
    )


def _envelope(request: h11.Request, body: bytes, tcp_id: str) -> Envelope:
    return Envelope(
        request_id=tcp_id,
        method=request.method.decode("latin-1"),
        path=request.target.decode("latin-1"),
        headers=tuple(
            (name.decode("latin-1").lower(), value.decode("latin-1"))
            for name, value in request.headers
        ),
        body=body,
    )


async def _websocket(
    conn: _TlsHttp,
    request: h11.Request,
    forwarder: UrlForwarder,
    *,
    tcp_id: str,
    inbox: asyncio.Queue[Message],
    consumed: Callable[[], None],
) -> tuple[int, str]:
    """An inbound WebSocket (HTTP/1.1 Upgrade) relayed to the upstream's WebSocket."""
    envelope = _envelope(request, b"", tcp_id)
    if not path_is_safe(envelope.path):
        conn.respond(local_reply(400, "invalid-path", "invalid path"))
        return conn.shutdown()
    opened = await open_url_websocket(forwarder, envelope)
    if not isinstance(opened, WsAccepted):
        conn.respond(opened)
        return conn.shutdown()
    key = dict(envelope.headers).get("sec-websocket-key", "")
    headers = [("upgrade", "websocket"), ("connection", "Upgrade")]
    headers.append(("sec-websocket-accept", accept_key(key)))
    headers += [
        (k, v)
        for k, v in opened.headers
        if k.lower() == "sec-websocket-protocol"
        or (k.lower() not in HOP_BY_HOP_RESPONSE and not k.lower().startswith("sec-websocket-"))
    ]
    head = conn.http.send(h11.InformationalResponse(status_code=101, headers=headers))
    conn.tls.write(head or b"")
    conn.flush()
    relay = _WsRelay(conn, opened.peer, inbox, consumed)
    leftover, _ = conn.http.trailing_data
    inbound = asyncio.create_task(relay.inbound(leftover))
    outbound = asyncio.create_task(relay.outbound())
    tasks = {inbound, outbound}
    try:
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        if inbound in done and not outbound.done():
            # The third party closed: let the upstream's last messages and its close through.
            await asyncio.wait({outbound}, timeout=HALF_CLOSE_GRACE)
        code, reason = done.pop().result()
    except ssl.SSLError:
        code, reason = TLS_ERROR, "tls-error"
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await opened.peer.aclose()
    return conn.shutdown() if code == CLEAN_EOF else (code, reason)


class _WsRelay:
    """Both directions of a passthrough WebSocket: third party (TLS) ⇄ upstream peer."""

    def __init__(
        self,
        conn: _TlsHttp,
        peer: WsPeer,
        inbox: asyncio.Queue[Message],
        consumed: Callable[[], None],
    ) -> None:
        self._conn = conn
        self._peer = peer
        self._inbox = inbox
        self._consumed = consumed
        self._frames = FrameDecoder()
        self._messages = _Reassembler()

    def _to_third_party(self, frame: bytes) -> None:
        self._conn.tls.write(frame)
        self._conn.flush()

    async def inbound(self, first: bytes) -> tuple[int, str]:
        data = first
        while True:
            for frame in self._frames.feed(data):
                if frame.opcode == PING:
                    self._to_third_party(encode_frame(PONG, frame.payload, mask=False))
                    continue
                message = self._messages.add(frame.opcode, frame.fin, frame.payload)
                if message is not None:
                    await self._peer.send(message)
                    if message.type == "close":
                        return CLEAN_EOF, "clean-eof"
            self._consumed()
            chunk = await self._inbox.get()
            raw = chunk.data if isinstance(chunk.data, bytes) else b""
            data, eof = self._conn.decrypt(raw, eof=chunk.type == "close")
            if eof:
                await self._peer.send(Message("close", code=1001))
                return CLEAN_EOF, "clean-eof"

    async def outbound(self) -> tuple[int, str]:
        while True:
            message = await self._peer.receive()
            if message.type == "close":
                payload = message.code.to_bytes(2, "big") + message.reason.encode()[:123]
                self._to_third_party(encode_frame(CLOSE, payload, mask=False))
                return CLEAN_EOF, "clean-eof"
            if isinstance(message.data, str):
                self._to_third_party(encode_frame(TEXT, message.data.encode(), mask=False))
            else:
                self._to_third_party(encode_frame(BINARY, message.data, mask=False))


class _Reassembler:
    """Whole messages from a third party's (possibly fragmented) frames."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []
        self._opcode = 0

    def add(self, opcode: int, fin: bool, payload: bytes) -> Message | None:
        if opcode == CLOSE:
            code = int.from_bytes(payload[:2], "big") if len(payload) >= 2 else 1005
            return Message("close", code=code, reason=payload[2:].decode(errors="replace"))
        if opcode not in (TEXT, BINARY, CONTINUATION):
            return None  # pong or unknown: nothing to relay
        if opcode != CONTINUATION:
            self._opcode, self._parts = opcode, []
        self._parts.append(payload)
        if not fin:
            return None
        whole = b"".join(self._parts)
        self._parts = []
        if self._opcode == TEXT:
            return Message("text", whole.decode(errors="replace"))
        return Message("binary", whole)


async def _dispatch(
    request: h11.Request, body: bytes, tcp_id: str, forwarder: Forwarder, max_in: int
) -> Reply:
    path = request.target.decode("latin-1")
    if not path_is_safe(path):
        return local_reply(400, "invalid-path", "invalid path")
    if len(body) > max_in:
        return local_reply(413, "request-body-too-large", "request body too large")
    envelope = _envelope(request, body, tcp_id)
    try:
        return await forwarder.http(envelope)
    except Exception:
        return local_reply(500, None, "internal error")
