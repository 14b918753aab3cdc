"""Client-side vault cryptography, interoperable byte for byte with the official SDKs.

- **Master key**: Argon2id (v0x13, t=3, m=64 MiB, p=1, 32 bytes) of the vault key or
  recovery code exactly as typed, salted with the raw UTF-8 organization id.
- **Auth hash**: lowercase hex SHA-256 of the master key; the server finds the matching
  vault key by it, so it never learns the master key.
- **Blobs**: AES-256-GCM, laid out as `ciphertext || nonce(12) || tag(16)` (the nonce sits
  in the middle) and sent as standard padded base64. An empty AAD means none.
- **Org key**: 32 random bytes, wrapped under each vault key's master key with that key's
  id as AAD. **Payloads**: the JSON of `inkbox.vault.types`, encrypted under the org key
  with the secret's canonical UUID as AAD.

argon2 and cryptography are imported inside the functions that need them, so importing
this module (or `inkbox`) stays cheap.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
import os
import re
import secrets
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from inkbox.vault.errors import (
    NO_KEY_MATCHED,
    UNWRAP_FAILED,
    InkboxVaultKeyError,
    InvalidTOTPError,
    VaultIntegrityError,
    VaultKeyMismatchError,
    VaultPayloadError,
    VaultSaltError,
)
from inkbox.vault.types import (
    DecryptedVaultSecret,
    SecretPayload,
    VaultKeyType,
    infer_secret_type,
    parse_payload,
    serialize_payload,
)

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

__all__ = [
    "ARGON2_HASH_LEN",
    "ARGON2_MEMORY_COST",
    "ARGON2_PARALLELISM",
    "ARGON2_TIME_COST",
    "RECOVERY_CODE_ALPHABET",
    "RECOVERY_KEY_COUNT",
    "DerivedKey",
    "VaultInitMaterial",
    "VaultKeyMaterial",
    "build_initialize_material",
    "candidate_key_ids",
    "canonical_secret_id",
    "compute_auth_hash",
    "decrypt_blob",
    "decrypt_payload",
    "decrypt_secret",
    "decrypt_secrets",
    "derive_key",
    "derive_master_key",
    "derive_salt",
    "encrypt_blob",
    "encrypt_payload",
    "find_org_key",
    "generate_org_encryption_key",
    "generate_recovery_code",
    "generate_vault_key_material",
    "new_secret_id",
    "unwrap_org_key",
    "validate_vault_key",
    "wrap_org_key",
]

ARGON2_TIME_COST = 3
ARGON2_MEMORY_COST = 65_536  # KiB, i.e. 64 MiB
ARGON2_PARALLELISM = 1
ARGON2_HASH_LEN = 32
ARGON2_VERSION = 0x13
# argon2 refuses shorter salts with a bare "Salt is too short".
MIN_SALT_BYTES = 8

AES_KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
BLOB_OVERHEAD = NONCE_BYTES + TAG_BYTES

RECOVERY_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L
RECOVERY_CODE_GROUPS = 8
RECOVERY_CODE_GROUP_LEN = 4
RECOVERY_KEY_COUNT = 4

# Sources of randomness, looked up at call time so tests can pin them and replay the
# official SDK's vectors (which were produced the same way).
_urandom: Callable[[int], bytes] = os.urandom
_uuid4: Callable[[], UUID] = uuid.uuid4
_choice: Callable[[str], str] = secrets.choice

# ASCII-only classes: non-ASCII letters count as "special", exactly as in the reference.
_VAULT_KEY_RULES = (
    (re.compile(r"[A-Z]"), "Vault key must contain at least one uppercase letter"),
    (re.compile(r"[a-z]"), "Vault key must contain at least one lowercase letter"),
    (re.compile(r"[0-9]"), "Vault key must contain at least one digit"),
    (re.compile(r"[^A-Za-z0-9]"), "Vault key must contain at least one special character"),
)


# --- vault key, salt, master key ------------------------------------------------------


def validate_vault_key(vault_key: str) -> None:
    """Apply the strength rules to a *new* vault key (never to unlock or recovery codes).

    Raises:
        InkboxVaultKeyError: with the official SDK's message for the first rule broken.
    """
    if len(vault_key) < 16:  # code points, as in Python's reference implementation
        raise InkboxVaultKeyError("Vault key must be at least 16 characters")
    for pattern, message in _VAULT_KEY_RULES:
        if pattern.search(vault_key) is None:
            raise InkboxVaultKeyError(message)


def derive_salt(organization_id: str) -> bytes:
    """The Argon2id salt: the organization id's raw UTF-8 bytes (no hashing or padding)."""
    return organization_id.encode("utf-8")


