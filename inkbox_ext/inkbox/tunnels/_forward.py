"""Where a tunnelled request goes: a local URL (httpx) or an in-process ASGI app.

Both forwarders take an `Envelope` and return a `Reply` with the body materialised (up to
the outbound cap, as every official client does); the protocol core turns it into the
response post. WebSocket upgrades are in `_websocket.py`.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import ssl
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx

from ._wire import Envelope, Header, request_headers

__all__ = [
    "ASGIApp",
    "AsgiForwarder",
    "Forwarder",
    "Reply",
    "UrlForwarder",
    "check_forward_target",
    "local_reply",
]

log = logging.getLogger("inkbox.tunnels")

Scope = MutableMapping[str, Any]
ASGIApp = Callable[
    [Scope, Callable[[], Awaitable[dict[str, Any]]], Callable[[dict[str, Any]], Awaitable[None]]],
    Awaitable[None],
]


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    headers: list[Header] = field(default_factory=list)
    body: bytes = field(default=b"", repr=False)
    reason: str | None = None


def local_reply(status: int, reason: str | None, text: str) -> Reply:
    """A reply the client makes itself (reference §3.4): plain text with a reason."""
    return Reply(status, [("content-type", "text/plain")], text.encode(), reason)


def check_forward_target(url: str, *, allow_remote: bool) -> None:
    """Refuse a `forward_to` URL that is not http(s), or not loopback without the flag.

    Host names are never resolved (except the literal `localhost`), so DNS rebinding
    cannot turn an allowed name into a remote address.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"forward_to must be an http:// or https:// URL, got {url!r}")
    if allow_remote:
        return
    host = parts.hostname
    if host == "localhost":
        return
    try:
        if ipaddress.ip_address(host).is_loopback:
            return
    except ValueError:
        pass
    raise ValueError(
        f"forward_to {url!r} is not a loopback address (localhost, 127.0.0.0/8, ::1); "
        "pass allow_remote_forwarding=True to forward elsewhere"
    )


class Forwarder:
    """What the runtime needs from a target."""

    public_host: str
    verify: bool | str | bytes = True  # TLS verification for https targets and body URIs

    def ssl_context(self) -> ssl.SSLContext | bool:
        """The TLS verification for an https:// target (also used by the WS upstream)."""
        if self.verify is True or self.verify is False:
            return self.verify
        context = ssl.create_default_context()
        if isinstance(self.verify, bytes):
            context.load_verify_locations(cadata=self.verify.decode())
        else:
            context.load_verify_locations(cafile=self.verify)
        return context

    async def fetch_body(self, uri: str, max_bytes: int) -> bytes | Reply:
        """An offloaded request body (`inkbox-body-uri`), or the reply that refuses it."""
        try:
            async with (
                httpx.AsyncClient(verify=self.ssl_context(), trust_env=False, timeout=30) as http,
                http.stream("GET", uri) as response,
            ):
                if response.status_code >= 400:
                    return local_reply(502, "body-fetch-failed", "failed to fetch request body")
                body = bytearray()
                async for chunk in response.aiter_raw():
                    body += chunk
                    if len(body) > max_bytes:
                        return local_reply(413, "request-body-too-large", "request body too large")
                return bytes(body)
        except httpx.HTTPError:
            return local_reply(502, "body-fetch-failed", "failed to fetch request body")

    async def start(self) -> None:
        """Get ready (ASGI lifespan startup)."""

    async def http(self, envelope: Envelope) -> Reply:
        raise NotImplementedError

    async def aclose(self) -> None:
        """Release resources (ASGI lifespan shutdown)."""


