"""`tunnels.connect()` refuses bad input before any connection, and keeps secrets out of sight."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from inkbox import AsyncInkbox, Inkbox
from inkbox.tunnels import (
    InsecureStateDirError,
    TunnelNotProvisioned,
    TunnelRemoved,
)


async def app(scope: Any, receive: Any, send: Any) -> None:
    raise AssertionError("never called")


@pytest.fixture
def inkbox(inkbox_emulator: Any) -> Iterator[Inkbox]:
    with Inkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


@pytest.fixture
async def ainkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"name": "a"}, ValueError, "3-63"),
        ({"name": "bad--name"}, ValueError, "3-63"),
        ({"pool_size": 0}, ValueError, "1 to 32"),
        ({"pool_size": 33}, ValueError, "1 to 32"),
        ({"pool_size": True}, ValueError, "1 to 32"),
        ({"forward_to": "http://example.com:80"}, ValueError, "allow_remote_forwarding"),
        ({"forward_to": "http://10.0.0.5"}, ValueError, "loopback"),
        ({"forward_to": "ftp://localhost"}, ValueError, "http"),
        ({"forward_to": 42}, TypeError, "ASGI"),
        ({"tls_mode": "bogus"}, ValueError, "tls_mode"),
    ],
)
def test_bad_arguments_raise_before_any_request(
    kwargs: dict[str, Any], error: type[Exception], match: str, tmp_path: Path
) -> None:
    """Local mistakes raise the builtin they resemble; no request is sent (a bad base URL proves it)."""
    client = Inkbox("k", base_url="http://127.0.0.1:9")  # nothing listens there
    args = {"name": "my-app", "forward_to": "http://127.0.0.1:8080", "state_dir": tmp_path / "s"}
    with pytest.raises(error, match=match):
        client.tunnels.connect(**{**args, **kwargs})
    client.close()


def test_unknown_tunnel_is_not_provisioned(inkbox: Inkbox, tmp_path: Path) -> None:
    """No tunnel of that name → TunnelNotProvisioned (a LookupError), nothing dialled."""
    with pytest.raises(TunnelNotProvisioned, match="no-such-app") as caught:
        inkbox.tunnels.connect("no-such-app", "http://127.0.0.1:1", state_dir=tmp_path / "s")
    assert isinstance(caught.value, LookupError)


def test_removed_tunnel_is_refused(inkbox: Inkbox, tmp_path: Path) -> None:
    """A tunnel pending removal → TunnelRemoved; so is a saved tunnel id that is gone."""
    created = inkbox.tunnels.create(name="gone-app")
    inkbox.tunnels.delete(created.tunnel.id)
    with pytest.raises(TunnelRemoved):
        inkbox.tunnels.connect("gone-app", "http://127.0.0.1:1", state_dir=tmp_path / "s")


def test_saved_id_that_no_longer_exists_is_removed(inkbox: Inkbox, tmp_path: Path) -> None:
    """A state dir remembering a tunnel the server no longer has → TunnelRemoved."""
    state = tmp_path / "s"
    state.mkdir(mode=0o700)
    (state / "state.json").write_text('{"tunnel_id": "22222222-2222-2222-2222-222222222222"}')
    (state / "state.json").chmod(0o600)
    with pytest.raises(TunnelRemoved):
        inkbox.tunnels.connect("my-app", "http://127.0.0.1:1", state_dir=state)


@pytest.mark.parametrize("mode", [0o750, 0o705, 0o777])
def test_open_state_dir_is_refused(mode: int, tmp_path: Path) -> None:
    """A state dir readable by group or others is refused, with the fix in the message."""
    state = tmp_path / "s"
    state.mkdir()
    state.chmod(mode)
    client = Inkbox("k", base_url="http://127.0.0.1:9")
    with pytest.raises(InsecureStateDirError, match="chmod 700"):
        client.tunnels.connect("my-app", "http://127.0.0.1:1", state_dir=state)
    client.close()


def test_open_state_file_and_symlinked_dir_are_refused(tmp_path: Path) -> None:
    """`state.json` open to others, or a symlinked state dir, is refused."""
    state = tmp_path / "s"
    state.mkdir(mode=0o700)
    (state / "state.json").write_text("{}")
    (state / "state.json").chmod(0o644)
    client = Inkbox("k", base_url="http://127.0.0.1:9")
    with pytest.raises(InsecureStateDirError, match="chmod 600"):
        client.tunnels.connect("my-app", "http://127.0.0.1:1", state_dir=state)
    link = tmp_path / "link"
    os.symlink(tmp_path / "elsewhere", link)
    with pytest.raises(InsecureStateDirError, match="symlink"):
        client.tunnels.connect("my-app", "http://127.0.0.1:1", state_dir=link)
    client.close()


def test_new_state_dir_is_private(tmp_path: Path) -> None:
    """A state dir the SDK creates is 0700 whatever the umask."""
    old = os.umask(0o022)
    try:
        client = Inkbox("k", base_url="http://127.0.0.1:9")
        with pytest.raises(Exception):
            client.tunnels.connect("my-app", "http://127.0.0.1:1", state_dir=tmp_path / "a" / "b")
        client.close()
    finally:
        os.umask(old)
    assert (tmp_path / "a" / "b").stat().st_mode & 0o777 == 0o700


@pytest.mark.anyio
async def test_async_unknown_tunnel_raises_from_serve_forever(
    ainkbox: AsyncInkbox, tmp_path: Path
) -> None:
    """With AsyncInkbox the look-up happens in serve_forever(), still before any dial."""
    listener = ainkbox.tunnels.connect("no-such-app", app, state_dir=tmp_path / "s")
    assert listener.status == "idle"
    with pytest.raises(TunnelNotProvisioned):
        await listener.serve_forever()
    with pytest.raises(RuntimeError, match="public_url"):
        listener.public_url


@pytest.mark.anyio
async def test_async_listener_refuses_the_sync_pair(ainkbox: AsyncInkbox, tmp_path: Path) -> None:
    """wait()/close() on an AsyncInkbox listener name the right pair."""
    listener = ainkbox.tunnels.connect("my-app", app, state_dir=tmp_path / "s")
    with pytest.raises(RuntimeError, match="serve_forever"):
        listener.wait()
    with pytest.raises(RuntimeError, match="aclose"):
        listener.close()


def test_secrets_stay_out_of_reprs(inkbox: Inkbox, tmp_path: Path) -> None:
    """Neither the key nor a saved connect secret shows in the listener's repr."""
    created = inkbox.tunnels.create(name="quiet-app")
    state = tmp_path / "s"
    state.mkdir(mode=0o700)
    (state / "state.json").write_text('{"connect_secret": "sek-123"}')
    (state / "state.json").chmod(0o600)
    # the edge is unreachable (port 9): the listener keeps trying in its thread
    listener = inkbox.tunnels.connect(
        "quiet-app", "http://127.0.0.1:1", state_dir=state, data_plane_zone="127.0.0.1:9"
    )
    try:
        text = repr(listener) + repr(listener._runtime) + repr(listener._options)
        assert "sek-123" not in text and inkbox._config.api_key not in text
        assert listener.public_url == f"https://{created.tunnel.public_host}"
        with pytest.raises(RuntimeError, match="wait"):
            asyncio.run(listener.serve_forever())
    finally:
        listener.close()
    assert listener.status == "closed"


def test_ctrl_c_ends_wait_cleanly(inkbox: Inkbox, tmp_path: Path) -> None:
    """KeyboardInterrupt during wait() closes the listener and returns without raising."""
    import _thread
    import threading

    inkbox.tunnels.create(name="ctrl-c-app")
    statuses: list[str] = []
    listener = inkbox.tunnels.connect(
        "ctrl-c-app",
        "http://127.0.0.1:1",
        state_dir=tmp_path / "s",
        data_plane_zone="127.0.0.1:9",
        on_status=statuses.append,
    )
    threading.Timer(0.2, _thread.interrupt_main).start()
    listener.wait()
    assert listener.status == "closed"
    assert statuses[0] == "connecting" and statuses[-1] == "closed"
