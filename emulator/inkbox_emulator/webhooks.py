"""Webhook delivery: our own signer (the emulator never imports `inkbox`) and a retrying queue.

Signature (reference `crypto-formats.md` §3): the HMAC-SHA256 key is the secret's UTF-8 bytes
with one leading `whsec_` removed; the signed message is `"{request_id}.{timestamp}."` followed
by the raw body bytes; the header is `X-Inkbox-Signature: sha256=<lowercase hex>`, next to
`X-Inkbox-Request-ID` and `X-Inkbox-Timestamp` (Unix seconds). With no signing key configured
the delivery goes out unsigned (the guide era's behaviour), still with the two other headers.

Every delivery is a row of `webhook_deliveries` (the log `/_emulator/webhooks` reads). A failed
attempt (connection error or non-2xx) is retried after each of `retry_delays` seconds, then the
delivery is marked `failed`.

Webhooks cannot be turned against their host. A URL is accepted only as `https` (plain `http`
to loopback, so tests can receive), never to a link-local, private, multicast or unspecified
address, and never to the emulator's own `/_emulator/` hooks (checked when the URL is set and
again, on the normalised URL, when sending; redirects are not followed). Each destination
(scheme, host, port) has its own queue and a bounded number of workers, and each attempt is
bounded as a whole, so one slow receiver delays only its own deliveries and a flush.

A delivery to a webhook subscription also logs every attempt in
`webhook_attempts` (the log `list_webhook_deliveries` serves) and carries the subscription's
`auth_token` as `Authorization: Bearer …`.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
import json
import logging
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

import attrs

from .clock import Clock
from .store import Store
from .store.core import delivery_insert, delivery_update
from .store.webhook_subscriptions import attempt_count, attempt_insert

if TYPE_CHECKING:
    import httpx

__all__ = ["Delivery", "WebhookDeliverer", "sign", "signed_headers", "webhook_url_problem"]

log = logging.getLogger("inkbox_emulator.webhooks")


_LOOPBACK_NAMES = frozenset({"localhost"})
_SECURE = {"https": "http", "wss": "ws"}  # the scheme, and its plain twin allowed on loopback
# Deliveries to one destination at a time: a slow receiver holds at most this many workers.
PER_DESTINATION = 2


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def webhook_url_problem(url: object, scheme: str = "https") -> str | None:
    """Why `url` may not receive webhooks (a message for a 422), or None when it may.

    `scheme` is the one required (`https`, or `wss` for a call's media socket); its plain twin
    is accepted for loopback hosts only.
    """
    if not isinstance(url, str) or any(ord(c) < 0x21 for c in url):
        return "must be a URL without spaces or control characters"
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        return "must be a valid URL"
    if not host:
        return f"must be a {scheme}:// URL with a host"
    loopback = _is_loopback(host)
    if parts.scheme != scheme and not (parts.scheme == _SECURE[scheme] and loopback):
        return f"must be a {scheme}:// URL ({_SECURE[scheme]}:// only to localhost)"
    if parts.username is not None or parts.password is not None:
        return "must not carry credentials"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    if (
        address is not None
        and not loopback
        and (
            address.is_link_local
            or address.is_private
            or address.is_multicast
            or address.is_unspecified
            or address.is_reserved
        )
    ):
        return "must not point at a link-local, private or reserved address"
    # On any host: a name may resolve to the emulator itself.
    if _targets_hooks(parts.path):
        return "must not point at the emulator's own /_emulator/ hooks"
    return None


def _targets_hooks(path: str) -> bool:
    # As a server would route it: percent-decoded, dot segments and empty segments removed.
    segments: list[str] = []
    for segment in unquote(path).replace("\\", "/").split("/"):
        if segment in ("", "."):
            continue
        if segment == "..":
            if segments:
                segments.pop()
            continue
        segments.append(segment)
    return bool(segments) and segments[0].lower() == "_emulator"


def sign(secret: str, request_id: str, timestamp: str, body: bytes) -> str:
    """`sha256=<hex>` exactly as `verify_webhook` expects it."""
    key = secret.removeprefix("whsec_").encode()
    message = f"{request_id}.{timestamp}.".encode() + body
    return "sha256=" + hmac.new(key, message, hashlib.sha256).hexdigest()


def signed_headers(
    secret: str | None, request_id: str, timestamp: str, body: bytes
) -> dict[str, str]:
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "inkbox-emulator-webhooks",
        "X-Inkbox-Request-ID": request_id,
        "X-Inkbox-Timestamp": timestamp,
    }
    if secret:
        headers["X-Inkbox-Signature"] = sign(secret, request_id, timestamp, body)
    return headers


@attrs.frozen(repr=False)
class Delivery:
    id: str
    url: str
    event_type: str
    payload: dict[str, Any]
    secret: str | None
    identity_id: str | None
    request_id: str
    # Set for deliveries whose attempts the API logs (`list_webhook_deliveries`): those to a
    # webhook subscription, and incoming-call decisions (`phone_number_id`, not replayable).
    subscription_id: str | None = None
    organization_id: str | None = None
    phone_number_id: str | None = None
    auth_token: str | None = None
    is_replay: bool = False

    def __repr__(self) -> str:  # the secret never prints
        return f"Delivery({self.event_type} -> {self.url}, id={self.id})"


class WebhookDeliverer:
    """One queue per destination, each drained by at most `PER_DESTINATION` workers, on the
    server's event loop."""

    def __init__(
        self, store: Store, clock: Clock, *, retry_delays: Sequence[float], timeout: float = 5.0
    ) -> None:
        self._store = store
        self._clock = clock
        self._retry_delays = tuple(retry_delays)
        self._timeout = timeout
        self._queues: dict[str, asyncio.Queue[tuple[Delivery, int]]] = {}
        self._workers: dict[str, int] = {}
        self._started = False
        # Made on the first delivery: importing httpx would cost the emulator's start-up a
        # tenth of a second, and most runs deliver nothing.
        self._client: httpx.AsyncClient | None = None
        self._response_hooks: list[Callable[[httpx.Response], Awaitable[None]]] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self._seq = 0

    async def start(self) -> None:
        self._started = True
        self._seq = int(self._store.scalar("SELECT COALESCE(MAX(seq), 0) FROM webhook_deliveries"))

    async def stop(self) -> None:
        self._started = False
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    def submit(self, delivery: Delivery) -> None:
        """Log the delivery as pending and queue its first attempt (call after commit)."""
        self._log(delivery)
        self._enqueue(delivery, 0)

    def _log(self, delivery: Delivery) -> None:
        self._seq += 1
        delivery_insert(
            self._store,
            {
                "id": delivery.id,
                "seq": self._seq,
                "url": delivery.url,
                "event_type": delivery.event_type,
                "identity_id": delivery.identity_id,
                "request_id": delivery.request_id,
                "payload": json.dumps(delivery.payload, separators=(",", ":")),
                "signed": int(delivery.secret is not None),
                "status": "pending",
                "created_at": self._clock.now_iso(),
            },
        )

    # ── what the inspector shows ──────────────────────────────────────────

    # Replaced by `observe()`; this empty default is only ever read.
    exchanges: dict[str, dict[str, Any]] = {}

    def observe(self, kept: int = 500, body_bytes: int = 4096) -> dict[str, dict[str, Any]]:
        """Remember the last attempt of recent deliveries (headers as sent, the receiver's
        answer), by request id, in memory; call after `start()`. Returns the live record."""
        exchanges: dict[str, dict[str, Any]] = {}  # oldest first

        async def remember(response: httpx.Response) -> None:
            request_id = response.request.headers.get("X-Inkbox-Request-ID")
            if request_id is None:
                return
            body = await response.aread()
            exchanges.pop(request_id, None)  # a retry moves to the end
            exchanges[request_id] = {
                "request_headers": dict(response.request.headers),
                "response_status": response.status_code,
                "response_body": body[:body_bytes].decode("utf-8", "replace"),
            }
            while len(exchanges) > kept:
                del exchanges[next(iter(exchanges))]

        assert self._started, "observe() after start()"
        self._response_hooks.append(remember)
        if self._client is not None:
            self._client.event_hooks["response"].append(remember)
        self.exchanges = exchanges
        return exchanges

    async def call(self, delivery: Delivery) -> tuple[int, Any]:
        """One synchronous round trip whose answer matters (e.g. an incoming-call decision).

        Logged like any delivery but never retried; returns (status, parsed JSON or None);
        status 0 means the receiver could not be reached.
        """
        self._log(delivery)
        status, body, error = await self._post(delivery)
        self._finish(delivery, 1, status, error, ok=200 <= status < 300)
        try:
            return status, json.loads(body) if body else None
        except ValueError:
            return status, None

    async def idle(self) -> None:
        """Wait until every queued attempt (not the retry timers) has been made; each attempt
        is bounded by the timeout, so this ends even when a receiver never answers."""
        for queue in list(self._queues.values()):
            await queue.join()

    # ── internals ──────────────────────────────────────────────────────────

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _enqueue(self, delivery: Delivery, attempt: int) -> None:
        if not self._started:  # not started (or stopped): logged as pending, never sent
            return
        where = _destination(delivery.url)
        queue = self._queues.setdefault(where, asyncio.Queue())
        queue.put_nowait((delivery, attempt))
        if self._workers.get(where, 0) < min(PER_DESTINATION, queue.qsize()):
            self._workers[where] = self._workers.get(where, 0) + 1
            self._spawn(self._worker(where, queue))

    async def _worker(self, where: str, queue: asyncio.Queue[tuple[Delivery, int]]) -> None:
        """Drain one destination's queue, then end (the next delivery starts a new worker)."""
        try:
            while not queue.empty():
                delivery, attempt = queue.get_nowait()
                try:
                    await self._attempt(delivery, attempt)
                except Exception:  # a bug here must not kill the worker
                    log.exception("webhook delivery %s crashed", delivery.id)
                finally:
                    queue.task_done()
        finally:
            self._workers[where] -= 1

    async def _attempt(self, delivery: Delivery, attempt: int) -> None:
        status, _, error = await self._post(delivery)
        ok = 200 <= status < 300
        if ok or attempt >= len(self._retry_delays):
            self._finish(delivery, attempt + 1, status, error, ok=ok)
            return
        delivery_update(
            self._store,
            delivery.id,
            {"attempts": attempt + 1, "last_status_code": status or None, "last_error": error},
        )
        self._spawn(self._retry_later(delivery, attempt + 1, self._retry_delays[attempt]))

    async def _retry_later(self, delivery: Delivery, attempt: int, delay: float) -> None:
        await asyncio.sleep(delay)
        self._enqueue(delivery, attempt)

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            import httpx

            self._client = httpx.AsyncClient(
                timeout=self._timeout,
                trust_env=False,
                follow_redirects=False,
                event_hooks={"response": self._response_hooks},
            )
        return self._client

    async def _post(self, delivery: Delivery) -> tuple[int, bytes, str | None]:
        if not self._started:
            return 0, b"", "the emulator is shutting down"
        problem = webhook_url_problem(delivery.url, "https")
        if problem is not None:  # URLs stored before the check, or set by a hook
            return 0, b"", f"refused: the URL {problem}"
        body = json.dumps(delivery.payload, separators=(",", ":")).encode()
        timestamp = str(int(self._clock.now().timestamp()))
        headers = signed_headers(delivery.secret, delivery.request_id, timestamp, body)
        if delivery.auth_token:
            headers["Authorization"] = f"Bearer {delivery.auth_token}"
        client = self._http()
        import httpx  # already loaded by _http(): only its exception classes are wanted

        started = time.monotonic()
        try:
            # The whole attempt, not each read: a receiver trickling its answer cannot hold a
            # worker (or a flush) longer than the timeout.
            async with asyncio.timeout(self._timeout):
                response = await client.post(delivery.url, content=body, headers=headers)
        except (httpx.HTTPError, TimeoutError) as exc:
            result: tuple[int, bytes, str | None] = (0, b"", f"{type(exc).__name__}: {exc}")
        else:
            result = (response.status_code, response.content[:65536], None)
        self._record_attempt(delivery, body, result, int((time.monotonic() - started) * 1000))
        return result

    def _record_attempt(
        self,
        delivery: Delivery,
        body: bytes,
        result: tuple[int, bytes, str | None],
        duration_ms: int,
    ) -> None:
        if delivery.organization_id is None:
            return
        status, answer, error = result
        number = attempt_count(self._store, delivery.id)
        attempt_insert(
            self._store,
            {
                "id": str(uuid.uuid5(uuid.UUID(delivery.id), str(number))),
                "delivery_id": delivery.id,
                "organization_id": delivery.organization_id,
                "subscription_id": delivery.subscription_id,
                "phone_number_id": delivery.phone_number_id,
                "identity_id": delivery.identity_id,
                "event_id": str(delivery.payload.get("id", "")),
                "event_type": delivery.event_type,
                "url": delivery.url,
                "request_payload": body.decode(),
                "response_status": status or None,
                "response_body": answer[:4096].decode("utf-8", "replace") if status else None,
                "error_detail": error,
                "duration_ms": duration_ms,
                "is_replay": int(delivery.is_replay),
                "created_at": self._clock.now_iso(),
            },
        )

    def _finish(
        self, delivery: Delivery, attempts: int, status: int, error: str | None, *, ok: bool
    ) -> None:
        delivery_update(
            self._store,
            delivery.id,
            {
                "status": "delivered" if ok else "failed",
                "attempts": attempts,
                "last_status_code": status or None,
                "last_error": error,
                "completed_at": self._clock.now_iso(),
            },
        )


def _destination(url: str) -> str:
    try:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.hostname}:{parts.port}"
    except ValueError:
        return url
