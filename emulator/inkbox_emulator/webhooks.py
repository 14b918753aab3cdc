"""Webhook delivery: our own signer (the emulator never imports `inkbox`) and a retrying queue.

Signature (reference `crypto-formats.md` §3): the HMAC-SHA256 key is the secret's UTF-8 bytes
with one leading `whsec_` removed; the signed message is `"{request_id}.{timestamp}."` followed
by the raw body bytes; the header is `X-Inkbox-Signature: sha256=<lowercase hex>`, next to
`X-Inkbox-Request-ID` and `X-Inkbox-Timestamp` (Unix seconds). With no signing key configured
the delivery goes out unsigned (the guide era's behaviour), still with the two other headers.

Every delivery is a row of `webhook_deliveries` (the log `/_emulator/webhooks` reads). A failed
attempt (connection error or non-2xx) is retried after each of `retry_delays` seconds, then the
delivery is marked `failed`.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from collections.abc import Sequence
from typing import Any

import attrs
import httpx

from .clock import Clock
from .store import Store
from .store.core import delivery_insert, delivery_update

__all__ = ["Delivery", "WebhookDeliverer", "sign", "signed_headers"]

log = logging.getLogger("inkbox_emulator.webhooks")


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

    def __repr__(self) -> str:  # the secret never prints
        return f"Delivery({self.event_type} -> {self.url}, id={self.id})"


class WebhookDeliverer:
    """Queue + worker task on the server's event loop."""

    def __init__(
        self, store: Store, clock: Clock, *, retry_delays: Sequence[float], timeout: float = 5.0
    ) -> None:
        self._store = store
        self._clock = clock
        self._retry_delays = tuple(retry_delays)
        self._timeout = timeout
        self._queue: asyncio.Queue[tuple[Delivery, int]] | None = None
        self._client: httpx.AsyncClient | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._seq = 0

    async def start(self) -> None:
        self._queue = asyncio.Queue()
        self._client = httpx.AsyncClient(timeout=self._timeout, trust_env=False)
        self._seq = int(self._store.scalar("SELECT COALESCE(MAX(seq), 0) FROM webhook_deliveries"))
        self._spawn(self._worker())

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._client is not None:
            await self._client.aclose()

    def submit(self, delivery: Delivery) -> None:
        """Log the delivery as pending and queue its first attempt (call after commit)."""
        self._log(delivery)
        if self._queue is not None:
            self._queue.put_nowait((delivery, 0))

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

        assert self._client is not None, "observe() after start()"
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
        """Wait until every queued attempt (not the retry timers) has been made."""
        if self._queue is not None:
            await self._queue.join()

    # ── internals ──────────────────────────────────────────────────────────

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _worker(self) -> None:
        assert self._queue is not None
        while True:
            delivery, attempt = await self._queue.get()
            try:
                await self._attempt(delivery, attempt)
            except Exception:  # a bug here must not kill the worker
                log.exception("webhook delivery %s crashed", delivery.id)
            finally:
                self._queue.task_done()

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
        if self._queue is not None:
            self._queue.put_nowait((delivery, attempt))

    async def _post(self, delivery: Delivery) -> tuple[int, bytes, str | None]:
        assert self._client is not None
        body = json.dumps(delivery.payload, separators=(",", ":")).encode()
        timestamp = str(int(self._clock.now().timestamp()))
        headers = signed_headers(delivery.secret, delivery.request_id, timestamp, body)
        try:
            response = await self._client.post(delivery.url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            return 0, b"", f"{type(exc).__name__}: {exc}"
        return response.status_code, response.content, None

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
