"""Webhook signatures: verify what Inkbox sends, and sign what the emulator sends.

Every delivery carries three headers:

- `X-Inkbox-Request-ID` and `X-Inkbox-Timestamp` (Unix seconds), and
- `X-Inkbox-Signature: sha256=<lowercase hex HMAC-SHA256>` computed over the UTF-8 bytes
  of `"{request_id}.{timestamp}."` followed by the raw body bytes.

The HMAC key is the signing key's text (UTF-8, not decoded from base64 or hex) with one
leading `whsec_` removed. Signer and verifier share `_expected_signature`, so they
cannot drift apart.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import time
from collections.abc import Callable, Mapping

__all__ = [
    "REQUEST_ID_HEADER",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "sign_webhook",
    "verify_webhook",
]

SIGNATURE_HEADER = "X-Inkbox-Signature"
REQUEST_ID_HEADER = "X-Inkbox-Request-ID"
TIMESTAMP_HEADER = "X-Inkbox-Timestamp"

_SCHEME = "sha256="
_WHSEC_PREFIX = "whsec_"

# Looked up at call time so tests can freeze the clock for the tolerance check.
_clock: Callable[[], float] = time.time


def _check_secret(secret: object) -> str:
    """The signing secret, refused when it cannot authenticate anything: an empty key (or a
    bare `whsec_`) makes an HMAC anyone can compute, so forged requests would verify."""
    if not isinstance(secret, str):
        raise TypeError(
            f"secret must be a str (your webhook signing key), not {type(secret).__name__}"
        )
    if not secret.removeprefix(_WHSEC_PREFIX).strip():
        raise ValueError(
            "secret is empty: pass your webhook signing key ('whsec_...'); an empty key would "
            "accept forged signatures"
        )
    return secret


def _expected_signature(payload: bytes, secret: str, request_id: str, timestamp: str) -> str:
    if not isinstance(payload, bytes | bytearray | memoryview):
        # The usual mistake is passing parsed or re-serialized JSON; it can never match.
        raise TypeError(
            f"payload must be the raw request body as bytes, not {type(payload).__name__}"
        )
    key = secret.removeprefix(_WHSEC_PREFIX).encode("utf-8")
    message = f"{request_id}.{timestamp}.".encode() + bytes(payload)
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def sign_webhook(
    payload: bytes, secret: str, request_id: str, timestamp: int | str
) -> dict[str, str]:
    """The three headers that make `payload` verify under `secret`.

    Args:
        payload: The exact body bytes that will be sent.
        secret: The signing key, with or without `whsec_`.
        request_id: Delivery id sent as `X-Inkbox-Request-ID`.
        timestamp: Unix seconds sent as `X-Inkbox-Timestamp`.
    """
    ts = str(timestamp)
    signature = _expected_signature(payload, _check_secret(secret), request_id, ts)
    return {
        REQUEST_ID_HEADER: request_id,
        TIMESTAMP_HEADER: ts,
        SIGNATURE_HEADER: _SCHEME + signature,
    }


def _is_fresh(timestamp: str, tolerance_seconds: float) -> bool:
    if not (timestamp.isascii() and timestamp.isdigit()):
        return False
    return abs(_clock() - int(timestamp)) <= tolerance_seconds


def verify_webhook(
    payload: bytes,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance_seconds: float | None = None,
) -> bool:
    """Check that a webhook request was signed by Inkbox with `secret`.

    Byte-compatible with the official SDK's `verify_webhook`: header names are
    case-insensitive (the last duplicate wins), missing headers count as empty, the
    `sha256=` prefix and the hex digest are case-sensitive, and the comparison is
    constant-time.

    Args:
        payload: Raw request body bytes, exactly as received (do not parse it first).
        headers: The request headers.
        secret: Your signing key, with or without the `whsec_` prefix.
        tolerance_seconds: If given, also reject requests whose timestamp is further
            than this from now (replay protection). Off by default, like the official SDK.

    Returns:
        True if the signature is valid (and fresh, when a tolerance is given). Malformed
        input, such as a non-ASCII signature, yields False rather than an exception.

    Raises:
        TypeError: `secret` is not a string (`None`, say: an unset environment variable).
        ValueError: `secret` is empty or a bare `whsec_`, which would accept forgeries.
    """
    _check_secret(secret)
    if tolerance_seconds is not None and not 0 <= tolerance_seconds < math.inf:
        # nan would reject every request silently, inf would mean "no check" in disguise
        raise ValueError(
            f"tolerance_seconds must be a finite number >= 0 (or None), got {tolerance_seconds!r}"
        )
    lowered = {name.lower(): value for name, value in headers.items()}
    signature = lowered.get(SIGNATURE_HEADER.lower(), "")
    request_id = lowered.get(REQUEST_ID_HEADER.lower(), "")
    timestamp = lowered.get(TIMESTAMP_HEADER.lower(), "")
    if not signature.startswith(_SCHEME):
        return False
    try:
        expected = _expected_signature(payload, secret, request_id, timestamp)
    except UnicodeEncodeError:  # lone surrogates in a header: cannot have been signed
        return False
    received = signature[len(_SCHEME) :].encode("utf-8", "replace")
    # Bytes, not str: compare_digest raises TypeError on non-ASCII str, and a header
    # controlled by the sender must not turn into an exception in the receiver.
    if not hmac.compare_digest(expected.encode("ascii"), received):
        return False
    return tolerance_seconds is None or _is_fresh(timestamp, tolerance_seconds)
