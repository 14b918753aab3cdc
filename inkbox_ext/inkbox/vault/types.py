"""Secret payload types and the decrypted-secret record.

A payload is serialized to JSON and encrypted client-side; the server stores only
ciphertext. The JSON bytes match the official Python SDK exactly: `notes` (inherited)
first, then the class's fields in declaration order, `None` values dropped, compact
separators and `\\uXXXX` escapes for non-ASCII. Only `secret_type` is visible to the
server, and it is a class-level discriminator that never enters the JSON.

No repr in this module shows a password, key, passphrase, TOTP secret or free-form
content.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import MISSING, Field, dataclass, field, fields
from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar, Self
from uuid import UUID

from inkbox.vault.errors import SecretTypeMismatchError, VaultPayloadError
from inkbox.vault.totp import TOTPConfig

__all__ = [
    "APIKeyPayload",
    "DecryptedVaultSecret",
    "KeyPairPayload",
    "LoginPayload",
    "OtherPayload",
    "SSHKeyPayload",
    "SecretPayload",
    "VaultKeyType",
    "VaultSecretType",
    "ensure_secret_type",
    "infer_secret_type",
    "parse_payload",
    "serialize_payload",
]

_MASK = "'***'"


class VaultSecretType(StrEnum):
    """Kind of credential; chosen at creation from the payload class and immutable."""

    API_KEY = "api_key"
    KEY_PAIR = "key_pair"
    LOGIN = "login"
    SSH_KEY = "ssh_key"
    OTHER = "other"


class VaultKeyType(StrEnum):
    """A vault key is the user's primary key or one of the recovery codes."""

    PRIMARY = "primary"
    RECOVERY = "recovery"


def _field_error(raw: Mapping[str, Any], name: str, *, required: bool) -> VaultPayloadError:
    """What is wrong with field `name` of a decrypted payload that is not a string."""
    if not required:
        return VaultPayloadError(f"payload field {name!r} must be a string or null")
    if name not in raw:
        return VaultPayloadError(f"payload is missing required field {name!r}")
    return VaultPayloadError(f"payload field {name!r} must be a string")


