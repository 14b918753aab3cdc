"""Who may call the `/_emulator/` test hooks: the local user, never a web page they visit.

The hooks need no API key (tests call them freely), so a browser is the attack surface: any page
can POST to `http://127.0.0.1:8765/_emulator/reset` (a "simple" cross-site request needs no CORS
preflight), and a DNS-rebinding page can even read the answers. A hook call is therefore
accepted only when

- it carries the admin key (`X-API-Key`), which a page cannot know; or else
- its `Host` is a loopback name or the address the emulator is bound to (a rebinding page
  sends its own domain), its `Origin`, if any, is that same host (a browser names the page's),
  and, for anything but GET, it is a request no page can send without a preflight we never
  grant: `Content-Type: application/json` or the `X-Inkbox-Emulator` header.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from urllib.parse import urlsplit

__all__ = ["HOOK_HEADER", "hook_refusal"]

HOOK_HEADER = "X-Inkbox-Emulator"
_LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})
_WILDCARDS = frozenset({"", "0.0.0.0", "::"})  # noqa: S104 - names, not a bind


def _hostname(netloc: str) -> str | None:
    try:
        return urlsplit(f"//{netloc}").hostname
    except ValueError:
        return None


def hook_refusal(
    method: str, headers: Mapping[str, str], *, bound_host: str, admin_key: str
) -> str | None:
    """Why this hook call is refused (403), or None when it may proceed."""
    if "x-inkbox-request-id" in headers:
        # A webhook delivery (ours, or a replay of one) is never a hook call, whatever its URL.
        return "webhook deliveries cannot call the emulator's hooks"
    given = headers.get("x-api-key", "")
    if admin_key and given and hmac.compare_digest(given.encode(), admin_key.encode()):
        return None
    host_header = headers.get("host", "")
    host = _hostname(host_header)
    allowed = _LOOPBACK if bound_host in _WILDCARDS else _LOOPBACK | {bound_host.strip("[]")}
    if host is None or host not in allowed:
        return (
            f"Host {host_header!r} is not this emulator's address; call the hooks on "
            "localhost, or send the admin key as X-API-Key"
        )
    origin = headers.get("origin")
    if origin is not None and urlsplit(origin).netloc != host_header:
        return f"cross-origin hook calls are refused (Origin {origin!r})"
    if method != "GET":
        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type != "application/json" and HOOK_HEADER.lower() not in headers:
            return (
                "hooks that change state take a JSON body (Content-Type: application/json), "
                f"the {HOOK_HEADER} header, or the admin key"
            )
    return None
