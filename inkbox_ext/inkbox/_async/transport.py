"""The retrying transport: the one boundary between httpx and the SDK's errors.

Every request of a client passes through `AsyncRetryTransport`, which asks `_retry.RetryPolicy`
whether and when to resend, and turns the final outcome into either a successful response or
an `InkboxAPIError` / `InkboxConnectionError`. The generated operations therefore only ever
see 2xx responses, so their parsers never meet an HTML error page or a non-standard status.
"""

from __future__ import annotations

import logging
import time

import httpx

from .._concurrency import async_sleep
from .._constants import API_KEY_HEADER, REQUEST_ID_HEADER
from .._errors import InkboxConnectionError, InkboxTimeoutError, api_error_from_response
from .._logging import logger
from .._retry import RetryPolicy, parse_retry_after

__all__ = ["AsyncClientTransport", "AsyncRetryTransport"]

# Failures of our own request (an illegal header value, a URL httpx cannot send): sending it
# again fails the same way, so they surface at once instead of after the backoff.
_NEVER_RETRIED = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps the transport that owns the connection pool; several clients may share that pool."""

    def __init__(
        self, pool: httpx.AsyncBaseTransport, policy: RetryPolicy, *, owns_pool: bool
    ) -> None:
        self._pool = pool
        self._policy = policy
        self._owns_pool = owns_pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        method, path = request.method, request.url.path
        debug = logger.isEnabledFor(logging.DEBUG)  # checked once: this is the hot path
        while True:
            started = time.monotonic() if debug else 0.0
            try:
                response = await self._pool.handle_async_request(request)
                # Read the body inside the loop (API bodies are small JSON): a connection cut
                # after the headers is a transport error like any other, retried when the
                # request may be repeated (with its Idempotency-Key the server replays instead
                # of acting twice), and the connection goes back to the pool at once.
                await response.aread()
            except httpx.TransportError as exc:
                delay = (
                    None
                    if isinstance(exc, _NEVER_RETRIED)
                    else self._policy.delay_after_error(method, request.headers, attempt)
                )
                if delay is None:
                    raise _connection_error(exc, method, _url(request), attempt + 1) from exc
                logger.info(
                    "%s %s failed (%s); retrying in %.2fs", method, path, type(exc).__name__, delay
                )
                await async_sleep(delay)
                attempt += 1
                continue
            status = response.status_code
            if debug:
                elapsed = (time.monotonic() - started) * 1e3
                logger.debug("%s %s -> %d (%.1f ms)", method, path, status, elapsed)
            if status < 400:
                return response
            delay = self._policy.delay_after_status(
                method,
                request.headers,
                attempt,
                status_code=status,
                response_headers=response.headers,
            )
            if delay is None:
                raise api_error_from_response(
                    status,
                    response.content,
                    request_id=response.headers.get(REQUEST_ID_HEADER),
                    retry_after=parse_retry_after(response.headers),
                    secrets=(request.headers.get(API_KEY_HEADER, ""),),
                    method=method,
                    url=_url(request),
                    attempts=attempt + 1,
                )
            logger.info("%s %s -> %d; retrying in %.2fs", method, path, status, delay)
            await async_sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        if self._owns_pool:
            await self._pool.aclose()


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """Sends through a caller's own `httpx.AsyncClient` (its proxies, certificates, transport).

    Only public httpx API is used, and the caller's client is never closed by us: whoever created
    it closes it.
    """

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True)


def _url(request: httpx.Request) -> str:
    """The request's URL for an error message: with the host, without the query string."""
    return str(request.url.copy_with(query=None, fragment=None))


def _connection_error(
    exc: httpx.TransportError, method: str, url: str, attempts: int
) -> InkboxConnectionError:
    cls = InkboxTimeoutError if isinstance(exc, httpx.TimeoutException) else InkboxConnectionError
    reason = str(exc) or type(exc).__name__
    what = "timed out" if cls is InkboxTimeoutError else "failed"
    tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
    return cls(
        f"{method} {url} {what} after {tries}: {reason}", method=method, url=url, attempts=attempts
    )
