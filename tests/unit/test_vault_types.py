"""Payload classes: byte-exact JSON, parsing, type inference and secret-free reprs."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import UTC, datetime
from uuid import UUID

import pytest

from inkbox.vault.errors import InvalidTOTPError, SecretTypeMismatchError, VaultPayloadError
from inkbox.vault.totp import TOTPConfig
from inkbox.vault.types import (
    APIKeyPayload,
    DecryptedVaultSecret,
    KeyPairPayload,
    LoginPayload,
    OtherPayload,
    SecretPayload,
    SSHKeyPayload,
    VaultSecretType,
    ensure_secret_type,
    infer_secret_type,
    parse_payload,
    serialize_payload,
)

TOTP = TOTPConfig("JBSWY3DPEHPK3PXP", issuer="GitHub", account_name="user@example.com")
SECRETS = {
    "password": "hunter2-password",
    "api_key": "sk-live-apikey",
    "access_key": "AKIAACCESSKEY",
    "secret_key": "wJalrSECRETKEY",
    "private_key": "-----BEGIN OPENSSH PRIVATE KEY-----privatekey",
    "passphrase": "passphrase-123",
    "data": "freeform-secret-data",
    "notes": "notes-with-recovery-pin",
    "totp_secret": TOTP.secret,
}
PAYLOADS: list[SecretPayload] = [
    LoginPayload(
        password=SECRETS["password"],
        username="admin",
        url="https://x.com",
        totp=TOTP,
        notes=SECRETS["notes"],
    ),
    APIKeyPayload(api_key=SECRETS["api_key"], endpoint="https://api.x.com", notes=SECRETS["notes"]),
    KeyPairPayload(access_key=SECRETS["access_key"], secret_key=SECRETS["secret_key"]),
    SSHKeyPayload(
        private_key=SECRETS["private_key"],
        public_key="ssh-ed25519 AAAA",
        passphrase="passphrase-123",
    ),
    OtherPayload(data=SECRETS["data"], notes=SECRETS["notes"]),
]


def test_login_with_totp_and_notes_matches_reference_plaintext() -> None:
    """The documented login plaintext: notes first, totp nested in its own key order."""
    payload = LoginPayload(
        password="pw",
        username="u",
        email="u@example.com",
        url="https://x.com",
        totp=TOTP,
        notes="rotate quarterly",
    )
    assert serialize_payload(payload) == (
        b'{"notes":"rotate quarterly","password":"pw","username":"u","email":"u@example.com",'
        b'"url":"https://x.com","totp":{"secret":"JBSWY3DPEHPK3PXP","algorithm":"sha1",'
        b'"digits":6,"period":30,"issuer":"GitHub","account_name":"user@example.com"}}'
    )


def test_json_key_order_is_dataclass_field_order() -> None:
    """Each class serializes notes first, then its fields in declaration order."""
    expected: dict[type[SecretPayload], tuple[str, ...]] = {
        LoginPayload: ("notes", "password", "username", "email", "url", "totp"),
        APIKeyPayload: ("notes", "api_key", "endpoint"),
        KeyPairPayload: ("notes", "access_key", "secret_key", "endpoint"),
        SSHKeyPayload: ("notes", "private_key", "public_key", "fingerprint", "passphrase"),
        OtherPayload: ("notes", "data"),
    }
    for cls, names in expected.items():
        assert tuple(f.name for f in fields(cls)) == names
        assert cls._field_names == names


def test_nulls_dropped_empty_strings_kept_and_escaping() -> None:
    """None disappears, "" stays, non-ASCII is \\u-escaped, / < > & are not."""
    payload = OtherPayload(data="ä😀</a>&", notes="")
    assert serialize_payload(payload) == b'{"notes":"","data":"\\u00e4\\ud83d\\ude00</a>&"}'
    assert serialize_payload(APIKeyPayload(api_key="k")) == b'{"api_key":"k"}'


def test_secret_type_is_not_serialized_and_inferred_from_class() -> None:
    """secret_type comes from the class and never enters the JSON."""
    for payload, kind in zip(
        PAYLOADS, ["login", "api_key", "key_pair", "ssh_key", "other"], strict=True
    ):
        assert infer_secret_type(payload) == kind
        assert isinstance(infer_secret_type(payload), VaultSecretType)
        assert "secret_type" not in json.loads(serialize_payload(payload))


@pytest.mark.parametrize("payload", PAYLOADS, ids=lambda p: type(p).__name__)
def test_roundtrip(payload: SecretPayload) -> None:
    """Serialize then parse gives an equal object."""
    raw = json.loads(serialize_payload(payload))
    assert parse_payload(infer_secret_type(payload), raw) == payload


@pytest.mark.parametrize("payload", PAYLOADS, ids=lambda p: type(p).__name__)
def test_repr_masks_secrets(payload: SecretPayload) -> None:
    """No password, key, passphrase, free-form data, notes or TOTP secret in a repr."""
    text = repr(payload)
    for value in SECRETS.values():
        assert value not in text
    assert "'***'" in text
    assert text.startswith(type(payload).__name__ + "(")


def test_repr_shows_non_secret_fields_and_absent_secrets() -> None:
    """Identifiers stay readable, and an absent secret shows as None rather than '***'."""
    text = repr(LoginPayload(password="pw", username="admin"))
    assert text == (
        "LoginPayload(password='***', username='admin', email=None, url=None, totp=None, notes=None)"
    )
    assert "passphrase=None" in repr(SSHKeyPayload(private_key="k"))


def test_decrypted_secret_repr_has_no_payload_content() -> None:
    """DecryptedVaultSecret shows metadata and only the payload's class."""
    when = datetime(2026, 3, 18, 12, tzinfo=UTC)
    secret = DecryptedVaultSecret(
        id=UUID("cccc3333-0000-4000-8000-000000000001"),
        name="Cloud Service",
        secret_type=VaultSecretType.LOGIN,
        created_at=when,
        updated_at=when,
        payload=PAYLOADS[0],
    )
    text = repr(secret)
    for value in SECRETS.values():
        assert value not in text
    assert "admin" not in text
    assert "payload=<LoginPayload>" in text
    assert "'Cloud Service'" in text
    assert "secret_type='login'" in text
    assert secret.secret_type == "login"
    assert secret.description is None


