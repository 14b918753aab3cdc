"""The SDK guide's tunnels section, run as written against the emulator with its edge on.

Set-up that is not the guide's: the client is bound to the `inkbox_tunnel_edge` emulator; the
zone needs nothing (tunnels report `zone = localhost:PORT` and `connect()` dials that port);
the edge's CA is trusted through `SSL_CERT_FILE` (set by the `edge` fixture in
tests/e2e/conftest.py, as a user would export it). The guide's `"http://127.0.0.1:8080"` is a local app on a free port (`upstream`):
8080 may be taken on a shared machine. `fastapi_app` is a Starlette app (FastAPI is one), and
`"tunnel-uuid"` the id of the tunnel the CRUD snippet created. Each `connect()` snippet needs
its tunnel made first (`tunnels.create`, the guide's own call) and someone to close it:
a third party visits the public URL, then closes the listener.

The guide's async snippet (`await listener.serve_forever()` / `await listener.aclose()`) is
the async twin of its sync one (`listener.wait()` / `listener.close()`): `tools/unasync.py`
turns the first pair into the second, so each twin runs the guide's snippet for its client.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from inkbox import AsyncInkbox, Tunnel, TunnelStatus
from inkbox._concurrency import async_run_blocking
from tests.support.tunnel_helpers import AsyncServing, AsyncVisitor, tls_get, uvicorn_echo


async def hello(request: Request) -> PlainTextResponse:
    return PlainTextResponse(f"hello from {request.url.path}")


fastapi_app = Starlette(routes=[Route("/{path:path}", hello)])


@pytest.fixture
async def inkbox(edge: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(api_key=edge.admin_key, base_url=edge.url) as client:
        yield client


@pytest.fixture
def upstream() -> Iterator[str]:
    with uvicorn_echo() as url:
        yield url


@pytest.mark.anyio
async def test_forward_to_a_local_url(inkbox: AsyncInkbox, edge: Any, upstream: str) -> None:
    """Edge mode to a URL, served by the guide's pair until a visitor closes it."""
    await inkbox.tunnels.create(name="my-app")
    # Forward to a local URL (edge mode — Inkbox terminates TLS at the edge)
    listener = inkbox.tunnels.connect(
        name="my-app",
        forward_to=upstream,
    )
    async with AsyncVisitor(listener, edge, "my-app", "/orders?page=2") as visit:
        try:
            await listener.serve_forever()  # blocks until close()/Ctrl-C
        finally:
            await listener.aclose()
    print(listener.public_url)  # https://my-app.inkboxwire.com
    assert visit.public_url == listener.public_url == "https://my-app.localhost"
    assert visit.response.status_code == 200
    seen = visit.response.json()
    assert (seen["path"], seen["query"]) == ("/orders", "page=2")
    assert listener.status == "closed"


@pytest.mark.anyio
async def test_forward_to_an_asgi_app(inkbox: AsyncInkbox, edge: Any) -> None:
    await inkbox.tunnels.create(name="my-app")
    # Forward to an in-process ASGI app (FastAPI / Starlette / your own)
    listener = inkbox.tunnels.connect(name="my-app", forward_to=fastapi_app)
    async with AsyncServing(listener, lambda: edge.wait_tunnel("my-app")):
        async with edge_public(edge) as http:
            response = await http.get("/docs", headers={"Host": "my-app.localhost"})
    assert (response.status_code, response.text) == (200, "hello from /docs")


@pytest.mark.anyio
async def test_passthrough_tls(inkbox: AsyncInkbox, edge: Any, upstream: str) -> None:
    """The SDK gets its certificate signed; a third party's TLS reaches it by SNI."""
    await inkbox.tunnels.create(name="my-app", tls_mode="passthrough")
    # Passthrough TLS (you terminate; SDK auto-signs a cert via the control plane)
    listener = inkbox.tunnels.connect(
        name="my-app",
        tls_mode="passthrough",
        forward_to=upstream,
    )
    async with AsyncServing(listener, lambda: edge.wait_tunnel("my-app")):
        port = edge.tunnel_edge.passthrough_port
        response, san = await async_run_blocking(
            lambda: tls_get(port, "my-app.localhost", "/secure", edge.ca_file)
        )
    assert ("DNS", "my-app.localhost") in san
    assert response.startswith(b"HTTP/1.1 200")
    assert b'"path": "/secure"' in response


@pytest.mark.anyio
async def test_crud(inkbox: AsyncInkbox, edge: Any) -> None:
    assert await inkbox.tunnels.list() == []  # list[Tunnel]
    created = await inkbox.tunnels.create(name="my-app", tls_mode="edge")
    print(created.connect_secret)  # returned ONCE — save it
    tunnel_uuid = str(created.tunnel.id)

    tunnels = await inkbox.tunnels.list()  # list[Tunnel]
    assert [t.tunnel_name for t in tunnels] == ["my-app"]
    assert all(isinstance(t, Tunnel) for t in tunnels)
    got = await inkbox.tunnels.get(tunnel_uuid)
    assert (got.tunnel_name, str(got.status)) == ("my-app", "active")

    removed = await inkbox.tunnels.delete(tunnel_uuid)  # → pending_removal (24h grace)
    # the guide's label; the wire says `delete_pending` (kept as an alias member)
    assert str(removed.status) == "pending_removal"
    assert removed.status is TunnelStatus.PENDING_REMOVAL is TunnelStatus.DELETE_PENDING
    assert removed.restore_deadline_at is not None
    restored = await inkbox.tunnels.restore(tunnel_uuid)
    assert str(restored.status) == "active"
    rotated = await inkbox.tunnels.rotate_secret(tunnel_uuid)
    assert rotated.connect_secret.startswith("tnl_")
    assert rotated.connect_secret != created.connect_secret

    # The tunnel still serves after all that, with the rotated secret.
    listener = inkbox.tunnels.connect(name="my-app", forward_to=fastapi_app)
    async with AsyncServing(listener, lambda: edge.wait_tunnel("my-app")):
        async with edge_public(edge) as http:
            response = await http.get("/after", headers={"Host": "my-app.localhost"})
    assert response.text == "hello from /after"


def edge_public(edge: Any) -> Any:
    import httpx

    port = edge.tunnel_edge.public_port
    return httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", trust_env=False, timeout=30)