class UrlForwarder(Forwarder):
    """Forward to a local HTTP server at `base_url`."""

    def __init__(
        self,
        base_url: str,
        *,
        public_host: str,
        max_outbound_body_bytes: int,
        verify: bool | str | bytes = True,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.public_host = public_host
        self.netloc = urlsplit(base_url).netloc
        self._max_out = max_outbound_body_bytes
        self.verify = verify
        self._client: httpx.AsyncClient | None = None

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            # No env proxies: a loopback target must not be sent through HTTP(S)_PROXY.
            self._client = httpx.AsyncClient(
                verify=self.ssl_context(), trust_env=False, timeout=httpx.Timeout(60, connect=10)
            )
        return self._client

    async def http(self, envelope: Envelope) -> Reply:
        headers = request_headers(envelope, host=self.netloc, public_host=self.public_host)
        request = self._http().build_request(
            envelope.method,
            self.base_url + envelope.path,
            headers=headers,
            content=envelope.body,
        )
        try:
            response = await self._http().send(request, stream=True)
        except httpx.HTTPError as exc:
            log.warning("forward_to unreachable: %s", type(exc).__name__)
            return local_reply(502, "upstream-error", "upstream error")
        try:
            body = bytearray()
            async for chunk in response.aiter_raw():
                body += chunk
                if len(body) > self._max_out:
                    return local_reply(502, "response-too-large", "response too large")
        except httpx.HTTPError:
            return local_reply(502, "upstream-error", "upstream error")
        finally:
            await response.aclose()
        return Reply(response.status_code, list(response.headers.multi_items()), bytes(body))

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()


class AsgiForwarder(Forwarder):
    """Run requests through an ASGI app in this process (HTTP; lifespan if it speaks it)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        public_host: str,
        max_outbound_body_bytes: int,
        verify: bool | str | bytes = True,
    ) -> None:
        self.app = app
        self.verify = verify
        self.public_host = public_host
        self._max_out = max_outbound_body_bytes
        self._lifespan: _Lifespan | None = None

    def scope(self, envelope: Envelope, kind: str) -> Scope:
        path, _, query = envelope.path.partition("?")
        headers = request_headers(
            envelope, host=self.public_host, public_host=self.public_host, websocket=kind == "ws"
        )
        scope: Scope = {
            "type": "websocket" if kind == "ws" else "http",
            "asgi": {"version": "3.0", "spec_version": "2.3"},
            "http_version": "1.1",
            "scheme": "wss" if kind == "ws" else "https",
            "path": unquote(path),
            "raw_path": path.encode(),
            "query_string": query.encode(),
            "root_path": "",
            "headers": [(k.encode(), v.encode()) for k, v in headers],
            "server": (self.public_host, 443),
            "client": (envelope.forwarded_for or "unknown", 0),
        }
        if kind == "ws":
            offered = [v for k, v in envelope.headers if k == "sec-websocket-protocol"]
            scope["subprotocols"] = [p.strip() for v in offered for p in v.split(",") if p.strip()]
        else:
            scope["method"] = envelope.method
        return scope

    async def start(self) -> None:
        self._lifespan = _Lifespan(self.app)
        await self._lifespan.startup()

    async def aclose(self) -> None:
        if self._lifespan is not None:
            await self._lifespan.shutdown()

    async def http(self, envelope: Envelope) -> Reply:
        sent_body = False
        status = 0
        headers: list[Header] = []
        body = bytearray()
        too_large = False

        async def receive() -> dict[str, Any]:
            nonlocal sent_body
            if not sent_body:
                sent_body = True
                return {"type": "http.request", "body": envelope.body, "more_body": False}
            # after the body, the request is only ever "disconnected" once the reply is done
            await _forever()
            return {"type": "http.disconnect"}  # pragma: no cover

        async def send(message: dict[str, Any]) -> None:
            nonlocal status, headers, too_large
            if message["type"] == "http.response.start":
                status = int(message["status"])
                headers = [
                    (k.decode("latin-1"), v.decode("latin-1"))
                    for k, v in message.get("headers", [])
                ]
            elif message["type"] == "http.response.body":
                body.extend(message.get("body", b""))
                if len(body) > self._max_out:
                    too_large = True
                    raise _ResponseTooLarge

        with contextlib.suppress(_ResponseTooLarge):  # raised by `send` to stop the app
            await self.app(self.scope(envelope, "http"), receive, send)
        if too_large:
            return local_reply(502, "response-too-large", "response too large")
        if status == 0:
            return local_reply(500, None, "internal error")
        return Reply(status, headers, bytes(body))


class _ResponseTooLarge(Exception):
    pass


async def _forever() -> None:
    await asyncio.Event().wait()


class _Lifespan:
    """Drive an app's lifespan protocol; apps that do not speak it are left alone."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app
        self._inbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self._outbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self._supported = True

    async def _run(self) -> None:
        try:
            await self._app(
                {"type": "lifespan", "asgi": {"version": "3.0"}}, self._inbox.get, self._outbox.put
            )
        except Exception:
            # An app without lifespan support raises on the unknown scope type: that is allowed.
            self._supported = False
        await self._outbox.put({"type": "lifespan.unsupported"})

    async def startup(self) -> None:
        self._task = asyncio.create_task(self._run())
        await self._inbox.put({"type": "lifespan.startup"})
        message = await self._outbox.get()
        if message["type"] == "lifespan.startup.failed":
            raise RuntimeError(f"ASGI app startup failed: {message.get('message', '')}")
        if message["type"] == "lifespan.unsupported":
            self._supported = False

    async def shutdown(self) -> None:
        if not self._supported or self._task is None:
            return
        await self._inbox.put({"type": "lifespan.shutdown"})
        await self._outbox.get()
        await self._task
