"""The tunnel client's asyncio driver over real loopback TLS, against a small fake edge.

The control plane is the emulator (`tunnels.create`); the data plane is
`tests/support/fake_edge.py`, dialled at its own port through `data_plane_zone`, trusted
through `SSL_CERT_FILE`. The emulator's own edge is exercised in tests/e2e.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from inkbox import AsyncInkbox
from inkbox.tunnels import AsyncTunnelListener, TunnelAuthError, TunnelSupersededError
from inkbox.tunnels._runtime import dial_target
from inkbox.tunnels._wsframe import Message
from tests.support.fake_edge import FakeEdge

pytestmark = pytest.mark.anyio


async def echo_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """A plain ASGI app: HTTP echo with two cookies; WebSocket echo."""
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                echo_app.started = True  # type: ignore[attr-defined]
                await send({"type": "lifespan.startup.complete"})
            else:
                await send({"type": "lifespan.shutdown.complete"})
                return
    if scope["type"] == "websocket":
        await receive()  # websocket.connect
        await send({"type": "websocket.accept", "subprotocol": "chat"})
        while True:
            message = await receive()
            if message["type"] == "websocket.disconnect":
                return
            if message.get("text") == "bye":
                await send({"type": "websocket.close", "code": 4001})
                return
            await send(
                {
                    "type": "websocket.send",
                    **{k: v for k, v in message.items() if k in ("text", "bytes")},
                }
            )
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    if scope["path"] == "/missing":
        await send({"type": "http.response.start", "status": 404, "headers": []})
        await send({"type": "http.response.body", "body": b"nope"})
        return
    if scope["path"] == "/fixed":  # an offloaded body's source: 1000 bytes
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"x" * 1000})
        return
    info = {
        "method": scope["method"],
        "path": scope["path"],
        "query": scope["query_string"].decode(),
        "headers": [[k.decode(), v.decode()] for k, v in scope["headers"]],
        "client": scope["client"][0],
        "length": len(body),
    }
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"application/json"),
                (b"set-cookie", b"a=1"),
                (b"set-cookie", b"b=2"),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": json.dumps(info).encode()})


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


@pytest.fixture
async def edge(
    inkbox: AsyncInkbox, inkbox_emulator: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[FakeEdge]:
    created = await inkbox.tunnels.create(name="my-app")
    fake = FakeEdge(tmp_path, api_key=inkbox_emulator.admin_key, tunnel_id=str(created.tunnel.id))
    monkeypatch.setenv("SSL_CERT_FILE", str(fake.ca))
    await fake.start()
    yield fake
    await fake.stop()


class Served:
    """A listener serving in a task, with its statuses recorded."""

    def __init__(
        self, inkbox: AsyncInkbox, edge: FakeEdge, tmp_path: Path, forward_to: Any, **kw: Any
    ) -> None:
        self.statuses: list[str] = []
        self.changed = asyncio.Event()
        self.listener: AsyncTunnelListener = inkbox.tunnels.connect(
            "my-app",
            forward_to,
            data_plane_zone=edge.zone,
            state_dir=tmp_path / "state",
            on_status=self._record,
            **kw,
        )
        self.task = asyncio.create_task(self.listener.serve_forever())

    def _record(self, status: str) -> None:
        self.statuses.append(status)
        self.changed.set()

    async def reach(self, status: str, count: int = 1) -> None:
        async def until() -> None:
            while self.statuses.count(status) < count:
                if self.task.done():
                    self.task.result()
                self.changed.clear()
                await self.changed.wait()

        await asyncio.wait_for(until(), 15)

    async def close(self) -> None:
        await self.listener.aclose()
        await asyncio.wait_for(self.task, 10)


async def test_asgi_request_round_trip(inkbox: AsyncInkbox, edge: FakeEdge, tmp_path: Path) -> None:
    """Over TLS+h2: hello, parked pool, envelope → ASGI app → reply with both cookies."""
    served = Served(inkbox, edge, tmp_path, echo_app, pool_size=3)
    await served.reach("connected")
    assert served.listener.public_url == "https://my-app.inkboxwire.com"
    assert served.listener.is_connected and served.listener.last_connected_at is not None
    response = await edge.request(
        "POST",
        "/echo/x?q=1",
        [("Content-Type", "text/plain"), ("X-Forwarded-For", "6.6.6.6")],
        b"hello",
    )
    assert response.status == 200
    info = json.loads(response.body)
    assert (info["method"], info["path"], info["query"], info["length"]) == (
        "POST",
        "/echo/x",
        "q=1",
        5,
    )
    headers = dict(info["headers"])
    assert headers["host"] == "my-app.inkboxwire.com"
    assert headers["x-forwarded-for"] == "203.0.113.5"  # the edge's, not the spoofed one
    assert info["client"] == "203.0.113.5"
    assert [v for k, v in response.headers if k == "set-cookie"] == ["a=1", "b=2"]
    assert "connection" not in dict(response.headers)
    hello = edge.hellos[0]
    assert hello["x-pool-size"] == "3" and hello[":authority"] == edge.zone
    assert echo_app.started  # type: ignore[attr-defined]
    await served.close()
    assert served.statuses == ["connecting", "connected", "closed"]
    state = json.loads((tmp_path / "state" / "state.json").read_text())
    assert state["zone"] == edge.zone and (tmp_path / "state").stat().st_mode & 0o777 == 0o700


async def test_app_status_and_large_bodies_pass_through(
    inkbox: AsyncInkbox, edge: FakeEdge, tmp_path: Path
) -> None:
    """A 404 comes back as is; a 5 MB request body arrives whole."""
    served = Served(inkbox, edge, tmp_path, echo_app)
    await served.reach("connected")
    missing = await edge.request("GET", "/missing")
    assert (missing.status, missing.body) == (404, b"nope")
    big = await edge.request("POST", "/upload", body=b"x" * (5 * 1024 * 1024))
    assert json.loads(big.body)["length"] == 5 * 1024 * 1024
    await served.close()


async def test_reconnects_after_the_edge_drops_the_connection(
    inkbox: AsyncInkbox, edge: FakeEdge, tmp_path: Path
) -> None:
    """A dropped connection → reconnecting → connected (new hello), and requests flow again."""
    served = Served(inkbox, edge, tmp_path, echo_app)
    await served.reach("connected")
    edge.drop()
    await served.reach("connected", 2)
    assert served.statuses == ["connecting", "connected", "reconnecting", "connected"]
    assert len(edge.hellos) == 2
    assert (await edge.request("GET", "/again")).status == 200
    await served.close()


async def test_drain_hands_off_without_reconnecting(
    inkbox: AsyncInkbox, edge: FakeEdge, tmp_path: Path
) -> None:
    """GOAWAY(0, drain): a new connection at once, no `reconnecting` reported."""
    served = Served(inkbox, edge, tmp_path, echo_app)
    await served.reach("connected")
    edge.goaway(0, "drain")

    async def second_hello() -> None:
        while len(edge.hellos) < 2 or not edge.conns:
            await asyncio.sleep(0.01)

    await asyncio.wait_for(second_hello(), 10)
    assert (await edge.request("GET", "/after-drain")).status == 200
    assert served.statuses == ["connecting", "connected"]
    await served.close()


async def test_superseded_stops_for_good(
    inkbox: AsyncInkbox, edge: FakeEdge, tmp_path: Path
) -> None:
    """GOAWAY 0x1201 ends serve_forever() with TunnelSupersededError and status superseded."""
    served = Served(inkbox, edge, tmp_path, echo_app)
    await served.reach("connected")
    edge.goaway(0x1201, "superseded")
    with pytest.raises(TunnelSupersededError):
        await asyncio.wait_for(served.task, 10)
    assert served.statuses[-1] == "superseded" and served.listener.status == "superseded"


async def test_refused_key_is_permanent(
    inkbox: AsyncInkbox, edge: FakeEdge, tmp_path: Path
) -> None:
    """Hello 401 → TunnelAuthError, status closed, no retry; the key is not in the error."""
    edge.api_key = "some-other-key"
    served = Served(inkbox, edge, tmp_path, echo_app)
    with pytest.raises(TunnelAuthError) as caught:
        await asyncio.wait_for(served.task, 10)
    assert served.statuses == ["connecting", "closed"]
    assert len(edge.hellos) == 1
    assert edge.hellos[0]["x-api-key"] not in str(caught.value)


async def test_asgi_websocket_bridge(inkbox: AsyncInkbox, edge: FakeEdge, tmp_path: Path) -> None:
    """A ws-upgrade is accepted by the app, bridged, echoed both ways, and closed by the app."""
    served = Served(inkbox, edge, tmp_path, echo_app)
    await served.reach("connected")
    accepted, ws_id = await edge.websocket("/ws")
    assert accepted.status == 200 and ("sec-websocket-protocol", "chat") in accepted.headers
    edge.ws_send(ws_id, Message("text", "hello"))
    assert await edge.ws_receive(ws_id) == Message("text", "hello")
    edge.ws_send(ws_id, Message("binary", b"\x00\xff"))
    assert await edge.ws_receive(ws_id) == Message("binary", b"\x00\xff")
    edge.ws_send(ws_id, Message("text", "bye"))
    assert await edge.ws_receive(ws_id) == Message("close", code=4001)
    await served.close()


@pytest.fixture
async def upstream() -> AsyncIterator[str]:
    """`echo_app` behind uvicorn on a loopback port: a URL target."""
    import uvicorn

    server = uvicorn.Server(
        uvicorn.Config(
            echo_app, host="127.0.0.1", port=0, log_level="error", lifespan="off", ws="none"
        )
    )
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    await task


async def test_url_forwarding_rebuilds_headers(
    inkbox: AsyncInkbox, edge: FakeEdge, tmp_path: Path, upstream: str
) -> None:
    """URL mode: Host is the upstream's, X-Forwarded-* are set by the client, cookies repeat."""
    served = Served(inkbox, edge, tmp_path, upstream + "/")
    await served.reach("connected")
    response = await edge.request(
        "PUT", "/p?x=1", [("Host", "evil"), ("Forwarded", "for=6.6.6.6"), ("Accept", "*/*")], b"abc"
    )
    info = json.loads(response.body)
    assert (info["method"], info["path"], info["query"], info["length"]) == ("PUT", "/p", "x=1", 3)
    headers = info["headers"]
    assert ["host", upstream.removeprefix("http://")] in headers
    assert ["x-forwarded-host", "my-app.inkboxwire.com"] in headers
    assert ["x-forwarded-proto", "https"] in headers
    assert [h for h in headers if h[0] == "forwarded"] == [["forwarded", "for=203.0.113.5"]]
    assert [v for k, v in response.headers if k == "set-cookie"] == ["a=1", "b=2"]
    assert (await edge.request("GET", "/missing")).status == 404
    await served.close()


