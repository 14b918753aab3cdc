"""TOTP against RFC 6238 / RFC 4226 and the official SDK's parsing and validation vectors."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from inkbox.vault.errors import InvalidTOTPError
from inkbox.vault.totp import (
    TOTPAlgorithm,
    TOTPCode,
    TOTPConfig,
    decode_base32_secret,
    generate_totp,
    parse_totp_uri,
)

VECTORS: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parents[1] / "fixtures" / "vectors.json").read_text("utf-8")
)["totp"]


def _config(case: dict[str, Any]) -> TOTPConfig:
    return TOTPConfig(
        case["secret_b32"],
        algorithm=case["algorithm"],
        digits=case["digits"],
        period=case.get("period", 30),
    )


def _expect(code: TOTPCode, case: dict[str, Any]) -> None:
    assert code.code == case["code"]
    assert code.period_start == case["period_start"]
    assert code.period_end == case["period_end"]
    assert code.seconds_remaining == case["seconds_remaining"]


@pytest.mark.parametrize(
    "case",
    VECTORS["rfc6238_appendix_b"],
    ids=lambda c: f"{c['algorithm']}-{c['unix_time']}",
)
def test_rfc6238_appendix_b(case: dict[str, Any]) -> None:
    """The full RFC 6238 table, including the period window fields."""
    assert TOTPConfig(case["secret_b32"]).secret == case["secret_b32"]
    assert decode_base32_secret(case["secret_b32"]) == case["seed_ascii"].encode()
    _expect(generate_totp(_config(case), at=case["unix_time"]), case)


@pytest.mark.parametrize(
    "case", VECTORS["extra_codes"], ids=lambda c: f"{c['secret_b32']}-{c['time_time']}"
)
def test_extra_codes(case: dict[str, Any]) -> None:
    """Fractional time truncates; 6-digit, 60 s and SHA-256 variants match."""
    _expect(generate_totp(_config(case), at=case["time_time"]), case)
    _expect(_config(case).generate_code(case["time_time"]), case)


@pytest.mark.parametrize("case", VECTORS["rfc4226_hotp"], ids=lambda c: str(c["counter"]))
def test_rfc4226_hotp_counters(case: dict[str, Any]) -> None:
    """HOTP counter c is the TOTP code at time c * period."""
    code = generate_totp(_config(case), at=case["counter"] * 30)
    assert code.code == case["code"]


def test_now_is_used_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without `at`, the current time (truncated) decides the window."""
    import inkbox.vault.totp as totp_module

    monkeypatch.setattr(totp_module.time, "time", lambda: 1700000000.75)
    code = generate_totp(TOTPConfig("JBSWY3DPEHPK3PXP"))
    assert (code.code, code.seconds_remaining) == ("324550", 10)


def test_aware_datetimes_are_accepted_naive_ones_refused() -> None:
    """An aware datetime in any zone works; a naive one is ambiguous and refused."""
    config = TOTPConfig("JBSWY3DPEHPK3PXP")
    utc = datetime.fromtimestamp(1700000000, tz=UTC)
    other = utc.astimezone(timezone(timedelta(hours=-5)))
    assert generate_totp(config, utc).code == "324550"
    assert generate_totp(config, other).code == "324550"
    with pytest.raises(ValueError, match="timezone-aware"):
        generate_totp(config, datetime(2024, 1, 1))
    with pytest.raises(ValueError, match="epoch"):
        generate_totp(config, -1)


def test_matches_pyotp_where_pyotp_accepts_the_secret() -> None:
    """Cross-check with pyotp (a dev dependency) on the RFC seeds, which meet its 112-bit floor."""
    import hashlib

    import pyotp

    for case in VECTORS["rfc6238_appendix_b"]:
        digest = getattr(hashlib, case["algorithm"])
        reference = pyotp.TOTP(case["secret_b32"], digits=8, digest=digest, interval=30)
        for t in (case["unix_time"], case["unix_time"] + 7, 1760000000):
            assert generate_totp(_config(case), at=t).code == reference.at(t)


# --- parse_totp_uri -------------------------------------------------------------------


@pytest.mark.parametrize("case", VECTORS["parse_totp_uri"], ids=lambda c: c["uri"][:60])
def test_parse_totp_uri_vectors(case: dict[str, Any]) -> None:
    """Every URI parses to the reference config and JSON, or fails with its exact message."""
    if not case["ok"]:
        assert case["error_class"] == "ValueError"
        with pytest.raises(ValueError) as info:
            parse_totp_uri(case["uri"])
        assert isinstance(info.value, InvalidTOTPError)
        assert str(info.value) == case["message"]
        return
    config = parse_totp_uri(case["uri"])
    want = case["config"]
    assert config.secret == want["secret"]
    assert config.algorithm == want["algorithm"]
    assert isinstance(config.algorithm, TOTPAlgorithm)
    assert config.digits == want["digits"]
    assert config.period == want["period"]
    assert config.issuer == want["issuer"]
    assert config.account_name == want["account_name"]
    assert config.to_dict() == case["serialized"]
    assert list(config.to_dict()) == list(case["serialized"])


