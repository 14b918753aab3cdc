"""Wire facts of the tunnel data plane that need no connection: names, envelopes, filters.

Pure functions over header lists, shared by the protocol core (`_protocol.py`) and the
forwarders (`_forward.py`). Header names are lowercase `str` throughout, as h2 delivers them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote

__all__ = [
    "HOP_BY_HOP_REQUEST",
    "HOP_BY_HOP_RESPONSE",
    "Envelope",
    "Header",
    "parse_envelope",
    "path_is_safe",
    "request_headers",
    "response_meta_headers",
    "validate_name",
]

Header = tuple[str, str]

META = "inkbox-"
FORWARDED = "inkbox-h-"

HOP_BY_HOP_REQUEST = frozenset(
    {
        "host",
        "connection",
        "upgrade",
        "keep-alive",
        "te",
        "trailer",
        "transfer-encoding",
        "proxy-authenticate",
        "proxy-authorization",
        "sec-websocket-key",
        "sec-websocket-version",
        "sec-websocket-extensions",
    }
)
HOP_BY_HOP_RESPONSE = frozenset(
    {
        "connection",
        "keep-alive",
        "transfer-encoding",
        "upgrade",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
    }
)
# Set by the client from the envelope; a third party must not be able to spoof them.
_CLIENT_SET = frozenset(
    {"host", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-for", "forwarded"}
)
# Never copied into a response post: the edge frames the body itself.
_BODY_FRAMING = frozenset({"content-length", "transfer-encoding"})
_WS_HANDSHAKE = frozenset(
    {
        "sec-websocket-accept",
        "sec-websocket-extensions",
        "sec-websocket-key",
        "sec-websocket-version",
    }
)

_NAME = re.compile(r"^[a-z0-9](?:[a-z0-9]|-(?!-))*[a-z0-9]$")


def validate_name(name: object) -> str:
    """The canonical tunnel name (a leading `@` dropped, lowercased), or `ValueError`."""
    if not isinstance(name, str):
        raise TypeError(f"name must be a str, not {type(name).__name__}")
    canonical = name.removeprefix("@").lower()
    if not 3 <= len(canonical) <= 63 or not _NAME.match(canonical):
        raise ValueError(
            f"invalid tunnel name {name!r}: 3-63 characters of a-z, 0-9 and single hyphens, "
            "starting and ending with a letter or digit"
        )
    return canonical


@dataclass(frozen=True, slots=True)
class Envelope:
    """A public request as the edge handed it over on a parked intake (reference §3.1)."""

    request_id: str
    method: str = "GET"
    path: str = "/"
    route_kind: str = "webhook"
    ws_id: str | None = None
    tcp_id: str | None = None
    sni_host: str | None = None
    forwarded_for: str | None = None
    body_uri: str | None = None
    """Body offload: the body is not in the DATA; GET it from here (no credentials)."""
    headers: tuple[Header, ...] = ()
    """The third party's headers (`inkbox-h-` removed), in order, repeats kept."""
    body: bytes = field(default=b"", repr=False)


def parse_envelope(headers: list[Header], body: bytes = b"") -> Envelope | None:
    """The envelope carried by an intake reply's headers, or `None` without a request id.

    A repeated meta header: the last one wins. `inkbox-h-*` repeat and keep their order.
    """
    meta: dict[str, str] = {}
    forwarded: list[Header] = []
    for name, value in headers:
        if name.startswith(FORWARDED):
            forwarded.append((name[len(FORWARDED) :], value))
        elif name.startswith(META):
            meta[name[len(META) :]] = value
    request_id = meta.get("request-id")
    if not request_id:
        return None
    return Envelope(
        request_id=request_id,
        method=meta.get("method") or "GET",
        path=meta.get("path") or "/",
        route_kind=meta.get("route-kind") or "webhook",
        ws_id=meta.get("ws-id") or None,
        tcp_id=meta.get("tcp-id") or None,
        sni_host=meta.get("sni-host") or None,
        forwarded_for=meta.get("forwarded-for") or None,
        body_uri=meta.get("body-uri") or None,
        headers=tuple(forwarded),
        body=body,
    )


def path_is_safe(path: str) -> bool:
    """Whether an envelope path may be forwarded (reference §5.2); the path itself is kept.

    Only the part before `?` is examined. Encoded slashes, repeated encoding, dot segments,
    backslashes and control characters are refused: each could reach a file or route the
    app's own routing would not.
    """
    raw = path.split("?", 1)[0]
    lowered = raw.lower()
    if "%2f" in lowered or "%5c" in lowered:
        return False
    decoded = unquote(raw)
    if decoded != raw and unquote(decoded) != decoded:
        return False  # encoded more than once: something downstream may decode it again
    for segment in decoded.split("/"):
        if segment in (".", "..") or "\\" in segment:
            return False
        if any(ord(c) < 0x20 or ord(c) == 0x7F for c in segment):
            return False
    return True


def request_headers(
    envelope: Envelope, *, host: str, public_host: str, websocket: bool = False
) -> list[Header]:
    """The headers an upstream receives for `envelope` (reference §5.5), in order.

    `host` is the upstream's own `Host` (URL mode) or the public host (ASGI mode). Headers
    the client sets itself, hop-by-hop headers and anything `inkbox-*` are not taken from
    the third party.
    """
    out: list[Header] = [
        ("host", host),
        ("x-forwarded-host", public_host),
        ("x-forwarded-proto", "https"),
    ]
    if envelope.forwarded_for:
        out.append(("x-forwarded-for", envelope.forwarded_for))
        if not websocket:
            out.append(("forwarded", f"for={envelope.forwarded_for}"))
    for name, value in envelope.headers:
        if name in HOP_BY_HOP_REQUEST or name in _CLIENT_SET or name.startswith(META):
            continue
        if websocket and name.startswith("sec-websocket-"):
            continue
        out.append((name, value))
    return out


def response_meta_headers(
    status: int,
    headers: list[Header],
    *,
    reason: str | None = None,
    websocket: bool = False,
) -> list[Header]:
    """The `inkbox-*` headers of a response post for an upstream's `status` and `headers`.

    Repeats (two `Set-Cookie`) stay repeated. An upstream's own `inkbox-*` headers are
    dropped so that it cannot speak for the client (`inkbox-reason`) or the edge.
    """
    out: list[Header] = [("inkbox-status", str(status))]
    for raw_name, value in headers:
        name = raw_name.lower()
        if name in HOP_BY_HOP_RESPONSE or name in _BODY_FRAMING or name.startswith(META):
            continue
        if name.startswith(":") or (websocket and name in _WS_HANDSHAKE):
            continue
        out.append((FORWARDED + name, value))
    if reason is not None:
        out.append((FORWARDED + "inkbox-reason", reason))
    return out
