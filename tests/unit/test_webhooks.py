"""Webhook signature verification and signing against the official SDK's vectors."""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path
from typing import Any

import pytest

from inkbox import webhooks
from inkbox.webhooks import sign_webhook, verify_webhook

VECTORS: list[dict[str, Any]] = json.loads(
    (Path(__file__).resolve().parents[1] / "fixtures" / "vectors.json").read_text("utf-8")
)["webhook_signature"]["vectors"]

BASE = VECTORS[0]
BODY = bytes.fromhex(BASE["body_hex"])


@pytest.mark.parametrize("case", VECTORS, ids=lambda c: c["description"])
def test_verify_vectors(case: dict[str, Any]) -> None:
    """Each vector verifies (or not) exactly as in the official SDK.

    One deliberate difference: a non-ASCII signature header makes the official SDK raise
    `TypeError` from `hmac.compare_digest`; here it simply does not verify.
    """
    body = bytes.fromhex(case["body_hex"])
    assert body == case["body_utf8"].encode()
    expected = case["verify_webhook_returns"]
    if isinstance(expected, str):
        assert expected.startswith("raises TypeError")
        expected = False
    assert verify_webhook(body, case["headers"], case["secret"]) is expected
    assert verify_webhook(payload=body, headers=case["headers"], secret=case["secret"]) is expected


@pytest.mark.parametrize(
    "case",
    [c for c in VECTORS if c["verify_webhook_returns"] is True],
    ids=lambda c: c["description"],
)
def test_sign_reproduces_vector_headers(case: dict[str, Any]) -> None:
    """The signer produces the vector's signature header from the same inputs."""
    lowered = {k.lower(): v for k, v in case["headers"].items()}
    headers = sign_webhook(
        bytes.fromhex(case["body_hex"]),
        case["secret"],
        lowered["x-inkbox-request-id"],
        lowered["x-inkbox-timestamp"],
    )
    assert headers["X-Inkbox-Signature"] == lowered["x-inkbox-signature"]
    assert headers["X-Inkbox-Request-ID"] == lowered["x-inkbox-request-id"]
    assert headers["X-Inkbox-Timestamp"] == lowered["x-inkbox-timestamp"]


def test_signed_message_and_key_layout() -> None:
    """HMAC key is the secret text minus `whsec_`; message is `id.ts.` + raw body."""
    realistic = VECTORS[-1]
    message = bytes.fromhex(realistic["signed_message_hex"])
    key = realistic["hmac_key_utf8"].encode()
    assert realistic["secret"] == "whsec_" + realistic["hmac_key_utf8"]
    digest = hmac.new(key, message, hashlib.sha256).hexdigest()
    assert realistic["headers"]["X-Inkbox-Signature"] == "sha256=" + digest
    assert BASE["signed_message_utf8"].encode() == b"req-abc-123.1741737600." + BODY


def test_sign_then_verify_roundtrip_with_and_without_prefix() -> None:
    """Signing and verifying share one code path; `whsec_` is optional on both sides."""
    headers = sign_webhook(b"\x00\xffraw", "whsec_abc", "req-1", 1760000000)
    assert headers["X-Inkbox-Timestamp"] == "1760000000"
    assert verify_webhook(b"\x00\xffraw", headers, "whsec_abc")
    assert verify_webhook(b"\x00\xffraw", headers, "abc")
    assert not verify_webhook(b"\x00\xffraw", headers, "abd")


def test_only_one_whsec_prefix_is_stripped() -> None:
    """`whsec_whsec_k` is keyed with the text `whsec_k`, not `k`."""
    headers = sign_webhook(BODY, "whsec_whsec_k", "r", "1")
    digest = hmac.new(b"whsec_k", b"r.1." + BODY, hashlib.sha256).hexdigest()
    assert headers["X-Inkbox-Signature"] == "sha256=" + digest
    assert verify_webhook(BODY, headers, "whsec_whsec_k")
    assert not verify_webhook(BODY, headers, "whsec_k")


def test_uppercase_hex_digest_does_not_verify() -> None:
    """The hex digest comparison is case-sensitive, like the reference."""
    headers = dict(BASE["headers"])
    headers["X-Inkbox-Signature"] = "sha256=" + headers["X-Inkbox-Signature"][7:].upper()
    assert not verify_webhook(BODY, headers, BASE["secret"])


def test_missing_headers_sign_an_empty_prefix() -> None:
    """With id and timestamp missing, the signed message is `..` + body."""
    digest = hmac.new(b"k", b".." + BODY, hashlib.sha256).hexdigest()
    assert verify_webhook(BODY, {"x-inkbox-signature": "sha256=" + digest}, "k")
    assert not verify_webhook(BODY, {}, "k")


def test_header_names_are_case_insensitive_last_duplicate_wins() -> None:
    """Mixed-case names work; among names equal up to case, the last one counts."""
    good = BASE["headers"]["X-Inkbox-Signature"]
    headers = {
        "x-INKBOX-request-id": "req-abc-123",
        "X-Inkbox-Timestamp": "1741737600",
        "x-inkbox-signature": "sha256=" + "0" * 64,
        "X-INKBOX-SIGNATURE": good,
    }
    assert verify_webhook(BODY, headers, "test-signing-key")
    headers["x-inkbox-Signature"] = "sha256=" + "0" * 64
    assert not verify_webhook(BODY, headers, "test-signing-key")


