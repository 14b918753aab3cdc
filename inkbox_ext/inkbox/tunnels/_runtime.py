"""The asyncio driver: the only code of the tunnel client that touches sockets and TLS.

It dials the edge, feeds `TunnelSession` what it reads and writes what it wants, runs its
timers, and turns its events into work: dispatch tasks for requests, pumps for bridges, and
the reconnect policy (reference §4.2-§4.4):

- a lost connection → `reconnecting`, backoff 1 s doubling to 30 s (±25 %), reset to 1 s
  when the lost session had been connected;
- a drain GOAWAY → redial at once without `reconnecting` (make-before-break: replies of
  requests in flight are posted on the new connection, which they wait for up to 5 s);
- a takeover → `superseded`, for good; a refused key → `closed`, for good.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import random
import socket
import ssl
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from ._errors import TunnelAuthError, TunnelSupersededError
from ._events import (
    BridgeClosed,
    BridgeData,
    BridgeMessage,
    BridgeOpened,
    Event,
    HelloAccepted,
    RequestReceived,
    ResponseAcked,
    SessionEnded,
)
from ._forward import AsgiForwarder, Forwarder, Reply, UrlForwarder, local_reply
from ._passthrough import serve_tls_stream
from ._protocol import TunnelSession
from ._websocket import WsAccepted, open_asgi_websocket, open_url_websocket
from ._wire import Envelope, Header
from ._wsframe import Message

__all__ = ["Status", "TunnelRuntime", "dial_target"]

log = logging.getLogger("inkbox.tunnels")

Status = str  # "idle" | "connecting" | "connected" | "reconnecting" | "closed" | "superseded"

CONNECT_TIMEOUT = 10.0
BACKOFF_INITIAL, BACKOFF_MAX = 1.0, 30.0
HANDOFF_BUDGET = 30.0
REDIAL_INITIAL, REDIAL_MAX = 0.1, 5.0
POST_ACTIVE_WAIT = 5.0
BRIDGE_STATUS_TIMEOUT = 10.0
CLOSE_TIMEOUT = 1.0
DEFAULT_DEADLINE = 30.0


def dial_target(zone: str) -> tuple[str, int]:
    """Host and port to dial for a zone: its own port when it has one (`localhost:8443`, as
    the official TypeScript client does and the emulator's edge needs), else 443."""
    if zone.startswith("["):  # [::1]:8443
        host, _, rest = zone[1:].partition("]")
        port = rest.removeprefix(":")
    elif zone.count(":") == 1:
        host, _, port = zone.partition(":")
    else:
        host, port = zone, ""
    return host, int(port) if port.isdigit() else 443


def _jitter(seconds: float) -> float:
    """`seconds` ± 25 %, so that clients of a restarted edge do not redial in step."""
    return seconds + seconds * 0.25 * (2 * random.random() - 1)


async def _close(writer: asyncio.StreamWriter) -> None:
    """Close a connection, TLS shutdown included, so no transport outlives its loop."""
    writer.close()
    try:
        await asyncio.wait_for(writer.wait_closed(), CLOSE_TIMEOUT)
    except (OSError, TimeoutError, ssl.SSLError):
        writer.transport.abort()


@dataclass
class _Bridge:
    inbox: asyncio.Queue[Message] = field(default_factory=asyncio.Queue)
    opened: asyncio.Future[bool] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


class _Connection:
    """A session and its socket."""

    def __init__(self, session: TunnelSession, writer: asyncio.StreamWriter) -> None:
        self.session = session
        self.writer = writer

    def flush(self) -> None:
        data = self.session.data_to_send()
        if data and not self.writer.is_closing():
            self.writer.write(data)


class TunnelRuntime:
    """Serve one tunnel until closed. See the module docstring for the policy."""

    def __init__(
        self,
        *,
        tunnel_id: str,
        zone: str,
        auth_headers: list[Header],
        pool_size: int | None,
        forwarder: Forwarder,
        max_inbound_body_bytes: int,
        max_outbound_body_bytes: int,
        on_status: Callable[[str], object] | None = None,
        tls_context: ssl.SSLContext | None = None,
    ) -> None:
        self._tunnel_id = tunnel_id
        self._zone = zone
        self._auth = auth_headers
        self._pool_size = pool_size
        self.forwarder = forwarder
        self._max_in = max_inbound_body_bytes
        self._max_out = max_outbound_body_bytes
        self._on_status = on_status
        self._tls_context = tls_context  # passthrough: the tunnel's own certificate
        self.status: Status = "idle"
        self._active: _Connection | None = None
        self._active_changed = asyncio.Event()
        self._stopping: asyncio.Event | None = None
        self.finished: asyncio.Event | None = None  # set once run() has cleaned up
        self._tasks: set[asyncio.Task[None]] = set()
        self._bridges: dict[str, _Bridge] = {}
        self.last_connected_at: float | None = None

    def __repr__(self) -> str:
        return f"TunnelRuntime(zone={self._zone!r}, status={self.status!r})"

    # -- lifecycle -------------------------------------------------------------------------

    def _set_status(self, status: Status) -> None:
        if status == self.status:
            return  # consecutive duplicates are not reported
        self.status = status
        if self._on_status is not None:
            try:
                self._on_status(status)
            except Exception:
                log.exception("on_status callback failed")

    def stop(self) -> None:
        """Ask `run()` to return (call on the runtime's loop)."""
        if self._stopping is not None:
            self._stopping.set()

    async def run(self) -> None:
        """Serve until `stop()`; raises `TunnelAuthError` or `TunnelSupersededError`."""
        self._stopping = asyncio.Event()
        self.finished = asyncio.Event()
        self._set_status("connecting")
        try:
            await self.forwarder.start()
        except BaseException:
            self._set_status("closed")  # the app's lifespan startup failed
            self.finished.set()
            raise
        try:
            await self._loop()
        finally:
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            if self._active is not None:
                self._active.writer.close()
            await self.forwarder.aclose()
            if self.status != "superseded":
                self._set_status("closed")
            self.finished.set()

    async def _loop(self) -> None:
        assert self._stopping is not None
        backoff, redial = BACKOFF_INITIAL, REDIAL_INITIAL
        handoff_until: float | None = None
        while not self._stopping.is_set():
            outcome, was_connected = await self._connect_and_serve(cold=handoff_until is None)
            if self._stopping.is_set():
                return
            if outcome.outcome == "superseded":
                self._set_status("superseded")
                raise TunnelSupersededError("another client took this tunnel over")
            if outcome.outcome == "auth":
                raise TunnelAuthError("the edge refused the API key for this tunnel")
            if outcome.outcome == "drain":
                handoff_until = time.monotonic() + HANDOFF_BUDGET
                redial = REDIAL_INITIAL
                continue  # redial at once; the status stays "connected"
            if handoff_until is not None and not was_connected and time.monotonic() < handoff_until:
                # the edge is restarting (refused, or 503 to hello): short doubling waits
                await self._sleep(max(0.05, _jitter(redial)))
                redial = min(redial * 2, REDIAL_MAX)
                continue
            handoff_until = None
            self._set_status("reconnecting")
            if was_connected:
                backoff = BACKOFF_INITIAL
            await self._sleep(max(0.1, _jitter(backoff)))
            backoff = min(backoff * 2, BACKOFF_MAX)

    async def _sleep(self, seconds: float) -> None:
        assert self._stopping is not None
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), seconds)

    # -- one connection --------------------------------------------------------------------

    async def _dial(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        host, port = dial_target(self._zone)
        context = ssl.create_default_context()  # honours SSL_CERT_FILE / SSL_CERT_DIR
        context.set_alpn_protocols(["h2"])
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(host, port, ssl=context, server_hostname=host),
            CONNECT_TIMEOUT,
        )
        sock = writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        return reader, writer

    async def _connect_and_serve(self, *, cold: bool) -> tuple[SessionEnded, bool]:
        try:
            reader, writer = await self._dial()
        except (OSError, TimeoutError, ssl.SSLError) as exc:
            log.info("tunnel edge unreachable: %s", type(exc).__name__)
            return SessionEnded("hello-failed", type(exc).__name__), False
        session = TunnelSession(
            tunnel_id=self._tunnel_id,
            authority=self._zone,
            auth_headers=self._auth,
            pool_size=self._pool_size,
            max_inbound_body_bytes=self._max_in,
            max_outbound_body_bytes=self._max_out,
        )
        conn = _Connection(session, writer)
        session.start(time.monotonic())
        conn.flush()
        timers = asyncio.create_task(self._timers(conn))
        stop_wait = asyncio.create_task(self._stopping.wait())  # type: ignore[union-attr]
        connected = False
        try:
            while True:
                read = asyncio.create_task(reader.read(65536))
                done, _ = await asyncio.wait({read, stop_wait}, return_when=asyncio.FIRST_COMPLETED)
                if stop_wait in done:
                    read.cancel()
                    return SessionEnded("eof", "closed"), connected
                try:
                    data = read.result()
                except OSError:
                    data = b""
                events = (
                    session.receive_data(data, time.monotonic())
                    if data
                    else session.connection_lost()
                )
                for event in events:
                    if isinstance(event, HelloAccepted):
                        connected = True
                        self._publish(conn, cold=cold)
                    elif isinstance(event, SessionEnded):
                        return event, connected
                    else:
                        self._on_event(conn, event)
                conn.flush()
                if session.ended is not None:
                    return session.ended, connected
        finally:
            timers.cancel()
            stop_wait.cancel()
            if self._active is conn:
                self._active = None
            await _close(writer)

    async def _timers(self, conn: _Connection) -> None:
        while True:
            deadline = conn.session.next_deadline()
            now = time.monotonic()
            await asyncio.sleep(1.0 if deadline is None else min(max(deadline - now, 0.0), 1.0))
            events = conn.session.tick(time.monotonic())
            conn.flush()
            if any(isinstance(e, SessionEnded) for e in events):
                conn.writer.close()  # the read loop sees EOF and ends the session
                return

    def _publish(self, conn: _Connection, *, cold: bool) -> None:
        previous = self._active
        self._active = conn
        self._active_changed.set()
        self._active_changed = asyncio.Event()
        self.last_connected_at = time.time()
        if previous is not None and previous is not conn:
            previous.writer.close()
        if cold or self.status != "connected":
            self._set_status("connected")

    def _on_event(self, conn: _Connection, event: Event) -> None:
        if isinstance(event, RequestReceived):
            self._spawn(self._dispatch(event.envelope, conn))
        elif isinstance(event, ResponseAcked):
            if event.status >= 400:
                log.warning("edge refused the reply to %s: %s", event.request_id, event.status)
        elif isinstance(event, BridgeOpened):
            bridge = self._bridges.get(event.ws_id)
            if bridge is not None and not bridge.opened.done():
                bridge.opened.set_result(True)
        elif isinstance(event, BridgeMessage):
            bridge = self._bridges.get(event.ws_id)
            if bridge is not None:
                bridge.inbox.put_nowait(event.message)
        elif isinstance(event, BridgeData):
            bridge = self._bridges.get(event.ws_id)
            if bridge is not None:
                bridge.inbox.put_nowait(Message("binary", event.data))
        elif isinstance(event, BridgeClosed):
            bridge = self._bridges.get(event.ws_id)
            if bridge is not None:
                if not bridge.opened.done():
                    bridge.opened.set_result(False)
                bridge.inbox.put_nowait(Message("close", code=event.code, reason=event.reason))

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- dispatch --------------------------------------------------------------------------

    async def _dispatch(self, envelope: Envelope, conn: _Connection) -> None:
        deadline = conn.session.response_deadline or DEFAULT_DEADLINE
        if envelope.route_kind == "ws-upgrade":
            await self._dispatch_websocket(envelope, conn, deadline)
            return
        if envelope.route_kind == "tcp-stream":
            await self._dispatch_tcp(envelope, conn)
            return
        try:
            reply = await asyncio.wait_for(self._materialise_and_forward(envelope), deadline)
        except TimeoutError:
            reply = local_reply(504, "response-deadline-exceeded", "local handler too slow")
        except Exception:
            log.exception("tunnel dispatch failed")
            reply = local_reply(500, None, "internal error")
        await self._post(envelope.request_id, reply)

    async def _materialise_and_forward(self, envelope: Envelope) -> Reply:
        """Fetch an offloaded body first (one deadline covers both, as §3.1.1 says)."""
        if envelope.body_uri is not None:
            body = await self.forwarder.fetch_body(envelope.body_uri, self._max_in)
            if isinstance(body, Reply):
                return body
            envelope = dataclasses.replace(envelope, body=body)
        return await self.forwarder.http(envelope)

    async def _post(self, request_id: str, reply: Reply) -> None:
        """Post on the active connection, waiting briefly for one during a handoff."""
        conn = self._active
        if conn is None or not conn.session.connected:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._active_changed.wait(), POST_ACTIVE_WAIT)
            conn = self._active
        give_up = time.monotonic() + POST_ACTIVE_WAIT
        while conn is not None and conn.session.connected:
            if conn.session.post_response(
                request_id, reply.status, reply.headers, reply.body, reason=reply.reason
            ):
                conn.flush()
                return
            if time.monotonic() > give_up:
                break
            await asyncio.sleep(0.05)  # the edge's stream limit: a stream frees up soon
        log.warning("no connection could take the reply to %s", request_id)

    async def _dispatch_websocket(
        self, envelope: Envelope, conn: _Connection, deadline: float
    ) -> None:
        assert envelope.ws_id is not None
        opener = (
            open_url_websocket(self.forwarder, envelope)
            if isinstance(self.forwarder, UrlForwarder)
            else open_asgi_websocket(self.forwarder, envelope)
            if isinstance(self.forwarder, AsgiForwarder)
            else None
        )
        if opener is None:
            await self._post(
                envelope.request_id, local_reply(501, "ws-not-supported", "not supported")
            )
            return
        try:
            result = await asyncio.wait_for(opener, deadline)
        except TimeoutError:
            result = local_reply(504, "response-deadline-exceeded", "local handler too slow")
        if not isinstance(result, WsAccepted):
            await self._post(envelope.request_id, result)
            return
        ws_id = envelope.ws_id
        bridge = _Bridge()
        self._bridges[ws_id] = bridge
        try:
            if not conn.session.post_response(
                envelope.request_id, 200, result.headers, bridge_ws_id=ws_id
            ):
                await result.peer.send(Message("close", code=1011))
                return
            conn.flush()
            try:
                opened = await asyncio.wait_for(bridge.opened, deadline)
            except TimeoutError:
                opened = False
            if not opened:
                await result.peer.send(Message("close", code=1011))
                return
            await self._pump(conn, ws_id, bridge, result)
        finally:
            del self._bridges[ws_id]
            await result.peer.aclose()

    async def _dispatch_tcp(self, envelope: Envelope, conn: _Connection) -> None:
        """A passthrough connection: open its bridge, then terminate TLS and serve HTTP."""
        tcp_id, context = envelope.tcp_id, self._tls_context
        if tcp_id is None or context is None:
            return  # an edge-mode tunnel has no certificate to terminate with
        bridge = _Bridge()
        self._bridges[tcp_id] = bridge
        try:
            if not conn.session.open_tcp_bridge(tcp_id):
                return
            conn.flush()
            try:
                opened = await asyncio.wait_for(bridge.opened, BRIDGE_STATUS_TIMEOUT)
            except TimeoutError:
                opened = False
            if not opened:
                return

            def send(data: bytes) -> None:
                conn.session.tcp_send(tcp_id, data)
                conn.flush()

            def consumed() -> None:
                conn.session.bridge_consumed(tcp_id)
                conn.flush()

            code, reason = await serve_tls_stream(
                tcp_id=tcp_id,
                context=context,
                forwarder=self.forwarder,
                inbox=bridge.inbox,
                send=send,
                consumed=consumed,
                max_inbound_body_bytes=self._max_in,
            )
            conn.session.tcp_close(tcp_id, code, reason)
            conn.flush()
        finally:
            del self._bridges[tcp_id]

    async def _pump(
        self, conn: _Connection, ws_id: str, bridge: _Bridge, accepted: WsAccepted
    ) -> None:
        async def edge_to_local() -> None:
            while True:
                message = await bridge.inbox.get()
                await accepted.peer.send(message)
                if message.type == "close":
                    return
                conn.session.bridge_consumed(ws_id)
                conn.flush()

        async def local_to_edge() -> None:
            while True:
                message = await accepted.peer.receive()
                conn.session.ws_send(ws_id, message)
                conn.flush()
                if message.type == "close":
                    return

        tasks = {asyncio.create_task(edge_to_local()), asyncio.create_task(local_to_edge())}
        try:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
