"""`tunnels.connect()` end to end through the emulator's tunnel edge, on loopback.

A third party calls the edge's public port (plain HTTP, `Host: my-app.localhost`); the edge
hands the request to our client over TLS + HTTP/2; the client forwards it to a local URL
or an in-process ASGI app. The zone is `localhost:PORT`, dialled at that port, trusted
through `SSL_CERT_FILE` = the emulator's CA.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from inkbox import AsyncInkbox
from inkbox._concurrency import async_run_blocking
from inkbox.tunnels._wsframe import Message
from tests.support.tunnel_helpers import (
    AsyncPublicWebSocket,
    AsyncServing,
    echo_app,
    uvicorn_echo,
    ws_echo,
)

NAME = "my-app"
HOST = f"{NAME}.localhost"


@pytest.fixture
async def inkbox(edge: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(edge.admin_key, base_url=edge.url) as client:
        await client.tunnels.create(name=NAME)
        yield client


@pytest.fixture(params=["url", "asgi"])
def target(request: pytest.FixtureRequest) -> Iterator[Any]:
    if request.param == "asgi":
        yield echo_app
    else:
        with uvicorn_echo() as url:
            yield url


def public(edge: Any) -> httpx.AsyncClient:
    port = edge.tunnel_edge.public_port
    return httpx.AsyncClient(
        base_url=f"http://127.0.0.1:{port}", headers={"Host": HOST}, trust_env=False, timeout=30
    )


def serving(inkbox: AsyncInkbox, edge: Any, forward_to: Any, tmp_path: Path) -> AsyncServing:
    listener = inkbox.tunnels.connect(NAME, forward_to, state_dir=tmp_path / "state")
    return AsyncServing(listener, lambda: edge.wait_tunnel(NAME))


@pytest.mark.anyio
async def test_get_with_cookies_and_a_404(
    inkbox: AsyncInkbox, edge: Any, target: Any, tmp_path: Path
) -> None:
    """GET through the tunnel: the app's JSON, both Set-Cookie values, and its 404 as is."""
    async with serving(inkbox, edge, target, tmp_path) as served, public(edge) as http:
        assert served.listener.public_url == f"https://{HOST}"
        response = await http.get("/hello/world?x=1")
        assert response.status_code == 200
        info = response.json()
        assert (info["method"], info["path"], info["query"]) == ("GET", "/hello/world", "x=1")
        assert response.headers.get_list("set-cookie") == ["a=1; Path=/", "b=2"]
        missing = await http.get("/missing")
        assert (missing.status_code, missing.text) == (404, "no such page")
        assert served.listener.status == "connected"


@pytest.mark.anyio
async def test_post_5_mb(inkbox: AsyncInkbox, edge: Any, target: Any, tmp_path: Path) -> None:
    """A 5 MB POST body reaches the app whole."""
    body = bytes(range(256)) * (5 * 1024 * 1024 // 256)
    async with serving(inkbox, edge, target, tmp_path), public(edge) as http:
        response = await http.post("/upload", content=body)
        assert response.status_code == 200
        assert json.loads(response.content)["length"] == len(body)


@pytest.mark.anyio
@pytest.mark.parametrize("kind", ["url", "asgi"])
async def test_websocket_echo(inkbox: AsyncInkbox, edge: Any, kind: str, tmp_path: Path) -> None:
    """A WebSocket through the tunnel echoes text and binary messages."""
    with ws_echo() as url:
        forward_to = url if kind == "url" else echo_app
        async with serving(inkbox, edge, forward_to, tmp_path):
            port = edge.tunnel_edge.public_port
            async with AsyncPublicWebSocket(port, HOST, "/ws?room=1") as ws:
                assert ws.status == 101
                await ws.send(Message("text", "hello"))
                assert await ws.receive() == Message("text", "hello")
                await ws.send(Message("binary", b"\x00\x01\xfe\xff"))
                assert await ws.receive() == Message("binary", b"\x00\x01\xfe\xff")


@pytest.mark.anyio
async def test_reconnects_after_the_edge_drops_it(
    inkbox: AsyncInkbox, edge: Any, tmp_path: Path
) -> None:
    """The edge drops the connection; the client says hello again and serves again."""
    async with serving(inkbox, edge, echo_app, tmp_path) as served, public(edge) as http:
        assert edge.drop_tunnel(NAME)
        # (on a worker thread: in the async twin, the client serves on this event loop)
        await async_run_blocking(lambda: edge.wait_tunnel(NAME, connects=2))
        response = await http.get("/after")
        assert response.status_code == 200 and response.json()["path"] == "/after"
        assert served.listener.status == "connected"


@pytest.mark.anyio
async def test_guide_era_secret_is_kept_and_sent(edge: Any, tmp_path: Path) -> None:
    """create() keeps the connect secret in ~/.inkbox/tunnels/{name} (0600); connect() with
    that default state dir finds it and serves."""
    async with AsyncInkbox(edge.admin_key, base_url=edge.url) as client:
        created = await client.tunnels.create(name="old-app")
        state = Path.home() / ".inkbox" / "tunnels" / "old-app"
        saved = json.loads((state / "state.json").read_text())
        assert saved["connect_secret"] == created.connect_secret
        assert (state / "state.json").stat().st_mode & 0o777 == 0o600
        assert state.stat().st_mode & 0o777 == 0o700
        listener = client.tunnels.connect("old-app", echo_app)
        async with AsyncServing(listener, lambda: edge.wait_tunnel("old-app")):
            port = edge.tunnel_edge.public_port
            async with httpx.AsyncClient(trust_env=False) as http:
                response = await http.get(
                    f"http://127.0.0.1:{port}/x", headers={"Host": "old-app.localhost"}
                )
            assert response.status_code == 200
        assert created.connect_secret not in repr(listener)


@pytest.mark.anyio
async def test_edge_drain_hands_off_without_reconnecting(
    inkbox: AsyncInkbox, edge: Any, tmp_path: Path
) -> None:
    """The edge restarts with a drain (GOAWAY NO_ERROR, 503 to hellos meanwhile): the client
    redials in-band, never reports `reconnecting`, and serves again."""
    statuses: list[str] = []
    listener = inkbox.tunnels.connect(
        NAME, echo_app, state_dir=tmp_path / "state", on_status=statuses.append
    )
    async with AsyncServing(listener, lambda: edge.wait_tunnel(NAME)), public(edge) as http:
        await async_run_blocking(lambda: edge.restart_edge(drain=True))
        await async_run_blocking(lambda: edge.wait_tunnel(NAME, connects=2))
        response = await http.get("/after-drain")
        assert response.status_code == 200
        assert statuses == ["connecting", "connected"]
