"""One TLS + HTTP/2 connection from a tunnel client: hyper-h2 (sans-IO) driven by asyncio.

The edge never opens streams: every stream the client opens becomes a `Stream`, handed to
`on_stream` in a task of its own. Sending waits for the peer's flow-control windows; received
DATA is credited back only when the consumer reads it, so a slow third party slows the client
down instead of filling memory.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Iterable

import h2.config
import h2.connection
import h2.events
import h2.exceptions
import h2.settings
from h2.errors import ErrorCodes

__all__ = ["EdgeConnection", "Stream", "StreamGone"]

log = logging.getLogger("inkbox_emulator.edge")

# The reference §2.3 / §7.2: extended CONNECT on (the Rust client needs to see it), room for a
# full pool plus posts and bridges, and a large inbound header list (posts carry every upstream
# response header as `inkbox-h-*`).
MAX_HEADER_LIST = 256 * 1024
STREAM_WINDOW = 1024 * 1024
CONNECTION_WINDOW = 16 * 1024 * 1024
_SETTINGS = {
    h2.settings.SettingCodes.ENABLE_CONNECT_PROTOCOL: 1,
    h2.settings.SettingCodes.MAX_CONCURRENT_STREAMS: 512,
    h2.settings.SettingCodes.MAX_HEADER_LIST_SIZE: MAX_HEADER_LIST,
    h2.settings.SettingCodes.INITIAL_WINDOW_SIZE: STREAM_WINDOW,
}

Headers = list[tuple[str, str]]


class StreamGone(Exception):
    """The stream was reset, or its connection ended, before the operation finished."""


class Stream:
    """A client-initiated stream: its request headers, its DATA, and our reply."""

    def __init__(self, conn: EdgeConnection, stream_id: int, headers: Headers) -> None:
        self.conn = conn
        self.id = stream_id
        self.headers = headers
        self._inbox: deque[tuple[bytes, int]] = deque()
        self._ended = False  # the client sent END_STREAM
        self.gone = False  # reset, or the connection is over
        self._discarding = False
        self._changed = asyncio.Event()  # DATA, END_STREAM, reset or window: wake waiters
        self.replied = False
        self.local_ended = False

    def __repr__(self) -> str:  # headers carry keys and tokens: never print them
        return f"Stream({self.conn.conn_id}#{self.id} {self.method} {self.path})"

    def header(self, name: str) -> str | None:
        """The last value of header `name` (lowercase), or None."""
        value = None
        for key, val in self.headers:
            if key == name:
                value = val
        return value

    @property
    def method(self) -> str:
        return self.header(":method") or ""

    @property
    def path(self) -> str:
        return self.header(":path") or ""

    @property
    def usable(self) -> bool:
        """Still open both ways, and on a connection that may be given new work."""
        return not self.gone and not self.local_ended and self.conn.accepting

    # ── receiving ──────────────────────────────────────────────────────────

    def _on_data(self, data: bytes, flow: int) -> None:
        if self._discarding:
            self.conn.credit(self.id, flow)
        else:
            self._inbox.append((data, flow))
        self._changed.set()

    def _on_end(self) -> None:
        self._ended = True
        self._changed.set()
        self._forget_if_done()

    def _forget_if_done(self) -> None:
        # Both sides ended and nothing left to read: the connection need not track it.
        if self._ended and self.local_ended and not self._inbox:
            self.conn.streams.pop(self.id, None)

    def _on_gone(self) -> None:
        self.gone = True
        self._changed.set()

    async def read(self) -> bytes:
        """The next DATA chunk, b"" at END_STREAM; credits the window for what it returns."""
        while not self._inbox:
            if self._ended:
                self._forget_if_done()
                return b""
            if self.gone:
                raise StreamGone
            self._changed.clear()
            await self._changed.wait()
        data, flow = self._inbox.popleft()
        self.conn.credit(self.id, flow)
        return data

    async def read_all(self, limit: int) -> bytes:
        body = bytearray()
        while chunk := await self.read():
            body += chunk
            if len(body) > limit:
                raise StreamGone
        return bytes(body)

    def discard(self) -> None:
        """Nobody will read this stream's DATA: credit it as it comes, so windows stay open."""
        self._discarding = True
        while self._inbox:
            self.conn.credit(self.id, self._inbox.popleft()[1])
        self._forget_if_done()

    # ── sending ────────────────────────────────────────────────────────────

    def respond(
        self, status: int, headers: Iterable[tuple[str, str]] = (), *, end: bool = False
    ) -> None:
        if self.gone or self.replied:
            return
        self.replied = True
        self.local_ended = end
        self.conn.send_headers(self.id, [(":status", str(status)), *headers], end)
        self._forget_if_done()

    async def send(self, data: bytes, *, end: bool = False) -> None:
        """DATA within the peer's windows; raises `StreamGone` when the stream dies first."""
        view = memoryview(data)
        while view or end:
            if self.gone or self.local_ended:
                raise StreamGone
            size = min(len(view), self.conn.window(self.id))
            if size <= 0 and view:
                self._changed.clear()
                await self._changed.wait()
                continue
            last = end and size == len(view)
            self.conn.send_data(self.id, bytes(view[:size]), last)
            view = view[size:]
            if last:
                self.local_ended = True
                end = False
                self._forget_if_done()
            await self.conn.drain()

    def end(self) -> None:
        if not (self.gone or self.local_ended):
            self.local_ended = True
            self.conn.send_data(self.id, b"", True)
            self._forget_if_done()

    def reset(self, code: ErrorCodes = ErrorCodes.CANCEL) -> None:
        if not self.gone:
            self.conn.reset_stream(self.id, code)
            self._on_gone()


