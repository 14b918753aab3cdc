"""Client settings: argument → environment → `~/.inkbox/config`, validation, default headers.

The API key and base URL come from, in order: the constructor's argument, the environment
(`INKBOX_API_KEY`, `INKBOX_BASE_URL`; an empty variable counts as unset), then the config file
`~/.inkbox/config` in 0.7.20's format (`key = value` lines with `api_key` and `base_url`; `#`
comments and blank lines ignored, surrounding quotes stripped; `vault_key` there is read by
`vault._state.resolve_vault_key`). Background processes often run without the shell's
environment; the file covers them.

Everything here runs before any connection is made, so a bad setting fails at construction
with a message that says how to fix it.
"""

from __future__ import annotations

import math
import os
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
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

__all__ = [
    "ClientConfig",
    "check_extras",
    "config_file_path",
    "read_config_file",
    "resolve_api_key",
    "resolve_base_url",
    "resolve_timeout",
]


def config_file_path() -> Path:
    """`~/.inkbox/config` (the home directory is read at each call, as `HOME` may change)."""
    return Path.home() / ".inkbox" / "config"


def read_config_file() -> dict[str, str]:
    """The settings of `~/.inkbox/config`; `{}` when there is no readable file."""
    try:
        text = config_file_path().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, RuntimeError):  # RuntimeError: no home directory
        return {}
    values: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        values[key.strip()] = value.strip().strip("\"'")
    return values


def _setting(explicit: str | None, env: str, name: str) -> str | None:
    """argument → environment (empty counts as unset) → config file."""
    if explicit is not None:
        return explicit
    return os.environ.get(env) or read_config_file().get(name) or None


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """Resolved settings of one client. The key is kept out of `repr`."""

    api_key: str = field(repr=False)
    base_url: str = field(repr=False)
    timeout: httpx.Timeout
    max_retries: int
    user_agent_prefix: str | None = None
    retry_backoff: float = INITIAL_RETRY_DELAY
    # `with_options(extra_headers=..., extra_query=...)`: sent with every request of the copy.
    extra_headers: Mapping[str, str] = field(default_factory=dict)
    extra_query: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._check_user_agent_prefix()
        warn_test_key_off_loopback(self.api_key, self.base_url)

    def _check_user_agent_prefix(self) -> None:
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
        return {
            "Accept": "application/json",
            "User-Agent": agent,
            **self.extra_headers,
            API_KEY_HEADER: self.api_key,
        }


def check_extras(values: object, what: str) -> dict[str, str]:
    """`extra_headers` / `extra_query` of `with_options`: a mapping of str to str."""
    if not isinstance(values, Mapping):
        raise TypeError(f"{what} must be a dict of str to str, not {type(values).__name__}")
    checked: dict[str, str] = {}
    for key, value in values.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError(f"{what} must map str to str; {key!r}: {value!r} is not")
        if what == "extra_headers" and key.lower() == API_KEY_HEADER.lower():
            raise ValueError(
                f"{API_KEY_HEADER} cannot be an extra header: build another client for another key"
            )
        checked[key] = value
    return checked


def resolve_api_key(api_key: str | None) -> str:
    key = _setting(api_key, ENV_API_KEY, "api_key")
    if key is not None and not isinstance(key, str):
        raise TypeError(f"api_key must be a str, not {type(key).__name__}")
    if key is None or not key.strip():
        raise ValueError(
            "No Inkbox API key: pass Inkbox(api_key='ApiKey_...'), set the "
            f"{ENV_API_KEY} environment variable, or put 'api_key = ...' in ~/.inkbox/config."
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
    url = _setting(base_url, ENV_BASE_URL, "base_url") or DEFAULT_BASE_URL
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
