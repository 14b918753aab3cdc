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

from ._forward import Forwarder, Reply, local_reply
from ._wire import HOP_BY_HOP_RESPONSE, Envelope, path_is_safe
from ._wsframe import Message

__all__ = ["serve_tls_stream"]

_MAX_HEAD = 64 * 1024
# Codes of the CLOSE frame that ends the bridge (reference §3.6).
CLEAN_EOF, PROTOCOL_ERROR, TLS_ERROR, INBOUND_ERROR = 1000, 1002, 1011, 1011


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
        try:
            requests = conn.requests(plain, eof=eof)
            for request, body in requests:
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


async def _dispatch(
    request: h11.Request, body: bytes, tcp_id: str, forwarder: Forwarder, max_in: int
) -> Reply:
    path = request.target.decode("latin-1")
    if not path_is_safe(path):
        return local_reply(400, "invalid-path", "invalid path")
    if len(body) > max_in:
        return local_reply(413, "request-body-too-large", "request body too large")
    envelope = Envelope(
        request_id=tcp_id,
        method=request.method.decode("latin-1"),
        path=path,
        headers=tuple(
            (name.decode("latin-1").lower(), value.decode("latin-1"))
            for name, value in request.headers
        ),
        body=body,
    )
    try:
        return await forwarder.http(envelope)
    except Exception:
        return local_reply(500, None, "internal error")
