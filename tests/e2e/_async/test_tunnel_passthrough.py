"""Passthrough end to end: the SDK gets its certificate signed by the emulator CA, the edge
routes a third party's TLS by SNI without terminating it, and the third party verifies the
SDK's certificate against the CA file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from inkbox import AsyncInkbox
from inkbox._concurrency import async_run_blocking
from inkbox.tunnels._wsframe import Message
from tests.support.tunnel_helpers import (
    AsyncServing,
    tls_get,
    tls_h2_get,
    tls_websocket,
    uvicorn_echo,
    ws_echo,
)

NAME = "tls-app"
HOST = f"{NAME}.localhost"


@pytest.fixture(scope="module")
def passthrough_edge(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """An emulator of this module's own with the passthrough port on too."""
    from inkbox_emulator.edge.settings import EdgeSettings
    from inkbox_emulator.pytest_plugin import strict_emulator

    ca_file = tmp_path_factory.mktemp("edge") / "ca.pem"
    settings = EdgeSettings(edge_port=0, public_port=0, passthrough_port=0, ca_file=str(ca_file))
    with strict_emulator(tunnel_edge=settings) as handle:
        yield handle


@pytest.mark.anyio
async def test_passthrough_tls_end_to_end(
    passthrough_edge: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CSR signed, chain cached 0600, TLS by SNI to the SDK, HTTP/1.1 to the URL target."""
    edge = passthrough_edge
    edge.reset()
    monkeypatch.setenv("SSL_CERT_FILE", edge.ca_file)
    async with AsyncInkbox(edge.admin_key, base_url=edge.url) as inkbox:
        created = await inkbox.tunnels.create(name=NAME, tls_mode="passthrough")
        assert str(created.tunnel.status) == "awaiting_cert"
        with uvicorn_echo() as upstream:
            listener = inkbox.tunnels.connect(
                name=NAME, tls_mode="passthrough", forward_to=upstream, state_dir=tmp_path / "s"
            )
            async with AsyncServing(listener, lambda: edge.wait_tunnel(NAME)):
                assert (tmp_path / "s" / "cert_chain.pem").stat().st_mode & 0o777 == 0o600
                assert str((await inkbox.tunnels.get(created.tunnel.id)).status) == "active"
                port = edge.tunnel_edge.passthrough_port
                response, san = await async_run_blocking(
                    lambda: tls_get(port, HOST, "/hello?via=tls", edge.ca_file)
                )
    assert ("DNS", HOST) in san
    head, _, body = response.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200")
    assert head.lower().count(b"set-cookie:") == 2
    info = json.loads(body)
    assert (info["path"], info["query"]) == ("/hello", "via=tls")


@pytest.mark.anyio
async def test_passthrough_websocket(
    passthrough_edge: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A WebSocket over the third party's own TLS (HTTP/1.1 Upgrade) is relayed to the
    upstream's WebSocket: text and binary echoed, the close answered."""
    edge = passthrough_edge
    edge.reset()
    monkeypatch.setenv("SSL_CERT_FILE", edge.ca_file)
    sent = [Message("text", "hello"), Message("binary", b"\x00\x01\x02")]
    async with AsyncInkbox(edge.admin_key, base_url=edge.url) as inkbox:
        await inkbox.tunnels.create(name=NAME, tls_mode="passthrough")
        with ws_echo() as upstream:
            listener = inkbox.tunnels.connect(
                name=NAME, tls_mode="passthrough", forward_to=upstream, state_dir=tmp_path / "s"
            )
            async with AsyncServing(listener, lambda: edge.wait_tunnel(NAME)):
                port = edge.tunnel_edge.passthrough_port
                status, replies = await async_run_blocking(
                    lambda: tls_websocket(port, HOST, "/ws", edge.ca_file, sent)
                )
    assert status == 101
    assert replies == [*sent, Message("close", code=1000)]


@pytest.mark.anyio
async def test_passthrough_http2(
    passthrough_edge: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A third party that negotiates h2 in its TLS handshake is served over HTTP/2."""
    edge = passthrough_edge
    edge.reset()
    monkeypatch.setenv("SSL_CERT_FILE", edge.ca_file)
    async with AsyncInkbox(edge.admin_key, base_url=edge.url) as inkbox:
        await inkbox.tunnels.create(name=NAME, tls_mode="passthrough")
        with uvicorn_echo() as upstream:
            listener = inkbox.tunnels.connect(
                name=NAME, tls_mode="passthrough", forward_to=upstream, state_dir=tmp_path / "s"
            )
            async with AsyncServing(listener, lambda: edge.wait_tunnel(NAME)):
                port = edge.tunnel_edge.passthrough_port
                alpn, headers, body = await async_run_blocking(
                    lambda: tls_h2_get(port, HOST, "/over/h2?x=2", edge.ca_file)
                )
    assert alpn == "h2"
    assert headers[":status"] == "200"
    info = json.loads(body)
    assert (info["path"], info["query"], info["host"]) == (
        "/over/h2",
        "x=2",
        upstream.removeprefix("http://"),
    )
