"""The public side: plain HTTP/1.1 (h11) on `--tunnel-public-port`, routed by `Host`.

`http://{name}.{ZONE}:PORT/x` → the tunnel named `name` (curl resolves `*.localhost` to
loopback). Each request becomes a request envelope on a parked intake (reference §3.1), its
body streamed as DATA as it arrives; the response post's status, `inkbox-h-*` headers and DATA
are streamed back. Failures the third party sees: 404 (no such tunnel), 502 (no client
connected, or its connection died mid-request), 504 (no reply within the deadline + 2 s),
413 (body over the cap), 431 (headers over the cap).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
import uuid
from collections import deque
from typing import TYPE_CHECKING, Any

import attrs
import h11

from ..store import tunnels as store_tunnels
from .h2conn import Stream, StreamGone
from .links import Link, Links

if TYPE_CHECKING:
    from .bridge import Bridge
    from .settings import EdgeSettings

__all__ = [
    "HOP_BY_HOP_RESPONSE",
    "Exchange",
    "Public",
    "Refusal",
    "RequestLog",
    "intake_by",
    "next_event",
    "relay",
    "reply_headers",
]

log = logging.getLogger("inkbox_emulator.edge")

_WILDCARDS = frozenset({"0.0.0.0", "::"})  # noqa: S104 -- compared against, never bound
BODY_PATH = "/_inkbox/body/"  # offloaded bodies, on the public port under a non-tunnel Host
MAX_HEAD = 256 * 1024  # h11's own limit; our 431 decides below it
_FORWARDING = frozenset({"forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto"})
HOP_BY_HOP_RESPONSE = frozenset(
    {
        "connection",
        "keep-alive",
        "transfer-encoding",
        "upgrade",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "content-length",
    }
)

Headers = list[tuple[str, str]]


class Refusal(Exception):
    """An answer the edge gives the third party itself (404/413/431/502/504)."""

    def __init__(self, status: int, reason: str, text: str) -> None:
        super().__init__(text)
        self.status = status
        self.reason = reason
        self.text = text


@attrs.define(eq=False)
class Exchange:
    """One third-party request on its HTTP/1.1 connection."""

    conn: h11.Connection
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    method: str
    target: str
    headers: Headers
    peer_ip: str
    link: Link | None = None

    def header(self, name: str) -> str | None:
        return _header(self.headers, name)

    async def next_event(self) -> Any:
        return await next_event(self.conn, self.reader)

    def write(self, event: Any) -> None:
        self.writer.write(self.conn.send(event) or b"")


class RequestLog:
    """The last requests through the edge, for `/_emulator/tunnel-edge/requests`."""

    def __init__(self, size: int = 500) -> None:
        self.entries: deque[dict[str, Any]] = deque(maxlen=size)

    def add(self, **entry: Any) -> None:
        self.entries.append(entry)


def reply_headers(reply: Stream) -> Headers:
    """`inkbox-h-X` → `X`, repeats kept in order; no hop-by-hop, no `inkbox-*` (the SDK's
    reason travels as `inkbox-h-inkbox-reason`)."""
    out = []
    for name, value in reply.headers:
        if name.startswith("inkbox-h-"):
            real = name[len("inkbox-h-") :]
            if real.startswith("inkbox-") or real in HOP_BY_HOP_RESPONSE:
                continue
            out.append((real, value))
    return out


class Public:
    def __init__(self, links: Links, settings: EdgeSettings, log: RequestLog) -> None:
        self.links = links
        self.settings = settings
        self.log = log
        self.connections: set[asyncio.StreamWriter] = set()
        self.bridges: set[Bridge] = set()
        self.bodies: dict[str, bytes] = {}  # offloaded request bodies by token

    # ── one TCP connection ─────────────────────────────────────────────────

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections.add(writer)
        peer = writer.get_extra_info("peername")
        peer_ip = str(peer[0]) if peer else "unknown"
        conn = h11.Connection(h11.SERVER, max_incomplete_event_size=MAX_HEAD)
        try:
            while True:
                event = await next_event(conn, reader)
                if not isinstance(event, h11.Request):
                    break
                if not await self._request(conn, reader, writer, event, peer_ip):
                    break
                if conn.our_state is not h11.DONE or conn.their_state is not h11.DONE:
                    break
                conn.start_next_cycle()
        except h11.RemoteProtocolError as exc:
            if conn.our_state in (h11.IDLE, h11.SEND_RESPONSE):
                status = exc.error_status_hint
                await _simple(conn, writer, status, "bad-request", f"{exc}\n")
        except (ConnectionError, OSError, h11.LocalProtocolError, StreamGone):
            pass
        except Exception:  # a bug of ours: say so (500) rather than close without a word
            log.exception("public request from %s failed", peer_ip)
            if conn.our_state in (h11.IDLE, h11.SEND_RESPONSE):
                await _simple(conn, writer, 500, "edge-error", "tunnel edge error\n")
        finally:
            if conn.their_state is h11.SEND_BODY and not writer.is_closing():
                await _linger(reader)
            self.connections.discard(writer)
            with contextlib.suppress(Exception):
                writer.close()

    async def _request(
        self,
        conn: h11.Connection,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        request: h11.Request,
        peer_ip: str,
    ) -> bool:
        """Serve one request; False when the connection must close afterwards."""
        started = time.monotonic()
        ex = Exchange(
            conn,
            reader,
            writer,
            method=request.method.decode("latin-1"),
            target=request.target.decode("latin-1"),
            headers=[(n.decode("latin-1"), v.decode("latin-1")) for n, v in request.headers],
            peer_ip=peer_ip,
        )
        entry: dict[str, Any] = {"method": ex.method, "path": ex.target, "tunnel": None}
        try:
            host = ex.header("host") or ""
            entry["tunnel"] = self.label(host) or None
            if ex.method == "GET" and ex.target.startswith(BODY_PATH) and not entry["tunnel"]:
                entry["kind"] = "body-fetch"
                entry["status"] = await self._serve_body(ex)
                return True
            ex.link = self.route(host)
            if (ex.header("upgrade") or "").lower() == "websocket":
                # bridge imports this module, so it is imported here (service loads it early)
                from .bridge import serve_websocket

                entry["kind"] = "ws-upgrade"
                entry["status"] = await serve_websocket(self, ex, ex.link)
                return False
            entry["kind"] = "webhook"
            status, keep = await self._http(ex, ex.link)
            entry["status"] = status
            return keep
        except Refusal as refusal:
            entry["status"] = refusal.status
            entry["reason"] = refusal.reason
            if conn.our_state in (h11.IDLE, h11.SEND_RESPONSE):
                await _simple(conn, writer, refusal.status, refusal.reason, refusal.text + "\n")
            return False
        finally:
            entry["duration_ms"] = round((time.monotonic() - started) * 1000, 1)
            self.log.add(**entry)

    def label(self, host: str) -> str:
        """`name` of `Host: name.ZONE[:port]`, or "" for any other host."""
        name = host.rsplit(":", 1)[0].lower() if not host.startswith("[") else host
        suffix = "." + self.settings.zone.lower()
        return name[: -len(suffix)] if name.endswith(suffix) else ""

    def route(self, host: str) -> Link:
        """The connected tunnel serving `Host` (`{name}.{ZONE}`, any port)."""
        label = self.label(host)
        row = store_tunnels.live_tunnel_by_name(self.links.world.store, label) if label else None
        if row is None or "." in label:
            raise Refusal(404, "tunnel-not-found", f"no tunnel serves {host!r}")
        if row["status"] != "active" or row["tls_mode"] != "edge":
            raise Refusal(404, "tunnel-not-found", f"tunnel {label} is not serving HTTP")
        link = self.links.link(row)
        if not link.connected:
            raise Refusal(502, "tunnel-not-connected", f"tunnel {label} has no client connected")
        return link

    def envelope(self, ex: Exchange, request_id: str, kind: str) -> Headers:
        """The intake reply's headers (§3.1); 431 when they would overflow a client."""
        out = [
            ("inkbox-request-id", request_id),
            ("inkbox-method", ex.method),
            ("inkbox-path", ex.target),
            ("inkbox-route-kind", kind),
            ("inkbox-forwarded-for", ex.peer_ip),
        ]
        out += [("inkbox-h-" + n, v) for n, v in ex.headers if n not in _FORWARDING]
        size = sum(len(n) + len(v) + 32 for n, v in out)
        if size > self.settings.max_header_bytes or len(out) > self.settings.max_header_count:
            raise Refusal(431, "request-headers-too-large", "request header fields too large")
        return out

    # ── plain HTTP ─────────────────────────────────────────────────────────

    async def _http(self, ex: Exchange, link: Link) -> tuple[int, bool]:
        cap = self.settings.max_body_bytes
        length = ex.header("content-length")
        size = int(length) if length is not None and length.isdigit() else None
        if size is not None and size > cap:
            raise Refusal(413, "request-body-too-large", "request body too large")
        offload = self.settings.body_offload_bytes
        request_id = uuid.uuid4().hex
        envelope = self.envelope(ex, request_id, "webhook")
        deadline = time.monotonic() + self.settings.reply_budget
        pending = self.links.expect(link, request_id)
        token = None
        try:
            if offload is not None and size is not None and size > offload:
                # Body offload (§3.1.1): the body waits here, the client GETs it by URI.
                token = secrets.token_urlsafe(24)
                self.bodies[token] = await _read_body(ex, cap)
                envelope.append(("inkbox-body-uri", self.body_uri(token)))
            intake = await intake_by(link, deadline)
            try:
                intake.respond(200, envelope, end=token is not None)
                if token is None:
                    await _stream_body(ex, intake, cap)
            except StreamGone:
                raise Refusal(
                    502, "tunnel-connection-lost", "the tunnel client went away"
                ) from None
            remaining = deadline - time.monotonic()
            try:
                reply = await asyncio.wait_for(pending.reply, max(0.0, remaining))
            except TimeoutError:
                raise Refusal(
                    504, "tunnel-deadline", "the tunnel client did not answer in time"
                ) from None
            return await relay(ex, reply)
        except ThirdPartyGone:
            return 499, False
        finally:
            self.links.forget(link, pending)
            if token is not None:
                self.bodies.pop(token, None)

    def body_uri(self, token: str) -> str:
        # A wildcard bind is reached through loopback (the client runs on this machine).
        host = self.settings.host if self.settings.host not in _WILDCARDS else "127.0.0.1"
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{self.settings.public_port}{BODY_PATH}{token}"

    async def _serve_body(self, ex: Exchange) -> int:
        """GET of an offloaded body (once; no credentials, as the client sends none)."""
        await _read_body(ex, 0)  # a GET has none; reach its end so the connection is reusable
        body = self.bodies.pop(ex.target[len(BODY_PATH) :], None)
        if body is None:
            raise Refusal(404, "unknown-body", "no such request body")
        headers = [("content-type", "application/octet-stream"), ("content-length", str(len(body)))]
        ex.write(h11.Response(status_code=200, headers=headers))
        ex.write(h11.Data(data=body))
        ex.write(h11.EndOfMessage())
        await ex.writer.drain()
        return 200


