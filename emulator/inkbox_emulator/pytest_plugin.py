"""pytest fixtures for testing code that uses Inkbox against the local emulator.

Installed with the package (entry point `pytest11`), so any project that has `inkbox[emulator]`
gets them:

    def test_my_agent_replies(inkbox_client, inkbox_emulator):
        identity = inkbox_client.create_identity("support-bot")
        inkbox_emulator.inject_email(to=identity.email_address, sender="jane@example.com",
                                     subject="Help", body_text="My order is late")
        run_my_agent(inkbox_client)                       # your code under test
        sent = inkbox_emulator.outside_mail(to="jane@example.com")
        assert "order" in sent[-1]["body_text"]

- `inkbox_emulator`: a real emulator on a free loopback port (one per test session), with
  fresh state and no faults for every test, strict response validation on (a response that
  breaks the spec fails the test). Attributes and helpers: `.url`, `.admin_key`,
  `.client(api_key=None)` (an `httpx.Client` with the key set), `.agent_key(handle)`,
  `.hook(method, path, json=...)` for any `/_emulator/` hook, `.reset()`, `.set_faults(spec,
  seed=None)`, `.advance_clock(seconds)`, `.webhooks(url=None, event_type=None)`,
  `.inject_email(...)`, `.inject_text(...)`, `.inject_call(...)`, `.set_sms_status(...)`,
  `.outside_mail(to=None)`, `.signup_code(handle)`, `.add_domain(name, status="verified")`,
  `.set_txt_record(name, value)`.
- `inkbox_client`: an `inkbox.Inkbox` bound to that emulator with the admin key; retries wait
  only `FAST_RETRY_BACKOFF` seconds, so tests with injected faults take milliseconds.
- `async_inkbox_client`: the same as an `inkbox.AsyncInkbox` (an async fixture: use it from
  tests marked `@pytest.mark.anyio`).
- `inkbox_tunnel_edge`: like `inkbox_emulator`, but its own emulator with the tunnel edge on
  (zone `localhost`, free ports, the CA in a temporary file): `.tunnel_edge` (the settings),
  `.ca_file`, `.public_url(name)`, `.wait_tunnel(name, connected=True, connects=0)`,
  `.edge_state()`, `.drop_tunnel(name)`, `.restart_edge(down_seconds=0)`; the passthrough
  port is on too (`.tunnel_edge.passthrough_port`). Tunnels report `zone=handle.tunnel_zone`
  (`localhost:PORT`), so `connect()` dials the edge by itself; it must trust `handle.ca_file`
  (e.g. `monkeypatch.setenv("SSL_CERT_FILE", handle.ca_file)`).
- `inkbox_tunnel`: a factory on that edge that gives a test the public side of a connected
  tunnel. `tunnel = inkbox_tunnel(app_or_url, name="my-app", **connect_kwargs)` creates the
  tunnel (if it does not exist), connects `inkbox.Inkbox(...).tunnels.connect()` (trusting
  the CA through `SSL_CERT_FILE` for the test), waits until the edge has it, and returns a
  `PublicTunnel`: `.url` (`http://my-app.localhost:PORT`, what curl reaches), `.public_url`
  (what the listener reports, `https://my-app.localhost`), `.listener`, `.client()` (an
  `httpx.Client` on the public port with the tunnel's `Host`; Python does not resolve
  `*.localhost`) and `.get(path)`. Every tunnel is closed after the test:

      def test_my_app_through_a_tunnel(inkbox_tunnel):
          tunnel = inkbox_tunnel(my_asgi_app)        # or "http://127.0.0.1:8000"
          assert tunnel.get("/health").status_code == 200

Nothing heavy is imported until a fixture is used, so having the plugin installed costs other
test suites nothing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import pytest

from .hook_guard import HOOK_HEADER

if TYPE_CHECKING:
    import uuid

    import httpx

    import inkbox

    from .edge.settings import EdgeSettings
    from .server import EmulatorServer

__all__ = [
    "FAST_RETRY_BACKOFF",
    "EmulatorHandle",
    "PublicTunnel",
    "async_inkbox_client",
    "inkbox_client",
    "inkbox_emulator",
    "inkbox_tunnel",
    "inkbox_tunnel_edge",
    "strict_emulator",
    "validated_operations",
]

# What the strict emulators this process started and stopped answered with a spec-validated
# 2xx (each dispatcher keeps its own record; a suite that checks coverage wants them summed).
_validated: set[str] = set()

# Seconds before a fixture client's first retry: the emulator's faults need no real backoff.
FAST_RETRY_BACKOFF = 0.001


def validated_operations() -> frozenset[str]:
    """operationIds that the stopped `strict_emulator()`s of this process answered with a 2xx
    validated against the spec."""
    return frozenset(_validated)


class EmulatorHandle:
    """A running emulator as a test sees it (HTTP only, like any client)."""

    def __init__(self, server: EmulatorServer) -> None:
        import httpx

        self._server = server
        self.url = server.url
        self._http = httpx.Client(
            base_url=server.url,
            timeout=30,
            trust_env=False,
            headers={HOOK_HEADER: "1"},  # hooks that change state need it, or a JSON body
        )

    @property
    def admin_key(self) -> str:
        return self._server.admin_key

    @property
    def validated(self) -> set[str]:
        """operationIds this emulator answered with a spec-validated 2xx (strict mode only)."""
        return self._server.state.dispatcher.validated

    @property
    def violations(self) -> list[str]:
        """Strict-mode failures so far (responses that broke the spec, handler crashes)."""
        return self._server.state.dispatcher.violations

    def client(self, api_key: str | None = None) -> httpx.Client:
        """An `httpx.Client` on the emulator sending `api_key` (the admin key by default)."""
        import httpx

        return httpx.Client(
            base_url=self.url,
            headers={"X-API-Key": api_key or self.admin_key},
            timeout=30,
            trust_env=False,
        )

    def hook(
        self, method: str, path: str, json: Any = None, params: dict[str, str] | None = None
    ) -> Any:
        """Call `/_emulator{path}`; returns the JSON answer, raises on an error status."""
        response = self._http.request(method, "/_emulator" + path, json=json, params=params)
        if response.status_code >= 400:
            raise AssertionError(
                f"emulator hook {method} {path} -> {response.status_code}: {response.text}"
            )
        return response.json() if response.content else None

    def reset(self) -> None:
        self.hook("PUT", "/faults", {"spec": ""})
        self.hook("POST", "/reset")
        if self.tunnel_edge is not None:
            self.hook("DELETE", "/tunnel-edge/requests")

    def agent_key(self, agent_handle: str) -> str:
        """A new agent-scoped (claimed) API key for an existing identity."""
        return str(self.hook("POST", "/api-keys", {"agent_handle": agent_handle})["api_key"])

    def set_faults(self, spec: str, seed: int | None = None) -> None:
        """e.g. `"rate=0.1,status=503,retry_after_ms=5"`, `"drop=0.05"`; `""` turns faults off."""
        self.hook("PUT", "/faults", {"spec": spec, "seed": seed})

    def advance_clock(self, seconds: float) -> str:
        return str(self.hook("POST", "/clock/advance", {"seconds": seconds})["now"])

    def webhooks(
        self, url: str | None = None, event_type: str | None = None, *, flush: bool = True
    ) -> list[dict[str, Any]]:
        """The webhook delivery log (after waiting for queued attempts, unless `flush=False`)."""
        if flush:
            self.hook("POST", "/webhooks/flush")
        params = {k: v for k, v in (("url", url), ("event_type", event_type)) if v}
        result: list[dict[str, Any]] = self.hook("GET", "/webhooks", params=params)
        return result

    def inject_email(
        self, *, to: str | list[str], sender: str, subject: str, **fields: Any
    ) -> dict[str, Any]:
        """Mail from outside (`body_text`, `body_html`, `cc`, `in_reply_to`, `attachments`…)."""
        result: dict[str, Any] = self.hook(
            "POST", "/mail/inbound", {"to": to, "from": sender, "subject": subject, **fields}
        )
        return result

    def inject_text(
        self, *, to: str, sender: str, text: str | None = None, **fields: Any
    ) -> dict[str, Any]:
        """An SMS/MMS from `sender` to one of the emulator's numbers."""
        result: dict[str, Any] = self.hook(
            "POST", "/texts/inbound", {"to": to, "from": sender, "text": text, **fields}
        )
        return result

    def inject_call(self, *, to: str, sender: str, **fields: Any) -> dict[str, Any]:
        """An incoming call from `sender` to one of the emulator's numbers."""
        result: dict[str, Any] = self.hook(
            "POST", "/calls/inbound", {"to": to, "from": sender, **fields}
        )
        return result

    def set_sms_status(
        self, phone_number_id: str | uuid.UUID, sms_status: str, **fields: Any
    ) -> dict[str, Any]:
        result: dict[str, Any] = self.hook(
            "PUT",
            f"/phone-numbers/{phone_number_id}/sms-status",
            {"sms_status": sms_status, **fields},
        )
        return result

    def outside_mail(self, to: str | None = None) -> list[dict[str, Any]]:
        """Mail the emulator sent to addresses outside itself (including signup codes)."""
        result: list[dict[str, Any]] = self.hook(
            "GET", "/mail/outside", params={"to": to} if to else None
        )
        return result

    def signup_code(self, agent_handle: str) -> str:
        return str(self.hook("GET", f"/signups/{agent_handle}")["verification_code"])

    def add_domain(self, domain: str, status: str = "verified") -> dict[str, Any]:
        result: dict[str, Any] = self.hook("POST", "/domains", {"domain": domain, "status": status})
        return result

    # ── the tunnel edge (when the emulator runs one) ──────────────────────

    @property
    def tunnel_edge(self) -> EdgeSettings | None:
        """The edge's settings with its real ports, or None when it is off."""
        return self._server.config.tunnel_edge

    def _edge(self) -> EdgeSettings:
        if self.tunnel_edge is None:
            raise RuntimeError("this emulator runs no tunnel edge")
        return self.tunnel_edge

    @property
    def tunnel_zone(self) -> str:
        """What tunnels report as `zone` (`localhost:PORT` unless the edge is on 443)."""
        return self._server.config.tunnel_zone

    @property
    def ca_file(self) -> str:
        return str(self._edge().ca_file)

    def public_url(self, name: str, path: str = "/") -> str:
        """`http://{name}.{zone}:{public port}{path}`: a tunnel's public side, plain HTTP."""
        edge = self._edge()
        return f"http://{name}.{edge.zone}:{edge.public_port}{path}"

    def edge_state(self) -> dict[str, Any]:
        result: dict[str, Any] = self.hook("GET", "/tunnel-edge")
        return result

    def wait_tunnel(
        self, name: str, *, connected: bool = True, connects: int = 0, timeout: float = 15
    ) -> dict[str, Any]:
        """Block until the tunnel is (dis)connected with at least `connects` hellos so far."""
        result: dict[str, Any] = self.hook(
            "POST",
            f"/tunnel-edge/tunnels/{name}/wait",
            {"connected": connected, "connects": connects, "timeout": timeout},
        )
        return result

    def drop_tunnel(self, name: str) -> bool:
        return bool(self.hook("POST", f"/tunnel-edge/tunnels/{name}/drop")["dropped"])

    def restart_edge(self, down_seconds: float = 0, *, drain: bool = False) -> None:
        self.hook("POST", "/tunnel-edge/restart", {"down_seconds": down_seconds, "drain": drain})

    def set_txt_record(self, name: str, value: str | None) -> list[str]:
        """Publish a TXT record in the emulator's DNS (`None` clears the name), as a domain
        owner would for `organization_domains.verify`; returns the values now at `name`."""
        result = self.hook("PUT", "/dns/txt", {"name": name, "value": value})
        return list(result["values"])

    def close(self) -> None:
        self._http.close()


