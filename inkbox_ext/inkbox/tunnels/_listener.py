"""`tunnels.connect()`: check the input, find the tunnel, and return a listener.

Everything local is checked before any request (`prepare`): the name, the pool size, the
target (loopback unless allowed), the state dir's permissions. The control-plane look-up
(`settle`, pure; the one `get`/`list` call is the caller's) then raises
`TunnelNotProvisioned`, `TunnelRemoved` or `TunnelStateConflict` before the edge is dialled.

`TunnelListener` (from `Inkbox`) serves on its own thread and event loop from `connect()`
on; `wait()` blocks until `close()` or Ctrl-C. `AsyncTunnelListener` (from `AsyncInkbox`)
serves inside the caller's loop: `await serve_forever()`, `await aclose()`. Each refuses
the other pair with a clear error, so the two ways are never mixed.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._errors import TunnelNotProvisioned, TunnelRemoved, TunnelStateConflict
from ._forward import AsgiForwarder, Forwarder, UrlForwarder, check_forward_target
from ._runtime import TunnelRuntime
from ._state import StateDir, default_state_dir
from ._wire import Header, validate_name

if TYPE_CHECKING:
    from inkbox_api.models import Tunnel

    from .._async.client import AsyncInkbox
    from .._sync.client import Inkbox

__all__ = ["AsyncTunnelListener", "ConnectOptions", "TunnelListener", "prepare"]

MiB = 1024 * 1024
DEFAULT_BODY_CAP = 32 * MiB
DEFAULT_ZONE = "inkboxwire.com"


@dataclass(frozen=True, slots=True)
class ConnectOptions:
    """`connect()`'s arguments, checked."""

    name: str
    forward_to: str | Any
    tls_mode: str
    data_plane_zone: str | None
    state: StateDir
    pool_size: int | None
    on_status: Callable[[str], object] | None
    max_inbound_body_bytes: int
    max_outbound_body_bytes: int
    forward_to_verify_tls: bool
    forward_to_ca_bundle: bytes | str | None


def prepare(
    name: str,
    forward_to: str | Any,
    *,
    tls_mode: str = "edge",
    data_plane_zone: str | None = None,
    state_dir: str | Path | None = None,
    pool_size: int | None = None,
    on_status: Callable[[str], object] | None = None,
    max_inbound_body_bytes: int = DEFAULT_BODY_CAP,
    max_outbound_body_bytes: int = DEFAULT_BODY_CAP,
    allow_remote_forwarding: bool = False,
    forward_to_verify_tls: bool = True,
    forward_to_ca_bundle: bytes | str | None = None,
) -> ConnectOptions:
    """Check every argument; no request is sent. Raises `ValueError`/`TypeError` or
    `InsecureStateDirError`."""
    name = validate_name(name)
    if tls_mode not in ("edge", "passthrough"):
        raise ValueError(f"tls_mode must be 'edge' or 'passthrough', got {tls_mode!r}")
    if tls_mode == "passthrough" and not isinstance(forward_to, str):
        raise ValueError("tls_mode='passthrough' forwards to a URL: pass forward_to='http://...'")
    if pool_size is not None and (
        isinstance(pool_size, bool) or not isinstance(pool_size, int) or not 1 <= pool_size <= 32
    ):
        raise ValueError(f"pool_size must be an int from 1 to 32 (or None), got {pool_size!r}")
    for label, cap in (
        ("max_inbound_body_bytes", max_inbound_body_bytes),
        ("max_outbound_body_bytes", max_outbound_body_bytes),
    ):
        if isinstance(cap, bool) or not isinstance(cap, int) or cap < 0:
            raise ValueError(f"{label} must be a non-negative int, got {cap!r}")
    if isinstance(forward_to, str):
        check_forward_target(forward_to, allow_remote=allow_remote_forwarding)
    elif not callable(forward_to):
        raise TypeError("forward_to must be a URL string or an ASGI app")
    state = StateDir(state_dir if state_dir is not None else default_state_dir(name))
    return ConnectOptions(
        name=name,
        forward_to=forward_to,
        tls_mode=tls_mode,
        data_plane_zone=data_plane_zone,
        state=state,
        pool_size=pool_size,
        on_status=on_status,
        max_inbound_body_bytes=max_inbound_body_bytes,
        max_outbound_body_bytes=max_outbound_body_bytes,
        forward_to_verify_tls=forward_to_verify_tls,
        forward_to_ca_bundle=forward_to_ca_bundle,
    )


@dataclass(frozen=True, slots=True)
class _Bound:
    tunnel_id: str
    zone: str
    public_host: str


def _saved_id(options: ConnectOptions) -> str | None:
    saved = options.state.load().get("tunnel_id")
    return saved if isinstance(saved, str) and saved else None