async def test_unreachable_upstream_is_502(
    inkbox: AsyncInkbox, edge: FakeEdge, tmp_path: Path
) -> None:
    """Nothing listening at forward_to → 502 upstream-error, and the tunnel stays up."""
    served = Served(inkbox, edge, tmp_path, "http://127.0.0.1:9")
    await served.reach("connected")
    response = await edge.request("GET", "/")
    assert response.status == 502 and ("inkbox-reason", "upstream-error") in response.headers
    await served.close()


async def test_url_websocket_bridge(inkbox: AsyncInkbox, edge: FakeEdge, tmp_path: Path) -> None:
    """URL mode: the upstream handshake, fragmented replies reassembled, close relayed."""
    from tests.support.ws_echo import WsEcho

    echo = WsEcho()
    await echo.start()
    served = Served(inkbox, edge, tmp_path, f"http://127.0.0.1:{echo.port}")
    await served.reach("connected")
    accepted, ws_id = await edge.websocket("/chat?room=1")
    assert accepted.status == 200
    assert ("set-cookie", "ws=1") in accepted.headers
    assert not [k for k, _ in accepted.headers if k == "sec-websocket-accept"]
    handshake = echo.handshakes[0]
    assert handshake["request-line"] == "GET /chat?room=1 HTTP/1.1"
    assert handshake["x-forwarded-for"] == "203.0.113.5" and "forwarded" not in handshake
    edge.ws_send(ws_id, Message("text", "hello there"))
    assert await edge.ws_receive(ws_id) == Message("text", "hello there")
    edge.ws_send(ws_id, Message("binary", bytes(range(256))))
    assert await edge.ws_receive(ws_id) == Message("binary", bytes(range(256)))
    edge.ws_send(ws_id, Message("close", code=1001))
    # the client relays the code upstream and ends its half of the bridge stream
    assert await edge.ws_receive(ws_id) == Message("close", code=1000, reason="end")
    assert echo.closes == [1001]
    await served.close()
    await echo.stop()