def derive_master_key(vault_key: str, salt: bytes) -> bytes:
    """Argon2id of the vault key or recovery code, exactly as typed (no normalisation).

    Raises:
        VaultSaltError: the salt is shorter than 8 bytes.
    """
    if len(salt) < MIN_SALT_BYTES:
        raise VaultSaltError(
            f"Organization id is too short to salt the vault key derivation "
            f"({len(salt)} bytes; Argon2id needs at least {MIN_SALT_BYTES})"
        )
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret=vault_key.encode("utf-8"),
        salt=salt,
        time_cost=ARGON2_TIME_COST,
        memory_cost=ARGON2_MEMORY_COST,
        parallelism=ARGON2_PARALLELISM,
        hash_len=ARGON2_HASH_LEN,
        type=Type.ID,
        version=ARGON2_VERSION,
    )


def compute_auth_hash(master_key: bytes) -> str:
    """Lowercase hex SHA-256 of the master key, by which the server matches vault keys."""
    return hashlib.sha256(master_key).hexdigest()


@dataclass(frozen=True, slots=True)
class DerivedKey:
    """A vault key's master key and auth hash; neither appears in the repr."""

    master_key: bytes = field(repr=False)
    auth_hash: str = field(repr=False)


def derive_key(vault_key: str, organization_id: str) -> DerivedKey:
    """Derive the master key and auth hash of a vault key or recovery code (unvalidated)."""
    master_key = derive_master_key(vault_key, derive_salt(organization_id))
    return DerivedKey(master_key=master_key, auth_hash=compute_auth_hash(master_key))


# --- AES-256-GCM blobs ----------------------------------------------------------------


def _aead(key: bytes) -> AESGCM:
    if len(key) != AES_KEY_BYTES:
        raise ValueError(f"AES-256-GCM key must be {AES_KEY_BYTES} bytes, got {len(key)}")
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def _aad(aad: str) -> bytes | None:
    # The reference passes None for an empty AAD; GCM treats both the same.
    return aad.encode("utf-8") if aad else None


def _seal(aead: AESGCM, plaintext: bytes, aad: str) -> bytes:
    nonce = _urandom(NONCE_BYTES)
    sealed = aead.encrypt(nonce, plaintext, _aad(aad))
    return sealed[:-TAG_BYTES] + nonce + sealed[-TAG_BYTES:]


def _open(aead: AESGCM, blob: bytes, aad: str) -> bytes | None:
    """Plaintext, or None if the blob is truncated or fails authentication."""
    if len(blob) < BLOB_OVERHEAD:
        return None
    nonce = blob[-BLOB_OVERHEAD:-TAG_BYTES]
    try:
        return aead.decrypt(nonce, blob[:-BLOB_OVERHEAD] + blob[-TAG_BYTES:], _aad(aad))
    except _invalid_tag():  # only evaluated when something was raised
        return None


@functools.cache
def _invalid_tag() -> type[Exception]:
    from cryptography.exceptions import InvalidTag

    return InvalidTag


def _b64decode(text: str, what: str) -> bytes:
    # Lenient like the reference (no validate=True): stray whitespace is tolerated.
    try:
        return base64.b64decode(text)
    except (binascii.Error, ValueError, TypeError):
        raise VaultIntegrityError(f"{what} is not valid base64") from None


