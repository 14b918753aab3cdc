"""TOTP codes (RFC 6238 over RFC 4226 HOTP), generated client-side.

A `TOTPConfig` lives inside `LoginPayload.totp` in the encrypted vault; its JSON form and
every validation message match the official SDK byte for byte.

The HMAC is computed here with the standard library instead of pyotp: pyotp 2.12 refuses
secrets under 112 bits (the widespread 80-bit secrets such as `JBSWY3DPEHPK3PXP` that the
official SDK and the vectors accept), and the official SDK has no pyotp dependency.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse

from inkbox.vault.errors import InvalidTOTPError

__all__ = [
    "TOTPAlgorithm",
    "TOTPCode",
    "TOTPConfig",
    "decode_base32_secret",
    "generate_totp",
    "parse_totp_uri",
]

_MASK = "'***'"
_VALID_DIGITS = (6, 8)
_VALID_PERIODS = (30, 60)


class TOTPAlgorithm(StrEnum):
    """HMAC hash of a TOTP code; lowercase, as in `otpauth://` URIs and the vault JSON."""

    SHA1 = "sha1"
    SHA256 = "sha256"
    SHA512 = "sha512"


@dataclass(frozen=True, slots=True, repr=False)
class TOTPCode:
    """One generated code and the window in which it is valid (Unix seconds).

    Attributes:
        code: The one-time code, e.g. `"482901"`.
        period_start: When the code became valid.
        period_end: When it expires.
        seconds_remaining: Seconds until it expires.
    """

    code: str
    period_start: int
    period_end: int
    seconds_remaining: int

    def __repr__(self) -> str:
        # The code is a live credential for up to `period` seconds.
        return (
            f"TOTPCode(code={_MASK}, period_start={self.period_start}, "
            f"period_end={self.period_end}, seconds_remaining={self.seconds_remaining})"
        )


@dataclass(init=False, repr=False, slots=True)
class TOTPConfig:
    """TOTP parameters stored inside a `LoginPayload`.

    Everything after `secret` is keyword-only (the official dataclass also takes them
    positionally; two adjacent int parameters are too easy to swap).

    Args:
        secret: Base32 shared secret (kept as given; decoding upper-cases it).
        algorithm: `TOTPAlgorithm` or its lowercase value; default `sha1`.
        digits: 6 or 8.
        period: 30 or 60 seconds.
        issuer: Optional issuer, e.g. `"GitHub"`.
        account_name: Optional account, e.g. `"user@example.com"`.

    Raises:
        InvalidTOTPError: (a `ValueError`) with the official SDK's message.
    """

    secret: str
    algorithm: TOTPAlgorithm
    digits: int
    period: int
    issuer: str | None
    account_name: str | None

    def __init__(
        self,
        secret: str,
        *,
        algorithm: TOTPAlgorithm | str = TOTPAlgorithm.SHA1,
        digits: int = 6,
        period: int = 30,
        issuer: str | None = None,
        account_name: str | None = None,
    ) -> None:
        # Same checks in the same order as the official SDK, so the first message matches.
        if not isinstance(secret, str) or not secret.strip():
            raise InvalidTOTPError("secret must be a non-empty base32 string")
        decode_base32_secret(secret)
        if type(digits) is not int or digits not in _VALID_DIGITS:
            raise InvalidTOTPError(f"digits must be 6 or 8, got {digits}")
        if type(period) is not int or period not in _VALID_PERIODS:
            raise InvalidTOTPError(f"period must be 30 or 60, got {period}")
        self.secret = secret
        self.algorithm = _coerce_algorithm(algorithm)
        self.digits = digits
        self.period = period
        self.issuer = issuer
        self.account_name = account_name

    def __repr__(self) -> str:
        return (
            f"TOTPConfig(secret={_MASK}, algorithm={self.algorithm.value!r}, "
            f"digits={self.digits}, period={self.period}, issuer={self.issuer!r}, "
            f"account_name={self.account_name!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object stored under `totp`; key order is part of the byte format."""
        out: dict[str, Any] = {
            "secret": self.secret,
            "algorithm": self.algorithm.value,
            "digits": self.digits,
            "period": self.period,
        }
        if self.issuer is not None:
            out["issuer"] = self.issuer
        if self.account_name is not None:
            out["account_name"] = self.account_name
        return out

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> TOTPConfig:
        """Parse the stored JSON object; defaults apply only to *absent* keys.

        Args:
            raw: The decrypted JSON object.
        """
        if not isinstance(raw, Mapping):
            raise InvalidTOTPError("totp must be a JSON object")
        if "secret" not in raw:
            raise InvalidTOTPError("totp is missing required field 'secret'")
        # The official SDK resolves the algorithm before any other check.
        algorithm = _coerce_algorithm(raw.get("algorithm", "sha1"))
        return cls(
            secret=raw["secret"],
            algorithm=algorithm,
            digits=raw.get("digits", 6),
            period=raw.get("period", 30),
            issuer=raw.get("issuer"),
            account_name=raw.get("account_name"),
        )

    def generate_code(self, at: float | datetime | None = None) -> TOTPCode:
        """Shortcut for `generate_totp(self, at)`.

        Args:
            at: The moment (Unix seconds or a datetime); now when omitted.
        """
        return generate_totp(self, at)