async def test_sync_listener_serves_on_its_own_thread(
    inkbox_emulator: Any, edge: FakeEdge, tmp_path: Path
) -> None:
    """Inkbox: connect() serves at once on a background thread; close() stops it."""
    from inkbox import Inkbox

    statuses: list[str] = []
    with Inkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        listener = client.tunnels.connect(
            "my-app",
            echo_app,
            data_plane_zone=edge.zone,
            state_dir=tmp_path / "s",
            on_status=statuses.append,
        )
        response = await edge.request("GET", "/from-sync")
        assert json.loads(response.body)["path"] == "/from-sync"
        assert listener.status == "connected"
        await asyncio.to_thread(listener.close)
    assert statuses == ["connecting", "connected", "closed"]


async def test_saved_connect_secret_is_sent_on_hello_only(
    inkbox: AsyncInkbox, edge: FakeEdge, tmp_path: Path
) -> None:
    """A guide-era secret in state.json goes out as x-tunnel-secret with the key, never on intakes."""
    state = tmp_path / "state"
    state.mkdir(mode=0o700)
    (state / "state.json").write_text(json.dumps({"connect_secret": "sek-42"}))
    (state / "state.json").chmod(0o600)
    served = Served(inkbox, edge, tmp_path, echo_app)
    await served.reach("connected")
    assert edge.hellos[0]["x-tunnel-secret"] == "sek-42"
    assert edge.hellos[0]["x-api-key"] == edge.api_key
    assert all("x-tunnel-secret" not in h and "x-api-key" not in h for h in edge.intake_headers)
    await served.close()