class ThirdPartyGone(Exception):
    """The third party closed its connection in the middle of its request body."""


async def _read_body(ex: Exchange, cap: int) -> bytes:
    body = bytearray()
    while True:
        event = await ex.next_event()
        if isinstance(event, h11.Data):
            body += event.data
            if len(body) > cap:
                raise Refusal(413, "request-body-too-large", "request body too large")
        elif isinstance(event, h11.EndOfMessage):
            return bytes(body)
        else:
            raise ThirdPartyGone


async def _stream_body(ex: Exchange, intake: Stream, cap: int) -> None:
    """The request body as intake DATA while it arrives (413 and a reset over `cap`)."""
    if ex.conn.they_are_waiting_for_100_continue:
        ex.write(h11.InformationalResponse(status_code=100, headers=[]))
    total = 0
    while True:
        event = await ex.next_event()
        if isinstance(event, h11.Data):
            total += len(event.data)
            if total > cap:
                intake.reset()
                raise Refusal(413, "request-body-too-large", "request body too large")
            await intake.send(bytes(event.data))
        elif isinstance(event, h11.EndOfMessage):
            await intake.send(b"", end=True)
            return
        else:
            intake.reset()
            raise ThirdPartyGone


async def intake_by(link: Link, deadline: float) -> Stream:
    """A parked intake of `link` before `deadline` (monotonic), else 504."""
    try:
        return await link.take_intake(deadline - time.monotonic())
    except TimeoutError:
        raise Refusal(504, "tunnel-busy", "no tunnel intake became free in time") from None


