"""The tunnel edge, wire by wire: a bare h2 client (`tunnel_h2.RawTunnel`) on one side, httpx
or a raw socket as the third party on the other, the real listeners in between."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import ssl
import struct
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from inkbox_emulator.edge.settings import EdgeSettings
from inkbox_emulator.pytest_plugin import EmulatorHandle, strict_emulator
from tests.support.ws import masked, read_frame

from .tunnel_h2 import RawTunnel

DEADLINE = 1.0  # response_deadline_seconds told to clients; 504 comes 0.3 s after it
IDLE = 1.0  # intake_idle_seconds: a parked intake is released (204) after it


@pytest.fixture(scope="module")
def edge(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorHandle]:
    ca_file = tmp_path_factory.mktemp("edge") / "ca.pem"
    settings = EdgeSettings(
        edge_port=0,
        public_port=0,
        ca_file=str(ca_file),
        response_deadline_seconds=DEADLINE,
        deadline_grace_seconds=0.3,
        max_body_bytes=8 * 1024 * 1024,
        default_pool_size=2,
        passthrough_port=0,
        intake_idle_seconds=IDLE,
        body_offload_bytes=6 * 1024 * 1024,
    )
    with strict_emulator(tunnel_edge=settings) as handle:
        yield handle


@pytest.fixture
def emu(edge: EmulatorHandle) -> EmulatorHandle:
    edge.reset()
    return edge


def make_tunnel(emu: EmulatorHandle, handle: str = "my-app") -> str:
    with emu.client() as client:
        created = client.post("/api/v1/identities/", json={"agent_handle": handle})
        assert created.status_code == 201, created.text
        return str(created.json()["tunnel"]["id"])


async def dial(emu: EmulatorHandle, tunnel_id: str, api_key: str | None = None) -> RawTunnel:
    settings = emu.tunnel_edge
    assert settings is not None
    raw = RawTunnel(emu.tunnel_zone, tunnel_id, api_key or emu.admin_key)
    await raw.open("127.0.0.1", settings.edge_port, emu.ca_file, "localhost")
    return raw


async def connected(emu: EmulatorHandle, handle: str = "my-app") -> tuple[RawTunnel, str]:
    tunnel_id = make_tunnel(emu, handle)
    raw = await dial(emu, tunnel_id)
    status, _ = await raw.hello()
    assert status == 200
    return raw, tunnel_id


def run(test: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(asyncio.wait_for(test(), 30))


def public(emu: EmulatorHandle, name: str = "my-app") -> httpx.AsyncClient:
    """The third party: plain HTTP to the public port with `Host: {name}.localhost` (the
    sandbox resolves no `*.localhost`; curl would)."""
    settings = emu.tunnel_edge
    assert settings is not None
    return httpx.AsyncClient(
        base_url=f"http://127.0.0.1:{settings.public_port}",
        headers={"host": f"{name}.localhost"},
        timeout=15,
        trust_env=False,
    )


async def serve_one(
    raw: RawTunnel,
    status: int = 200,
    headers: list[tuple[str, str]] | None = None,
    body: bytes = b"",
) -> tuple[dict[str, str], list[tuple[str, str]], bytes]:
    """Park one intake, take the envelope, post the reply; returns what the edge sent."""
    sid = raw.intake()
    envelope = await raw.header_list(sid)
    request_body = await raw.body(sid)
    meta = dict(envelope)
    await raw.respond(meta["inkbox-request-id"], status, headers or [], body)
    return meta, envelope, request_body


# ── connect ──────────────────────────────────────────────────────────────────


def test_tls_alpn_settings_and_hello(emu: EmulatorHandle) -> None:
    async def test() -> None:
        tunnel_id = make_tunnel(emu)
        raw = await dial(emu, tunnel_id)
        assert raw.alpn == "h2"
        status, body = await raw.hello(pool_size=3)
        assert status == 200
        assert body["default_pool_size"] == 3
        assert body["response_deadline_seconds"] == DEADLINE
        assert isinstance(body["owner_token"], str) and body["owner_token"]
        assert raw.remote_settings[0x8] == 1  # ENABLE_CONNECT_PROTOCOL
        assert raw.remote_settings[0x3] >= 256  # MAX_CONCURRENT_STREAMS
        await raw.close()

    run(test)
    # The control plane reports the edge's zone and the connection.
    with emu.client() as client:
        tunnel = client.get("/api/v1/tunnels/").json()["tunnels"][0]
    assert tunnel["zone"] == emu.tunnel_zone
    assert tunnel["public_host"] == "my-app.localhost"
    assert tunnel["last_connected_at"] is not None


def test_the_ca_file_verifies_the_edge_for_its_names(emu: EmulatorHandle) -> None:
    assert Path(emu.ca_file).read_text().startswith("-----BEGIN CERTIFICATE-----")

    async def test() -> None:
        tunnel_id = make_tunnel(emu)
        settings = emu.tunnel_edge
        assert settings is not None
        for name in ("localhost", "127.0.0.1"):
            raw = RawTunnel(emu.tunnel_zone, tunnel_id, emu.admin_key)
            await raw.open("127.0.0.1", settings.edge_port, emu.ca_file, name)
            await raw.close()

    run(test)


def test_hello_refuses_bad_keys_and_pool_sizes(emu: EmulatorHandle) -> None:
    async def test() -> None:
        tunnel_id = make_tunnel(emu)
        make_tunnel(emu, "other")
        other_key = emu.agent_key("other")
        for key, expected in (("isk_wrong", 401), (other_key, 403)):
            raw = await dial(emu, tunnel_id, key)
            assert (await raw.hello())[0] == expected
            await raw.close()
        raw = await dial(emu, "not-a-tunnel")
        assert (await raw.hello())[0] == 403
        raw.tunnel_id = tunnel_id
        assert (await raw.hello(pool_size=33))[0] == 400
        # The tunnel's own agent key is enough.
        raw.api_key = emu.agent_key("my-app")
        assert (await raw.hello())[0] == 200
        await raw.close()

    run(test)


def test_hello_accepts_a_guide_era_connect_secret(emu: EmulatorHandle) -> None:
    with emu.client() as client:
        created = client.post("/api/v1/tunnels/", json={"tunnel_name": "legacy-app"}).json()
    tunnel_id, secret = created["tunnel"]["id"], created["connect_secret"]

    async def test() -> None:
        raw = await dial(emu, tunnel_id)
        raw.api_key = None
        assert (await raw.hello([("x-tunnel-secret", "tnl_wrong")]))[0] == 401
        assert (await raw.hello([("x-tunnel-secret", secret)]))[0] == 200
        sid = raw.request(
            "POST", "/_system/response/nope", [*raw.auth(), ("x-tunnel-secret", secret)]
        )
        assert (await raw.headers(sid))[":status"] == "404"  # authorised, unknown id
        await raw.close()

    run(test)


def test_an_idle_intake_is_released_and_a_fresh_one_serves(emu: EmulatorHandle) -> None:
    async def test() -> None:
        raw, _ = await connected(emu)
        assert raw.intake_idle_seconds == IDLE
        idle = raw.intake()
        got = await raw.headers(idle, timeout=IDLE + 5)
        assert (got[":status"], got["inkbox-reason"]) == ("204", "intake-idle")
        async with public(emu) as http:
            call = asyncio.ensure_future(http.get("/after-idle"))
            meta, _, _ = await serve_one(raw, 200, body=b"ok")
            assert (await call).text == "ok"
        assert meta["inkbox-path"] == "/after-idle"
        await raw.close()

    run(test)


def test_intake_needs_this_connections_owner_token(emu: EmulatorHandle) -> None:
    async def test() -> None:
        raw, _ = await connected(emu)
        sid = raw.intake(token="stolen")
        got = await raw.headers(sid)
        assert got[":status"] == "401"
        assert got["inkbox-reason"] == "owner-token-rejected"
        await raw.close()

    run(test)


# ── HTTP through the public listener ─────────────────────────────────────────


def test_get_envelope_and_reply_with_repeated_set_cookie(emu: EmulatorHandle) -> None:
    async def test() -> None:
        raw, _ = await connected(emu)
        async with public(emu) as http:
            call = asyncio.ensure_future(
                http.get(
                    "/hello?x=1",
                    headers={"X-Custom": "yes", "X-Forwarded-For": "6.6.6.6"},
                )
            )
            meta, envelope, body = await serve_one(
                raw,
                201,
                [
                    ("inkbox-h-set-cookie", "a=1"),
                    ("inkbox-h-set-cookie", "b=2"),
                    ("inkbox-h-content-type", "text/plain"),
                    ("inkbox-h-inkbox-reason", "internal"),
                ],
                b"hi there",
            )
            response = await call
        assert envelope[0] == (":status", "200")
        assert meta["inkbox-method"] == "GET"
        assert meta["inkbox-path"] == "/hello?x=1"
        assert meta["inkbox-route-kind"] == "webhook"
        assert meta["inkbox-forwarded-for"] == "127.0.0.1"
        assert meta["inkbox-h-x-custom"] == "yes"
        assert "inkbox-h-x-forwarded-for" not in meta  # third parties cannot spoof it
        assert meta["inkbox-h-host"] == "my-app.localhost"
        assert body == b""
        assert response.status_code == 201
        assert response.text == "hi there"
        assert response.headers.get_list("set-cookie") == ["a=1", "b=2"]
        assert "inkbox-reason" not in response.headers
        await raw.close()

    run(test)


def test_post_body_streams_both_ways(emu: EmulatorHandle) -> None:
    payload = os.urandom(5 * 1024 * 1024)

    async def test() -> None:
        raw, _ = await connected(emu)
        async with public(emu) as http:
            call = asyncio.ensure_future(http.post("/up", content=payload))
            meta, _, body = await serve_one(raw, 200, [], body=body_echo(payload))
            response = await call
        assert meta["inkbox-method"] == "POST"
        assert body == payload
        assert response.content == body_echo(payload)
        await raw.close()

    def body_echo(data: bytes) -> bytes:
        return data[::-1]

    run(test)


def test_large_bodies_are_offloaded_to_a_one_time_uri(emu: EmulatorHandle) -> None:
    payload = os.urandom(7 * 1024 * 1024)  # over body_offload_bytes (6 MiB), under the cap

    async def test() -> None:
        raw, _ = await connected(emu)
        async with public(emu) as http:
            call = asyncio.ensure_future(http.post("/big", content=payload))
            sid = raw.intake()
            meta = await raw.headers(sid, timeout=20)
            assert await raw.body(sid) == b""  # no DATA: the body waits at the URI
            uri = meta["inkbox-body-uri"]
            assert uri.startswith("http://127.0.0.1:")
            async with httpx.AsyncClient(trust_env=False) as fetcher:  # no credentials
                fetched = await fetcher.get(uri)
                assert fetched.content == payload
                assert (await fetcher.get(uri)).status_code == 404  # one GET only
            await raw.respond(meta["inkbox-request-id"], 200, body=b"stored")
            assert (await call).text == "stored"
        await raw.close()

    run(test)


def test_reply_without_content_length_is_chunked(emu: EmulatorHandle) -> None:
    async def test() -> None:
        raw, _ = await connected(emu)
        async with public(emu) as http:
            call = asyncio.ensure_future(http.get("/"))
            sid = raw.intake()
            request_id = (await raw.headers(sid))["inkbox-request-id"]
            post = raw.request(
                "POST",
                f"/_system/response/{request_id}",
                [*raw.auth(), ("inkbox-status", "200")],
                end=False,
            )
            # The ack comes before the body: it depends on nothing but the id.
            assert (await raw.headers(post))[":status"] == "200"
            raw.send(post, b"part one, ")
            raw.send(post, b"part two", end=True)
            response = await call
        assert response.headers["transfer-encoding"] == "chunked"
        assert response.text == "part one, part two"
        await raw.close()

    run(test)


def test_request_waits_for_an_intake_parked_later(emu: EmulatorHandle) -> None:
    async def test() -> None:
        raw, _ = await connected(emu)
        async with public(emu) as http:
            call = asyncio.ensure_future(http.get("/late"))
            await asyncio.sleep(0.2)  # the request is queued, no intake is parked yet
            meta, _, _ = await serve_one(raw, 204)
            assert (await call).status_code == 204
        assert meta["inkbox-path"] == "/late"
        await raw.close()

    run(test)


def test_errors_the_edge_answers_itself(emu: EmulatorHandle) -> None:
    async def test() -> None:
        tunnel_id = make_tunnel(emu)
        async with public(emu, "nobody") as http:
            unknown = await http.get("/")
        async with public(emu) as http:
            offline = await http.get("/")
            assert (unknown.status_code, offline.status_code) == (404, 502)
            assert offline.headers["inkbox-reason"] == "tunnel-not-connected"
            raw = await dial(emu, tunnel_id)
            await raw.hello()
            raw.intake()
            too_big = await http.post("/", content=b"x" * (8 * 1024 * 1024 + 1))
            assert too_big.status_code == 413
            huge = {f"x-h{i}": "v" * 100 for i in range(120)}
            assert (await http.get("/", headers=huge)).status_code == 431
            # The intake was taken, the client never answers: 504 after the deadline.
            slow = await http.get("/")
            assert slow.status_code == 504
            # A reply that comes too late is refused (404) and goes nowhere.
        log = emu.hook("GET", "/tunnel-edge/requests", params={"tunnel": "my-app"})
        assert [e["status"] for e in log] == [502, 413, 431, 504]
        await raw.close()

    run(test)


def test_chunked_upload_over_the_cap_is_413(emu: EmulatorHandle) -> None:
    async def test() -> None:
        raw, _ = await connected(emu)
        raw.intake()

        async def chunks() -> Any:
            for _ in range(9):
                yield b"x" * (1024 * 1024)

        async with public(emu) as http:
            response = await http.post("/", content=chunks())
        assert response.status_code == 413
        await raw.close()

    run(test)


def test_reply_may_come_on_another_connection(emu: EmulatorHandle) -> None:
    async def test() -> None:
        first, tunnel_id = await connected(emu)
        async with public(emu) as http:
            call = asyncio.ensure_future(http.get("/"))
            sid = first.intake()
            request_id = (await first.headers(sid))["inkbox-request-id"]
            second = await dial(emu, tunnel_id)
            assert (await second.hello())[0] == 200  # takes the tunnel over
            assert await second.respond(request_id, 200, body=b"from the new one") == 200
            assert (await call).text == "from the new one"
        await first.close()
        await second.close()

    run(test)


# ── takeover, drop, drain, restart ───────────────────────────────────────────


def test_a_later_hello_supersedes_the_older_connection(emu: EmulatorHandle) -> None:
    async def test() -> None:
        first, tunnel_id = await connected(emu)
        parked = first.intake()
        await asyncio.sleep(0.05)  # the intake reaches the edge before the takeover
        second = await dial(emu, tunnel_id)
        assert (await second.hello())[0] == 200
        got = await first.headers(parked)
        assert (got[":status"], got["inkbox-reason"]) == ("409", "intake-superseded")
        assert first.goaway is not None
        code, debug = await asyncio.wait_for(first.goaway, 5)
        assert code == 0x1201
        assert json.loads(debug) == {"reason": "superseded"}
        await first.close()
        await second.close()

    run(test)


def test_drop_restart_and_state_hooks(emu: EmulatorHandle) -> None:
    async def test() -> None:
        raw, tunnel_id = await connected(emu)
        state = await asyncio.to_thread(emu.wait_tunnel, "my-app")
        assert state["connected"] and state["connects"] == 1
        assert "owner_token" not in json.dumps(emu.edge_state())
        assert await asyncio.to_thread(emu.drop_tunnel, "my-app")
        await asyncio.wait_for(raw.closed.wait(), 5)
        await asyncio.to_thread(emu.wait_tunnel, "my-app", connected=False)
        again = await dial(emu, tunnel_id)
        assert (await again.hello())[0] == 200
        assert (await asyncio.to_thread(emu.wait_tunnel, tunnel_id, connects=2))["connected"]
        await asyncio.to_thread(emu.restart_edge)
        await asyncio.wait_for(again.closed.wait(), 5)
        third = await dial(emu, tunnel_id)  # the same port and CA after a restart
        assert (await third.hello())[0] == 200
        await third.close()

    run(test)


def test_drain_sends_goaway_and_refuses_new_hellos(emu: EmulatorHandle) -> None:
    async def test() -> None:
        raw, tunnel_id = await connected(emu)
        parked = raw.intake()
        await asyncio.wait_for(asyncio.to_thread(emu.wait_tunnel, "my-app"), 5)
        restart = asyncio.ensure_future(asyncio.to_thread(emu.restart_edge, 1.0, drain=True))
        assert raw.goaway is not None
        code, debug = await asyncio.wait_for(raw.goaway, 5)
        assert (code, json.loads(debug)) == (0, {"reason": "drain"})
        late = await dial(emu, tunnel_id)  # still listening while it drains
        assert (await late.hello())[0] == 503
        # Nothing new goes to a draining connection (a Python client no longer reads it), and
        # its parked intake is not answered with an instant non-200 (the client would spin).
        async with public(emu) as http:
            assert (await http.get("/")).status_code == 502
        assert not raw.streams[parked].headers.done()
        await restart
        back = await dial(emu, tunnel_id)
        assert (await back.hello())[0] == 200
        for conn in (raw, late, back):
            await conn.close()

    run(test)


# ── WebSockets ───────────────────────────────────────────────────────────────


def record(message: dict[str, Any]) -> bytes:
    body = json.dumps(message, separators=(",", ":")).encode()
    return struct.pack("!I", len(body)) + body


async def read_record(raw: RawTunnel, sid: int) -> dict[str, Any]:
    """One outer frame from the edge: unmasked, FIN, BINARY, one record."""
    first, second = await raw.take(sid, 2)
    assert first == 0x82 and not second & 0x80  # FIN + BINARY, never fragmented, unmasked
    payload = await raw.take(sid, second & 0x7F)
    assert struct.unpack("!I", payload[:4])[0] == len(payload) - 4
    result: dict[str, Any] = json.loads(payload[4:])
    return result


def test_websocket_bridge_echo_text_binary_and_close(emu: EmulatorHandle) -> None:
    async def test() -> None:
        raw, _ = await connected(emu)
        settings = emu.tunnel_edge
        assert settings is not None
        reader, writer = await asyncio.open_connection("127.0.0.1", settings.public_port)
        writer.write(
            b"GET /ws?room=1 HTTP/1.1\r\nHost: my-app.localhost\r\nUpgrade: websocket\r\n"
            b"Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            b"Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: chat, other\r\n\r\n"
        )
        # Sent at once, before the bridge exists: the edge must keep it for the bridge.
        writer.write(masked(0x1, b"early"))
        sid = raw.intake()
        meta = await raw.headers(sid)
        assert meta["inkbox-route-kind"] == "ws-upgrade"
        assert meta["inkbox-h-sec-websocket-protocol"] == "chat, other"
        ws_id = meta["inkbox-ws-id"]
        # The ack must not wait for the bridge (the client opens it only after the ack).
        ack = await raw.respond(
            meta["inkbox-request-id"],
            200,
            [("inkbox-h-sec-websocket-protocol", "chat"), ("inkbox-h-set-cookie", "s=1")],
        )
        assert ack == 200
        bridge = raw.request(
            "CONNECT",
            f"/_system/ws/{ws_id}",
            [
                (":protocol", "inkbox-tunnel-ws"),
                ("sec-websocket-version", "13"),
                *raw.auth(),
                ("inkbox-ws-id", ws_id),
            ],
            end=False,
        )
        assert (await raw.headers(bridge))[":status"] == "200"
        head = await reader.readuntil(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 101 ")
        assert b"sec-websocket-accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=" in head
        assert b"sec-websocket-protocol: chat" in head.lower()
        assert b"set-cookie: s=1" in head.lower()
        assert await read_record(raw, bridge) == {"type": "text", "data": "early"}
        # A fragmented binary message arrives as one record; pings are answered locally.
        writer.write(masked(0x2, b"\x00\x01", fin=False) + masked(0x9, b"p") + masked(0x0, b"\x02"))
        assert await read_frame(reader) == (0x8A, 0, b"p")
        assert await read_record(raw, bridge) == {
            "type": "binary",
            "data": base64.b64encode(b"\x00\x01\x02").decode(),
        }
        # Client → third party: records split across outer frames, masked as a client sends.
        both = record({"type": "text", "data": "hi"}) + record({"type": "binary", "data": "AAEC"})
        raw.send(bridge, masked(0x2, both[:7]) + masked(0x2, both[7:]))
        assert await read_frame(reader) == (0x81, 0, b"hi")
        assert await read_frame(reader) == (0x82, 0, b"\x00\x01\x02")
        raw.send(bridge, masked(0x9, b"ping"))  # an outer ping gets an outer pong
        first, second = await raw.take(bridge, 2)
        assert (first, second) == (0x8A, 4) and await raw.take(bridge, 4) == b"ping"
        # The third party closes: a close record, and the close handshake's echo.
        writer.write(masked(0x8, struct.pack("!H", 4001) + b"bye"))
        assert await read_record(raw, bridge) == {"type": "close", "code": 4001, "reason": "bye"}
        assert await read_frame(reader) == (0x88, 0, struct.pack("!H", 4001) + b"bye")
        raw.send(bridge, b"", end=True)
        await raw.body(bridge)  # the edge ends the bridge stream too
        writer.close()
        await raw.close()

    run(test)


def test_websocket_client_close_and_rejection(emu: EmulatorHandle) -> None:
    async def upgrade(settings: EdgeSettings) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        reader, writer = await asyncio.open_connection("127.0.0.1", settings.public_port)
        writer.write(
            b"GET /ws HTTP/1.1\r\nHost: my-app.localhost\r\nUpgrade: websocket\r\n"
            b"Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            b"Sec-WebSocket-Version: 13\r\n\r\n"
        )
        return reader, writer

    async def test() -> None:
        raw, _ = await connected(emu)
        settings = emu.tunnel_edge
        assert settings is not None
        # Rejected by the app: its status and body reach the third party.
        reader, writer = await upgrade(settings)
        meta = await raw.headers(raw.intake())
        await raw.respond(
            meta["inkbox-request-id"], 403, [("inkbox-h-content-type", "text/plain")], b"no"
        )
        head = await reader.readuntil(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 403 ")
        assert await reader.readexactly(2) == b"no"
        writer.close()
        # Accepted, then the app closes: CLOSE(code) to the third party, the stream ends.
        reader, writer = await upgrade(settings)
        meta = await raw.headers(raw.intake())
        await raw.respond(meta["inkbox-request-id"], 200)
        ws_id = meta["inkbox-ws-id"]
        bridge = raw.request(
            "CONNECT",
            f"/_system/ws/{ws_id}",
            [(":protocol", "inkbox-tunnel-ws"), *raw.auth()],
            end=False,
        )
        assert (await raw.headers(bridge))[":status"] == "200"
        await reader.readuntil(b"\r\n\r\n")
        raw.send(
            bridge, masked(0x2, record({"type": "close", "code": 1001, "reason": ""})), end=True
        )
        assert await read_frame(reader) == (0x88, 0, struct.pack("!H", 1001))
        await raw.body(bridge)
        writer.close()
        await raw.close()

    run(test)


# ── passthrough ──────────────────────────────────────────────────────────────


def client_hello(server_name: str) -> bytes:
    """The first flight of a real TLS client asking for `server_name`."""
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    tls = ssl.create_default_context().wrap_bio(incoming, outgoing, server_hostname=server_name)
    with pytest.raises(ssl.SSLWantReadError):
        tls.do_handshake()
    return outgoing.read()


def signed_passthrough_tunnel(emu: EmulatorHandle, handle: str) -> tuple[str, dict[str, Any]]:
    """A passthrough tunnel, its CSR signed by the emulator CA (then it is `active`)."""
    with emu.client() as client:
        created = client.post(
            "/api/v1/identities/",
            json={"agent_handle": handle, "tunnel": {"tls_mode": "passthrough"}},
        )
        assert created.status_code == 201, created.text
        tunnel = created.json()["tunnel"]
        assert tunnel["status"] == "awaiting_cert"
        host = f"{handle}.localhost"
        key = ec.generate_private_key(ec.SECP256R1())
        csr = (
            x509.CertificateSigningRequestBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
            .sign(key, hashes.SHA256())
        )
        signed = client.post(
            f"/api/v1/tunnels/{tunnel['id']}/sign-csr",
            json={"csr_pem": csr.public_bytes(serialization.Encoding.PEM).decode()},
        )
        assert signed.status_code == 200, signed.text
        return str(tunnel["id"]), signed.json()


def test_sign_csr_issues_a_certificate_from_the_edge_ca(emu: EmulatorHandle) -> None:
    _, signed = signed_passthrough_tunnel(emu, "tls-app")
    cert = x509.load_pem_x509_certificate(signed["cert_pem"].encode())
    root = x509.load_pem_x509_certificate(Path(emu.ca_file).read_bytes())
    cert.verify_directly_issued_by(root)  # the root third parties trust (--tunnel-ca-file)
    names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert names.get_values_for_type(x509.DNSName) == ["tls-app.localhost"]


def test_passthrough_routes_by_sni_and_splices_raw_bytes(emu: EmulatorHandle) -> None:
    async def test() -> None:
        tunnel_id, _ = signed_passthrough_tunnel(emu, "tls-app")
        raw = await dial(emu, tunnel_id)
        assert (await raw.hello())[0] == 200
        sid = raw.intake()
        settings = emu.tunnel_edge
        assert settings is not None and settings.passthrough_port
        reader, writer = await asyncio.open_connection("127.0.0.1", settings.passthrough_port)
        hello = client_hello("tls-app.localhost")
        writer.write(hello)
        meta = await raw.headers(sid)
        assert meta["inkbox-route-kind"] == "tcp-stream"
        assert meta["inkbox-sni-host"] == "tls-app.localhost"
        assert meta["inkbox-request-id"]
        tcp_id = meta["inkbox-tcp-id"]
        bridge = raw.request(
            "CONNECT",
            f"/_system/tcp/{tcp_id}",
            [
                (":protocol", "inkbox-tunnel-tcp"),
                ("sec-websocket-version", "13"),
                ("sec-websocket-protocol", "inkbox-tunnel-tcp"),
                *raw.auth(),
                ("inkbox-tcp-id", tcp_id),
            ],
            end=False,
        )
        assert (await raw.headers(bridge))[":status"] == "200"
        # The ClientHello the edge peeked comes first, as BINARY frames (any split).
        got = b""
        while len(got) < len(hello):
            first, second = await raw.take(bridge, 2)
            assert first == 0x82
            size = second & 0x7F
            if size == 126:
                size = struct.unpack("!H", await raw.take(bridge, 2))[0]
            got += await raw.take(bridge, size)
        assert got == hello
        # Client → third party: masked BINARY and continuation frames become raw bytes.
        raw.send(bridge, masked(0x2, b"server ", fin=False) + masked(0x0, b"flight"))
        assert await reader.readexactly(13) == b"server flight"
        # The client closes: CLOSE + END_STREAM → EOF at the third party.
        raw.send(bridge, masked(0x8, struct.pack("!H", 1000)), end=True)
        assert await reader.read() == b""
        writer.close()
        await raw.close()

    run(test)


def test_passthrough_refuses_unknown_names_and_non_tls(emu: EmulatorHandle) -> None:
    async def test() -> None:
        settings = emu.tunnel_edge
        assert settings is not None and settings.passthrough_port
        for first_bytes in (client_hello("nobody.localhost"), b"GET / HTTP/1.1\r\n\r\n"):
            reader, writer = await asyncio.open_connection("127.0.0.1", settings.passthrough_port)
            writer.write(first_bytes)
            assert await reader.read() == b""  # closed, nothing to say in TLS
            writer.close()

    run(test)
    log = emu.hook("GET", "/tunnel-edge/requests")
    assert [(e["kind"], e["status"]) for e in log[-2:]] == [
        ("tcp-stream", 502),
        ("tcp-stream", 400),
    ]