@dataclass(repr=False, slots=True)
class SecretPayload:
    """Base of the five payload classes; not meant to be instantiated itself.

    Attributes:
        notes: Optional free-form notes (kept secret like the rest of the payload).
    """

    secret_type: ClassVar[VaultSecretType]
    # Fields whose values a repr replaces with '***'.
    _secret_fields: ClassVar[frozenset[str]] = frozenset({"notes"})
    # Fields holding an object rather than a string, with the parser of their JSON.
    _parsers: ClassVar[Mapping[str, Callable[[Any], Any]]] = {}
    # Filled by `_register` below from the dataclass fields: their order, which is the JSON
    # key order; the constructor's order (`notes` last), in which fields are shown; and per
    # field, in that order, how decrypted JSON is read for it: (name, required, parser or None
    # for a string). A unlock reads every secret's payload, so from_dict reads them in one loop.
    _field_names: ClassVar[tuple[str, ...]] = ()
    _init_order: ClassVar[tuple[str, ...]] = ()
    _readers: ClassVar[tuple[tuple[str, bool, Callable[[Any], Any] | None], ...]] = ()

    notes: str | None = field(default=None, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object that gets encrypted, in the official key order, `None`s dropped."""
        out: dict[str, Any] = {}
        for name in self._field_names:
            value = getattr(self, name)
            if value is not None:
                out[name] = value.to_dict() if isinstance(value, TOTPConfig) else value
        return out

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Self:
        """Build from decrypted JSON; unknown keys are ignored, like the official SDK.

        Args:
            raw: The decrypted JSON object.

        Raises:
            VaultPayloadError: a required field is missing, or a field has the wrong type.
            InvalidTOTPError: a login's TOTP configuration is invalid.
        """
        if not cls._readers:
            raise NotImplementedError("build one of the five payload classes, not the base")
        values: dict[str, Any] = {}
        for name, required, parse in cls._readers:
            value = raw.get(name)
            if parse is not None:
                values[name] = None if value is None else parse(value)
            elif isinstance(value, str) or (value is None and not required):
                values[name] = value
            else:
                raise _field_error(raw, name, required=required)
        return cls(**values)

    def __repr__(self) -> str:
        parts = []
        # Constructor order (notes last) reads better than the JSON order.
        for name in self._init_order:
            value = getattr(self, name)
            shown = _MASK if value is not None and name in self._secret_fields else repr(value)
            parts.append(f"{name}={shown}")
        return f"{type(self).__name__}({', '.join(parts)})"


@dataclass(repr=False, slots=True)
class LoginPayload(SecretPayload):
    """A `login` secret: password plus optional username, email, URL and TOTP.

    Attributes:
        password: The password (never shown by `repr`).
        username: The account's user name.
        email: The account's email address.
        url: Where the login is used.
        totp: Two-factor settings (`parse_totp_uri("otpauth://...")`); codes come from
            `generate_code()` or the vault's `get_totp_code()`.
        notes: Optional free-form notes (kept secret like the rest of the payload).
    """

    secret_type: ClassVar[VaultSecretType] = VaultSecretType.LOGIN
    _secret_fields: ClassVar[frozenset[str]] = frozenset({"notes", "password"})
    _parsers: ClassVar[Mapping[str, Callable[[Any], Any]]] = {"totp": TOTPConfig.from_dict}

    password: str
    username: str | None = None
    email: str | None = None
    url: str | None = None
    totp: TOTPConfig | None = None


@dataclass(repr=False, slots=True)
class APIKeyPayload(SecretPayload):
    """An `api_key` secret: one token, optionally with its endpoint.

    Attributes:
        api_key: The token (never shown by `repr`).
        endpoint: The API it is for.
        notes: Optional free-form notes (kept secret like the rest of the payload).
    """

    secret_type: ClassVar[VaultSecretType] = VaultSecretType.API_KEY
    _secret_fields: ClassVar[frozenset[str]] = frozenset({"notes", "api_key"})

    api_key: str
    endpoint: str | None = None


@dataclass(repr=False, slots=True)
class KeyPairPayload(SecretPayload):
    """A `key_pair` secret: access key and secret key (AWS style).

    Attributes:
        access_key: The public half (never shown by `repr`).
        secret_key: The secret half (never shown by `repr`).
        endpoint: The API it is for.
        notes: Optional free-form notes (kept secret like the rest of the payload).
    """

    secret_type: ClassVar[VaultSecretType] = VaultSecretType.KEY_PAIR
    _secret_fields: ClassVar[frozenset[str]] = frozenset({"notes", "access_key", "secret_key"})

    access_key: str
    secret_key: str
    endpoint: str | None = None


@dataclass(repr=False, slots=True)
class SSHKeyPayload(SecretPayload):
    """An `ssh_key` secret: private key, optionally public key, fingerprint, passphrase.

    Attributes:
        private_key: The private key, PEM/OpenSSH text (never shown by `repr`).
        public_key: The matching public key.
        fingerprint: Its fingerprint.
        passphrase: The private key's passphrase (never shown by `repr`).
        notes: Optional free-form notes (kept secret like the rest of the payload).
    """

    secret_type: ClassVar[VaultSecretType] = VaultSecretType.SSH_KEY
    _secret_fields: ClassVar[frozenset[str]] = frozenset({"notes", "private_key", "passphrase"})

    private_key: str
    public_key: str | None = None
    fingerprint: str | None = None
    passphrase: str | None = None


@dataclass(repr=False, slots=True)
class OtherPayload(SecretPayload):
    """An `other` secret: free-form content.

    Attributes:
        data: The content (never shown by `repr`).
        notes: Optional free-form notes (kept secret like the rest of the payload).
    """

    secret_type: ClassVar[VaultSecretType] = VaultSecretType.OTHER
    _secret_fields: ClassVar[frozenset[str]] = frozenset({"notes", "data"})

    data: str


_PAYLOAD_CLASSES: dict[VaultSecretType, type[SecretPayload]] = {}


def _register(*classes: type[SecretPayload]) -> None:
    for cls in classes:
        by_name = {f.name: f for f in fields(cls)}
        cls._field_names = tuple(by_name)
        cls._init_order = (*cls._field_names[1:], cls._field_names[0])
        cls._readers = tuple(_reader(cls, by_name[name]) for name in cls._init_order)
        _PAYLOAD_CLASSES[cls.secret_type] = cls


def _reader(
    cls: type[SecretPayload], spec: Field[Any]
) -> tuple[str, bool, Callable[[Any], Any] | None]:
    parse = cls._parsers.get(spec.name)
    required = spec.default is MISSING and spec.default_factory is MISSING
    return spec.name, parse is None and required, parse


_register(LoginPayload, APIKeyPayload, KeyPairPayload, SSHKeyPayload, OtherPayload)


def infer_secret_type(payload: SecretPayload) -> VaultSecretType:
    """The `secret_type` of a payload, taken from its class (never from its shape)."""
    if not isinstance(payload, SecretPayload) or type(payload) not in _PAYLOAD_CLASSES.values():
        raise TypeError(
            "payload must be a LoginPayload, APIKeyPayload, KeyPairPayload, "
            f"SSHKeyPayload or OtherPayload, not {type(payload).__name__}"
        )
    return payload.secret_type


def ensure_secret_type(stored_secret_type: str, payload: SecretPayload) -> None:
    """Refuse to re-encrypt a secret under a payload of another type (it is immutable).

    Raises:
        SecretTypeMismatchError: (a `TypeError`) with the official SDK's message.
    """
    new_type = infer_secret_type(payload)
    if new_type != stored_secret_type:
        raise SecretTypeMismatchError(
            f"Cannot update a '{stored_secret_type}' secret with a '{new_type.value}' "
            "payload. Delete and recreate instead."
        )


def serialize_payload(payload: SecretPayload | Mapping[str, Any]) -> bytes:
    """The exact plaintext bytes the official SDK encrypts for this payload."""
    raw = payload.to_dict() if isinstance(payload, SecretPayload) else dict(payload)
    # Defaults kept on purpose: ensure_ascii (\\uXXXX, surrogate pairs), no key sorting.
    return json.dumps(raw, separators=(",", ":")).encode("ascii")


def parse_payload(secret_type: str, raw: object) -> SecretPayload:
    """Turn decrypted JSON into the payload class for `secret_type`.

    Raises:
        VaultPayloadError: unknown `secret_type`, a non-object, or a missing/mistyped field.
        InvalidTOTPError: the stored TOTP configuration is invalid.
    """
    try:
        kind = VaultSecretType(secret_type)
    except ValueError:
        raise VaultPayloadError(f"{secret_type!r} is not a valid VaultSecretType") from None
    if not isinstance(raw, Mapping):
        raise VaultPayloadError("payload must be a JSON object")
    return _PAYLOAD_CLASSES[kind].from_dict(raw)


@dataclass(repr=False, slots=True)
class DecryptedVaultSecret:
    """A vault secret with its payload decrypted into the typed payload class.

    Attributes:
        id: Secret UUID.
        name: Display name.
        secret_type: `login`, `api_key`, `key_pair`, `ssh_key` or `other` (a `str`).
        created_at: Creation time.
        updated_at: Last modification time.
        payload: The decrypted payload.
        description: Optional description.
    """

    id: UUID
    name: str
    secret_type: VaultSecretType
    created_at: datetime
    updated_at: datetime
    payload: SecretPayload
    description: str | None = None

    def __repr__(self) -> str:
        # Only the payload's class: its non-secret fields are still decrypted content.
        return (
            f"DecryptedVaultSecret(id={self.id!r}, name={self.name!r}, "
            f"secret_type={str(self.secret_type)!r}, description={self.description!r}, "
            f"created_at={self.created_at!r}, updated_at={self.updated_at!r}, "
            f"payload=<{type(self.payload).__name__}>)"
        )