def _coerce_algorithm(value: object) -> TOTPAlgorithm:
    if isinstance(value, TOTPAlgorithm):
        return value
    if isinstance(value, str):
        try:
            return TOTPAlgorithm(value)
        except ValueError:
            pass
    raise InvalidTOTPError(f"{value!r} is not a valid TOTPAlgorithm")


def decode_base32_secret(secret: str) -> bytes:
    """Decode a base32 TOTP secret the way the official SDK does.

    Case-insensitive, missing `=` padding added; wrong padding, spaces, `0`, `1` and
    lengths of 1, 3 or 6 mod 8 are rejected. The message gives only the length.
    """
    padded = secret.upper() + "=" * (-len(secret) % 8)
    try:
        return base64.b32decode(padded)
    except (binascii.Error, ValueError):
        raise InvalidTOTPError(f"Invalid base32 secret (length={len(secret)})") from None


def _unix_seconds(at: float | datetime | None) -> int:
    if at is None:
        return int(time.time())
    if isinstance(at, datetime):
        if at.tzinfo is None:
            # A naive datetime would be read as local time, which is ambiguous across DST.
            raise ValueError("at must be a timezone-aware datetime")
        at = at.timestamp()
    seconds = int(at)
    if seconds < 0:
        raise ValueError("at must not be before the Unix epoch")
    return seconds


def _hotp(key: bytes, counter: int, algorithm: TOTPAlgorithm, digits: int) -> str:
    mac = hmac.digest(key, counter.to_bytes(8, "big"), algorithm.value)
    offset = mac[-1] & 0x0F
    value = int.from_bytes(mac[offset : offset + 4], "big") & 0x7FFFFFFF
    return str(value % 10**digits).zfill(digits)


def generate_totp(config: TOTPConfig, at: float | datetime | None = None) -> TOTPCode:
    """Generate the code valid at `at` (default: now).

    Args:
        config: The TOTP parameters.
        at: Unix time (fractions truncated) or an aware `datetime`; `None` means now.
    """
    now = _unix_seconds(at)
    counter = now // config.period
    period_start = counter * config.period
    period_end = period_start + config.period
    code = _hotp(decode_base32_secret(config.secret), counter, config.algorithm, config.digits)
    return TOTPCode(
        code=code,
        period_start=period_start,
        period_end=period_end,
        seconds_remaining=period_end - now,
    )


def _int_param(name: str, raw: str, allowed: tuple[int, ...]) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise InvalidTOTPError(f"Invalid {name}: {raw!r}") from None
    if value not in allowed:
        choices = " or ".join(str(v) for v in allowed)
        raise InvalidTOTPError(f"Invalid {name}: {value}. Must be {choices}")
    return value


def parse_totp_uri(uri: str) -> TOTPConfig:
    """Parse an `otpauth://totp/[Issuer:]Account?secret=...` URI into a `TOTPConfig`.

    Follows the official SDK exactly: query `issuer` beats the label's, blank query
    values count as absent, the first of duplicate keys wins, the secret is upper-cased,
    and other parameters are ignored.

    Args:
        uri: An `otpauth://totp/...` URI, as a QR code encodes it.

    Raises:
        InvalidTOTPError: (a `ValueError`) on a wrong scheme, an HOTP URI, a missing or
            invalid secret, or an unsupported algorithm, digits or period.
    """
    parsed = urlparse(uri)
    if parsed.scheme != "otpauth":
        raise InvalidTOTPError(f"Invalid scheme: expected 'otpauth', got {parsed.scheme!r}")
    otp_type = parsed.hostname
    if otp_type == "hotp":
        raise InvalidTOTPError("HOTP is not supported — only TOTP URIs are accepted")
    if otp_type != "totp":
        raise InvalidTOTPError(f"Invalid OTP type: expected 'totp', got {otp_type!r}")

    # Percent-decoding only: a `+` in the label stays a `+`.
    label = unquote(parsed.path.lstrip("/"))
    label_issuer: str | None = None
    if ":" in label:
        label_issuer, account = label.split(":", 1)
        label_issuer = label_issuer.strip()
        account = account.strip()
    else:
        account = label.strip()

    params = parse_qs(parsed.query)

    def first(key: str) -> str | None:
        values = params.get(key)
        return values[0] if values else None

    secret = first("secret")
    if not secret:
        raise InvalidTOTPError("Missing required 'secret' parameter")
    secret = secret.upper()
    decode_base32_secret(secret)

    algorithm_name = (first("algorithm") or "sha1").lower()
    try:
        algorithm = TOTPAlgorithm(algorithm_name)
    except ValueError:
        raise InvalidTOTPError(
            f"Invalid algorithm: {algorithm_name!r}. Must be one of: sha1, sha256, sha512"
        ) from None
    digits = _int_param("digits", first("digits") or "6", _VALID_DIGITS)
    period = _int_param("period", first("period") or "30", _VALID_PERIODS)

    return TOTPConfig(
        secret=secret,
        algorithm=algorithm,
        digits=digits,
        period=period,
        # `or` on purpose: a label like ":bob" yields issuer "" (kept, then serialized).
        issuer=first("issuer") or label_issuer,
        account_name=account or None,
    )
