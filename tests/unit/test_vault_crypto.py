"""Vault crypto against the vectors produced by the official SDK 0.7.20."""

from __future__ import annotations

import base64
import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from inkbox._exceptions_base import InkboxError
from inkbox.vault import crypto
from inkbox.vault.errors import (
    NO_KEY_MATCHED,
    InkboxVaultKeyError,
    VaultIntegrityError,
    VaultKeyMismatchError,
    VaultPayloadError,
    VaultSaltError,
)
from inkbox.vault.types import (
    APIKeyPayload,
    LoginPayload,
    SecretPayload,
    parse_payload,
    serialize_payload,
)

VECTORS: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parents[1] / "fixtures" / "vectors.json").read_text("utf-8")
)
UNLOCK = VECTORS["unlock"]
ORG_ID = UNLOCK["organization_id"]
ORG_KEY = bytes.fromhex(UNLOCK["org_encryption_key_hex"])


@functools.cache
def derive(vault_key: str, organization_id: str = ORG_ID) -> crypto.DerivedKey:
    """Argon2id costs ~0.15 s, so each (key, org) pair is derived once per session."""
    return crypto.derive_key(vault_key, organization_id)


def pin_nonces(monkeypatch: pytest.MonkeyPatch, *nonces_hex: str) -> None:
    """Make `os.urandom(12)` return the given nonces in order, as the vectors did."""
    nonces = iter(bytes.fromhex(n) for n in nonces_hex)

    def fake_urandom(n: int) -> bytes:
        assert n == 12
        return next(nonces)

    monkeypatch.setattr(crypto, "_urandom", fake_urandom)


def b64(blob: bytes) -> str:
    return base64.b64encode(blob).decode()


# --- 1.1 vault key validation ---------------------------------------------------------


@pytest.mark.parametrize(
    "case", VECTORS["vault_key_validation"], ids=lambda c: c.get("message", "valid")
)
def test_vault_key_validation(case: dict[str, Any]) -> None:
    """Each rule fires in the reference order with the reference's exact message."""
    if case["valid"]:
        crypto.validate_vault_key(case["vault_key"])
        return
    assert case["error_class"] == "InkboxVaultKeyError"
    with pytest.raises(InkboxVaultKeyError) as info:
        crypto.validate_vault_key(case["vault_key"])
    assert str(info.value) == case["message"]
    assert case["vault_key"] not in str(info.value)


@pytest.mark.parametrize(
    ("vault_key", "message"),
    [
        ("short", "Vault key must be at least 16 characters"),
        ("abcdefgh-ijklmno1", "Vault key must contain at least one uppercase letter"),
        ("ABCDEFGH-ijklmnop", "Vault key must contain at least one digit"),
        ("Abcdefgh1ijklmnoÄ", None),  # a non-ASCII letter counts as special
        ("Abcdefgh1 ijklmno", None),  # so does a space
    ],
)
def test_vault_key_rules_beyond_vectors(vault_key: str, message: str | None) -> None:
    """The digit rule and the 'non-ASCII is special' quirk behave as documented."""
    if message is None:
        crypto.validate_vault_key(vault_key)
    else:
        with pytest.raises(InkboxVaultKeyError, match=f"^{message}$"):
            crypto.validate_vault_key(vault_key)


# --- 1.2-1.4 salt, Argon2id, auth hash ------------------------------------------------


@pytest.mark.parametrize(
    "case", VECTORS["argon2id"]["vectors"], ids=lambda c: c["organization_id"][:16]
)
def test_argon2id_master_key_and_auth_hash(case: dict[str, Any]) -> None:
    """Master key and auth hash match the reference byte for byte."""
    assert case["vault_key_utf8"].encode().hex() == case["vault_key_hex"]
    salt = crypto.derive_salt(case["organization_id"])
    assert salt.hex() == case["salt_hex"]
    derived = derive(case["vault_key_utf8"], case["organization_id"])
    assert derived.master_key.hex() == case["master_key_hex"]
    assert derived.auth_hash == case["auth_hash"]
    assert crypto.compute_auth_hash(derived.master_key) == case["auth_hash"]