def encrypt_blob(key: bytes, plaintext: bytes, aad: str = "") -> str:
    """AES-256-GCM encrypt with a fresh random nonce; returns base64 of `ct||nonce||tag`."""
    return base64.b64encode(_seal(_aead(key), plaintext, aad)).decode("ascii")


def decrypt_blob(key: bytes, blob_b64: str, aad: str = "") -> bytes:
    """Inverse of `encrypt_blob`.

    Raises:
        VaultIntegrityError: bad base64, a truncated blob, or a failed authentication
            (tampering, another key, or another AAD).
    """
    plaintext = _open(_aead(key), _b64decode(blob_b64, "encrypted blob"), aad)
    if plaintext is None:
        raise VaultIntegrityError("encrypted blob failed its integrity check")
    return plaintext


# --- org key wrapping and unlock ------------------------------------------------------


def generate_org_encryption_key() -> bytes:
    """A fresh 32-byte org encryption key (made once per vault, at `initialize`)."""
    return _urandom(AES_KEY_BYTES)


def wrap_org_key(master_key: bytes, org_key: bytes, vault_key_id: str = "") -> str:
    """Encrypt the org key under a master key, AAD = the vault key id string."""
    return base64.b64encode(_seal(_aead(master_key), org_key, vault_key_id)).decode("ascii")


def unwrap_org_key(master_key: bytes, wrapped_b64: str, vault_key_id: str = "") -> bytes:
    """Decrypt a wrapped org key with one candidate vault key id as AAD.

    Raises:
        VaultKeyMismatchError: the master key or key id does not fit this wrapped key.
        VaultIntegrityError: the wrapped key is not a well-formed blob.
    """
    org_key, _ = find_org_key(master_key, wrapped_b64, [vault_key_id])
    return org_key


def candidate_key_ids(keys: Iterable[Mapping[str, Any]]) -> list[str]:
    """Key ids to try as unwrap AAD: primaries first, then recoveries, in response order.

    The `/unlock` response does not say which key matched, so the official SDK tries the
    ids from `GET /keys` in this order; other key types are skipped.
    """
    keys = list(keys)
    ordered: list[str] = []
    for key_type in (VaultKeyType.PRIMARY, VaultKeyType.RECOVERY):
        # Used verbatim: the AAD is the id string exactly as the server returns it.
        ordered.extend(str(k["id"]) for k in keys if k.get("key_type") == key_type)
    return ordered


def find_org_key(
    master_key: bytes, wrapped_b64: str | None, key_ids: Iterable[str]
) -> tuple[bytes, str]:
    """Unwrap the org key returned by `/unlock`, trying each candidate key id as AAD.

    Args:
        master_key: From `derive_master_key`.
        wrapped_b64: `wrapped_org_encryption_key` of the `/unlock` response (None when the
            server matched no key).
        key_ids: Candidates, normally `candidate_key_ids(GET /keys)`.

    Returns:
        The 32-byte org key and the key id that unwrapped it.

    Raises:
        VaultKeyMismatchError: no key matched (wrong vault key, or a deleted one).
        VaultIntegrityError: the wrapped key is malformed, or unwraps to a non-key.
    """
    if wrapped_b64 is None:
        raise VaultKeyMismatchError(NO_KEY_MATCHED)
    blob = _b64decode(wrapped_b64, "wrapped org encryption key")
    aead = _aead(master_key)
    for key_id in key_ids:
        org_key = _open(aead, blob, key_id)
        if org_key is not None:
            if len(org_key) != AES_KEY_BYTES:
                raise VaultIntegrityError("unwrapped org encryption key is not 32 bytes")
            return org_key, key_id
    raise VaultKeyMismatchError(UNWRAP_FAILED)


# --- key material for initialize / update_key -----------------------------------------


