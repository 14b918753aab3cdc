"""The inspector's locks: admin-key login, session cookie, CSRF tokens, Host/Origin checks.

No state is kept: the session token is an HMAC of the admin key (so it dies with the key and
no copy of the key ever sits in a cookie), and a form's CSRF token is an HMAC of the session
token. Requests naming a foreign `Host` (DNS rebinding) or a foreign `Origin` (a page of
another site posting here) are refused before anything else runs.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress

from starlette.requests import Request

__all__ = [
    "COOKIE",
    "csrf_token",
    "foreign_request",
    "session_token",
    "valid_csrf",
    "valid_session",
]

COOKIE = "inkbox_inspector"
LOCAL_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def _mac(key: str, purpose: str) -> str:
    return hmac.new(key.encode(), purpose.encode(), hashlib.sha256).hexdigest()


def session_token(admin_key: str) -> str:
    return _mac(admin_key, "inspector-session")


def valid_session(request: Request, admin_key: str) -> bool:
    given = request.cookies.get(COOKIE, "")
    return bool(admin_key) and hmac.compare_digest(given, session_token(admin_key))


def csrf_token(admin_key: str) -> str:
    return _mac(session_token(admin_key), "inspector-csrf")


def valid_csrf(given: str, admin_key: str) -> bool:
    return hmac.compare_digest(given, csrf_token(admin_key))


def _host_name(host: str) -> str:
    if host.startswith("["):  # [::1]:8765
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _is_local(name: str, bound: str) -> bool:
    if name.lower() in LOCAL_NAMES or name == bound:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def foreign_request(request: Request, bound_host: str) -> str | None:
    """Why this request is refused (None when it comes from our own pages)."""
    host = request.headers.get("host", "")
    if not _is_local(_host_name(host), bound_host):
        return "foreign Host"
    origin = request.headers.get("origin")
    if origin is not None and origin not in (f"http://{host}", f"https://{host}"):
        return "foreign Origin"
    if request.method not in ("GET", "HEAD") and origin is None:
        # Browsers send Origin on every POST; without one, the Referer must be ours.
        referer = request.headers.get("referer", "")
        if not referer.startswith((f"http://{host}/", f"https://{host}/")):
            return "missing Origin"
    return None
