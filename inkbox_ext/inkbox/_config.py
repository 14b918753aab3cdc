"""Client settings: argument → environment fallback, validation, default headers.

Everything here runs before any connection is made, so a bad setting fails at construction
with a message that says how to fix it.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ._constants import (
    API_KEY_HEADER,
    DEFAULT_BASE_URL,
    DEFAULT_CONNECT_TIMEOUT,
    ENV_API_KEY,
    ENV_BASE_URL,
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
    base_url: str = field(repr=False)
    timeout: httpx.Timeout
    max_retries: int
    user_agent_prefix: str | None = None

    def __post_init__(self) -> None:
        prefix = self.user_agent_prefix
        if prefix is None:
            return
        if not isinstance(prefix, str):
            raise TypeError(f"user_agent_prefix must be a str, not {type(prefix).__name__}")
        # It goes into a header: a line break would inject headers, non-ASCII fails in httpx.
        if not (prefix.isascii() and prefix.isprintable()) or prefix != prefix.strip():
            raise ValueError(
                "user_agent_prefix must be printable ASCII without line breaks or surrounding "
                f"spaces, like 'my-agent/1.2'; got {prefix!r}"
            )

    @property
    def display_url(self) -> str:
        """The base URL as it may be shown: a password in it is masked."""
        return masked_url(self.base_url)

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


def resolve_base_url(base_url: str | None) -> str:
    url = base_url if base_url is not None else os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
    url = url.strip().rstrip("/")
    try:
        parts = urlsplit(url)
        hostname = parts.hostname
    except ValueError:  # an unbalanced `[` or a bad port
        hostname = None
    if not hostname or parts.scheme not in ("http", "https"):
        raise ValueError(
            f"base_url must be an absolute http(s) URL like {DEFAULT_BASE_URL!r}, "
            f"got {masked_url(url)!r}"
        )
    if parts.scheme == "http" and hostname not in LOOPBACK_HOSTS:
        raise ValueError(
            f"base_url must use https (got {masked_url(url)!r}); plain http is allowed only for "
            "localhost, 127.0.0.1 and [::1]"
        )
    return url


def masked_url(url: str) -> str:
    """`url` with the password of its `user:password@` part (if any) replaced by `***`."""
    scheme, sep, rest = url.partition("://")
    netloc, slash, path = rest.partition("/")
    userinfo, at, host = netloc.rpartition("@")
    if not sep or not at or ":" not in userinfo:
        return url
    user = userinfo.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}{slash}{path}"


def resolve_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    """A finite timeout for every phase: `None` (wait forever) is refused."""
    import httpx

    if isinstance(timeout, httpx.Timeout):
        phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        if any(p is None or not _finite_positive(p) for p in phases):
            raise ValueError(
                "every phase of the timeout must be a positive, finite number of seconds"
            )
        return timeout
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or not _finite_positive(timeout)
    ):
        raise ValueError(f"timeout must be a positive, finite number of seconds, got {timeout!r}")
    return httpx.Timeout(float(timeout), connect=min(float(timeout), DEFAULT_CONNECT_TIMEOUT))


def _finite_positive(value: float) -> bool:
    # inf would wait forever and nan compares false with everything (so `<= 0` lets it through)
    return math.isfinite(value) and value > 0