@dataclass(frozen=True, slots=True)
class VaultKeyMaterial:
    """What the server stores for one vault key; the client generates every field.

    Attributes:
        id: The key's id.
        wrapped_org_encryption_key: The organization key, encrypted under this vault key.
        auth_hash: Proof of the vault key that the server checks (not the key itself).
        key_type: Primary key or recovery code.
    """

    id: UUID
    wrapped_org_encryption_key: str = field(repr=False)
    auth_hash: str = field(repr=False)
    key_type: VaultKeyType

    def to_wire(self) -> dict[str, str]:
        """JSON object for `POST /initialize` (keys in the official order)."""
        return {
            "id": str(self.id),
            "wrapped_org_encryption_key": self.wrapped_org_encryption_key,
            "auth_hash": self.auth_hash,
            "key_type": self.key_type.value,
        }

    def to_primary_update(
        self, *, current_auth_hash: str | None = None, recovery_auth_hash: str | None = None
    ) -> dict[str, str]:
        """JSON body of `PUT /keys/primary`: no `key_type`, plus exactly one credential.

        Args:
            current_auth_hash: Auth hash of the current primary key, to prove it.
            recovery_auth_hash: Auth hash of a recovery code, instead of the current key.
        """
        if (current_auth_hash is None) == (recovery_auth_hash is None):
            raise ValueError("Exactly one of current_auth_hash or recovery_auth_hash is required")
        body = {
            "id": str(self.id),
            "wrapped_org_encryption_key": self.wrapped_org_encryption_key,
            "auth_hash": self.auth_hash,
        }
        if current_auth_hash is not None:
            body["current_auth_hash"] = current_auth_hash
        if recovery_auth_hash is not None:
            body["recovery_auth_hash"] = recovery_auth_hash
        return body


def _key_material(
    secret: str, organization_id: str, org_key: bytes, key_type: VaultKeyType
) -> VaultKeyMaterial:
    # Order of randomness (Argon2 first, then the uuid, then the nonce) follows the
    # reference, so pinned-randomness vectors replay exactly.
    derived = derive_key(secret, organization_id)
    key_id = _uuid4()
    return VaultKeyMaterial(
        id=key_id,
        wrapped_org_encryption_key=wrap_org_key(derived.master_key, org_key, str(key_id)),
        auth_hash=derived.auth_hash,
        key_type=key_type,
    )


def generate_vault_key_material(
    vault_key: str,
    organization_id: str,
    org_encryption_key: bytes,
    *,
    key_type: VaultKeyType = VaultKeyType.PRIMARY,
) -> VaultKeyMaterial:
    """Validate a new vault key, derive it and wrap the org key under a fresh key id.

    Args:
        vault_key: The new vault key (checked against the strength rules).
        organization_id: The organization the vault belongs to (part of the key derivation).
        org_encryption_key: The organization key to wrap.
        key_type: Primary key or recovery code.

    Raises:
        InkboxVaultKeyError: the vault key breaks a strength rule.
    """
    validate_vault_key(vault_key)
    return _key_material(vault_key, organization_id, org_encryption_key, key_type)


def _recovery_code() -> str:
    groups = (
        "".join(_choice(RECOVERY_CODE_ALPHABET) for _ in range(RECOVERY_CODE_GROUP_LEN))
        for _ in range(RECOVERY_CODE_GROUPS)
    )
    return "-".join(groups)


def generate_recovery_code(
    organization_id: str, org_encryption_key: bytes
) -> tuple[str, VaultKeyMaterial]:
    """A new recovery code (`XXXX-…`, 8 groups, ~158 bits) and its key material.

    Recovery codes skip the strength rules (they have no lowercase letter).

    Args:
        organization_id: The organization the vault belongs to (part of the key derivation).
        org_encryption_key: The organization key to wrap under the code.
    """
    code = _recovery_code()
    return code, _key_material(code, organization_id, org_encryption_key, VaultKeyType.RECOVERY)


