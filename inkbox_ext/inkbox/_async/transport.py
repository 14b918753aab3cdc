"""The retrying transport: the one boundary between httpx and the SDK's errors.

Every request of a client passes through `AsyncRetryTransport`, which asks `_retry.RetryPolicy`
whether and when to resend, and turns the final outcome into either a successful response or
an `InkboxAPIError` / `InkboxConnectionError`. The generated operations therefore only ever
see 2xx responses with an IANA status, so their parsers never meet an HTML error page, a
redirect or a non-standard status; a 2xx body they cannot parse raises
`InkboxResponseValidationError` from the generated code (`install_response_error`).

Each attempt is bounded as a whole, not per read, by the longest phase of the timeout: the async
client cancels the attempt when it is up; both read the body in chunks against that deadline
(checked between reads, so a sync attempt ends within about twice it) and a size cap, so a
server that trickles a byte a second or sends a gzip bomb cannot park or flood the caller.

Redirects are never followed (a 3xx is an `InkboxResponseValidationError`), so the API key
never reaches another origin, even through a caller's `http_client(follow_redirects=True)`.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import AsyncIterator, Callable, Mapping
from http import HTTPStatus

import httpx

from .._concurrency import async_deadline, async_sleep
from .._constants import API_KEY_HEADER, MAX_RESPONSE_BYTES, OPERATION_EXTENSION, REQUEST_ID_HEADER
from .._errors import (
    InkboxConnectionError,
    InkboxTimeoutError,
    api_error_from_response,
    response_validation_error,
)
from .._logging import logger
from .._retry import RetryPolicy, parse_retry_after

__all__ = ["AsyncClientTransport", "AsyncRetryTransport", "install_response_error"]

# Failures of our own request (an illegal header value, a URL httpx cannot send): sending it
# again fails the same way, so they surface at once instead of after the backoff.
_NEVER_RETRIED = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)
_IANA_STATUSES = frozenset(int(status) for status in HTTPStatus)
# Headers describing the body as sent, dropped once it is read and decoded.
_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def _idempotent(request: httpx.Request) -> bool | None:
    """The operation's `x-idempotent` (None for a request that is not a spec operation)."""
    name = request.extensions.get(OPERATION_EXTENSION)
    if name is None:
        return None
    return _idempotent_operations().get(name)


@functools.cache
def _idempotent_operations() -> Mapping[str, bool]:
    # Imported on first use (not with this module) and looked up once, not on every request.
    from inkbox_api.operations import IDEMPOTENT

    return IDEMPOTENT


def install_response_error() -> None:
    """Make the generated operations raise `InkboxResponseValidationError` for a 2xx they
    cannot parse (the generated package has no notion of our errors; it calls this factory)."""
    from inkbox_api import errors

    errors.response_error = _invalid_response


def _invalid_response(response: httpx.Response, reason: str) -> Exception:
    return response_validation_error(
        response.status_code,
        response.content,
        reason,
        request_id=response.headers.get(REQUEST_ID_HEADER),
        secrets=_secrets(response.request),
    )


