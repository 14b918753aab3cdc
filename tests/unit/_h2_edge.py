"""An in-memory edge for the tunnel protocol core: a server-side hyper-h2 connection.

`Pair` joins a `TunnelSession` to an `Edge` with no sockets: `pump()` moves bytes both
ways until both are quiet and returns the session's events. The edge side is scripted by
the test, frame by frame (reply to hello, answer an intake, ack a post, send GOAWAY).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import h2.config
import h2.connection
import h2.events

from inkbox.tunnels._events import Event
from inkbox.tunnels._protocol import TunnelSession

TUNNEL_ID = "11111111-1111-1111-1111-111111111111"
API_KEY = "ApiKey_test-secret"


@dataclass
class Stream:
    headers: dict[str, str]
    header_list: list[tuple[str, str]]
    body: bytearray = field(default_factory=bytearray)
    ended: bool = False
    reset: bool = False


class Edge:
    def __init__(self) -> None:
        config = h2.config.H2Configuration(client_side=False, header_encoding="utf-8")
        self.h2 = h2.connection.H2Connection(config=config)
        self.h2.initiate_connection()
        self.streams: dict[int, Stream] = {}
        self.pings = 0

    def receive(self, data: bytes) -> None:
        for event in self.h2.receive_data(data):
            if isinstance(event, h2.events.RequestReceived):
                headers = list(event.headers or [])
                self.streams[event.stream_id] = Stream(dict(headers), headers)  # type: ignore[arg-type]
            elif isinstance(event, h2.events.DataReceived):
                self.streams[event.stream_id].body += event.data or b""
                self.h2.acknowledge_received_data(
                    event.flow_controlled_length or 0, event.stream_id
                )
            elif isinstance(event, h2.events.StreamEnded):
                self.streams[event.stream_id].ended = True
            elif isinstance(event, h2.events.PingReceived):
                self.pings += 1  # hyper-h2 queues the ACK itself
            elif isinstance(event, h2.events.StreamReset):
                self.streams[event.stream_id].reset = True

    def by_path(self, prefix: str) -> list[int]:
        return [sid for sid, s in self.streams.items() if s.headers[":path"].startswith(prefix)]

    def parked(self) -> list[int]:
        """Intakes the client parked and the edge has not answered (nor the client reset)."""
        return [
            sid
            for sid in self.by_path("/_system/intake")
            if not self.streams[sid].reset
            and self.h2.streams.get(sid) is not None
            and not self.h2.streams[sid].closed
        ]

    def reply(
        self,
        stream: int,
        status: int,
        headers: list[tuple[str, str]] | None = None,
        body: bytes = b"",
    ) -> None:
        self.h2.send_headers(
            stream, [(":status", str(status)), *(headers or [])], end_stream=not body
        )
        if body:
            self.h2.send_data(stream, body, end_stream=True)

    def hello_ok(self, **fields: object) -> None:
        body = {"owner_token": "tok-1", **fields}
        (hello,) = self.by_path("/_system/hello")
        self.reply(hello, 200, [("content-type", "application/json")], json.dumps(body).encode())


class Pair:
    def __init__(
        self, *, pool_size: int | None = None, max_in: int = 1 << 20, max_out: int = 1 << 20
    ) -> None:
        self.now = 1000.0
        self.session = TunnelSession(
            tunnel_id=TUNNEL_ID,
            authority="localhost",
            auth_headers=[("x-api-key", API_KEY)],
            pool_size=pool_size,
            max_inbound_body_bytes=max_in,
            max_outbound_body_bytes=max_out,
        )
        self.edge = Edge()
        self.session.start(self.now)

    def pump(self) -> list[Event]:
        events: list[Event] = []
        while True:
            out = self.session.data_to_send()
            if out:
                self.edge.receive(out)
            back = self.edge.h2.data_to_send()
            if back:
                events += self.session.receive_data(back, self.now)
            if not out and not back:
                return events

    def tick(self, seconds: float) -> list[Event]:
        self.now += seconds
        events = self.session.tick(self.now)
        return events + self.pump()

    def connect(self, **hello: object) -> list[Event]:
        self.pump()
        self.edge.hello_ok(**hello)
        return self.pump()
