"""The tunnel data plane as a sans-I/O state machine over hyper-h2 (reference §2-§4).

`TunnelSession` is one HTTP/2 connection to the edge, from the h2 preface to its end. It
never touches a socket or a clock: the driver feeds it bytes (`receive_data`), the time
(`tick`) and replies (`post_response`, `ws_send`), collects the bytes to write from
`data_to_send()`, and acts on the events returned. What a session decides by itself:

- hello, then the parked intake pool, each slot re-parked as soon as its intake answers;
- envelopes checked before anything sees them: traversal paths get 400 and bodies over the
  inbound cap 413, posted by the session itself; responses over the outbound cap get 502;
- pings every 20 s, and the connection given up when one is not acked within 10 s;
- how the connection ends (`SessionEnded.outcome`): the driver only chooses what follows.

One request is handed over per intake; the driver may post its reply on any live session
of the same tunnel (after a drain, the replacement), which is why replies are keyed by
request id and not tied to the intake's session.
"""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass, field

import h2.config
import h2.connection
import h2.errors
import h2.events
import h2.exceptions
import h2.settings
from hpack import NeverIndexedHeaderTuple

from ._events import (
    BridgeClosed,
    BridgeData,
    BridgeMessage,
    BridgeOpened,
    Event,
    HelloAccepted,
    Outcome,
    RequestReceived,
    ResponseAcked,
    SessionEnded,
)
from ._wire import Header, parse_envelope, path_is_safe, response_meta_headers
from ._wsframe import (
    BINARY,
    CLOSE,
    CONTINUATION,
    PING,
    PONG,
    TEXT,
    FrameDecoder,
    Message,
    RecordDecoder,
    encode_frame,
    encode_record,
)

__all__ = ["TunnelSession"]

PING_INTERVAL = 20.0
PING_ACK_TIMEOUT = 10.0
HELLO_TIMEOUT = 15.0
SUPERSEDED_CODE = 0x1201
DRAIN_CLOSE_CODE = 4500
# What hyper-h2 accepts in a header field (lowercase token names; no CR, LF, NUL or edge
# whitespace in values): checked before sending, since a refused header would break the stream.
_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9a-z-]+$")
_BAD_VALUE = re.compile(r"[\r\n\x00]|^[ \t]|[ \t]$")
# A slot whose intakes keep being refused right away backs off up to this, so that an
# edge answering intakes with instant non-200s cannot make the client spin (§7.4).
REPARK_MAX_DELAY = 2.0
STREAM_LIMIT_RETRY = 0.25
# Receive windows and frame size, in place of hyper-h2's 64 KiB windows and 16 KiB frames
# (reference §2.3). With those, a 1 MB request body takes some thirty WINDOW_UPDATE round
# trips to the edge, and the one 64 KiB connection window is shared by every body in flight,
# so concurrent uploads stall one another (bench_tunnel's 1 MB POST load ran at about half
# the speed). Memory stays bounded all the same: intake bodies by the inbound cap, a bridge
# by STREAM_WINDOW since its window is credited only as the local end consumes. Larger
# frames mean fewer h2 events and fewer TLS writes at the edge per megabyte.
STREAM_WINDOW = 1024 * 1024
CONNECTION_WINDOW = 16 * 1024 * 1024
MAX_FRAME_SIZE = 256 * 1024


@dataclass(slots=True)
class _Intake:
    slot: int
    status: int = 0
    headers: list[Header] = field(default_factory=list)
    # DATA as received, joined once at END_STREAM: growing one buffer instead would copy a
    # large body again each time the buffer grows, and once more to make it `bytes`.
    chunks: list[bytes] = field(default_factory=list)
    size: int = 0
    refused: bool = False  # over the inbound cap: already answered 413


@dataclass(slots=True)
class _Post:
    request_id: str
    bridge_ws_id: str | None  # a WebSocket accept: open this bridge once the post is acked


@dataclass(slots=True)
class _Bridge:
    ws_id: str  # the ws id, or the tcp id of a passthrough bridge
    tcp: bool = False
    open: bool = False
    uncredited: int = 0  # bytes received but not yet delivered to the local end
    frames: FrameDecoder = field(default_factory=FrameDecoder)
    records: RecordDecoder = field(default_factory=RecordDecoder)