def test_infer_secret_type_rejects_non_payloads() -> None:
    """A dict or the abstract base is not a payload."""
    with pytest.raises(TypeError, match="LoginPayload"):
        infer_secret_type({"password": "x"})  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        infer_secret_type(SecretPayload())


def test_parse_unknown_type_message_matches_reference() -> None:
    """Unknown secret_type keeps the enum's ValueError wording."""
    with pytest.raises(VaultPayloadError, match=r"^'bogus' is not a valid VaultSecretType$"):
        parse_payload("bogus", {})


def test_parse_totp_defaults_apply_only_to_absent_keys() -> None:
    """Absent TOTP fields default; an explicit null algorithm is an error as in the reference."""
    login = parse_payload("login", {"password": "p", "totp": {"secret": "JBSWY3DPEHPK3PXP"}})
    assert isinstance(login, LoginPayload)
    assert login.totp == TOTPConfig("JBSWY3DPEHPK3PXP")
    with pytest.raises(InvalidTOTPError, match=r"^None is not a valid TOTPAlgorithm$"):
        parse_payload("login", {"password": "p", "totp": {"secret": "A", "algorithm": None}})
    with pytest.raises(InvalidTOTPError, match="digits must be 6 or 8, got None"):
        parse_payload("login", {"password": "p", "totp": {"secret": "AB", "digits": None}})
    with pytest.raises(InvalidTOTPError, match="secret"):
        parse_payload("login", {"password": "p", "totp": {"digits": 6}})


def test_remove_totp_drops_the_key() -> None:
    """Setting totp to None removes it from the JSON (remove_totp's effect)."""
    login = LoginPayload(password="p", totp=TOTP)
    login.totp = None
    assert serialize_payload(login) == b'{"password":"p"}'


def test_update_with_another_payload_type_is_refused() -> None:
    """Changing a secret's type is refused with the reference's TypeError message."""
    with pytest.raises(SecretTypeMismatchError) as info:
        ensure_secret_type("login", APIKeyPayload(api_key="sk-live"))
    assert isinstance(info.value, TypeError)
    assert str(info.value) == (
        "Cannot update a 'login' secret with a 'api_key' payload. Delete and recreate instead."
    )
    assert "sk-live" not in str(info.value)
    ensure_secret_type("api_key", APIKeyPayload(api_key="sk-live"))