@dataclass(frozen=True, slots=True)
class VaultInitMaterial:
    """Everything `initialize` creates client-side; only `to_wire()` goes to the server."""

    org_encryption_key: bytes = field(repr=False)
    vault_key: VaultKeyMaterial
    recovery_keys: tuple[VaultKeyMaterial, ...]
    recovery_codes: tuple[str, ...] = field(repr=False)

    def to_wire(self) -> dict[str, Any]:
        """JSON body of `POST /initialize`."""
        return {
            "vault_key": self.vault_key.to_wire(),
            "recovery_keys": [m.to_wire() for m in self.recovery_keys],
        }


def build_initialize_material(vault_key: str, organization_id: str) -> VaultInitMaterial:
    """Org key, primary key material and 4 recovery codes for `POST /initialize`.

    Costs 5 Argon2id derivations (~1 s). The vault key is validated before any work.

    Raises:
        InkboxVaultKeyError: the vault key breaks a strength rule.
        VaultSaltError: the organization id is shorter than 8 bytes.
    """
    validate_vault_key(vault_key)
    org_key = generate_org_encryption_key()
    primary = _key_material(vault_key, organization_id, org_key, VaultKeyType.PRIMARY)
    codes: list[str] = []
    recovery: list[VaultKeyMaterial] = []
    for _ in range(RECOVERY_KEY_COUNT):
        code, material = generate_recovery_code(organization_id, org_key)
        codes.append(code)
        recovery.append(material)
    return VaultInitMaterial(
        org_encryption_key=org_key,
        vault_key=primary,
        recovery_keys=tuple(recovery),
        recovery_codes=tuple(codes),
    )


# --- secret payloads ------------------------------------------------------------------


def new_secret_id() -> str:
    """A client-generated secret id; `create_secret` needs it up front as the AAD."""
    return str(_uuid4())


def canonical_secret_id(secret_id: UUID | str) -> str:
    """Lowercase hyphenated form used as a payload's AAD; `""` stays `""` (no AAD).

    The official SDK decrypts with the canonical form but encrypts updates with the
    caller's string; canonicalising both ways keeps an upper-case id from producing a
    ciphertext that can never be read back.
    """
    if isinstance(secret_id, UUID):
        return str(secret_id)
    if secret_id == "":
        return ""
    try:
        return str(UUID(secret_id))
    except ValueError:
        raise ValueError(f"Invalid secret id {secret_id!r}: expected a UUID") from None


def _secret_label(secret_id: str, name: str | None) -> str:
    # Names and ids are metadata the server already sees, so they may appear in errors.
    if name:
        return f"Secret {name!r} ({secret_id or 'no id'})"
    return f"Secret {secret_id or '(no id)'}"


def _open_payload(aead: AESGCM, encrypted_b64: str, secret_id: str, name: str | None) -> Any:
    try:
        # `base64.b64decode` without its wrapper (the same lenient decoder, the same errors)
        blob = binascii.a2b_base64(encrypted_b64)
    except (binascii.Error, ValueError, TypeError):
        raise VaultIntegrityError(
            f"{_secret_label(secret_id, name)}: encrypted payload is not valid base64"
        ) from None
    plaintext = _open(aead, blob, secret_id)
    if plaintext is None:
        raise VaultIntegrityError(
            f"{_secret_label(secret_id, name)} failed its integrity check: the ciphertext was "
            "modified, or was encrypted under another org key or secret id"
        )
    try:
        return json.loads(plaintext.decode("utf-8"))
    except (ValueError, RecursionError):
        pass
    # Raised outside the handler: `from None` would still leave the decoder's error on
    # `__context__`, and JSONDecodeError keeps the whole plaintext in `.doc` (a
    # UnicodeDecodeError in `.object`).
    raise VaultPayloadError(
        f"{_secret_label(secret_id, name)}: decrypted payload is not valid JSON"
    )