def test_argon2id_parameters_are_the_reference_ones() -> None:
    """The constants are the ones the vectors were generated with."""
    params = VECTORS["argon2id"]["params"]
    assert params["type"] == "argon2id"
    assert int(params["version"], 16) == crypto.ARGON2_VERSION
    assert params["time_cost"] == crypto.ARGON2_TIME_COST
    assert params["memory_cost_kib"] == crypto.ARGON2_MEMORY_COST
    assert params["parallelism"] == crypto.ARGON2_PARALLELISM
    assert params["hash_len"] == crypto.ARGON2_HASH_LEN


def test_master_key_vector_from_section_5() -> None:
    """`Test-Passw0rd!xy` under `org_test_123` gives the documented master key."""
    derived = derive("Test-Passw0rd!xy")
    wrap = VECTORS["org_key_wrap"][0]
    assert derived.master_key.hex() == wrap["master_key_hex"]
    assert derived.auth_hash == VECTORS["initialize"]["request_body"]["vault_key"]["auth_hash"]


def test_short_salt_raises_a_clear_error() -> None:
    """An org id under 8 bytes fails up front instead of with argon2's HashingError."""
    assert "Salt is too short" in VECTORS["argon2id"]["short_salt_org_a"]
    with pytest.raises(VaultSaltError, match="at least 8") as info:
        crypto.derive_key("Test-Passw0rd!xy", "org_a")
    assert isinstance(info.value, ValueError)
    assert "Test-Passw0rd" not in str(info.value)


# --- 1.5-1.6 blobs and org key wrapping -----------------------------------------------