def _attempt_budget(request: httpx.Request) -> float | None:
    """Seconds one attempt may take in all: the longest phase of the request's timeout."""
    longest = None
    for phase in (request.extensions.get("timeout") or {}).values():
        if phase is not None and (longest is None or phase > longest):
            longest = phase
    return longest


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps the transport that owns the connection pool; several clients may share that pool."""

    def __init__(
        self,
        pool: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        *,
        owns_pool: bool,
        on_answer: Callable[[httpx.Response, float], None] | None = None,
    ) -> None:
        self._pool = pool
        self._policy = policy
        self._owns_pool = owns_pool
        # Told of each answer the caller gets, with `time.monotonic()` at the first attempt's
        # start (a plain call here, not an httpx event hook: those cost a coroutine each way).
        self._on_answer = on_answer

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        method = request.method
        budget = _attempt_budget(request)
        debug = logger.isEnabledFor(logging.DEBUG)  # checked once: this is the hot path
        begun = started = time.monotonic()
        while True:
            read_by = None if budget is None else started + budget
            try:
                try:
                    async with async_deadline(budget):
                        raw = await self._pool.handle_async_request(request)
                        # Read the body inside the loop (API bodies are small JSON): a
                        # connection cut after the headers is a transport error like any other,
                        # retried when the request may be repeated (with its Idempotency-Key the
                        # server replays instead of acting twice), and the connection goes back
                        # to the pool at once.
                        response = await _read(raw, request, read_by)
                except TimeoutError:
                    raise httpx.ReadTimeout(
                        "the response took longer than the timeout", request=request
                    ) from None
            except httpx.TransportError as exc:
                delay = (
                    None
                    if isinstance(exc, _NEVER_RETRIED)
                    else self._policy.delay_after_error(
                        method, request.headers, attempt, idempotent=_idempotent(request)
                    )
                )
                if delay is None:
                    raise _connection_error(exc, method, _url(request), attempt + 1) from exc
                logger.info(
                    "%s %s failed (%s); retrying in %.2fs",
                    method,
                    request.url.path,
                    type(exc).__name__,
                    delay,
                )
                await async_sleep(delay)
                attempt += 1
                started = time.monotonic()
                continue
            status = response.status_code
            if debug:
                elapsed = (time.monotonic() - started) * 1e3
                logger.debug("%s %s -> %d (%.1f ms)", method, request.url.path, status, elapsed)
            # An error status keeps its class whatever its number (520 is a server error); a
            # "success" must be one the API speaks, and a redirect is never followed.
            if status < 400 and (status not in _IANA_STATUSES or not 200 <= status < 300):
                raise response_validation_error(
                    status,
                    response.content,
                    _odd_status(response),
                    request_id=response.headers.get(REQUEST_ID_HEADER),
                    secrets=_secrets(request),
                )
            if status < 400:
                if self._on_answer is not None:
                    self._on_answer(response, begun)
                return response
            delay = self._policy.delay_after_status(
                method,
                request.headers,
                attempt,
                status_code=status,
                response_headers=response.headers,
                idempotent=_idempotent(request),
            )
            if delay is None:
                raise api_error_from_response(
                    status,
                    response.content,
                    request_id=response.headers.get(REQUEST_ID_HEADER),
                    retry_after=parse_retry_after(response.headers),
                    secrets=_secrets(request),
                    method=method,
                    url=_url(request),
                    attempts=attempt + 1,
                )
            logger.info("%s %s -> %d; retrying in %.2fs", method, request.url.path, status, delay)
            await async_sleep(delay)
            attempt += 1
            started = time.monotonic()

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
        # Never follow: a redirect would carry the API key header to wherever it points.
        return await self._client.send(request, stream=True, follow_redirects=False)


async def _read(
    raw: httpx.Response, request: httpx.Request, read_by: float | None
) -> httpx.Response:
    """The whole response, its body decoded, read against the deadline and the size cap."""
    if "content-encoding" not in raw.headers:
        # The bytes as sent are the body (the usual case): the response itself reads them,
        # through a stream that enforces the deadline and the cap; no second response is built.
        if raw.is_stream_consumed:  # a body given whole (a caller's mock transport, say)
            _check_body(raw, request, None, size=len(raw.content), head=raw.content)
            return raw
        raw.stream = AsyncBoundedBody(raw, request, read_by)
        try:
            await raw.aread()
        finally:
            await raw.aclose()
        return raw
    # Compressed: the cap applies to the decoded size, so the chunks are counted as decoded.
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in raw.aiter_bytes():
            size += len(chunk)
            _check_body(raw, request, read_by, size=size, head=(chunks or [chunk])[0])
            chunks.append(chunk)
    finally:
        await raw.aclose()
    headers = [(k, v) for k, v in raw.headers.multi_items() if k.lower() not in _WIRE_HEADERS]
    return httpx.Response(
        raw.status_code,
        headers=headers,
        content=b"".join(chunks),
        request=request,
        extensions=raw.extensions,
    )


class AsyncBoundedBody(httpx.AsyncByteStream):
    """A response's byte stream, cut off at the attempt's deadline and at the size cap."""

    def __init__(
        self,
        raw: httpx.Response,
        request: httpx.Request,
        read_by: float | None,
    ) -> None:
        self._raw = raw
        self._stream = raw.stream
        self._request = request
        self._read_by = read_by

    async def __aiter__(self) -> AsyncIterator[bytes]:
        head = b""  # the start of the body, for an error message
        size = 0
        async for chunk in self._stream:  # type: ignore[union-attr]
            size += len(chunk)
            if len(head) < 1024:  # before the check: an oversized first chunk still shows
                head += chunk[: 1024 - len(head)]
            _check_body(self._raw, self._request, self._read_by, size=size, head=head)
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()  # type: ignore[union-attr]


def _check_body(
    raw: httpx.Response,
    request: httpx.Request,
    read_by: float | None,
    *,
    size: int,
    head: bytes,
) -> None:
    """Raise once a body being read (`size` bytes so far, starting with `head`) is over the cap
    or past the deadline."""
    if size > MAX_RESPONSE_BYTES:
        raise response_validation_error(
            raw.status_code,
            head[:1024],
            f"the body is larger than {MAX_RESPONSE_BYTES} bytes",
            request_id=raw.headers.get(REQUEST_ID_HEADER),
            secrets=_secrets(request),
        )
    if read_by is not None and time.monotonic() > read_by:
        raise httpx.ReadTimeout("the response took longer than the timeout", request=request)


def _secrets(request: httpx.Request) -> tuple[str, ...]:
    """What an error built from this request's answer must never show; read only when one is
    built (looking a header up costs about a microsecond on every call)."""
    return (request.headers.get(API_KEY_HEADER, ""),)


def _odd_status(response: httpx.Response) -> str:
    status = response.status_code
    if 300 <= status < 400:
        where = response.headers.get("location", "")
        return f"HTTP {status} redirect{f' to {where[:200]}' if where else ''} (never followed)"
    return f"HTTP {status} is not a status the API answers"


def _url(request: httpx.Request) -> str:
    """The request's URL for an error message: with the host, without the query string or any
    credentials a base URL may carry."""
    return str(request.url.copy_with(query=None, fragment=None, userinfo=b""))


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