def _csr_needed(options: ConnectOptions, tunnel: Tunnel | None) -> str | None:
    """Passthrough: the CSR to get signed before serving, if the cached chain will not do.

    Checks the tunnel first (the same errors as `_settle`), so nothing is signed for a
    tunnel that cannot be served."""
    if options.tls_mode != "passthrough":
        return None
    tunnel = _check(options, tunnel, allow=("active", "awaiting_cert"))
    if str(tunnel.tls_mode) != "passthrough":
        raise TunnelStateConflict(f"tunnel {options.name!r} uses tls_mode {tunnel.tls_mode}")
    from ._cert import build_csr, load_or_create_key, needs_signing

    key = load_or_create_key(options.state)
    if str(tunnel.status) == "awaiting_cert" or needs_signing(options.state, key):
        return build_csr(key, tunnel.public_host)
    return None


def _store_chain(options: ConnectOptions, cert_pem: str, chain_pem: str) -> None:
    from ._cert import CHAIN_FILE

    options.state.write_private(CHAIN_FILE, (cert_pem + chain_pem).encode())


def _check(options: ConnectOptions, tunnel: Tunnel | None, allow: tuple[str, ...]) -> Tunnel:
    if tunnel is None:
        raise TunnelNotProvisioned(f"no tunnel named {options.name!r} in this organization")
    status = str(tunnel.status)
    if status in ("deleted", "pending_removal"):
        raise TunnelRemoved(f"tunnel {options.name!r} was removed ({status})")
    if status not in allow:
        raise TunnelStateConflict(f"tunnel {options.name!r} is {status}, not active")
    return tunnel


def _settle(options: ConnectOptions, tunnel: Tunnel | None) -> _Bound:
    """Decide from the control plane's answer; saves `state.json`."""
    tunnel = _check(options, tunnel, allow=("active",))
    state = options.state.load()
    zone = options.data_plane_zone or tunnel.zone or state.get("zone") or DEFAULT_ZONE
    public_host = tunnel.public_host or state.get("public_host") or f"{options.name}.{DEFAULT_ZONE}"
    options.state.update(
        mode=options.tls_mode,
        name=options.name,
        public_host=public_host,
        tunnel_id=str(tunnel.id),
        zone=zone,
    )
    return _Bound(str(tunnel.id), zone, public_host)


def _auth_headers(api_key: str, options: ConnectOptions) -> list[Header]:
    headers = [("x-api-key", api_key)]
    # A guide-era tunnel (made by `tunnels.create()`) also proves itself with its secret.
    secret = options.state.load().get("connect_secret")
    if isinstance(secret, str) and secret:
        headers.append(("x-tunnel-secret", secret))
    return headers


def _runtime(options: ConnectOptions, bound: _Bound, api_key: str) -> TunnelRuntime:
    forwarder: Forwarder
    verify: bool | str | bytes = options.forward_to_verify_tls
    if verify and options.forward_to_ca_bundle is not None:
        verify = options.forward_to_ca_bundle
    if isinstance(options.forward_to, str):
        forwarder = UrlForwarder(
            options.forward_to,
            public_host=bound.public_host,
            max_outbound_body_bytes=options.max_outbound_body_bytes,
            verify=verify,
        )
    else:
        forwarder = AsgiForwarder(
            options.forward_to,
            public_host=bound.public_host,
            max_outbound_body_bytes=options.max_outbound_body_bytes,
            verify=verify,
        )
    tls_context = None
    if options.tls_mode == "passthrough":
        from ._cert import server_context

        tls_context = server_context(options.state)
    return TunnelRuntime(
        tls_context=tls_context,
        tunnel_id=bound.tunnel_id,
        zone=bound.zone,
        auth_headers=_auth_headers(api_key, options),
        pool_size=options.pool_size,
        forwarder=forwarder,
        max_inbound_body_bytes=options.max_inbound_body_bytes,
        max_outbound_body_bytes=options.max_outbound_body_bytes,
        on_status=options.on_status,
    )


def _find(tunnels: list[Tunnel], name: str) -> Tunnel | None:
    return next((t for t in tunnels if t.tunnel_name == name), None)


class _Listener:
    _runtime: TunnelRuntime | None
    _bound: _Bound | None

    @property
    def public_url(self) -> str:
        """`https://{public_host}`."""
        if self._bound is None:
            raise RuntimeError("public_url is known once serve_forever() has found the tunnel")
        return f"https://{self._bound.public_host}"

    @property
    def status(self) -> str:
        """`idle`, `connecting`, `connected`, `reconnecting`, `closed` or `superseded`."""
        return "idle" if self._runtime is None else self._runtime.status

    @property
    def is_connected(self) -> bool:
        """Whether the listener is connected to the edge right now."""
        return self.status == "connected"

    @property
    def last_connected_at(self) -> datetime.datetime | None:
        """When the last connection to the edge was established (UTC)."""
        at = None if self._runtime is None else self._runtime.last_connected_at
        return None if at is None else datetime.datetime.fromtimestamp(at, datetime.UTC)

    def __repr__(self) -> str:
        host = None if self._bound is None else self._bound.public_host
        return f"{type(self).__name__}(public_host={host!r}, status={self.status!r})"