@pytest.mark.parametrize("case", VECTORS["org_key_wrap"], ids=lambda c: c["description"])
def test_org_key_wrap_vector(case: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """Wrapping with the pinned nonce reproduces the blob; layout is ct || nonce || tag."""
    master_key = bytes.fromhex(case["master_key_hex"])
    org_key = bytes.fromhex(case["org_key_hex"])
    pin_nonces(monkeypatch, case["nonce_hex"])
    wrapped = crypto.wrap_org_key(master_key, org_key, case["vault_key_id_aad"])
    assert wrapped == case["wrapped_org_encryption_key_b64"]
    blob = base64.b64decode(wrapped)
    assert blob == bytes.fromhex(case["ciphertext_hex"] + case["nonce_hex"] + case["tag_hex"])
    assert len(blob) == len(org_key) + 28
    unwrapped = crypto.unwrap_org_key(master_key, wrapped, case["vault_key_id_aad"])
    assert unwrapped == org_key


@pytest.mark.parametrize("case", VECTORS["org_key_wrap"], ids=lambda c: c["description"])
def test_org_key_unwrap_with_wrong_or_empty_aad(case: dict[str, Any]) -> None:
    """A wrong or empty AAD is reported as 'no key matched', never as a bare InvalidTag."""
    master_key = bytes.fromhex(case["master_key_hex"])
    wrapped = case["wrapped_org_encryption_key_b64"]
    assert case["unwrap_with_wrong_aad"]["result"].endswith("InvalidTag")
    for aad in (case["unwrap_with_wrong_aad"]["aad"], ""):
        with pytest.raises(VaultKeyMismatchError, match="No vault key matched"):
            crypto.unwrap_org_key(master_key, wrapped, aad)


def test_blob_roundtrip_and_layout() -> None:
    """`encrypt_blob` output decrypts back and has the 28-byte overhead."""
    key = bytes(range(32))
    blob = crypto.encrypt_blob(key, b"hello", "aad")
    assert len(base64.b64decode(blob)) == 5 + 28
    assert crypto.decrypt_blob(key, blob, "aad") == b"hello"
    with pytest.raises(VaultIntegrityError):
        crypto.decrypt_blob(key, blob, "other-aad")


@pytest.mark.parametrize(
    "blob",
    [
        "",  # empty
        b64(b"\x00" * 23),  # shorter than nonce + tag: the reference dies in cryptography
        b64(b"\x00" * 27),  # 8-11 byte "nonce" in the reference: InvalidTag there
        "not*base64",  # invalid character run: bad padding
    ],
)
def test_malformed_blobs_raise_integrity_errors(blob: str) -> None:
    """Truncated or undecodable blobs raise VaultIntegrityError, not ValueError from deep inside."""
    with pytest.raises(VaultIntegrityError):
        crypto.decrypt_blob(bytes(32), blob)


# --- 1.12 payload encryption ----------------------------------------------------------


def _payload_object(case: dict[str, Any]) -> SecretPayload:
    return parse_payload(case["secret_type"], case["payload_dict"])


@pytest.mark.parametrize(
    "case",
    VECTORS["payload_encryption"],
    ids=lambda c: f"{c['secret_type']}-{c['nonce_hex'][:4]}",
)
def test_payload_serialization_is_byte_identical(case: dict[str, Any]) -> None:
    """Typed payloads serialize to exactly the reference plaintext (order, escapes, nulls)."""
    payload = _payload_object(case)
    if "payload_class" in case:
        assert type(payload).__name__ == case["payload_class"]
    plaintext = serialize_payload(payload)
    assert plaintext == case["plaintext_json_utf8"].encode()
    if "plaintext_hex" in case:
        assert plaintext.hex() == case["plaintext_hex"]
    # The raw dict path (official `encrypt_payload(dict)`) gives the same bytes.
    assert serialize_payload(case["payload_dict"]) == plaintext


@pytest.mark.parametrize(
    "case",
    VECTORS["payload_encryption"],
    ids=lambda c: f"{c['secret_type']}-{c['nonce_hex'][:4]}",
)
def test_payload_encryption_vector(case: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """Encrypting with the pinned nonce reproduces `encrypted_payload` exactly."""
    org_key = bytes.fromhex(case["org_key_hex"])
    pin_nonces(monkeypatch, case["nonce_hex"])
    encrypted = crypto.encrypt_payload(org_key, _payload_object(case), case["secret_id_aad"])
    assert encrypted == case["encrypted_payload_b64"]
    assert base64.b64decode(encrypted) == bytes.fromhex(
        case["ciphertext_hex"] + case["nonce_hex"] + case["tag_hex"]
    )


@pytest.mark.parametrize(
    "case",
    VECTORS["payload_encryption"],
    ids=lambda c: f"{c['secret_type']}-{c['nonce_hex'][:4]}",
)
def test_payload_decryption_vector(case: dict[str, Any]) -> None:
    """The reference ciphertext decrypts to the reference dict and parses back equal."""
    org_key = bytes.fromhex(case["org_key_hex"])
    raw = crypto.decrypt_payload(org_key, case["encrypted_payload_b64"], case["secret_id_aad"])
    assert raw == case["payload_dict"]
    assert parse_payload(case["secret_type"], raw) == _payload_object(case)


def test_payload_decryption_with_wrong_aad_names_the_secret() -> None:
    """Decrypting under another secret id is an integrity error that names the secret."""
    case = VECTORS["payload_encryption"][0]
    other_id = "cccc3333-0000-0000-0000-000000000002"
    with pytest.raises(VaultIntegrityError) as info:
        crypto.decrypt_payload(
            bytes.fromhex(case["org_key_hex"]),
            case["encrypted_payload_b64"],
            other_id,
            secret_name="AWS",
        )
    message = str(info.value)
    assert "'AWS'" in message
    assert other_id in message
    assert "s3cret" not in message


def test_upper_case_secret_id_is_canonicalised() -> None:
    """Encrypting with an upper-case id still decrypts with the canonical id the reads use."""
    secret_id = "CCCC3333-0000-4000-8000-0000000000AB"
    encrypted = crypto.encrypt_payload(ORG_KEY, APIKeyPayload(api_key="k"), secret_id)
    assert crypto.decrypt_payload(ORG_KEY, encrypted, secret_id.lower()) == {"api_key": "k"}
    assert crypto.decrypt_payload(ORG_KEY, encrypted, UUID(secret_id)) == {"api_key": "k"}


def test_invalid_secret_id_is_rejected() -> None:
    """A non-UUID secret id fails before any crypto."""
    with pytest.raises(ValueError, match="expected a UUID"):
        crypto.encrypt_payload(ORG_KEY, APIKeyPayload(api_key="k"), "not-a-uuid")


def test_encrypt_payload_rejects_non_payloads() -> None:
    """Passing something that is not a payload is a TypeError."""
    with pytest.raises(TypeError, match="payload"):
        crypto.encrypt_payload(ORG_KEY, "s3cret", "")  # type: ignore[arg-type]


def test_org_key_must_be_32_bytes() -> None:
    """A wrong-size org key is refused without echoing it."""
    with pytest.raises(ValueError, match="32 bytes") as info:
        crypto.encrypt_payload(b"k" * 16, APIKeyPayload(api_key="x"), "")
    assert "kkkk" not in str(info.value)


# --- 1.7-1.9 initialize ---------------------------------------------------------------


@pytest.fixture
def pinned_initialize(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """Pin os.urandom, uuid4 and secrets.choice in the order the vector was produced."""
    init = VECTORS["initialize"]
    org_key = bytes.fromhex(init["org_encryption_key_hex"])
    nonces = iter(bytes.fromhex(n) for n in init["nonces_hex_in_order"])
    ids = iter(UUID(i) for i in init["key_ids_in_order"])
    chars = iter("".join(init["result"]["recovery_codes"]).replace("-", ""))

    def fake_urandom(n: int) -> bytes:
        return org_key if n == 32 else next(nonces)

    monkeypatch.setattr(crypto, "_urandom", fake_urandom)
    monkeypatch.setattr(crypto, "_uuid4", lambda: next(ids))
    monkeypatch.setattr(crypto, "_choice", lambda alphabet: next(chars))
    yield init
    # Every pinned value was consumed: the order of randomness matches the reference.
    assert next(nonces, None) is None
    assert next(ids, None) is None
    assert next(chars, None) is None


def test_initialize_request_body_vector(pinned_initialize: dict[str, Any]) -> None:
    """With pinned randomness the POST /initialize body is byte-identical to the reference."""
    init = pinned_initialize
    material = crypto.build_initialize_material(init["vault_key"], init["organization_id"])
    wire = material.to_wire()
    assert wire == init["request_body"]
    assert list(wire) == ["vault_key", "recovery_keys"]
    assert list(wire["vault_key"]) == ["id", "wrapped_org_encryption_key", "auth_hash", "key_type"]
    assert json.dumps(wire) == json.dumps(init["request_body"])
    assert list(material.recovery_codes) == init["result"]["recovery_codes"]
    assert material.org_encryption_key.hex() == init["org_encryption_key_hex"]
    assert len(material.recovery_keys) == crypto.RECOVERY_KEY_COUNT


def test_initialize_recovery_codes_unwrap_the_org_key() -> None:
    """Each recovery code of the vector derives its key's auth hash and unwraps the org key."""
    init = VECTORS["initialize"]
    for code, key in zip(
        init["result"]["recovery_codes"], init["request_body"]["recovery_keys"], strict=True
    ):
        derived = derive(code, init["organization_id"])
        assert derived.auth_hash == key["auth_hash"]
        org_key, key_id = crypto.find_org_key(
            derived.master_key, key["wrapped_org_encryption_key"], [key["id"]]
        )
        assert org_key.hex() == init["org_encryption_key_hex"]
        assert key_id == key["id"]


def test_initialize_validates_before_any_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """A weak vault key fails before randomness or Argon2 are touched."""

    def boom(*_: object) -> bytes:
        raise AssertionError("randomness used before validation")

    monkeypatch.setattr(crypto, "_urandom", boom)
    with pytest.raises(InkboxVaultKeyError, match="at least 16"):
        crypto.build_initialize_material("weak", ORG_ID)


def test_recovery_codes_have_the_reference_shape() -> None:
    """Real (unpinned) recovery codes use the 31-symbol alphabet in 8 dash-joined groups."""
    code = crypto._recovery_code()
    assert len(code) == 39
    groups = code.split("-")
    assert len(groups) == 8
    assert all(len(g) == 4 and set(g) <= set(crypto.RECOVERY_CODE_ALPHABET) for g in groups)
    assert len(crypto.RECOVERY_CODE_ALPHABET) == 31


def test_key_material_repr_hides_wrapped_key_and_auth_hash() -> None:
    """Neither the wrapped key nor the auth hash shows up in reprs."""
    primary = VECTORS["initialize"]["request_body"]["vault_key"]
    material = crypto.VaultKeyMaterial(
        id=UUID(primary["id"]),
        wrapped_org_encryption_key=primary["wrapped_org_encryption_key"],
        auth_hash=primary["auth_hash"],
        key_type=crypto.VaultKeyType.PRIMARY,
    )
    text = repr(material)
    assert primary["auth_hash"] not in text
    assert primary["wrapped_org_encryption_key"] not in text
    assert "primary" in text
    derived = derive("Test-Passw0rd!xy")
    assert derived.auth_hash not in repr(derived)
    assert derived.master_key.hex() not in repr(derived)


def test_primary_update_body() -> None:
    """PUT /keys/primary carries no key_type and exactly one authenticating hash."""
    primary = VECTORS["initialize"]["request_body"]["vault_key"]
    material = crypto.VaultKeyMaterial(
        id=UUID(primary["id"]),
        wrapped_org_encryption_key=primary["wrapped_org_encryption_key"],
        auth_hash=primary["auth_hash"],
        key_type=crypto.VaultKeyType.PRIMARY,
    )
    body = material.to_primary_update(recovery_auth_hash="ab" * 32)
    assert list(body) == ["id", "wrapped_org_encryption_key", "auth_hash", "recovery_auth_hash"]
    assert "key_type" not in body
    body = material.to_primary_update(current_auth_hash="cd" * 32)
    assert body["current_auth_hash"] == "cd" * 32
    with pytest.raises(ValueError, match="Exactly one"):
        material.to_primary_update()
    with pytest.raises(ValueError, match="Exactly one"):
        material.to_primary_update(current_auth_hash="a", recovery_auth_hash="b")


# --- 1.10 unlock ----------------------------------------------------------------------


@pytest.mark.parametrize("variant", UNLOCK["variants"], ids=lambda v: v["label"])
def test_unlock_vector(variant: dict[str, Any]) -> None:
    """Derive, match by auth hash, find the unwrapping key id, decrypt every secret."""
    derived = derive(variant["vault_key"])
    assert derived.auth_hash == variant["auth_hash"]
    assert variant["http_calls"][1]["params"] == {"auth_hash": derived.auth_hash}

    key_ids = crypto.candidate_key_ids(UNLOCK["keys_response"])
    response = variant["unlock_response"]
    org_key, matched = crypto.find_org_key(
        derived.master_key, response["wrapped_org_encryption_key"], key_ids
    )
    assert org_key == ORG_KEY
    assert matched == variant["aad_that_unwraps"]

    secrets = crypto.decrypt_secrets(org_key, response["encrypted_secrets"])
    expected = UNLOCK["decrypted_secrets"]
    assert [str(s.id) for s in secrets] == [e["id"] for e in expected]
    for secret, entry, want in zip(secrets, response["encrypted_secrets"], expected, strict=True):
        assert secret.secret_type == want["secret_type"]
        assert secret.payload.to_dict() == want["payload_dict"]
        assert secret.name == entry["name"]
        assert secret.description is None
        assert secret.created_at.isoformat() == "2026-03-18T12:00:00+00:00"


def test_candidate_key_ids_order_primaries_then_recoveries() -> None:
    """Primaries come first in response order, then recoveries; other types are skipped."""
    keys = [
        {"id": "r1", "key_type": "recovery"},
        {"id": "p1", "key_type": "primary"},
        {"id": "x1", "key_type": "something-else"},
        {"id": "r2", "key_type": "recovery"},
        {"id": "p2", "key_type": "primary"},
    ]
    assert crypto.candidate_key_ids(keys) == ["p1", "p2", "r1", "r2"]


def test_unlock_login_secret_carries_its_totp() -> None:
    """The login secret of the vector parses its TOTP config and generates codes."""
    response = UNLOCK["variants"][0]["unlock_response"]
    login = crypto.decrypt_secret(ORG_KEY, response["encrypted_secrets"][0])
    assert isinstance(login.payload, LoginPayload)
    assert login.payload.totp is not None
    assert login.payload.totp.generate_code(at=1700000000.75).code == "324550"


def test_wrong_vault_key_says_no_key_matched() -> None:
    """A wrong vault key never surfaces as InvalidTag: it says no key matched."""
    wrong = derive("Wrong-Passw0rd!xy")
    response = UNLOCK["variants"][0]["unlock_response"]
    key_ids = crypto.candidate_key_ids(UNLOCK["keys_response"])
    with pytest.raises(VaultKeyMismatchError, match="No vault key matched") as info:
        crypto.find_org_key(wrong.master_key, response["wrapped_org_encryption_key"], key_ids)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, InkboxError)
    assert "Wrong-Passw0rd" not in str(info.value)


def test_server_matched_no_key() -> None:
    """When /unlock returns no wrapped key, the reference's 'No vault key matched' message."""
    derived = derive("Test-Passw0rd!xy")
    with pytest.raises(VaultKeyMismatchError) as info:
        crypto.find_org_key(derived.master_key, None, ["whatever"])
    assert str(info.value) == NO_KEY_MATCHED


def test_key_id_aad_is_used_verbatim() -> None:
    """The unwrap AAD is the id string as the server sent it (no case normalisation)."""
    derived = derive("Test-Passw0rd!xy")
    response = UNLOCK["variants"][0]["unlock_response"]
    upper = UNLOCK["keys_response"][0]["id"].upper()
    with pytest.raises(VaultKeyMismatchError):
        crypto.find_org_key(derived.master_key, response["wrapped_org_encryption_key"], [upper])


def _entry(**changes: Any) -> dict[str, Any]:
    entry = dict(UNLOCK["variants"][0]["unlock_response"]["encrypted_secrets"][0])
    entry.update(changes)
    return entry


def _flip(blob_b64: str, index: int) -> str:
    blob = bytearray(base64.b64decode(blob_b64))
    blob[index] ^= 0x01
    return b64(bytes(blob))


@pytest.mark.parametrize("index", [0, -20, -1], ids=["ciphertext", "nonce", "tag"])
def test_tampered_payload_names_the_secret(index: int) -> None:
    """Flipping any bit of ciphertext, nonce or tag is an integrity error naming the secret."""
    entry = _entry()
    entry["encrypted_payload"] = _flip(entry["encrypted_payload"], index)
    with pytest.raises(VaultIntegrityError) as info:
        crypto.decrypt_secret(ORG_KEY, entry)
    message = str(info.value)
    assert "'Cloud Service'" in message
    assert entry["id"] in message
    assert "integrity" in message
    assert "s3cret" not in message
    assert info.value.__cause__ is None


def test_one_tampered_secret_fails_the_whole_unlock() -> None:
    """Like the reference, unlock is all-or-nothing."""
    entries = list(UNLOCK["variants"][0]["unlock_response"]["encrypted_secrets"])
    entries[1] = dict(entries[1], encrypted_payload=_flip(entries[1]["encrypted_payload"], 3))
    with pytest.raises(VaultIntegrityError, match="'GitHub PAT'"):
        crypto.decrypt_secrets(ORG_KEY, entries)


def test_wrong_org_key_is_an_integrity_error() -> None:
    """A payload under another org key cannot be told apart from tampering; both are integrity."""
    with pytest.raises(VaultIntegrityError, match="'Cloud Service'"):
        crypto.decrypt_secret(bytes(32), _entry())


def test_swapped_payload_between_secrets_is_detected() -> None:
    """The secret id AAD stops a server from moving one secret's ciphertext onto another."""
    other = UNLOCK["variants"][0]["unlock_response"]["encrypted_secrets"][1]
    with pytest.raises(VaultIntegrityError):
        crypto.decrypt_secret(ORG_KEY, _entry(encrypted_payload=other["encrypted_payload"]))


def test_upper_case_secret_id_in_response_decrypts() -> None:
    """Reads canonicalise the id, as the reference does with str(UUID(id))."""
    secret = crypto.decrypt_secret(ORG_KEY, _entry(id=_entry()["id"].upper()))
    assert str(secret.id) == _entry()["id"]


def _encrypt_raw(secret_id: str, plaintext: bytes) -> str:
    return crypto.encrypt_blob(ORG_KEY, plaintext, secret_id)


@pytest.mark.parametrize(
    ("secret_type", "plaintext", "match"),
    [
        ("bogus", b'{"data":"x"}', "'bogus' is not a valid VaultSecretType"),
        ("login", b'{"username":"u"}', "missing required field 'password'"),
        ("login", b'{"password":5}', "'password' must be a string"),
        ("other", b"not json", "not valid JSON"),
        ("other", b'["data"]', "must be a JSON object"),
        ("login", b'{"password":"pw","totp":{"secret":"JBSWY3DPEHPK3PXP","digits":7}}', "digits"),
    ],
)
def test_malformed_payloads(secret_type: str, plaintext: bytes, match: str) -> None:
    """Authentic but malformed plaintext raises a payload error naming the secret, not the data."""
    entry = _entry(secret_type=secret_type)
    entry["encrypted_payload"] = _encrypt_raw(entry["id"], plaintext)
    with pytest.raises(ValueError, match=match) as info:
        crypto.decrypt_secret(ORG_KEY, entry)
    assert isinstance(info.value, InkboxError)
    assert "'Cloud Service'" in str(info.value)
    assert "not json" not in str(info.value)
    assert info.value.__cause__ is None


def test_extra_payload_keys_are_ignored() -> None:
    """Unknown keys (a newer SDK's fields) do not break parsing."""
    entry = _entry(secret_type="api_key")
    entry["encrypted_payload"] = _encrypt_raw(entry["id"], b'{"api_key":"k","future":1}')
    assert crypto.decrypt_secret(ORG_KEY, entry).payload == APIKeyPayload(api_key="k")


# --- fresh secret ids and nonces -----------------------------------------------------


def test_encrypted_create_roundtrip_with_fresh_id() -> None:
    """create_secret's flow: new id as AAD, encrypt, then decrypt the server's echo."""
    secret_id = crypto.new_secret_id()
    assert str(UUID(secret_id)) == secret_id
    payload = LoginPayload(password="pw", username="u", notes="n")
    entry = _entry(
        id=secret_id, encrypted_payload=crypto.encrypt_payload(ORG_KEY, payload, secret_id)
    )
    assert crypto.decrypt_secret(ORG_KEY, entry).payload == payload


def test_nonces_are_fresh() -> None:
    """Two encryptions of the same payload never share a nonce."""
    payload = APIKeyPayload(api_key="k")
    first, second = (
        base64.b64decode(crypto.encrypt_payload(ORG_KEY, payload, "")) for _ in range(2)
    )
    assert first[-28:-16] != second[-28:-16]


@pytest.mark.parametrize("plaintext", [b'{"password": "hunter2-SECRET"', b"hunter2-SECRET\xff"])
def test_an_unparsable_payload_is_not_reachable_from_the_error(plaintext: bytes) -> None:
    """The decoder's error holds the plaintext (`.doc`, `.object`): neither `__cause__` nor
    `__context__` may lead to it."""
    key = bytes(32)
    sid = "00000000-0000-4000-8000-000000000001"
    blob = base64.b64encode(crypto._seal(crypto._aead(key), plaintext, sid)).decode()
    with pytest.raises(VaultPayloadError) as info:
        crypto.decrypt_payload(key, blob, sid)
    error: BaseException | None = info.value
    while error is not None:
        assert "SECRET" not in repr(vars(error)) + str(error) + repr(error.args)
        error = error.__cause__ or error.__context__
    assert info.value.__context__ is None