async def relay(ex: Exchange, reply: Stream) -> tuple[int, bool]:
    """The response post → the third party, body streamed as it arrives."""
    status_text = reply.header("inkbox-status") or ""
    if not status_text.isdigit() or not 200 <= int(status_text) <= 599:
        reply.discard()
        raise Refusal(502, "bad-tunnel-response", "the tunnel client sent an invalid status")
    status = int(status_text)
    headers = reply_headers(reply)
    bodiless = ex.method == "HEAD" or status in (204, 304)
    length = reply.header("content-length")
    if length is not None and length.isdigit() and not bodiless:
        headers.append(("content-length", length))
    try:
        ex.write(h11.Response(status_code=status, headers=headers))
    except h11.LocalProtocolError:
        reply.discard()
        raise Refusal(
            502, "bad-tunnel-response", "the tunnel client sent invalid headers"
        ) from None
    if bodiless:
        reply.discard()
    else:
        try:
            while chunk := await reply.read():
                ex.write(h11.Data(data=chunk))
                await ex.writer.drain()
        except (StreamGone, h11.LocalProtocolError):
            # Mid-body there is no status left to send: cut the connection, as a proxy does.
            reply.discard()
            ex.writer.transport.abort()
            return status, False
    ex.write(h11.EndOfMessage())
    await ex.writer.drain()
    return status, True