class TunnelSession:
    """One connection's protocol state. See the module docstring for the contract.

    Args:
        tunnel_id: The tunnel's UUID, sent as `x-tunnel-id`.
        authority: The zone as dialled (`:authority` of every stream).
        auth_headers: `x-api-key` (and `x-tunnel-secret` for a guide-era tunnel); sent on
            hello, response posts and bridges, never on intakes.
        pool_size: Intakes to park (1-32), or `None` to let the edge choose.
        max_inbound_body_bytes: Larger request bodies are answered 413.
        max_outbound_body_bytes: Larger response bodies are replaced by a 502.
    """

    def __init__(
        self,
        *,
        tunnel_id: str,
        authority: str,
        auth_headers: list[Header],
        pool_size: int | None,
        max_inbound_body_bytes: int,
        max_outbound_body_bytes: int,
    ) -> None:
        self._tunnel_id = tunnel_id
        self._authority = authority
        # Credentials go out never-indexed (RFC 7541 §7.1.3): kept out of HPACK tables, and
        # hpack's debug log prints them redacted.
        self._auth: list[Header] = [_secret(name, value) for name, value in auth_headers]
        self._requested_pool = pool_size
        self._max_in = max_inbound_body_bytes
        self._max_out = max_outbound_body_bytes
        config = h2.config.H2Configuration(client_side=True, header_encoding="utf-8")
        self._h2 = h2.connection.H2Connection(config=config)
        # Our settings are in force from the preface on (a new `Settings` rather than
        # `update_settings`, which would apply them only once the edge acks): accepting a
        # larger frame or window than the edge yet knows of is always safe.
        codes = h2.settings.SettingCodes
        # (copied first: hyper-h2's own stream and header-list limits stay as they were)
        settings = {codes(code): value for code, value in self._h2.local_settings.items()}
        settings[codes.INITIAL_WINDOW_SIZE] = STREAM_WINDOW
        settings[codes.MAX_FRAME_SIZE] = MAX_FRAME_SIZE
        self._h2.local_settings = h2.settings.Settings(client=True, initial_values=settings)
        self._h2.max_inbound_frame_size = MAX_FRAME_SIZE
        self._hello_stream: int | None = None
        self._hello_status = 0
        self._hello_body = bytearray()
        self._hello_deadline = 0.0
        self._owner_token: str | None = None
        self.pool_size = 0
        self.response_deadline: float | None = None
        self._intakes: dict[int, _Intake] = {}
        self._refusals: dict[int, int] = {}  # slot -> consecutive instant refusals
        self._repark_at: dict[int, float] = {}  # slot -> when to park it again
        self._posts: dict[int, _Post] = {}
        self._bridges: dict[int, _Bridge] = {}
        self._pending: dict[int, tuple[memoryview, bool]] = {}  # flow-controlled sends
        self._now = 0.0  # the time last given (start, receive_data, tick)
        self._next_ping = 0.0
        self._ping_sent: float | None = None
        self.ended: SessionEnded | None = None

    # -- driver interface ------------------------------------------------------------------

    def start(self, now: float) -> None:
        """Queue the h2 preface and the hello."""
        self._now = now
        self._h2.initiate_connection()
        # The connection window is not a setting: it grows only by WINDOW_UPDATE.
        self._h2.increment_flow_control_window(
            CONNECTION_WINDOW - self._h2.inbound_flow_control_window
        )
        headers = self._request_headers("POST", "/_system/hello", auth=True)
        headers.append(("content-length", "0"))
        if self._requested_pool is not None:
            headers.append(("x-pool-size", str(self._requested_pool)))
        self._hello_stream = self._h2.get_next_available_stream_id()
        self._h2.send_headers(self._hello_stream, headers, end_stream=True)
        self._hello_deadline = now + HELLO_TIMEOUT

    def data_to_send(self) -> bytes:
        return self._h2.data_to_send()

    def receive_data(self, data: bytes, now: float) -> list[Event]:
        """Feed bytes read from the socket; returns what the driver must act on."""
        if self.ended is not None:
            return []  # after GOAWAY nothing more on this connection is trusted (§7.4)
        self._now = now
        try:
            h2_events = self._h2.receive_data(data)
        except h2.exceptions.ProtocolError as exc:
            return self._end("fault", f"protocol error: {type(exc).__name__}")
        out: list[Event] = []
        for event in h2_events:
            out += self._handle(event, now)
            if self.ended is not None:
                break
        return out

    def connection_lost(self) -> list[Event]:
        """The socket closed (EOF or error)."""
        if self.ended is not None:
            return []
        return self._end("eof")

    def tick(self, now: float) -> list[Event]:
        """Run the timers: hello deadline, pings, delayed re-parks."""
        if self.ended is not None:
            return []
        self._now = now
        if self._owner_token is None:
            if now >= self._hello_deadline:
                return self._end("hello-failed", "no hello reply in time")
            return []
        if self._ping_sent is not None and now - self._ping_sent >= PING_ACK_TIMEOUT:
            return self._end("ping-timeout")
        if self._ping_sent is None and now >= self._next_ping:
            self._h2.ping(int(now * 1e9).to_bytes(8, "big"))  # any 8 bytes; the time helps logs
            self._ping_sent = now
            self._next_ping = now + PING_INTERVAL
        for slot, at in list(self._repark_at.items()):
            if now >= at:
                del self._repark_at[slot]
                self._park(slot)
        return []

    def next_deadline(self) -> float | None:
        """When `tick` next has something to do."""
        if self.ended is not None:
            return None
        if self._owner_token is None:
            return self._hello_deadline
        times = [self._next_ping, *self._repark_at.values()]
        if self._ping_sent is not None:
            times.append(self._ping_sent + PING_ACK_TIMEOUT)
        return min(times)

    @property
    def connected(self) -> bool:
        return self._owner_token is not None and self.ended is None

    def post_response(
        self,
        request_id: str,
        status: int,
        headers: list[Header],
        body: bytes = b"",
        *,
        reason: str | None = None,
        bridge_ws_id: str | None = None,
    ) -> bool:
        """Post the reply to `request_id`; `False` if this session can no longer send.

        With `bridge_ws_id`, the reply accepts a WebSocket upgrade: the bridge is opened
        once the edge acks the post, never before (the edge may wait for the ack to send
        its 101, so opening first could deadlock — §3.5 step 4).
        """
        if not self.connected:
            return False
        if len(body) > self._max_out:
            status, headers, body = 502, [("content-type", "text/plain")], b"response too large"
            reason, bridge_ws_id = "response-too-large", None
        meta = response_meta_headers(
            status, headers, reason=reason, websocket=bridge_ws_id is not None
        )
        all_headers = self._request_headers("POST", f"/_system/response/{request_id}", auth=True)
        all_headers += [("inkbox-request-id", request_id), ("content-length", str(len(body)))]
        all_headers += meta
        if not all(_TOKEN.match(k) and not _BAD_VALUE.search(v) for k, v in meta):
            # an upstream header h2 would refuse (bad characters): the reply cannot be relayed
            return self.post_response(request_id, 500, [], b"internal error")
        stream = self._open_stream(all_headers, end_stream=not body)
        if stream is None:
            return False  # the edge's stream limit is reached: the driver tries again
        self._posts[stream] = _Post(request_id, bridge_ws_id)
        if body:
            self._pending[stream] = (memoryview(body), True)
            self._flush()
        return True

    def ws_send(self, ws_id: str, message: Message) -> None:
        """Send a message (or a close record, which also ends the bridge) to the edge."""
        stream = self._bridge_stream(ws_id)
        if stream is None:
            return
        frame = encode_frame(BINARY, encode_record(message), mask=True)
        end = message.type == "close"
        if end:
            del self._bridges[stream]
        self._queue(stream, frame, end)

    def close_bridge(self, ws_id: str, code: int = 1000) -> None:
        """End a bridge from this side with a close record and END_STREAM."""
        self.ws_send(ws_id, Message("close", code=code))

    def bridge_consumed(self, ws_id: str) -> None:
        """The local end took what the bridge delivered: open its window again."""
        stream = self._bridge_stream(ws_id)
        if stream is None:
            return
        bridge = self._bridges[stream]
        if bridge.uncredited:
            with contextlib.suppress(h2.exceptions.StreamClosedError):
                self._h2.increment_flow_control_window(bridge.uncredited, stream)
            bridge.uncredited = 0

    def open_bridges(self) -> list[str]:
        return [b.ws_id for b in self._bridges.values()]

    # -- h2 events -------------------------------------------------------------------------

    def _handle(self, event: h2.events.Event, now: float) -> list[Event]:
        if isinstance(event, h2.events.ResponseReceived):
            return self._on_headers(event.stream_id, list(event.headers or []))  # type: ignore[arg-type]
        if isinstance(event, h2.events.DataReceived):
            return self._on_data(event)
        if isinstance(event, h2.events.StreamEnded):
            return self._on_end(event.stream_id, now)
        if isinstance(event, h2.events.StreamReset):
            return self._on_reset(event.stream_id)
        if isinstance(event, h2.events.WindowUpdated):
            self._flush()
        elif isinstance(event, h2.events.PingAckReceived):
            self._ping_sent = None
        elif isinstance(event, h2.events.ConnectionTerminated):
            return self._on_goaway(event)
        return []

    def _on_headers(self, stream: int, headers: list[Header]) -> list[Event]:
        status = int(dict(headers).get(":status", "0"))
        if stream == self._hello_stream:
            self._hello_status = status
        elif stream in self._intakes:
            intake = self._intakes[stream]
            intake.status, intake.headers = status, headers
        elif stream in self._posts:
            post = self._posts.pop(stream)
            out: list[Event] = [ResponseAcked(post.request_id, status)]
            if post.bridge_ws_id is not None and status == 200:
                out += self._open_bridge(post.bridge_ws_id)
            elif post.bridge_ws_id is not None:
                out.append(BridgeClosed(post.bridge_ws_id, 1011, "response post refused"))
            return out
        elif stream in self._bridges:
            bridge = self._bridges[stream]
            if status == 200:
                bridge.open = True
                return [BridgeOpened(bridge.ws_id)]
            del self._bridges[stream]
            self._h2.reset_stream(stream, h2.errors.ErrorCodes.CANCEL)
            return [BridgeClosed(bridge.ws_id, 1011, f"bridge refused: {status}")]
        return []

    def _on_data(self, event: h2.events.DataReceived) -> list[Event]:
        stream, data = event.stream_id, event.data or b""
        flow = event.flow_controlled_length or 0
        if stream in self._bridges and flow:
            # A bridge's own window is credited as the local end consumes (`bridge_consumed`),
            # so a slow upstream slows the third party down; the connection's is credited at
            # once so that one slow bridge cannot stall the intakes.
            self._bridges[stream].uncredited += flow
            self._h2.increment_flow_control_window(flow)
        elif flow:
            # Bodies are bounded by the caps, not by flow control: credit at once.
            self._h2.acknowledge_received_data(flow, stream)
        if stream == self._hello_stream:
            self._hello_body += data
        elif stream in self._intakes:
            intake = self._intakes[stream]
            if intake.refused:
                return []
            intake.chunks.append(data)
            intake.size += len(data)
            if intake.size > self._max_in and intake.status == 200:
                return self._refuse_oversized(stream, intake)
        elif stream in self._bridges:
            return self._on_bridge_data(stream, self._bridges[stream], data)
        return []

    def _on_end(self, stream: int, now: float) -> list[Event]:
        if stream == self._hello_stream:
            return self._on_hello_reply(now)
        intake = self._intakes.pop(stream, None)
        if intake is not None:
            return self._on_intake_reply(intake, now)
        bridge = self._bridges.pop(stream, None)
        if bridge is not None:
            # The edge ended its half: end ours (a passthrough bridge with a CLOSE frame).
            tail = encode_frame(CLOSE, (1000).to_bytes(2, "big"), mask=True) if bridge.tcp else b""
            self._queue(stream, tail, True)
            return [BridgeClosed(bridge.ws_id, 1000)]
        return []

    def _on_reset(self, stream: int) -> list[Event]:
        self._pending.pop(stream, None)
        if stream == self._hello_stream:
            return self._end("hello-failed", "hello reset")
        intake = self._intakes.pop(stream, None)
        if intake is not None:
            self._park(intake.slot)
            return []
        post = self._posts.pop(stream, None)
        if post is not None and post.bridge_ws_id is not None:
            return [BridgeClosed(post.bridge_ws_id, 1011, "response post reset")]
        bridge = self._bridges.pop(stream, None)
        if bridge is not None:
            return [BridgeClosed(bridge.ws_id, 1011, "bridge reset")]
        return []

    def _on_goaway(self, event: h2.events.ConnectionTerminated) -> list[Event]:
        reason = ""
        try:
            parsed = json.loads(event.additional_data or b"")
            if isinstance(parsed, dict) and isinstance(parsed.get("reason"), str):
                reason = parsed["reason"]
        except ValueError:
            pass
        code = int(event.error_code or 0)
        if code == SUPERSEDED_CODE or reason == "superseded":
            return self._end("superseded", "GOAWAY superseded")
        if code == 0:
            return self._end("drain", reason or "drain")
        return self._end("fault", f"GOAWAY error code {code}")

    # -- hello and intakes -----------------------------------------------------------------

    def _on_hello_reply(self, now: float) -> list[Event]:
        status = self._hello_status
        if status in (401, 403):
            return self._end("auth", f"hello refused: {status}")
        if status == 409 and _json_reason(bytes(self._hello_body)) == "hello-superseded":
            return self._end("superseded", "hello superseded")
        if status != 200:
            return self._end("hello-failed", f"hello status {status}")
        try:
            body = json.loads(self._hello_body)
        except ValueError:
            body = None
        token = body.get("owner_token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token:
            return self._end("hello-failed", "hello reply without an owner token")
        assert isinstance(body, dict)
        self._owner_token = token
        server_pool = body.get("default_pool_size")
        if isinstance(server_pool, int) and server_pool > 0:
            self.pool_size = min(server_pool, 32)
        else:
            self.pool_size = self._requested_pool or 1
        deadline = body.get("response_deadline_seconds")
        if isinstance(deadline, int | float) and deadline > 0:
            self.response_deadline = float(deadline)
        self._next_ping = now + PING_INTERVAL
        for slot in range(self.pool_size):
            self._park(slot)
        return [HelloAccepted(self.pool_size, self.response_deadline)]

    def _park(self, slot: int) -> None:
        if not self.connected:
            return
        assert self._owner_token is not None
        headers = self._request_headers("POST", "/_system/intake", auth=False)
        headers += [
            _secret("x-owner-token", self._owner_token),
            ("x-pool-slot", str(slot)),
            ("content-length", "0"),
        ]
        stream = self._open_stream(headers, end_stream=True)
        if stream is None:
            # the edge's stream limit is reached: try this slot again shortly
            self._repark_at[slot] = self._now + STREAM_LIMIT_RETRY
            return
        self._intakes[stream] = _Intake(slot)

    def _on_intake_reply(self, intake: _Intake, now: float) -> list[Event]:
        status = intake.status
        if status == 401:
            return self._end("token-rejected", "intake refused the owner token")
        reason = dict(intake.headers).get("inkbox-reason", "")
        if status == 409 and reason == "intake-superseded":
            return self._end("superseded", "intake superseded")
        if status != 200:
            self._repark_later(intake.slot, now)
            return []
        self._refusals.pop(intake.slot, None)
        self._park(intake.slot)
        if intake.refused:
            return []
        envelope = parse_envelope(intake.headers, b"".join(intake.chunks))
        if envelope is None:
            return []  # no request id: nothing to answer
        if envelope.route_kind == "tcp-stream":
            return [] if envelope.tcp_id is None else [RequestReceived(envelope)]
        if not path_is_safe(envelope.path):
            self._post_local(envelope.request_id, 400, "invalid-path", "invalid path")
            return []
        if envelope.route_kind == "ws-upgrade" and envelope.ws_id is None:
            self._post_local(envelope.request_id, 400, "missing-ws-id", "missing ws id")
            return []
        return [RequestReceived(envelope)]

    def _repark_later(self, slot: int, now: float) -> None:
        # The first refusal re-parks at once (an idle release is routine); repeats back off.
        count = self._refusals.get(slot, 0) + 1
        self._refusals[slot] = count
        if count == 1:
            self._park(slot)
        else:
            self._repark_at[slot] = now + min(0.05 * 2 ** (count - 2), REPARK_MAX_DELAY)

    def _refuse_oversized(self, stream: int, intake: _Intake) -> list[Event]:
        intake.refused = True
        intake.chunks.clear()
        envelope = parse_envelope(intake.headers)
        if envelope is not None:
            self._post_local(
                envelope.request_id, 413, "request-body-too-large", "request body too large"
            )
        # Stop the rest of the body; the slot is parked again right away.
        self._intakes.pop(stream, None)
        # (suppressed: the last DATA frame may also have ended the stream)
        with contextlib.suppress(h2.exceptions.StreamClosedError):
            self._h2.reset_stream(stream, h2.errors.ErrorCodes.CANCEL)
        self._park(intake.slot)
        return []

    def _post_local(self, request_id: str, status: int, reason: str, text: str) -> None:
        """A reply the client makes itself (reference §3.4)."""
        headers = [("content-type", "text/plain")]
        self.post_response(request_id, status, headers, text.encode(), reason=reason)

    # -- bridges ---------------------------------------------------------------------------

    def _open_bridge(self, ws_id: str) -> list[Event]:
        headers: list[Header] = [
            (":method", "CONNECT"),
            (":protocol", "inkbox-tunnel-ws"),
            (":scheme", "https"),
            (":authority", self._authority),
            (":path", f"/_system/ws/{ws_id}"),
            ("sec-websocket-version", "13"),
            ("x-tunnel-id", self._tunnel_id),
            *self._auth,
            ("inkbox-ws-id", ws_id),
        ]
        stream = self._open_stream(headers, end_stream=False)
        if stream is None:
            return [BridgeClosed(ws_id, 1011, "edge stream limit reached")]
        self._bridges[stream] = _Bridge(ws_id)
        return []

    def open_tcp_bridge(self, tcp_id: str) -> bool:
        """Open the passthrough bridge for a `tcp-stream` envelope (no response post follows)."""
        if not self.connected:
            return False
        headers: list[Header] = [
            (":method", "CONNECT"),
            (":protocol", "inkbox-tunnel-tcp"),
            (":scheme", "https"),
            (":authority", self._authority),
            (":path", f"/_system/tcp/{tcp_id}"),
            ("sec-websocket-version", "13"),
            ("sec-websocket-protocol", "inkbox-tunnel-tcp"),
            ("x-tunnel-id", self._tunnel_id),
            *self._auth,
            ("inkbox-tcp-id", tcp_id),
        ]
        stream = self._open_stream(headers, end_stream=False)
        if stream is None:
            return False
        self._bridges[stream] = _Bridge(tcp_id, tcp=True)
        return True

    def tcp_send(self, tcp_id: str, data: bytes) -> None:
        """Send raw bytes (TLS records) on a passthrough bridge."""
        stream = self._bridge_stream(tcp_id)
        if stream is not None and data:
            self._queue(stream, encode_frame(BINARY, data, mask=True), False)

    def tcp_close(self, tcp_id: str, code: int = 1000, reason: str = "") -> None:
        """End a passthrough bridge: a CLOSE frame (code + reason) and END_STREAM."""
        stream = self._bridge_stream(tcp_id)
        if stream is None:
            return
        del self._bridges[stream]
        payload = code.to_bytes(2, "big") + reason.encode()[:123]
        self._queue(stream, encode_frame(CLOSE, payload, mask=True), True)

    def _on_bridge_data(self, stream: int, bridge: _Bridge, data: bytes) -> list[Event]:
        out: list[Event] = []
        for frame in bridge.frames.feed(data):
            if frame.opcode == PING:
                self._queue(stream, encode_frame(PONG, frame.payload, mask=True), False)
            elif frame.opcode == CLOSE:
                code = int.from_bytes(frame.payload[:2], "big") if len(frame.payload) >= 2 else 1000
                return [*out, self._edge_closed(stream, BridgeClosed(bridge.ws_id, code))]
            elif bridge.tcp:
                if frame.opcode not in (BINARY, CONTINUATION):
                    # raw TLS travels only as binary frames: anything else is a protocol error
                    self.tcp_close(bridge.ws_id, 1002, "protocol-error")
                    return [*out, BridgeClosed(bridge.ws_id, 1002, "protocol-error")]
                if frame.payload:
                    out.append(BridgeData(bridge.ws_id, frame.payload))
            elif frame.opcode in (BINARY, TEXT):
                # continuation frames are dropped: the edge must not fragment (§3.5)
                for message in bridge.records.feed(frame.payload):
                    if message.type == "close":
                        closed = BridgeClosed(bridge.ws_id, message.code, message.reason)
                        return [*out, self._edge_closed(stream, closed)]
                    out.append(BridgeMessage(bridge.ws_id, message))
        return out

    def _edge_closed(self, stream: int, closed: BridgeClosed) -> BridgeClosed:
        """The edge closed the bridge: end our half too (empty DATA + END_STREAM)."""
        del self._bridges[stream]
        self._queue(stream, b"", True)
        return closed

    def _bridge_stream(self, ws_id: str) -> int | None:
        if self.ended is not None:
            return None
        for stream, bridge in self._bridges.items():
            if bridge.ws_id == ws_id:
                return stream
        return None

    # -- sending ---------------------------------------------------------------------------

    def _request_headers(self, method: str, path: str, *, auth: bool) -> list[Header]:
        headers: list[Header] = [
            (":method", method),
            (":scheme", "https"),
            (":authority", self._authority),
            (":path", path),
            ("x-tunnel-id", self._tunnel_id),
        ]
        if auth:
            headers += self._auth
        return headers

    def _open_stream(self, headers: list[Header], *, end_stream: bool) -> int | None:
        """A new stream, or `None` when the edge's MAX_CONCURRENT_STREAMS is reached."""
        try:
            stream = self._h2.get_next_available_stream_id()
            self._h2.send_headers(stream, headers, end_stream=end_stream)
        except h2.exceptions.TooManyStreamsError:
            return None
        return stream

    def _queue(self, stream: int, data: bytes, end: bool) -> None:
        previous = self._pending.get(stream)
        if previous is not None:
            data = bytes(previous[0]) + data
        self._pending[stream] = (memoryview(data), end)
        self._flush()

    def _flush(self) -> None:
        """Send queued bodies as far as the flow-control windows allow."""
        for stream, (queued, end) in list(self._pending.items()):
            view = queued
            try:
                while view:
                    room = min(
                        self._h2.local_flow_control_window(stream),
                        self._h2.max_outbound_frame_size,
                        len(view),
                    )
                    if room <= 0:
                        break
                    self._h2.send_data(stream, bytes(view[:room]))
                    view = view[room:]
                if view:
                    self._pending[stream] = (view, end)
                    continue
                del self._pending[stream]
                if end:
                    self._h2.end_stream(stream)
            except h2.exceptions.StreamClosedError:
                self._pending.pop(stream, None)

    def _end(self, outcome: Outcome, detail: str = "") -> list[Event]:
        self.ended = SessionEnded(outcome, detail)
        out: list[Event] = []
        for bridge in self._bridges.values():
            # A live bridge dies with its connection; 4500 tells the app the edge drained.
            code = DRAIN_CLOSE_CODE if outcome == "drain" else 1011
            out.append(BridgeClosed(bridge.ws_id, code, outcome))
        self._bridges.clear()
        for post in self._posts.values():
            if post.bridge_ws_id is not None:
                out.append(BridgeClosed(post.bridge_ws_id, 1011, outcome))
        self._posts.clear()
        self._pending.clear()
        out.append(self.ended)
        return out


def _secret(name: str, value: str) -> Header:
    return NeverIndexedHeaderTuple(name, value)  # type: ignore[return-value]


def _json_reason(body: bytes) -> str:
    try:
        parsed = json.loads(body)
    except ValueError:
        return ""
    reason = parsed.get("reason") if isinstance(parsed, dict) else None
    return reason if isinstance(reason, str) else ""