class EdgeConnection:
    """The h2 state machine of one client connection plus its read loop."""

    def __init__(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        on_stream: Callable[[Stream], Awaitable[None]],
        *,
        conn_id: str,
        peer_ip: str,
    ) -> None:
        self.conn_id = conn_id
        self.peer_ip = peer_ip
        self._reader = reader
        self._writer = writer
        self._on_stream = on_stream
        self._h2 = h2.connection.H2Connection(
            h2.config.H2Configuration(client_side=False, header_encoding="utf-8")
        )
        self._h2.local_settings = h2.settings.Settings(client=False, initial_values=_SETTINGS)
        # The decoder enforces the inbound header list; hyper-h2 only updates it on a SETTINGS
        # change, and ours are in force from the first frame.
        self._h2.decoder.max_header_list_size = MAX_HEADER_LIST
        self.streams: dict[int, Stream] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self.accepting = True  # False once we sent GOAWAY: no new work goes to this connection
        self.closed = asyncio.Event()
        self.closed_callbacks: list[Callable[[], None]] = []

    def __repr__(self) -> str:
        return f"EdgeConnection({self.conn_id} from {self.peer_ip})"

    # ── the loop ───────────────────────────────────────────────────────────

    async def run(self) -> None:
        """Serve until the client goes away or the connection is aborted."""
        try:
            self._h2.initiate_connection()
            self._h2.increment_flow_control_window(CONNECTION_WINDOW - 65535)
            self._flush()
            while True:
                data = await self._reader.read(65536)
                if not data:
                    break
                try:
                    events = self._h2.receive_data(data)
                except h2.exceptions.ProtocolError as exc:
                    log.info("%r: protocol error %s", self, type(exc).__name__)
                    self._flush()
                    break
                for event in events:
                    self._handle(event)
                self._flush()
        except (ConnectionError, OSError, asyncio.IncompleteReadError):
            pass
        finally:
            self._finish()

    def _handle(self, event: h2.events.Event) -> None:
        if isinstance(event, h2.events.RequestReceived):
            assert event.stream_id is not None and event.headers is not None
            headers = [(str(k), str(v)) for k, v in event.headers]
            stream = Stream(self, event.stream_id, headers)
            self.streams[event.stream_id] = stream
            if event.stream_ended is not None:
                stream._on_end()
            task = asyncio.get_running_loop().create_task(self._serve(stream))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        elif isinstance(event, h2.events.DataReceived):
            assert event.stream_id is not None and event.data is not None
            flow = event.flow_controlled_length or 0
            target = self.streams.get(event.stream_id)
            if target is None:
                self.credit(event.stream_id, flow)
            else:
                target._on_data(event.data, flow)
        elif isinstance(event, h2.events.StreamEnded):
            if (target := self.streams.get(event.stream_id or 0)) is not None:
                target._on_end()
        elif isinstance(event, h2.events.StreamReset):
            if (target := self.streams.pop(event.stream_id or 0, None)) is not None:
                target._on_gone()
        elif isinstance(event, h2.events.WindowUpdated | h2.events.RemoteSettingsChanged):
            for waiting in self.streams.values():
                waiting._changed.set()
        elif isinstance(event, h2.events.ConnectionTerminated):
            # The client said GOAWAY; the Python client never does, Node does on close.
            self.accepting = False

    async def _serve(self, stream: Stream) -> None:
        try:
            await self._on_stream(stream)
        except StreamGone:
            pass
        except Exception:
            log.exception("%r: handler of %r failed", self, stream)
            stream.respond(500, end=True)
            self._flush()

    def _finish(self) -> None:
        self.accepting = False
        for stream in self.streams.values():
            stream._on_gone()
        self.streams.clear()
        with contextlib.suppress(Exception):
            self._writer.close()
        self.closed.set()
        for callback in self.closed_callbacks:
            callback()

    # ── primitives for streams ─────────────────────────────────────────────

    def _flush(self) -> None:
        data = self._h2.data_to_send()
        if data and not self._writer.is_closing():
            self._writer.write(data)

    async def drain(self) -> None:
        try:
            await self._writer.drain()
        except (ConnectionError, OSError) as exc:
            raise StreamGone from exc

    def window(self, stream_id: int) -> int:
        try:
            available = self._h2.local_flow_control_window(stream_id)
        except (h2.exceptions.StreamClosedError, h2.exceptions.ProtocolError):
            return 0
        return min(available, self._h2.max_outbound_frame_size)

    def credit(self, stream_id: int, size: int) -> None:
        if size <= 0 or self.closed.is_set():
            return
        try:
            self._h2.acknowledge_received_data(size, stream_id)
        except (h2.exceptions.StreamClosedError, h2.exceptions.ProtocolError):
            # A closed stream still owes the connection window its bytes.
            with contextlib.suppress(h2.exceptions.ProtocolError):
                self._h2.increment_flow_control_window(size)
        self._flush()

    def send_headers(self, stream_id: int, headers: Headers, end: bool) -> None:
        try:
            self._h2.send_headers(stream_id, headers, end_stream=end)
        except (h2.exceptions.StreamClosedError, h2.exceptions.ProtocolError) as exc:
            raise StreamGone from exc
        self._flush()

    def send_data(self, stream_id: int, data: bytes, end: bool) -> None:
        try:
            self._h2.send_data(stream_id, data, end_stream=end)
        except (h2.exceptions.StreamClosedError, h2.exceptions.ProtocolError) as exc:
            raise StreamGone from exc
        self._flush()

    def reset_stream(self, stream_id: int, code: ErrorCodes) -> None:
        with contextlib.suppress(h2.exceptions.StreamClosedError, h2.exceptions.ProtocolError):
            self._h2.reset_stream(stream_id, code)
        self.streams.pop(stream_id, None)
        self._flush()

    # ── the connection as a whole ──────────────────────────────────────────

    def goaway(self, code: int, reason: str) -> None:
        """GOAWAY with `{"reason": ...}`; the connection takes no new work after it."""
        self.accepting = False
        if self.closed.is_set():
            return
        debug = json.dumps({"reason": reason}).encode()
        with contextlib.suppress(h2.exceptions.ProtocolError):
            self._h2.close_connection(error_code=code, additional_data=debug)
        self._flush()

    def abort(self) -> None:
        """Cut the TCP connection (no GOAWAY): what a crashed edge looks like to the client."""
        self.accepting = False
        transport = self._writer.transport
        transport.abort()

    async def close(self, timeout: float = 2.0) -> None:
        with contextlib.suppress(Exception):
            self._writer.close()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.closed.wait(), timeout)
        if not self.closed.is_set():
            self.abort()