@pytest.mark.parametrize("signature", ["sha256=é", "sha256=\udcff", "sha256=", "sha256"])
def test_malformed_signatures_are_false_not_exceptions(signature: str) -> None:
    """Sender-controlled garbage never raises in the receiver."""
    headers = dict(BASE["headers"], **{"X-Inkbox-Signature": signature})
    assert verify_webhook(BODY, headers, "test-signing-key") is False


def test_lone_surrogate_in_request_id_is_false() -> None:
    """A header that cannot be UTF-8 encoded cannot have been signed."""
    headers = dict(BASE["headers"], **{"X-Inkbox-Request-ID": "\udcff"})
    assert verify_webhook(BODY, headers, "test-signing-key") is False


def test_str_payload_is_a_type_error() -> None:
    """Passing decoded text instead of raw bytes is a programming error, reported clearly."""
    with pytest.raises(TypeError, match="raw request body as bytes"):
        verify_webhook(BASE["body_utf8"], BASE["headers"], "test-signing-key")


def test_bytearray_and_memoryview_payloads_verify() -> None:
    """Any bytes-like body works."""
    assert verify_webhook(bytearray(BODY), BASE["headers"], "test-signing-key")  # type: ignore[arg-type]
    assert verify_webhook(memoryview(BODY), BASE["headers"], "test-signing-key")  # type: ignore[arg-type]


# --- optional timestamp tolerance ---------------------------------------------------


def test_tolerance_is_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """A years-old timestamp still verifies unless a tolerance is given (reference behaviour)."""
    monkeypatch.setattr(webhooks, "_clock", lambda: 2_000_000_000.0)
    assert verify_webhook(BODY, BASE["headers"], "test-signing-key")
    assert not verify_webhook(BODY, BASE["headers"], "test-signing-key", tolerance_seconds=300)


@pytest.mark.parametrize(
    ("now", "ok"),
    [
        (1741737600.0, True),
        (1741737600.0 + 300, True),
        (1741737600.0 - 300, True),  # clock skew: timestamps slightly in the future
        (1741737600.0 + 300.5, False),
        (1741737600.0 - 301, False),
    ],
)
def test_tolerance_window(monkeypatch: pytest.MonkeyPatch, now: float, ok: bool) -> None:
    """Stale or far-future timestamps are rejected when a tolerance is set."""
    monkeypatch.setattr(webhooks, "_clock", lambda: now)
    assert verify_webhook(BODY, BASE["headers"], "test-signing-key", tolerance_seconds=300) is ok


def test_tolerance_needs_a_numeric_timestamp(monkeypatch: pytest.MonkeyPatch) -> None:
    """A correctly signed but non-numeric timestamp fails only when a tolerance is asked for."""
    monkeypatch.setattr(webhooks, "_clock", lambda: 0.0)
    headers = sign_webhook(BODY, "k", "r", "soon")
    assert verify_webhook(BODY, headers, "k")
    assert not verify_webhook(BODY, headers, "k", tolerance_seconds=10**12)


def test_tolerance_checks_the_signature_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh timestamp does not rescue a bad signature."""
    monkeypatch.setattr(webhooks, "_clock", lambda: 1741737600.0)
    assert not verify_webhook(
        b"tampered", BASE["headers"], "test-signing-key", tolerance_seconds=60
    )


def test_negative_tolerance_is_rejected() -> None:
    """A negative window is a programming error."""
    with pytest.raises(ValueError, match="tolerance_seconds"):
        verify_webhook(BODY, BASE["headers"], "k", tolerance_seconds=-1)


@pytest.mark.parametrize("secret", ["", "whsec_", "   ", "whsec_  "])
def test_an_empty_secret_is_refused_not_accepting_forgeries(secret: str) -> None:
    """An empty HMAC key is one every forger knows: refuse it rather than verify with it."""
    forged = sign_webhook(b"{}", "x", "r", 1)  # any headers; the check comes first
    with pytest.raises(ValueError, match="secret is empty"):
        verify_webhook(b"{}", forged, secret)
    with pytest.raises(ValueError, match="secret is empty"):
        sign_webhook(b"{}", secret, "r", 1)


def test_a_missing_secret_is_a_type_error() -> None:
    """`None` (an unset environment variable, typically) is a TypeError, not a False."""
    with pytest.raises(TypeError, match="secret must be a str"):
        verify_webhook(b"{}", {}, None)  # type: ignore[arg-type]


@pytest.mark.parametrize("tolerance", [float("nan"), float("inf"), -1])
def test_a_tolerance_that_is_no_tolerance_is_refused(tolerance: float) -> None:
    headers = sign_webhook(b"{}", "whsec_k", "r", 1)
    with pytest.raises(ValueError, match="tolerance_seconds"):
        verify_webhook(b"{}", headers, "whsec_k", tolerance_seconds=tolerance)