@contextmanager
def strict_emulator(
    tunnel_edge: EdgeSettings | None = None, **settings: Any
) -> Iterator[EmulatorHandle]:
    """A running strict emulator on a free port, with fast webhook retries, for tests; with
    `tunnel_edge` (e.g. `EdgeSettings(edge_port=0, public_port=0, ca_file=...)`) its edge too;
    `settings` override other `EmulatorConfig` fields (e.g. `webhook_timeout=1.0`)."""
    from .config import EmulatorConfig
    from .server import EmulatorServer

    config = EmulatorConfig(
        **{
            "port": 0,
            "strict": True,
            "webhook_retry_delays": (0.05, 0.2, 0.5),
            "tunnel_edge": tunnel_edge,
            **settings,
        }
    )
    with EmulatorServer(config) as server:
        handle = EmulatorHandle(server)
        try:
            yield handle
        finally:
            _validated.update(handle.validated)
            handle.close()


@pytest.fixture(scope="session")
def _inkbox_emulator_session() -> Iterator[EmulatorHandle]:
    with strict_emulator() as handle:
        yield handle


@pytest.fixture
def inkbox_emulator(_inkbox_emulator_session: EmulatorHandle) -> Iterator[EmulatorHandle]:
    """The session's emulator with fresh state, no faults, strict validation."""
    handle = _inkbox_emulator_session
    handle.reset()
    before = len(handle.violations)
    yield handle
    new = handle.violations[before:]
    handle.set_faults("")
    if new:
        pytest.fail("the emulator broke its own spec:\n" + "\n".join(new), pytrace=False)


