"""Retry policy: pure decisions, no I/O. The transport asks, then sleeps and resends.

What is retried:
- connection errors and timeouts, and the statuses 408, 429 and 5xx except 501;
- only requests that are safe to repeat, decided per operation from the spec: operations marked
  `x-idempotent: true` (every GET, and the PATCH/PUT/DELETE calls that set state to given values:
  mark read, star, update fields, delete) always; the others (`x-idempotent: false`: creating
  POSTs, the vault key change, a rename) only when they carry an `Idempotency-Key` (the server
  then applies them at most once). A request that is not a spec operation is repeated only when
  its method is GET/HEAD/OPTIONS or it carries a key;
- at most `max_retries` times, waiting `min(0.5 * 2**n, 8)` seconds less up to 25% jitter, or what
  the server asks for in `Retry-After-Ms` / `Retry-After` (seconds or an HTTP date) up to
  `max_retry_after`; a server asking for longer gets its error surfaced at once, so a caller is
  never parked for an hour inside a library call.
"""

from __future__ import annotations

import email.utils
import random
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from ._constants import (
    DEFAULT_MAX_RETRY_AFTER,
    IDEMPOTENCY_HEADER,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_DELAY,
    RETRY_JITTER,
)

__all__ = ["RetryPolicy", "new_idempotency_key", "parse_retry_after", "resolve_idempotency_key"]

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_RETRY_STATUSES = frozenset({408, 429})
_MAX_IDEMPOTENCY_KEY = 255


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_retries: int
    max_retry_after: float = DEFAULT_MAX_RETRY_AFTER
    # The wait before the first retry; later waits double from it (tests set it near zero).
    retry_backoff: float = INITIAL_RETRY_DELAY

    def __post_init__(self) -> None:
        if not isinstance(self.max_retries, int) or isinstance(self.max_retries, bool):
            raise TypeError(f"max_retries must be an int, not {type(self.max_retries).__name__}")
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {self.max_retries}")
        backoff_ = self.retry_backoff
        if isinstance(backoff_, bool) or not isinstance(backoff_, int | float) or backoff_ < 0:
            raise ValueError(f"retry_backoff must be a number of seconds >= 0, got {backoff_!r}")

    def _backoff(self, attempt: int) -> float:
        return backoff(attempt) * (self.retry_backoff / INITIAL_RETRY_DELAY)

    def may_repeat(
        self, method: str, headers: Mapping[str, str], idempotent: bool | None = None
    ) -> bool:
        """Whether a request may be sent again without risk of applying it twice.

        `idempotent` is the operation's `x-idempotent` from the spec; `None` when the request is
        not a spec operation (then only the method speaks for it).
        """
        if bool(headers.get(IDEMPOTENCY_HEADER)):
            return True
        if idempotent is None:
            return method.upper() in _SAFE_METHODS
        return idempotent

    def delay_after_error(
        self,
        method: str,
        headers: Mapping[str, str],
        attempt: int,
        *,
        idempotent: bool | None = None,
    ) -> float | None:
        """Seconds to wait before retrying after a connection error, or None to give up.

        `attempt` counts the retries already made (0 after the first try).
        """
        if attempt >= self.max_retries or not self.may_repeat(method, headers, idempotent):
            return None
        return self._backoff(attempt)

    def delay_after_status(
        self,
        method: str,
        headers: Mapping[str, str],
        attempt: int,
        *,
        status_code: int,
        response_headers: Mapping[str, str],
        now: float | None = None,
        idempotent: bool | None = None,
    ) -> float | None:
        """Seconds to wait before retrying after an error status, or None to give up."""
        if attempt >= self.max_retries or not self.may_repeat(method, headers, idempotent):
            return None
        should = response_headers.get("x-should-retry")
        if should == "false":
            return None
        if should != "true" and not is_retryable_status(status_code):
            return None
        asked = parse_retry_after(response_headers, now)
        if asked is None:
            return self._backoff(attempt)
        if asked > self.max_retry_after:
            return None
        return asked


def new_idempotency_key() -> str:
    """A fresh `Idempotency-Key`: made once per logical call, then reused by every retry of it."""
    return str(uuid.uuid4())


def resolve_idempotency_key(key: str | None) -> str:
    """The `Idempotency-Key` of one logical call: the caller's own, checked, else a fresh one.

    The server takes 1-255 printable ASCII characters. Surrounding whitespace is refused too:
    HTTP forbids it in a header value, so httpx would fail such a key as a connection error,
    which the transport retries, instead of it being reported as the bad argument it is.

    Raises:
        ValueError: `key` is not such a string.
    """
    if key is None:
        return new_idempotency_key()
    if (
        not isinstance(key, str)
        or not 1 <= len(key) <= _MAX_IDEMPOTENCY_KEY
        or not (key.isascii() and key.isprintable())
        or key != key.strip()
    ):
        raise ValueError(
            f"idempotency_key must be 1-{_MAX_IDEMPOTENCY_KEY} printable ASCII characters, "
            "without leading or trailing spaces"
        )
    return key


def is_retryable_status(status_code: int) -> bool:
    return status_code in _RETRY_STATUSES or (status_code >= 500 and status_code != 501)


def backoff(attempt: int) -> float:
    """Exponential backoff with jitter for the retry after `attempt` retries."""
    delay: float = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
    return delay * (1 - RETRY_JITTER * random.random())


def parse_retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds the server asked us to wait, from `Retry-After-Ms` or `Retry-After`, if any."""
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            value = float(ms) / 1000
        except ValueError:
            value = -1.0
        if value >= 0:
            return value
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        parsed = email.utils.parsedate_tz(raw)
        if parsed is None:
            return None
        seconds = email.utils.mktime_tz(parsed) - (time.time() if now is None else now)
        return max(seconds, 0.0)
    return seconds if seconds >= 0 else None
