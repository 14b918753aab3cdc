"""The plugin's `inkbox_tunnel_edge` fixture (an emulator with its edge on, fresh per test) and
`inkbox_tunnel` (our client connected to it, the public side handed to the test)."""

from __future__ import annotations

import asyncio
from typing import Any

from inkbox_emulator.pytest_plugin import EmulatorHandle
from tests.support.tunnel_helpers import echo_app, tls_get, uvicorn_echo

from .tunnel_h2 import RawTunnel


def test_fixture_runs_an_edge_clients_can_reach(inkbox_tunnel_edge: EmulatorHandle) -> None:
    emu = inkbox_tunnel_edge
    settings = emu.tunnel_edge
    assert settings is not None
    assert emu.tunnel_zone == f"localhost:{settings.edge_port}"
    assert emu.public_url("my-app", "/x") == f"http://my-app.localhost:{settings.public_port}/x"
    with emu.client() as client:
        created = client.post("/api/v1/identities/", json={"agent_handle": "my-app"}).json()
    assert created["tunnel"]["zone"] == emu.tunnel_zone

    async def hello() -> None:
        raw = RawTunnel(emu.tunnel_zone, created["tunnel"]["id"], emu.admin_key)
        await raw.open("127.0.0.1", settings.edge_port, emu.ca_file, "localhost")
        assert (await raw.hello())[0] == 200
        state = await asyncio.to_thread(emu.wait_tunnel, "my-app")
        assert state["connected"] and state["connects"] == 1
        await raw.close()
        await asyncio.to_thread(emu.wait_tunnel, "my-app", connected=False)

    asyncio.run(asyncio.wait_for(hello(), 30))
    assert emu.edge_state()["running"]


def test_inkbox_tunnel_serves_an_asgi_app_and_a_url(inkbox_tunnel: Any) -> None:
    """The factory connects our client for an app and for a URL; each answers at its URL."""
    app = inkbox_tunnel(echo_app)
    assert app.public_url == "https://my-app.localhost"
    assert app.url.startswith("http://my-app.localhost:")
    response = app.get("/hello?x=1")
    assert response.status_code == 200
    assert (response.json()["path"], response.json()["query"]) == ("/hello", "x=1")
    assert app.get("/missing").status_code == 404
    with uvicorn_echo() as upstream:
        site = inkbox_tunnel(upstream, name="my-site", pool_size=2)
        with site.client() as http:
            posted = http.post("/upload", content=b"x" * 100_000)
        assert posted.json()["length"] == 100_000
        assert site.listener.status == app.listener.status == "connected"


def test_inkbox_tunnel_passthrough(inkbox_tunnel: Any, inkbox_tunnel_edge: EmulatorHandle) -> None:
    """`tls_mode="passthrough"` goes through to `connect()`: TLS by SNI to our client."""
    with uvicorn_echo() as upstream:
        tunnel = inkbox_tunnel(upstream, name="tls-app", tls_mode="passthrough")
        settings = inkbox_tunnel_edge.tunnel_edge
        assert settings is not None and settings.passthrough_port is not None
        response, san = tls_get(
            settings.passthrough_port, tunnel.host, "/x", inkbox_tunnel_edge.ca_file
        )
    assert ("DNS", "tls-app.localhost") in san
    assert response.startswith(b"HTTP/1.1 200")
