"""Passthrough over HTTP/2: a third party that negotiated `h2` in its TLS handshake.

The server side of hyper-h2 on the decrypted bytes: each request stream becomes an
`Envelope` for the forwarder (requests on one connection are served concurrently, as h2
allows), and each reply goes back as HEADERS + flow-controlled DATA. No I/O here: the
caller feeds plaintext in and sends what `data_to_send()` returns through TLS.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import h2.config
import h2.connection
import h2.events
import h2.exceptions

from ._forward import Reply, local_reply
from ._wire import HOP_BY_HOP_RESPONSE, Envelope, Header, path_is_safe

__all__ = ["H2Server"]

# Connection-specific fields are forbidden in HTTP/2 responses (RFC 9113 §8.2.2).
_NOT_IN_H2 = HOP_BY_HOP_RESPONSE | {"content-length", "host"}


@dataclass(slots=True)
class _Request:
    headers: list[Header]
    body: bytearray = field(default_factory=bytearray)
    too_large: bool = False


class H2Server:
    """HTTP/2 server state for one passthrough connection.

    Args:
        dispatch: Serves one request (an `Envelope`) and returns the reply.
        wrote: Called whenever there are bytes to encrypt and send.
        max_inbound_body_bytes: Larger request bodies are answered 413.
    """

    def __init__(
        self,
        dispatch: Callable[[Envelope], Awaitable[Reply]],
        wrote: Callable[[], None],
        *,
        tcp_id: str,
        max_inbound_body_bytes: int,
    ) -> None:
        config = h2.config.H2Configuration(client_side=False, header_encoding="utf-8")
        self.h2 = h2.connection.H2Connection(config=config)
        self.h2.initiate_connection()
        self._dispatch = dispatch
        self._wrote = wrote
        self._tcp_id = tcp_id
        self._max_in = max_inbound_body_bytes
        self._requests: dict[int, _Request] = {}
        self._pending: dict[int, memoryview] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self.ended = False

    def data_to_send(self) -> bytes:
        return self.h2.data_to_send()

    def receive(self, plain: bytes) -> None:
        """Feed decrypted bytes; requests that are complete start being served."""
        try:
            events = self.h2.receive_data(plain)
        except h2.exceptions.ProtocolError:
            self.ended = True
            return
        for event in events:
            if isinstance(event, h2.events.RequestReceived):
                self._requests[event.stream_id] = _Request(list(event.headers or []))  # type: ignore[arg-type]
            elif isinstance(event, h2.events.DataReceived):
                self._on_data(event)
            elif isinstance(event, h2.events.StreamEnded):
                request = self._requests.pop(event.stream_id, None)
                if request is not None:
                    task = asyncio.create_task(self._serve(event.stream_id, request))
                    self._tasks.add(task)
                    task.add_done_callback(self._tasks.discard)
            elif isinstance(event, h2.events.StreamReset):
                self._requests.pop(event.stream_id, None)
                self._pending.pop(event.stream_id, None)
            elif isinstance(event, h2.events.WindowUpdated):
                self._flush()
            elif isinstance(event, h2.events.ConnectionTerminated):
                self.ended = True

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    def _on_data(self, event: h2.events.DataReceived) -> None:
        self.h2.acknowledge_received_data(event.flow_controlled_length or 0, event.stream_id)
        request = self._requests.get(event.stream_id)
        if request is None or request.too_large:
            return
        request.body += event.data or b""
        if len(request.body) > self._max_in:
            request.too_large, request.body = True, bytearray()

    async def _serve(self, stream: int, request: _Request) -> None:
        pseudo = {k: v for k, v in request.headers if k.startswith(":")}
        path = pseudo.get(":path", "/")
        headers = [(k, v) for k, v in request.headers if not k.startswith(":")]
        if ":authority" in pseudo:
            headers.insert(0, ("host", pseudo[":authority"]))
        if request.too_large:
            reply = local_reply(413, "request-body-too-large", "request body too large")
        elif not path_is_safe(path):
            reply = local_reply(400, "invalid-path", "invalid path")
        else:
            envelope = Envelope(
                request_id=self._tcp_id,
                method=pseudo.get(":method", "GET"),
                path=path,
                headers=tuple(headers),
                body=bytes(request.body),
            )
            try:
                reply = await self._dispatch(envelope)
            except Exception:
                reply = local_reply(500, None, "internal error")
        self._respond(stream, reply)

    def _respond(self, stream: int, reply: Reply) -> None:
        headers = [(":status", str(reply.status))]
        headers += [(k.lower(), v) for k, v in reply.headers if k.lower() not in _NOT_IN_H2]
        headers.append(("content-length", str(len(reply.body))))
        try:
            self.h2.send_headers(stream, headers, end_stream=not reply.body)
        except h2.exceptions.ProtocolError:
            with contextlib.suppress(h2.exceptions.ProtocolError):
                self.h2.reset_stream(stream)
            self._wrote()
            return
        if reply.body:
            self._pending[stream] = memoryview(reply.body)
            self._flush()
        self._wrote()

    def _flush(self) -> None:
        for stream, queued in list(self._pending.items()):
            view = queued
            try:
                while view:
                    room = min(
                        self.h2.local_flow_control_window(stream),
                        self.h2.max_outbound_frame_size,
                        len(view),
                    )
                    if room <= 0:
                        break
                    self.h2.send_data(stream, bytes(view[:room]), end_stream=room == len(view))
                    view = view[room:]
            except h2.exceptions.StreamClosedError:
                view = memoryview(b"")
            if view:
                self._pending[stream] = view
            else:
                del self._pending[stream]
        self._wrote()
