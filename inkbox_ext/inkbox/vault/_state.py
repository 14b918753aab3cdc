"""Client-side state of the vault, shared by the sync and async clients (no I/O).

- `VaultState`: what a client (and its `with_options()` copies) knows about the vault: the
  vault key it was configured with and the vault it unlocked.
- `SecretCache`: the decrypted secrets of one unlock and, per secret, which identities may
  read it; `UnlockedVault` views and `identity.credentials` read from it.
- `VaultInitializeResult`: what `vault.initialize()` returns.
- Helpers turning generated response models into decrypted secrets.

Nothing here prints a secret: the vault key, the org key and recovery codes stay out of every
repr.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from uuid import UUID

from .._constants import ENV_VAULT_KEY
from .errors import VaultLockedError

if TYPE_CHECKING:
    from inkbox_api.models import VaultSecret, VaultSecretDetail, VaultUnlockBundle

    from .types import DecryptedVaultSecret, SecretPayload

__all__ = [
    "KEEP",
    "LOCKED_MESSAGE",
    "SecretCache",
    "VaultInitializeResult",
    "VaultState",
    "access_of",
    "bundle_parts",
    "copy_payload",
    "detail_entry",
    "locked_error",
    "resolve_vault_key",
    "secret_from_metadata",
    "validate_secret_name",
]

# The official SDK's wording, then what an async client adds.
LOCKED_MESSAGE = (
    "Vault must be unlocked before accessing credentials. "
    "Call inkbox.vault.unlock(vault_key) first."
)
_LOCKED_ASYNC_HINT = (
    " An AsyncInkbox constructed with a vault key unlocks on `async with` or on its first "
    "awaited vault call; `await inkbox.vault.unlock()` unlocks it now."
)
MAX_SECRET_NAME = 255

U = TypeVar("U")


def resolve_vault_key(vault_key: str | None) -> str | None:
    """The vault key a client unlocks with: the argument, else `INKBOX_VAULT_KEY`, else
    `vault_key` in `~/.inkbox/config` (as 0.7.20 reads it), else None.

    An explicit `""` means "no vault key", without looking at the environment or the file.
    """
    if vault_key is None:
        from .._config import read_config_file

        vault_key = os.environ.get(ENV_VAULT_KEY) or read_config_file().get("vault_key")
    # An empty string (an unset variable exported as "") means "no key", not a wrong key.
    return vault_key or None


def locked_error(*, configured_key: bool) -> VaultLockedError:
    """The error for a call that needs an unlocked vault."""
    return VaultLockedError(LOCKED_MESSAGE + (_LOCKED_ASYNC_HINT if configured_key else ""))


class VaultState(Generic[U]):
    """The vault as one client and its `with_options()` copies see it.

    Attributes:
        vault_key: The key given to the constructor or found in `INKBOX_VAULT_KEY` (never in
            the repr); `vault.unlock()` without a key uses it.
        unlocked: The unfiltered unlocked vault that `identity.credentials` reads, or None.
    """

    __slots__ = ("unlocked", "vault_key")

    def __init__(self, vault_key: str | None = None) -> None:
        self.vault_key = vault_key
        self.unlocked: U | None = None

    def __repr__(self) -> str:
        return (
            f"VaultState(vault_key={'set' if self.vault_key else None}, "
            f"unlocked={self.unlocked is not None})"
        )


@dataclass(frozen=True, slots=True)
class VaultInitializeResult:
    """What `vault.initialize()` created.

    Attributes:
        vault_id: Id of the new vault.
        vault_key_id: Id of its primary key.
        recovery_key_count: Number of recovery keys stored (4).
        recovery_codes: The recovery codes, shown only here: store them now, they cannot be
            retrieved again. Each one unlocks the vault like the vault key.
    """

    vault_id: UUID
    vault_key_id: UUID
    recovery_key_count: int
    recovery_codes: list[str] = field(repr=False)


def validate_secret_name(name: object) -> str:
    """A secret name as the server accepts it (1 to 255 characters), checked before writing.

    Raises:
        TypeError: `name` is not a string.
        ValueError: `name` is empty or longer than 255 characters.
    """
    if not isinstance(name, str):
        raise TypeError(f"name must be a str, not {type(name).__name__}")
    if not name or len(name) > MAX_SECRET_NAME:
        raise ValueError(f"name must be 1 to {MAX_SECRET_NAME} characters, got {len(name)}")
    return name


def copy_payload(payload: SecretPayload) -> SecretPayload:
    """A detached copy holding exactly what was stored (the caller may mutate theirs)."""
    from .types import parse_payload

    return parse_payload(payload.secret_type, payload.to_dict())


def access_of(model: VaultSecret | VaultSecretDetail) -> frozenset[str] | None:
    """Ids of the identities allowed to read a secret, or None when the server did not say."""
    if model.access is None:
        return None
    return frozenset(str(rule.identity_id) for rule in model.access)


def bundle_parts(bundle: VaultUnlockBundle) -> tuple[str | None, list[VaultSecretDetail]]:
    """`(wrapped_org_encryption_key, encrypted_secrets)` of a parsed `/vault/unlock` answer.

    The generated parser has read every secret (ids, types, timestamps) and the unlock
    decrypts from those models; the wrapped key it passes through as sent, so its type is
    checked here (call inside `answer_of_shape`).

    Raises:
        TypeError: The wrapped key is neither a string nor null.
    """
    wrapped = bundle.wrapped_org_encryption_key
    if not (wrapped is None or isinstance(wrapped, str)):
        raise TypeError("wrapped_org_encryption_key is neither a string nor null")
    return wrapped, bundle.encrypted_secrets


def detail_entry(model: VaultSecretDetail) -> Mapping[str, Any]:
    """The mapping `crypto.decrypt_secret(s)` reads, built from a generated secret detail."""
    return {
        "id": model.id,
        "name": model.name,
        "secret_type": str(model.secret_type),
        "encrypted_payload": model.encrypted_payload,
        "created_at": model.created_at,
        "updated_at": model.updated_at,
        "description": model.description,
    }


def secret_from_metadata(model: VaultSecret, payload: SecretPayload) -> DecryptedVaultSecret:
    """A decrypted secret from a create/update response and the payload just stored."""
    from .types import DecryptedVaultSecret, VaultSecretType

    return DecryptedVaultSecret(
        id=model.id,
        name=model.name,
        secret_type=VaultSecretType(str(model.secret_type)),
        created_at=model.created_at,
        updated_at=model.updated_at,
        payload=payload,
        description=model.description,
    )


class SecretCache:
    """The decrypted secrets of one unlock, in server order, with their readers.

    Shared by the unfiltered vault stored on the client and any identity-filtered view of
    it, so a change made through either is seen by both (and by `identity.credentials`).
    `version` grows with every change, which tells a cached `Credentials` it is stale.
    """

    __slots__ = ("_access", "_secrets", "version")

    def __init__(
        self, entries: Iterable[tuple[DecryptedVaultSecret, frozenset[str] | None]] = ()
    ) -> None:
        self._secrets: dict[str, DecryptedVaultSecret] = {}
        self._access: dict[str, frozenset[str] | None] = {}
        self.version = 0
        for secret, access in entries:
            self.put(secret, access)

    def __len__(self) -> int:
        return len(self._secrets)

    def __contains__(self, secret_id: object) -> bool:
        return str(secret_id) in self._secrets

    def __repr__(self) -> str:
        return f"SecretCache({len(self._secrets)} secrets)"

    def values(
        self, visible: frozenset[str] | set[str] | None = None
    ) -> list[DecryptedVaultSecret]:
        """All secrets, or only those whose id is in `visible`."""
        if visible is None:
            return list(self._secrets.values())
        return [s for key, s in self._secrets.items() if key in visible]

    def get(self, secret_id: UUID | str) -> DecryptedVaultSecret | None:
        return self._secrets.get(str(secret_id))

    def access(self, secret_id: UUID | str) -> frozenset[str] | None:
        """Who may read the secret; None when unknown (the server did not inline it)."""
        return self._access.get(str(secret_id))

    def put(
        self, secret: DecryptedVaultSecret, access: frozenset[str] | _Keep | None = None
    ) -> None:
        """Add or replace a secret (its position is kept when replacing)."""
        key = str(secret.id)
        self._secrets[key] = secret
        if not isinstance(access, _Keep):
            self._access[key] = access
        else:
            self._access.setdefault(key, None)
        self.version += 1

    def remove(self, secret_id: UUID | str) -> None:
        key = str(secret_id)
        if self._secrets.pop(key, None) is not None:
            self._access.pop(key, None)
            self.version += 1

    def grant(self, secret_id: UUID | str, identity_id: UUID | str) -> None:
        """Record that an identity may now read the secret."""
        key = str(secret_id)
        if key in self._secrets:
            known = self._access.get(key) or frozenset()
            self._access[key] = known | {str(identity_id)}
            self.version += 1

    def revoke(self, secret_id: UUID | str, identity_id: UUID | str) -> None:
        """Record that an identity may no longer read the secret."""
        key = str(secret_id)
        known = self._access.get(key)
        if known is not None:
            self._access[key] = known - {str(identity_id)}
            self.version += 1

    def readable_by(self, identity_id: UUID | str) -> list[DecryptedVaultSecret]:
        """Secrets the identity may read.

        A secret whose readers the server did not send is kept: such a bundle is taken as
        already scoped by the server (as with an agent-scoped API key), which is what the
        official SDK assumes for every secret.
        """
        who = str(identity_id)
        return [
            secret
            for key, secret in self._secrets.items()
            if (access := self._access.get(key)) is None or who in access
        ]


class _Keep:
    """`SecretCache.put(..., access=KEEP)`: leave what is known about the readers as is."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "KEEP"


KEEP = _Keep()
