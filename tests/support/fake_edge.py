"""A small tunnel edge on loopback TLS, for testing the client's asyncio driver.

Not the emulator's edge (that one is an independent witness built elsewhere): just enough
of the reference's §7.2 to drive the client over a real socket — hello, parked intakes,
request hand-over with the reply awaited, WebSocket bridge relay, and the faults a
driver must survive (dropped connection, drain GOAWAY, refused key).
"""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import json
import ssl
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import h2.config
import h2.connection
import h2.events
import h2.settings
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from inkbox.tunnels._wsframe import (
    BINARY,
    FrameDecoder,
    Message,
    RecordDecoder,
    encode_frame,
    encode_record,
)


def make_ca(directory: Path) -> tuple[Path, Path, Path]:
    """A throwaway CA and a leaf for localhost/127.0.0.1: (ca.pem, leaf.pem, leaf.key)."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fake edge CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    paths = directory / "ca.pem", directory / "leaf.pem", directory / "leaf.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return paths


@dataclass
class PublicResponse:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


@dataclass
class _Conn:
    h2: h2.connection.H2Connection
    writer: asyncio.StreamWriter
    token: str
    parked: list[int] = field(default_factory=list)
    headers: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    bodies: dict[int, bytearray] = field(default_factory=dict)
    bridges: dict[int, str] = field(default_factory=dict)
    pending_sends: list[tuple[int, bytes, bool]] = field(default_factory=list)

    def flush(self) -> None:
        self.writer.write(self.h2.data_to_send())


class FakeEdge:
    def __init__(
        self, tmp: Path, *, api_key: str, tunnel_id: str, default_pool_size: int | None = 2
    ) -> None:
        self.ca, leaf, key = make_ca(tmp)
        self._ssl = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self._ssl.load_cert_chain(leaf, key)
        self._ssl.set_alpn_protocols(["h2"])
        self.api_key = api_key
        self.tunnel_id = tunnel_id
        self.default_pool_size = default_pool_size
        self.hello_status: int | None = None  # force a hello reply status
        self.response_deadline: float = 30
        self.conns: list[_Conn] = []
        self.hellos: list[dict[str, str]] = []
        self.intake_headers: list[dict[str, str]] = []
        self._replies: dict[str, asyncio.Future[PublicResponse]] = {}
        self._ws: dict[str, asyncio.Queue[Message]] = {}
        self._ws_open: dict[str, asyncio.Future[tuple[_Conn, int]]] = {}
        self._tcp: set[str] = set()  # bridges carrying raw bytes (passthrough)
        self.tcp_headers: list[dict[str, str]] = []
        self._parked = asyncio.Condition()
        self.server: asyncio.Server | None = None
        self.port = 0

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=self._ssl)
        self.port = self.server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        for conn in self.conns:
            conn.writer.close()
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()

    @property
    def zone(self) -> str:
        return f"localhost:{self.port}"

    # -- faults ----------------------------------------------------------------------------

    def drop(self) -> None:
        """Cut every connection without a word (the client sees EOF)."""
        for conn in self.conns:
            conn.writer.transport.abort()
        self.conns.clear()

    def goaway(self, code: int = 0, reason: str = "drain") -> None:
        for conn in self.conns:
            conn.h2.close_connection(
                error_code=code, additional_data=json.dumps({"reason": reason}).encode()
            )
            conn.flush()
        self.conns.clear()

    # -- public side -----------------------------------------------------------------------

    async def _take_intake(self) -> tuple[_Conn, int]:
        async with self._parked:
            await self._parked.wait_for(lambda: any(c.parked for c in self.conns))
            conn = next(c for c in self.conns if c.parked)
            return conn, conn.parked.pop(0)

    async def request(
        self,
        method: str = "GET",
        path: str = "/",
        headers: list[tuple[str, str]] | None = None,
        body: bytes = b"",
        *,
        route_kind: str = "webhook",
        ws_id: str | None = None,
        body_uri: str | None = None,
    ) -> PublicResponse:
        """Hand a public request to the client and wait for its reply post."""
        request_id = uuid.uuid4().hex
        reply = asyncio.get_running_loop().create_future()
        self._replies[request_id] = reply
        conn, stream = await self._take_intake()
        envelope = [
            (":status", "200"),
            ("inkbox-request-id", request_id),
            ("inkbox-method", method),
            ("inkbox-path", path),
            ("inkbox-route-kind", route_kind),
            ("inkbox-forwarded-for", "203.0.113.5"),
        ]
        if ws_id is not None:
            envelope.append(("inkbox-ws-id", ws_id))
        if body_uri is not None:
            envelope.append(("inkbox-body-uri", body_uri))
        envelope += [(f"inkbox-h-{k.lower()}", v) for k, v in headers or []]
        conn.h2.send_headers(stream, envelope, end_stream=not body)
        if body:
            self._send(conn, stream, body, end=True)
        conn.flush()
        return await asyncio.wait_for(reply, 30)

    async def tcp_stream(self, sni: str) -> str:
        """Hand a passthrough connection to the client; returns its tcp id once bridged."""
        tcp_id = uuid.uuid4().hex
        self._ws[tcp_id] = asyncio.Queue()
        self._ws_open[tcp_id] = asyncio.get_running_loop().create_future()
        self._tcp.add(tcp_id)
        conn, stream = await self._take_intake()
        envelope = [
            (":status", "200"),
            ("inkbox-request-id", uuid.uuid4().hex),
            ("inkbox-route-kind", "tcp-stream"),
            ("inkbox-tcp-id", tcp_id),
            ("inkbox-sni-host", sni),
        ]
        conn.h2.send_headers(stream, envelope, end_stream=True)
        conn.flush()
        await asyncio.wait_for(self._ws_open[tcp_id], 10)
        return tcp_id

    def tcp_send(self, tcp_id: str, data: bytes) -> None:
        conn, stream = self._ws_open[tcp_id].result()
        self._send(conn, stream, encode_frame(BINARY, data, mask=False), end=False)
        conn.flush()

    async def websocket(self, path: str = "/ws") -> tuple[PublicResponse, str]:
        ws_id = uuid.uuid4().hex
        self._ws[ws_id] = asyncio.Queue()
        self._ws_open[ws_id] = asyncio.get_running_loop().create_future()
        response = await self.request(path=path, route_kind="ws-upgrade", ws_id=ws_id)
        if response.status == 200:
            await asyncio.wait_for(self._ws_open[ws_id], 10)
        return response, ws_id

    def ws_send(self, ws_id: str, message: Message) -> None:
        conn, stream = self._ws_open[ws_id].result()
        self._send(
            conn, stream, encode_frame(BINARY, encode_record(message), mask=False), end=False
        )
        conn.flush()

    async def ws_receive(self, ws_id: str) -> Message:
        return await asyncio.wait_for(self._ws[ws_id].get(), 10)

    def _send(self, conn: _Conn, stream: int, data: bytes, *, end: bool) -> None:
        conn.pending_sends.append((stream, data, end))
        self._pump_sends(conn)

    def _pump_sends(self, conn: _Conn) -> None:
        remaining = []
        for stream, data, end in conn.pending_sends:
            view = data
            while view:
                room = min(
                    conn.h2.local_flow_control_window(stream),
                    conn.h2.max_outbound_frame_size,
                    len(view),
                )
                if room <= 0:
                    break
                conn.h2.send_data(stream, view[:room])
                view = view[room:]
            if view:
                remaining.append((stream, view, end))
            elif end:
                conn.h2.end_stream(stream)
        conn.pending_sends = remaining

    # -- edge side -------------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        config = h2.config.H2Configuration(client_side=False, header_encoding="utf-8")
        conn = _Conn(h2.connection.H2Connection(config=config), writer, uuid.uuid4().hex)
        conn.h2.local_settings = h2.settings.Settings(
            client=False,
            initial_values={
                h2.settings.SettingCodes.ENABLE_CONNECT_PROTOCOL: 1,
                h2.settings.SettingCodes.MAX_CONCURRENT_STREAMS: 256,
            },
        )
        conn.h2.initiate_connection()
        conn.flush()
        try:
            while data := await reader.read(65536):
                for event in conn.h2.receive_data(data):
                    await self._on_event(conn, event)
                self._pump_sends(conn)
                conn.flush()
        except (ConnectionError, h2.exceptions.ProtocolError):
            pass
        finally:
            if conn in self.conns:
                self.conns.remove(conn)
            writer.close()

    async def _on_event(self, conn: _Conn, event: h2.events.Event) -> None:
        if isinstance(event, h2.events.RequestReceived):
            conn.headers[event.stream_id] = list(event.headers or [])  # type: ignore[arg-type]
            conn.bodies[event.stream_id] = bytearray()
            headers = dict(conn.headers[event.stream_id])
            if headers.get(":method") == "CONNECT":
                ws_id = headers[":path"].rsplit("/", 1)[1]
                if ws_id in self._tcp:
                    self.tcp_headers.append(headers)
                conn.h2.send_headers(event.stream_id, [(":status", "200")])
                conn.bridges[event.stream_id] = ws_id
                self._frames = getattr(self, "_frames", {})
                self._frames[event.stream_id] = (FrameDecoder(), RecordDecoder())
                self._ws_open[ws_id].set_result((conn, event.stream_id))
        elif isinstance(event, h2.events.DataReceived):
            conn.h2.acknowledge_received_data(event.flow_controlled_length or 0, event.stream_id)
            if event.stream_id in conn.bridges:
                frames, records = self._frames[event.stream_id]
                bridge_id = conn.bridges[event.stream_id]
                for frame in frames.feed(event.data or b""):
                    if bridge_id in self._tcp:
                        kind = "close" if frame.opcode == 0x8 else "binary"
                        code = int.from_bytes(frame.payload[:2], "big") if kind == "close" else 1000
                        reason = frame.payload[2:].decode() if kind == "close" else ""
                        data = b"" if kind == "close" else frame.payload
                        self._ws[bridge_id].put_nowait(
                            Message(kind, data, code=code, reason=reason)
                        )
                        continue
                    for message in records.feed(frame.payload):
                        self._ws[bridge_id].put_nowait(message)
            else:
                conn.bodies[event.stream_id] += event.data or b""
        elif isinstance(event, h2.events.StreamEnded):
            await self._on_request(conn, event.stream_id)

    async def _on_request(self, conn: _Conn, stream: int) -> None:
        headers = dict(conn.headers[stream])
        path = headers[":path"]
        if path == "/_system/hello":
            self.hellos.append(headers)
            if (
                headers.get("x-api-key") != self.api_key
                or headers.get("x-tunnel-id") != self.tunnel_id
            ):
                conn.h2.send_headers(stream, [(":status", "401")], end_stream=True)
                return
            if self.hello_status is not None:
                conn.h2.send_headers(stream, [(":status", str(self.hello_status))], end_stream=True)
                return
            body = {"owner_token": conn.token, "response_deadline_seconds": self.response_deadline}
            if self.default_pool_size is not None:
                body["default_pool_size"] = self.default_pool_size
            self.conns.append(conn)
            conn.h2.send_headers(stream, [(":status", "200"), ("content-type", "application/json")])
            conn.h2.send_data(stream, json.dumps(body).encode(), end_stream=True)
        elif path == "/_system/intake":
            self.intake_headers.append(headers)
            if headers.get("x-owner-token") != conn.token:
                conn.h2.send_headers(
                    stream,
                    [(":status", "401"), ("inkbox-reason", "owner-token-rejected")],
                    end_stream=True,
                )
                return
            async with self._parked:
                conn.parked.append(stream)
                self._parked.notify_all()
        elif path.startswith("/_system/response/"):
            request_id = path.rsplit("/", 1)[1]
            conn.h2.send_headers(stream, [(":status", "200")], end_stream=True)
            all_headers = conn.headers[stream]
            status = int(headers["inkbox-status"])
            forwarded = [
                (k[len("inkbox-h-") :], v) for k, v in all_headers if k.startswith("inkbox-h-")
            ]
            future = self._replies.pop(request_id, None)
            if future is not None and not future.done():
                future.set_result(PublicResponse(status, forwarded, bytes(conn.bodies[stream])))
        elif stream in conn.bridges:
            self._ws[conn.bridges[stream]].put_nowait(Message("close", code=1000, reason="end"))