@pytest.mark.parametrize(
    ("uri", "message"),
    [
        (
            "https://totp/x?secret=JBSWY3DPEHPK3PXP",
            "Invalid scheme: expected 'otpauth', got 'https'",
        ),
        ("otpauth:///x?secret=JBSWY3DPEHPK3PXP", "Invalid OTP type: expected 'totp', got None"),
        (
            "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&algorithm=md5",
            "Invalid algorithm: 'md5'. Must be one of: sha1, sha256, sha512",
        ),
        ("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=abc", "Invalid digits: 'abc'"),
        ("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=abc", "Invalid period: 'abc'"),
        ("otpauth://totp/x?secret=", "Missing required 'secret' parameter"),
    ],
)
def test_parse_totp_uri_more_errors(uri: str, message: str) -> None:
    """The remaining documented messages (crypto-formats.md §2.4)."""
    with pytest.raises(InvalidTOTPError) as info:
        parse_totp_uri(uri)
    assert str(info.value) == message


def test_parse_totp_uri_label_quirks() -> None:
    """A '+' stays in the label but is a space in the query; other params are ignored."""
    config = parse_totp_uri(
        "otpauth://totp/A+B:c?secret=JBSWY3DPEHPK3PXP&issuer=X+Y&counter=3&image=z&period=60"
    )
    assert config.account_name == "c"
    assert config.issuer == "X Y"
    assert config.period == 60


# --- base32 and TOTPConfig validation -------------------------------------------------


@pytest.mark.parametrize("case", VECTORS["base32_decode"], ids=lambda c: c["secret"])
def test_base32_decode(case: dict[str, Any]) -> None:
    """Padding, case and alphabet rules match the reference; errors give only the length."""
    if case["ok"]:
        assert decode_base32_secret(case["secret"]).hex() == case["key_hex"]
        assert TOTPConfig(case["secret"]).secret == case["secret"]
    else:
        with pytest.raises(InvalidTOTPError) as info:
            decode_base32_secret(case["secret"])
        assert str(info.value) == case["message"]
        with pytest.raises(InvalidTOTPError, match="Invalid base32"):
            TOTPConfig(case["secret"])


def test_base32_is_case_insensitive_and_kept_as_given() -> None:
    """A lower-case secret decodes like its upper-case form and is stored unchanged."""
    config = TOTPConfig("jbswy3dpehpk3pxp")
    assert config.secret == "jbswy3dpehpk3pxp"
    assert generate_totp(config, at=1700000000).code == "324550"


@pytest.mark.parametrize(
    "case",
    VECTORS["totp_config_validation"],
    ids=lambda c: c["message"],
)
def test_totp_config_validation_vectors(case: dict[str, Any]) -> None:
    """Direct construction fails with the reference's message and a ValueError."""
    kwargs = dict(case["kwargs"])
    secret = kwargs.pop("secret")
    with pytest.raises(ValueError) as info:
        TOTPConfig(secret, **kwargs)
    assert isinstance(info.value, InvalidTOTPError)
    assert str(info.value) == case["message"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"secret": "   "}, "secret must be a non-empty base32 string"),
        ({"secret": "JBSWY3DPEHPK3PXP", "period": 45}, "period must be 30 or 60, got 45"),
        (
            {"secret": "JBSWY3DPEHPK3PXP", "algorithm": "SHA1"},
            "'SHA1' is not a valid TOTPAlgorithm",
        ),
        ({"secret": "!!", "digits": 7}, "Invalid base32 secret (length=2)"),  # order of checks
    ],
)
def test_totp_config_validation_more(kwargs: dict[str, Any], message: str) -> None:
    """Blank secrets, bad periods, case-sensitive algorithm names, and check order."""
    secret = kwargs.pop("secret")
    with pytest.raises(InvalidTOTPError) as info:
        TOTPConfig(secret, **kwargs)
    assert str(info.value) == message


def test_totp_json_roundtrip() -> None:
    """to_dict always writes algorithm/digits/period; from_dict restores an equal config."""
    config = TOTPConfig("JBSWY3DPEHPK3PXP", algorithm=TOTPAlgorithm.SHA512, digits=8, period=60)
    assert config.to_dict() == {
        "secret": "JBSWY3DPEHPK3PXP",
        "algorithm": "sha512",
        "digits": 8,
        "period": 60,
    }
    assert TOTPConfig.from_dict(config.to_dict()) == config


def test_reprs_hide_secret_and_code() -> None:
    """Neither the shared secret nor a live code appears in a repr."""
    config = parse_totp_uri("otpauth://totp/GitHub:me?secret=GEZDGNBVGY3TQOJQ&issuer=GitHub")
    text = repr(config)
    assert "GEZDGNBVGY3TQOJQ" not in text
    assert "secret='***'" in text
    assert "issuer='GitHub'" in text
    code = config.generate_code(at=1700000000)
    assert code.code not in repr(code)
    assert "seconds_remaining=" in repr(code)


def test_error_messages_never_contain_the_secret() -> None:
    """Invalid secrets are reported by length only."""
    with pytest.raises(InvalidTOTPError) as info:
        parse_totp_uri("otpauth://totp/x?secret=SECRET1SECRET")
    assert "SECRET1" not in str(info.value)
