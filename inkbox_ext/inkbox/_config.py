"""Client settings: argument → environment fallback, validation, default headers.

Everything here runs before any connection is made, so a bad setting fails at construction
with a message that says how to fix it.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ._constants import (
    API_KEY_HEADER,
    DEFAULT_BASE_URL,
    DEFAULT_CONNECT_TIMEOUT,
    ENV_API_KEY,
    ENV_BASE_URL,
    INITIAL_RETRY_DELAY,
    LOOPBACK_HOSTS,
)
from ._version import __version__

if TYPE_CHECKING:
    import httpx

__all__ = ["ClientConfig", "resolve_api_key", "resolve_base_url", "resolve_timeout"]


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """Resolved settings of one client. The key is kept out of `repr`."""

    api_key: str = field(repr=False)
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    user_agent_prefix: str | None = None
    retry_backoff: float = INITIAL_RETRY_DELAY

    def __post_init__(self) -> None:
        warn_test_key_off_loopback(self.api_key, self.base_url)

    def headers(self) -> dict[str, str]:
        agent = f"inkbox-python/{__version__}"
        if self.user_agent_prefix:
            agent = f"{self.user_agent_prefix} {agent}"
        return {API_KEY_HEADER: self.api_key, "Accept": "application/json", "User-Agent": agent}


def resolve_api_key(api_key: str | None) -> str:
    key = api_key if api_key is not None else os.environ.get(ENV_API_KEY)
    if key is not None and not isinstance(key, str):
        raise TypeError(f"api_key must be a str, not {type(key).__name__}")
    if key is None or not key.strip():
        raise ValueError(
            "No Inkbox API key: pass Inkbox(api_key='ApiKey_...') or set the "
            f"{ENV_API_KEY} environment variable."
        )
    # The key travels in a header, which takes printable ASCII only; anything else would fail
    # at the first request, in an httpx error that quotes the whole header value. Never echo
    # the key itself: say what is wrong with it.
    if key != key.strip() or not (key.isascii() and key.isprintable()):
        raise ValueError(
            "The Inkbox API key contains whitespace, line breaks or other characters an API key "
            "cannot have (control characters, non-ASCII); check how it was copied."
        )
    return key


# Emulator keys look like this; a real server refuses them with a bare 401.
TEST_KEY_PREFIX = "isk_test_"
_warned_hosts: set[str] = set()


def warn_test_key_off_loopback(api_key: str, base_url: str) -> None:
    """Warn (once per host and process) when an emulator key is about to be sent to a remote
    host: the usual cause is an `INKBOX_API_KEY` exported for tests with `base_url` left at
    production."""
    host = urlsplit(base_url).hostname or ""
    if not api_key.startswith(TEST_KEY_PREFIX) or host in LOOPBACK_HOSTS or host in _warned_hosts:
        return
    _warned_hosts.add(host)
    warnings.warn(
        f"an emulator API key ({TEST_KEY_PREFIX}...) is being sent to {host}, which is not a "
        "local emulator; pass base_url= the emulator's URL (or set INKBOX_BASE_URL)",
        UserWarning,
        stacklevel=5,
    )


def resolve_base_url(base_url: str | None) -> str:
    url = base_url if base_url is not None else os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(
            f"base_url must be an absolute http(s) URL like {DEFAULT_BASE_URL!r}, got {url!r}"
        )
    if parts.scheme == "http" and parts.hostname not in LOOPBACK_HOSTS:
        raise ValueError(
            f"base_url must use https (got {url!r}); plain http is allowed only for "
            "localhost, 127.0.0.1 and [::1]"
        )
    return url


def resolve_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    """A finite timeout for every phase: `None` (wait forever) is refused."""
    import httpx

    if isinstance(timeout, httpx.Timeout):
        phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        if any(p is None or p <= 0 for p in phases):
            raise ValueError("every phase of the timeout must be a positive number of seconds")
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise ValueError(f"timeout must be a positive number of seconds, got {timeout!r}")
    return httpx.Timeout(float(timeout), connect=min(float(timeout), DEFAULT_CONNECT_TIMEOUT))
