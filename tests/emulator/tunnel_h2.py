"""A bare HTTP/2 tunnel client for the edge's tests: hyper-h2 (sans-IO) over asyncio TLS.

It speaks the wire by hand (hello, intake, response posts, extended CONNECT) so each test can
send exactly the frames it is about; it credits every DATA frame at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import ssl
from typing import Any

import h2.config
import h2.connection
import h2.events
import h2.settings

Headers = list[tuple[str, str]]


class StreamState:
    def __init__(self) -> None:
        self.headers: asyncio.Future[Headers] = asyncio.get_running_loop().create_future()
        self.data = bytearray()
        self.arrived = asyncio.Event()
        self.ended = asyncio.Event()
        self.reset: int | None = None


class RawTunnel:
    """One TLS + h2 connection to the edge, as a tunnel client opens it."""

    def __init__(self, zone: str, tunnel_id: str, api_key: str | None) -> None:
        self.zone = zone
        self.tunnel_id = tunnel_id
        self.api_key = api_key
        self.h2 = h2.connection.H2Connection(
            h2.config.H2Configuration(client_side=True, header_encoding="utf-8")
        )
        self.streams: dict[int, StreamState] = {}
        self.goaway: asyncio.Future[tuple[int, bytes]] | None = None
        self.closed = asyncio.Event()
        self.remote_settings: dict[int, int] = {}
        self.owner_token: str | None = None
        self.intake_idle_seconds: float | None = None
        self.window = asyncio.Event()  # set by every WINDOW_UPDATE / SETTINGS

    async def open(self, host: str, port: int, ca_file: str, server_hostname: str) -> None:
        context = ssl.create_default_context(cafile=ca_file)
        context.set_alpn_protocols(["h2"])
        self.reader, self.writer = await asyncio.open_connection(
            host, port, ssl=context, server_hostname=server_hostname
        )
        self.alpn = self.writer.get_extra_info("ssl_object").selected_alpn_protocol()
        self.goaway = asyncio.get_running_loop().create_future()
        self.h2.initiate_connection()
        self._flush()
        self._task = asyncio.ensure_future(self._read_loop())

    def _flush(self) -> None:
        data = self.h2.data_to_send()
        if data:
            self.writer.write(data)

    async def _read_loop(self) -> None:
        try:
            while data := await self.reader.read(65536):
                for event in self.h2.receive_data(data):
                    self._handle(event)
                self._flush()
        except (ConnectionError, OSError):
            pass
        finally:
            self.closed.set()
            for state in self.streams.values():
                state.arrived.set()
                state.ended.set()

    def _handle(self, event: Any) -> None:
        if isinstance(event, h2.events.ResponseReceived):
            self.streams[event.stream_id].headers.set_result(list(event.headers))
        elif isinstance(event, h2.events.DataReceived):
            state = self.streams[event.stream_id]
            state.data += event.data
            state.arrived.set()
            self.h2.acknowledge_received_data(event.flow_controlled_length, event.stream_id)
        elif isinstance(event, h2.events.StreamEnded):
            self.streams[event.stream_id].ended.set()
            self.streams[event.stream_id].arrived.set()
        elif isinstance(event, h2.events.StreamReset):
            state = self.streams[event.stream_id]
            state.reset = event.error_code
            state.ended.set()
            state.arrived.set()
        elif isinstance(event, h2.events.ConnectionTerminated):
            assert self.goaway is not None
            if not self.goaway.done():
                self.goaway.set_result((event.error_code, event.additional_data or b""))
        elif isinstance(event, h2.events.RemoteSettingsChanged):
            for code, change in event.changed_settings.items():
                self.remote_settings[int(code)] = change.new_value
            self.window.set()
        elif isinstance(event, h2.events.WindowUpdated):
            self.window.set()

    # ── requests ───────────────────────────────────────────────────────────

    def request(self, method: str, path: str, headers: Headers = (), *, end: bool = True) -> int:  # type: ignore[assignment]
        stream_id = self.h2.get_next_available_stream_id()
        self.streams[stream_id] = StreamState()
        base = [
            (":method", method),
            (":scheme", "https"),
            (":authority", self.zone),
            (":path", path),
        ]
        self.h2.send_headers(stream_id, base + list(headers), end_stream=end)
        self._flush()
        return stream_id

    def send(self, stream_id: int, data: bytes, *, end: bool = False) -> None:
        self.h2.send_data(stream_id, data, end_stream=end)
        self._flush()

    async def send_all(self, stream_id: int, data: bytes, *, end: bool = True) -> None:
        """DATA within the flow-control windows (waits for WINDOW_UPDATEs)."""
        view = memoryview(data)
        while view:
            size = min(
                len(view),
                self.h2.local_flow_control_window(stream_id),
                self.h2.max_outbound_frame_size,
            )
            if size <= 0:
                self.window.clear()
                await asyncio.wait_for(self.window.wait(), 10)
                continue
            self.send(stream_id, bytes(view[:size]))
            view = view[size:]
            await self.writer.drain()
        self.send(stream_id, b"", end=end)

    async def headers(self, stream_id: int, timeout: float = 10) -> dict[str, str]:
        """The response headers as a dict (last value wins)."""
        return dict(
            await asyncio.wait_for(asyncio.shield(self.streams[stream_id].headers), timeout)
        )

    async def header_list(self, stream_id: int, timeout: float = 10) -> Headers:
        return await asyncio.wait_for(asyncio.shield(self.streams[stream_id].headers), timeout)

    async def body(self, stream_id: int, timeout: float = 10) -> bytes:
        await asyncio.wait_for(self.streams[stream_id].ended.wait(), timeout)
        return bytes(self.streams[stream_id].data)

    async def take(self, stream_id: int, size: int, timeout: float = 10) -> bytes:
        """Exactly `size` more bytes of a stream's DATA (for bridges)."""
        state = self.streams[stream_id]
        async with asyncio.timeout(timeout):
            while len(state.data) < size:
                if state.ended.is_set():
                    raise EOFError("stream ended")
                state.arrived.clear()
                await state.arrived.wait()
        out = bytes(state.data[:size])
        del state.data[:size]
        return out

    def auth(self) -> Headers:
        out = [("x-tunnel-id", self.tunnel_id)]
        if self.api_key is not None:
            out.append(("x-api-key", self.api_key))
        return out

    async def hello(self, extra: Headers = (), pool_size: int | None = None) -> tuple[int, Any]:  # type: ignore[assignment]
        headers = [*self.auth(), ("content-length", "0"), *extra]
        if pool_size is not None:
            headers.append(("x-pool-size", str(pool_size)))
        sid = self.request("POST", "/_system/hello", headers)
        got = await self.headers(sid)
        raw = await self.body(sid)
        body = json.loads(raw) if raw else None
        if got[":status"] == "200":
            self.owner_token = body["owner_token"]
            self.intake_idle_seconds = body["intake_idle_seconds"]
        return int(got[":status"]), body

    def intake(self, slot: int = 0, token: str | None = None) -> int:
        return self.request(
            "POST",
            "/_system/intake",
            [
                ("x-tunnel-id", self.tunnel_id),
                ("x-owner-token", token or self.owner_token or ""),
                ("x-pool-slot", str(slot)),
                ("content-length", "0"),
            ],
        )

    async def respond(
        self,
        request_id: str,
        status: int,
        headers: Headers = (),
        body: bytes = b"",  # type: ignore[assignment]
    ) -> int:
        """POST /_system/response/{id}; returns the ack's status."""
        sid = self.request(
            "POST",
            f"/_system/response/{request_id}",
            [
                *self.auth(),
                ("inkbox-status", str(status)),
                ("inkbox-request-id", request_id),
                ("content-length", str(len(body))),
                *headers,
            ],
            end=not body,
        )
        if body:
            await self.send_all(sid, body)
        return int((await self.headers(sid))[":status"])

    async def close(self) -> None:
        with contextlib.suppress(Exception):
            self.writer.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self._task, 2)