async def test_slow_handler_gets_504_at_the_response_deadline(
    inkbox: AsyncInkbox, edge: FakeEdge, tmp_path: Path
) -> None:
    """A handler slower than hello's response_deadline_seconds → the client posts 504 itself."""
    release = asyncio.Event()

    async def slow_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            raise RuntimeError("no lifespan")  # allowed: the app simply does not speak it
        await release.wait()

    edge.response_deadline = 0.3
    served = Served(inkbox, edge, tmp_path, slow_app)
    await served.reach("connected")
    response = await edge.request("GET", "/slow")
    assert response.status == 504
    assert ("inkbox-reason", "response-deadline-exceeded") in response.headers
    assert response.body == b"local handler too slow"
    release.set()
    await served.close()


async def test_app_exception_is_500_without_details(
    inkbox: AsyncInkbox, edge: FakeEdge, tmp_path: Path
) -> None:
    """An app that raises gets a plain 500; the exception text does not reach the third party."""

    async def broken(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            raise ValueError("secret internals")

    served = Served(inkbox, edge, tmp_path, broken)
    await served.reach("connected")
    response = await edge.request("GET", "/")
    assert (response.status, response.body) == (500, b"internal error")
    await served.close()


async def test_passthrough_signs_a_cert_and_serves_tls(
    inkbox: AsyncInkbox, edge: FakeEdge, tmp_path: Path, upstream: str
) -> None:
    """Passthrough: EC key + CSR signed by the control plane, cached; a third party's TLS
    (verified against that chain) carries an HTTP/1.1 request to the URL target."""
    import ssl

    created = await inkbox.tunnels.create(name="pt-app", tls_mode="passthrough")
    assert str(created.tunnel.status) == "awaiting_cert"
    edge.tunnel_id = str(created.tunnel.id)
    state = tmp_path / "state"
    connected = asyncio.Event()
    listener = inkbox.tunnels.connect(
        "pt-app",
        upstream,
        tls_mode="passthrough",
        data_plane_zone=edge.zone,
        state_dir=state,
        on_status=lambda s: connected.set() if s == "connected" else None,
    )
    task = asyncio.create_task(listener.serve_forever())
    await asyncio.wait_for(connected.wait(), 10)
    assert (state / "private_key.pem").stat().st_mode & 0o777 == 0o600
    chain = (state / "cert_chain.pem").read_text()
    assert (await inkbox.tunnels.get(created.tunnel.id)).status == "active"

    host = created.tunnel.public_host
    tcp_id = await edge.tcp_stream(host)
    assert edge.tcp_headers[0][":protocol"] == "inkbox-tunnel-tcp"
    assert edge.tcp_headers[0]["sec-websocket-protocol"] == "inkbox-tunnel-tcp"
    root = chain[chain.index("-----END CERTIFICATE-----") + 26 :]
    client = ssl.create_default_context(cadata=root)
    # The shared emulator's clock may have been advanced by earlier tests (reset keeps it),
    # so its certificates can start "in the future": check chain and name, not the dates.
    client.verify_flags |= 0x200000  # X509_V_FLAG_NO_CHECK_TIME
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    tls = client.wrap_bio(incoming, outgoing, server_hostname=host)

    async def exchange() -> None:
        edge.tcp_send(tcp_id, outgoing.read())
        message = await edge.ws_receive(tcp_id)
        assert message.type == "binary", message
        incoming.write(message.data)  # type: ignore[arg-type]

    while True:
        try:
            tls.do_handshake()
            break
        except ssl.SSLWantReadError:
            await exchange()
    tls.write(
        f"POST /pt?x=1 HTTP/1.1\r\nHost: {host}\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc".encode()
    )
    response = b""
    while b"\r\n\r\n" not in response or not response.rstrip().endswith(b"}"):
        await exchange()
        try:
            response += tls.read(65536)
        except ssl.SSLWantReadError:
            pass
    head, _, body = response.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200")
    assert head.count(b"set-cookie:") == 2
    info = json.loads(body)
    assert (info["method"], info["path"], info["query"], info["length"]) == (
        "POST",
        "/pt",
        "x=1",
        3,
    )
    # Connection: close → close_notify, then a CLOSE frame (1000) and END_STREAM
    while True:
        message = await edge.ws_receive(tcp_id)
        if message.type == "close":
            break
    assert (message.code, message.reason) == (1000, "clean-eof")
    await listener.aclose()
    await asyncio.wait_for(task, 10)

    # a second connect reuses the cached chain: no new CSR
    mtime = (state / "cert_chain.pem").stat().st_mtime_ns
    connected = asyncio.Event()
    again = inkbox.tunnels.connect(
        "pt-app",
        upstream,
        tls_mode="passthrough",
        data_plane_zone=edge.zone,
        state_dir=state,
        on_status=lambda s: connected.set() if s == "connected" else None,
    )
    second = asyncio.create_task(again.serve_forever())
    await asyncio.wait_for(connected.wait(), 10)
    await again.aclose()
    await asyncio.wait_for(second, 10)
    assert (state / "cert_chain.pem").stat().st_mtime_ns == mtime


async def test_starlette_app_with_lifespan_routes_and_websocket(
    inkbox: AsyncInkbox, edge: FakeEdge, tmp_path: Path
) -> None:
    """A Starlette app (the FastAPI kind) works in-process: lifespan, routing, WebSocket."""
    from contextlib import asynccontextmanager

    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route, WebSocketRoute
    from starlette.websockets import WebSocket

    events: list[str] = []

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        events.append("startup")
        yield
        events.append("shutdown")

    async def hello(request: Request) -> JSONResponse:
        return JSONResponse(
            {
                "name": request.path_params["name"],
                "host": request.url.hostname,
                "scheme": request.url.scheme,
            }
        )

    async def shout(ws: WebSocket) -> None:
        await ws.accept()
        text = await ws.receive_text()
        await ws.send_text(text.upper())
        await ws.close()

    app = Starlette(
        routes=[Route("/hello/{name}", hello), WebSocketRoute("/shout", shout)], lifespan=lifespan
    )
    served = Served(inkbox, edge, tmp_path, app)
    await served.reach("connected")
    assert events == ["startup"]
    response = await edge.request("GET", "/hello/ada")
    assert json.loads(response.body) == {
        "name": "ada",
        "host": "my-app.inkboxwire.com",
        "scheme": "https",
    }
    assert (await edge.request("GET", "/nowhere")).status == 404
    accepted, ws_id = await edge.websocket("/shout")
    assert accepted.status == 200
    edge.ws_send(ws_id, Message("text", "hi"))
    assert await edge.ws_receive(ws_id) == Message("text", "HI")
    assert (await edge.ws_receive(ws_id)).type == "close"
    await served.close()
    assert events == ["startup", "shutdown"]


@pytest.mark.parametrize(
    ("zone", "target"),
    [
        ("inkboxwire.com", ("inkboxwire.com", 443)),
        ("localhost:8443", ("localhost", 8443)),
        ("127.0.0.1:9", ("127.0.0.1", 9)),
        ("[::1]:8443", ("::1", 8443)),
        ("[::1]", ("::1", 443)),
    ],
)
def test_a_zone_with_a_port_is_dialled_there(zone: str, target: tuple[str, int]) -> None:
    """The zone's own port is used when it has one, else 443."""
    assert dial_target(zone) == target


async def test_no_secret_in_logs(
    inkbox: AsyncInkbox, edge: FakeEdge, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """With every logger at DEBUG, a session with a request, a drop and a reconnect logs
    neither the API key nor a saved connect secret."""
    import logging

    caplog.set_level(logging.DEBUG)
    state = tmp_path / "state"
    state.mkdir(mode=0o700)
    (state / "state.json").write_text(json.dumps({"connect_secret": "sek-logs"}))
    (state / "state.json").chmod(0o600)
    served = Served(inkbox, edge, tmp_path, echo_app)
    await served.reach("connected")
    await edge.request("GET", "/x")
    edge.drop()
    await served.reach("connected", 2)
    await served.close()
    # The fake edge decodes in this process too, and hpack logs what it decodes: those
    # records ("Decoded ...") are the edge's, not the client's.
    text = "\n".join(
        r.getMessage() for r in caplog.records if not r.getMessage().startswith("Decoded")
    )
    assert "SENSITIVE_REDACTED" in text  # the client's credentials went out never-indexed
    assert edge.api_key not in text and "sek-logs" not in text


async def test_offloaded_body_is_fetched_within_the_cap(
    inkbox: AsyncInkbox, edge: FakeEdge, tmp_path: Path, upstream: str
) -> None:
    """`inkbox-body-uri`: the client GETs the body (no credentials) before forwarding; a failed
    fetch is 502 body-fetch-failed, one over the inbound cap 413."""
    served = Served(inkbox, edge, tmp_path, echo_app, max_inbound_body_bytes=1000)
    await served.reach("connected")
    fetched = await edge.request("POST", "/upload", body_uri=upstream + "/fixed")
    assert fetched.status == 200 and json.loads(fetched.body)["length"] == 1000
    failed = await edge.request("POST", "/upload", body_uri=upstream + "/missing")
    assert failed.status == 502 and ("inkbox-reason", "body-fetch-failed") in failed.headers
    await served.close()
    small = Served(inkbox, edge, tmp_path, echo_app, max_inbound_body_bytes=999)
    await small.reach("connected")
    too_big = await edge.request("POST", "/upload", body_uri=upstream + "/fixed")
    assert too_big.status == 413
    await small.close()


async def test_aclose_returns_once_serving_has_stopped(
    inkbox: AsyncInkbox, edge: FakeEdge, tmp_path: Path
) -> None:
    """From another task, `await aclose()` returns when the listener is closed, not before."""
    served = Served(inkbox, edge, tmp_path, echo_app)
    await served.reach("connected")
    await served.listener.aclose()
    assert served.listener.status == "closed"
    assert served.statuses[-1] == "closed"
    await asyncio.wait_for(served.task, 1)


async def test_failed_app_startup_ends_serve_forever(
    inkbox: AsyncInkbox, edge: FakeEdge, tmp_path: Path
) -> None:
    """An ASGI app whose lifespan startup fails stops serve_forever() with that error, status closed."""

    async def failing(scope: dict[str, Any], receive: Any, send: Any) -> None:
        assert scope["type"] == "lifespan"
        await receive()
        await send({"type": "lifespan.startup.failed", "message": "no database"})

    served = Served(inkbox, edge, tmp_path, failing)
    with pytest.raises(RuntimeError, match="no database"):
        await asyncio.wait_for(served.task, 5)
    assert served.statuses == ["connecting", "closed"]
    assert not edge.hellos