@pytest.fixture(scope="session")
def _inkbox_tunnel_edge_session(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[EmulatorHandle]:
    from .edge.settings import EdgeSettings

    ca_file = tmp_path_factory.mktemp("inkbox-edge") / "ca.pem"
    settings = EdgeSettings(edge_port=0, public_port=0, passthrough_port=0, ca_file=str(ca_file))
    with strict_emulator(tunnel_edge=settings) as handle:
        yield handle


@pytest.fixture
def inkbox_tunnel_edge(_inkbox_tunnel_edge_session: EmulatorHandle) -> Iterator[EmulatorHandle]:
    """An emulator with the tunnel edge on (its own session), fresh state per test."""
    handle = _inkbox_tunnel_edge_session
    handle.reset()
    before = len(handle.violations)
    yield handle
    new = handle.violations[before:]
    if new:
        pytest.fail("the emulator broke its own spec:\n" + "\n".join(new), pytrace=False)


class PublicTunnel:
    """A connected tunnel as a third party sees it (what `inkbox_tunnel(...)` returns)."""

    def __init__(self, emulator: EmulatorHandle, name: str, listener: Any) -> None:
        edge = emulator._edge()
        self.name = name
        self.listener = listener
        self.host = f"{name}.{edge.zone}"
        self.public_url: str = listener.public_url
        self.url = f"http://{self.host}:{edge.public_port}"
        self._origin = f"http://{edge.host}:{edge.public_port}"
        self._http: httpx.Client | None = None

    def client(self, **kwargs: Any) -> httpx.Client:
        """An `httpx.Client` on the edge's public port that sends the tunnel's `Host`."""
        import httpx

        headers = {"Host": self.host, **kwargs.pop("headers", {})}
        kwargs.setdefault("timeout", 30)
        return httpx.Client(base_url=self._origin, headers=headers, trust_env=False, **kwargs)

    def get(self, path: str = "/", **kwargs: Any) -> httpx.Response:
        """GET `path` through the tunnel."""
        if self._http is None:
            self._http = self.client()
        return self._http.get(path, **kwargs)

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
        self.listener.close()

    def __repr__(self) -> str:
        return f"PublicTunnel(url={self.url!r})"


@pytest.fixture
def inkbox_tunnel(
    inkbox_tunnel_edge: EmulatorHandle,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Any]:
    """`inkbox_tunnel(forward_to, name="my-app", **connect_kwargs) -> PublicTunnel`: our
    client connected to the edge for an ASGI app or a local URL; closed after the test."""
    import inkbox

    emulator = inkbox_tunnel_edge
    monkeypatch.setenv("SSL_CERT_FILE", emulator.ca_file)
    client = inkbox.Inkbox(
        api_key=emulator.admin_key, base_url=emulator.url, retry_backoff=FAST_RETRY_BACKOFF
    )
    opened: list[PublicTunnel] = []

    def connect(forward_to: Any, name: str = "my-app", **connect_kwargs: Any) -> PublicTunnel:
        if not any(t.tunnel_name == name for t in client.tunnels.list()):
            # Straight to the API: `tunnels.create()` would keep the secret in ~/.inkbox.
            body = {"tunnel_name": name, "tls_mode": connect_kwargs.get("tls_mode", "edge")}
            with emulator.client() as http:
                http.post("/api/v1/tunnels/", json=body).raise_for_status()
        connect_kwargs.setdefault("state_dir", tmp_path_factory.mktemp("inkbox-tunnel"))
        listener = client.tunnels.connect(name, forward_to, **connect_kwargs)
        try:
            emulator.wait_tunnel(name)
        except BaseException:
            listener.close()
            raise
        tunnel = PublicTunnel(emulator, name, listener)
        opened.append(tunnel)
        return tunnel

    try:
        yield connect
    finally:
        for tunnel in reversed(opened):
            tunnel.close()
        client.close()


@pytest.fixture
def inkbox_client(inkbox_emulator: EmulatorHandle) -> Iterator[inkbox.Inkbox]:
    """An `inkbox.Inkbox` on the emulator, authenticated with the admin key, retrying fast."""
    import inkbox

    client = inkbox.Inkbox(
        api_key=inkbox_emulator.admin_key,
        base_url=inkbox_emulator.url,
        retry_backoff=FAST_RETRY_BACKOFF,
    )
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
async def async_inkbox_client(
    inkbox_emulator: EmulatorHandle,
) -> AsyncIterator[inkbox.AsyncInkbox]:
    """An `inkbox.AsyncInkbox` on the emulator, authenticated with the admin key, retrying fast."""
    import inkbox

    async with inkbox.AsyncInkbox(
        api_key=inkbox_emulator.admin_key,
        base_url=inkbox_emulator.url,
        retry_backoff=FAST_RETRY_BACKOFF,
    ) as client:
        yield client