class AsyncTunnelListener(_Listener):
    """A tunnel served inside your event loop: `await serve_forever()`, `await aclose()`."""

    def __init__(self, client: AsyncInkbox, options: ConnectOptions) -> None:
        self._client = client
        self._options = options
        self._bound = None
        self._runtime = None
        self._closed = False

    async def serve_forever(self) -> None:
        """Find the tunnel, then serve until `aclose()`.

        Raises:
            TunnelNotProvisioned, TunnelRemoved, TunnelStateConflict: before any connection.
            TunnelAuthError: the edge refused the key. TunnelSupersededError: taken over.
        """
        if self._runtime is not None:
            raise RuntimeError("serve_forever() is already running")
        from .._errors import NotFoundError

        options = self._options
        tunnel_id = _saved_id(options)
        if tunnel_id is not None:
            try:
                tunnel: Tunnel | None = await self._client.tunnels.get(tunnel_id)
            except NotFoundError:
                raise TunnelRemoved(f"tunnel {options.name!r} no longer exists") from None
        else:
            tunnel = _find(await self._client.tunnels.list(), options.name)
        csr = _csr_needed(options, tunnel)
        if csr is not None and tunnel is not None:
            signed = await self._client.tunnels.sign_csr(tunnel.id, csr_pem=csr)
            _store_chain(options, signed.cert_pem, signed.chain_pem)
            tunnel = await self._client.tunnels.get(tunnel.id)
        self._bound = _settle(options, tunnel)
        self._runtime = _runtime(options, self._bound, self._client._config.api_key)
        if self._closed:
            return
        await self._runtime.run()

    async def aclose(self) -> None:
        """Stop serving; returns once `serve_forever()` has cleaned up (30 s at most)."""
        self._closed = True
        runtime = self._runtime
        if runtime is None:
            return
        runtime.stop()
        if runtime.finished is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(runtime.finished.wait(), 30)

    def wait(self) -> None:
        """Not for this listener: it comes from `AsyncInkbox` (raises `RuntimeError`)."""
        raise RuntimeError(
            "this listener comes from AsyncInkbox: use `await listener.serve_forever()` and "
            "`await listener.aclose()` (wait()/close() are the pair for Inkbox)"
        )

    def close(self) -> None:
        """Not for this listener: use `await aclose()` (raises `RuntimeError`)."""
        self.wait()


class TunnelListener(_Listener):
    """A tunnel served on a background thread from `connect()` on: `wait()`, `close()`."""

    def __init__(self, client: Inkbox, options: ConnectOptions) -> None:
        from .._errors import NotFoundError

        self._options = options
        tunnel_id = _saved_id(options)
        if tunnel_id is not None:
            try:
                tunnel: Tunnel | None = client.tunnels.get(tunnel_id)
            except NotFoundError:
                raise TunnelRemoved(f"tunnel {options.name!r} no longer exists") from None
        else:
            tunnel = _find(client.tunnels.list(), options.name)
        csr = _csr_needed(options, tunnel)
        if csr is not None and tunnel is not None:
            signed = client.tunnels.sign_csr(tunnel.id, csr_pem=csr)
            _store_chain(options, signed.cert_pem, signed.chain_pem)
            tunnel = client.tunnels.get(tunnel.id)
        self._bound = _settle(options, tunnel)
        self._runtime = _runtime(options, self._bound, client._config.api_key)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._error: BaseException | None = None
        # Set when the thread is done. wait() and close() wait on this rather than on
        # Thread.join: a join interrupted by Ctrl-C can leave the thread reported as ended.
        self._done = threading.Event()
        started = threading.Event()
        self._thread = threading.Thread(
            target=self._serve, args=(started,), name=f"inkbox-tunnel-{options.name}", daemon=True
        )
        self._thread.start()
        started.wait()

    def _serve(self, started: threading.Event) -> None:
        async def main() -> None:
            self._loop = asyncio.get_running_loop()
            started.set()
            assert self._runtime is not None
            await self._runtime.run()

        try:
            asyncio.run(main())
        except BaseException as exc:  # handed to wait(), the caller's thread
            self._error = exc
        finally:
            started.set()
            self._done.set()

    def wait(self) -> None:
        """Block until `close()`, Ctrl-C, or a fatal error (raised here)."""
        try:
            while not self._done.wait(0.5):
                pass
        except KeyboardInterrupt:
            self.close()
            return
        if self._error is not None:
            raise self._error

    def close(self) -> None:
        """Stop serving and wait for the background thread to end."""
        loop, runtime = self._loop, self._runtime
        if loop is not None and runtime is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(runtime.stop)
        if threading.current_thread() is not self._thread:
            self._done.wait(30)

    async def serve_forever(self) -> None:
        """Not for this listener: it serves on its own thread already (raises `RuntimeError`)."""
        raise RuntimeError(
            "this listener comes from Inkbox and already serves on its own thread: use "
            "listener.wait() and listener.close() (serve_forever()/aclose() are for AsyncInkbox)"
        )

    async def aclose(self) -> None:
        """Not for this listener: use `close()` (raises `RuntimeError`)."""
        await self.serve_forever()