def encrypt_payload(
    org_key: bytes, payload: SecretPayload | Mapping[str, Any], secret_id: UUID | str = ""
) -> str:
    """Serialize a payload exactly as the official SDK does and encrypt it.

    Args:
        org_key: The 32-byte org encryption key.
        payload: A payload object (or an already-built dict, sent as is).
        secret_id: The secret's UUID, used (canonicalised) as AAD; `""` means no AAD.

    Returns:
        The base64 `encrypted_payload`.
    """
    if isinstance(payload, SecretPayload):
        infer_secret_type(payload)  # rejects the abstract base
    elif not isinstance(payload, Mapping):
        raise TypeError(f"payload must be a secret payload, not {type(payload).__name__}")
    aad = canonical_secret_id(secret_id)
    return base64.b64encode(_seal(_aead(org_key), serialize_payload(payload), aad)).decode("ascii")


def decrypt_payload(
    org_key: bytes,
    encrypted_b64: str,
    secret_id: UUID | str = "",
    *,
    secret_name: str | None = None,
) -> dict[str, Any]:
    """Decrypt an `encrypted_payload` into its raw JSON object.

    Raises:
        VaultIntegrityError: tampered or foreign ciphertext (names the secret).
        VaultPayloadError: the plaintext is not a JSON object.
    """
    aad = canonical_secret_id(secret_id)
    raw = _open_payload(_aead(org_key), encrypted_b64, aad, secret_name)
    if not isinstance(raw, dict):
        raise VaultPayloadError(f"{_secret_label(aad, secret_name)}: payload is not an object")
    return raw


def _as_datetime(value: datetime | str) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def _decrypt_entry(
    aead: AESGCM, entry: Mapping[str, Any], read_uuid: Callable[[str], UUID] = UUID
) -> DecryptedVaultSecret:
    raw_id = entry["id"]
    # A parsed model's id is a UUID already; JSON spells it as a string.
    secret_id = raw_id if isinstance(raw_id, UUID) else read_uuid(str(raw_id))
    aad = str(secret_id)
    name: str = entry["name"]
    raw_type: str = entry["secret_type"]
    raw = _open_payload(aead, entry["encrypted_payload"], aad, name)
    failure: VaultPayloadError | InvalidTOTPError | None = None
    try:
        payload = parse_payload(raw_type, raw)
    except (VaultPayloadError, InvalidTOTPError) as exc:
        failure = type(exc)(f"{_secret_label(aad, name)}: {exc}")
    if failure is not None:
        raise failure  # outside the handler: no `__context__` leading back to the payload
    return DecryptedVaultSecret(
        id=secret_id,
        name=name,
        secret_type=payload.secret_type,
        created_at=_as_datetime(entry["created_at"]),
        updated_at=_as_datetime(entry["updated_at"]),
        payload=payload,
        description=entry.get("description"),
    )


def decrypt_secret(org_key: bytes, entry: Mapping[str, Any]) -> DecryptedVaultSecret:
    """Decrypt one secret-detail object (`id`, `name`, `secret_type`, `encrypted_payload`,
    `created_at`, `updated_at`, optional `description`) into a `DecryptedVaultSecret`.

    Raises:
        VaultIntegrityError: the payload was tampered with or belongs to another key/id.
        VaultPayloadError: unknown `secret_type` or malformed payload JSON.
        InvalidTOTPError: the stored TOTP configuration is invalid.
    """
    return _decrypt_entry(_aead(org_key), entry)


def decrypt_secrets(
    org_key: bytes, entries: Iterable[Mapping[str, Any]]
) -> list[DecryptedVaultSecret]:
    """Decrypt every secret of an `/unlock` bundle; one bad secret fails the whole call,
    as in the official SDK (a partially readable vault would hide data loss)."""
    from inkbox_api.types import parse_uuid  # `UUID()`, faster: an unlock reads thousands

    aead = _aead(org_key)
    return [_decrypt_entry(aead, entry, parse_uuid) for entry in entries]
