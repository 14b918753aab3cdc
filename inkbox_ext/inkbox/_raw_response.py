"""What the server answered, beside the model: status, headers, request id, elapsed time.

`inkbox.with_raw_response.<resource>.<method>(...)` returns a `RawResponse` (`.parse()` is
the model the method returns); `inkbox.last_response` is the `ResponseInfo` of the client's
latest answer, so the request id of any returned model can be quoted to support.
"""

from __future__ import annotations

import datetime
import time
from typing import Generic, TypeVar

import httpx

from ._constants import REQUEST_ID_HEADER

__all__ = ["RawResponse", "ResponseInfo", "ResponseLog"]

T = TypeVar("T")


class ResponseInfo:
    """One HTTP answer of the API (the last of a call that made several)."""

    def __init__(self, http_response: httpx.Response, seconds: float) -> None:
        self.http_response = http_response
        # Seconds, not a timedelta: every call records one, few ever read it.
        self._seconds = seconds

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The server's `x-request-id`: quote it when asking Inkbox support about this call."""
        value = self.http_response.headers.get(REQUEST_ID_HEADER)
        return None if value is None else str(value)

    @property
    def elapsed(self) -> datetime.timedelta:
        """From sending the request to reading the whole answer (retries included)."""
        return datetime.timedelta(seconds=self._seconds)

    @property
    def url(self) -> str:
        """The URL the request went to."""
        return str(self.http_response.request.url)

    def __repr__(self) -> str:
        # The request's headers carry the API key: show only what identifies the answer.
        request = self.http_response.request
        return (
            f"{type(self).__name__}({request.method} {request.url.path} -> {self.status_code}, "
            f"request_id={self.request_id!r})"
        )


class RawResponse(ResponseInfo, Generic[T]):
    """A method's answer with its HTTP details; `parse()` is what the method returns."""

    def __init__(self, info: ResponseInfo, parsed: T) -> None:
        super().__init__(info.http_response, info._seconds)
        self._parsed = parsed

    def parse(self) -> T:
        """The answer as the method without `with_raw_response` returns it."""
        return self._parsed


class ResponseLog:
    """The latest API answer of one client, told by the client's retrying transport."""

    __slots__ = ("_info", "_response", "_seconds", "count")

    def __init__(self) -> None:
        self._response: httpx.Response | None = None
        self._seconds = 0.0
        self._info: ResponseInfo | None = None  # built when first asked for, not per call
        self.count = 0

    @property
    def last(self) -> ResponseInfo | None:
        """The latest answer (the same object until the next one comes)."""
        if self._info is None and self._response is not None:
            self._info = ResponseInfo(self._response, self._seconds)
        return self._info

    def record(self, response: httpx.Response, started: float) -> None:
        """Keep `response`, whose request was handed over at `time.monotonic()` `started`."""
        previous = self._response
        self._response, self._seconds, self._info = response, time.monotonic() - started, None
        self.count += 1
        if previous is not None:
            _release(previous)


_EMPTY = httpx.ByteStream(b"")


def _release(response: httpx.Response) -> None:
    """End the reference cycle of a response that is read and closed.

    httpx's response and the stream it wraps the body in refer to each other (the stream stamps
    `elapsed` on the response when closed), so a dropped response, body included, lives on
    until the cycle collector's next full pass: iterating 100,000 messages held up to ~60 pages
    at once. The body is already in `response.content`, so the stream is not needed any more.
    """
    if response.is_closed and response.is_stream_consumed:
        response.stream = _EMPTY