async def next_event(conn: h11.Connection, reader: asyncio.StreamReader) -> Any:
    while True:
        event = conn.next_event()
        if event is not h11.NEED_DATA:
            return event
        conn.receive_data(await reader.read(65536))


async def _simple(
    conn: h11.Connection, writer: asyncio.StreamWriter, status: int, reason: str, text: str
) -> None:
    body = text.encode()
    headers = [
        ("content-type", "text/plain; charset=utf-8"),
        ("content-length", str(len(body))),
        ("inkbox-reason", reason),
        ("connection", "close"),
    ]
    with contextlib.suppress(h11.LocalProtocolError, ConnectionError, OSError):
        writer.write(conn.send(h11.Response(status_code=status, headers=headers)) or b"")
        writer.write(conn.send(h11.Data(data=body)) or b"")
        writer.write(conn.send(h11.EndOfMessage()) or b"")
        await writer.drain()


async def _linger(reader: asyncio.StreamReader) -> None:
    """Read and drop the rest of a body we answered early (413): closing on unread bytes
    resets the connection, and the third party would lose our answer."""
    with contextlib.suppress(Exception):
        async with asyncio.timeout(2):
            total = 0
            while total < 64 * 1024 * 1024 and (chunk := await reader.read(65536)):
                total += len(chunk)


def _header(headers: Headers, name: str) -> str | None:
    for key, value in headers:
        if key == name:
            return value
    return None
