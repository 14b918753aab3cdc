"""Errors raised by the vault's client-side crypto, payload parsing and TOTP.

```
InkboxError
└── InkboxVaultError
    ├── InkboxVaultKeyError       a new vault key fails the strength rules
    ├── VaultLockedError          a call needs an unlocked vault and there is none
    ├── VaultNotInitializedError  (ValueError) the organization has no vault yet
    ├── VaultSaltError            (ValueError) org id too short for an Argon2id salt
    ├── VaultKeyMismatchError     (ValueError) the vault key matches no stored key
    ├── VaultIntegrityError       (ValueError) a blob fails authentication or is malformed
    ├── VaultPayloadError         (ValueError) decrypted JSON is not a valid payload
    ├── SecretTypeMismatchError   (TypeError)  payload class differs from the stored type
    └── InvalidTOTPError          (ValueError) bad TOTP config or otpauth:// URI
```

The official SDK raises plain `ValueError`/`TypeError` (or lets `InvalidTag` escape) in
these places; each class here also subclasses that builtin so existing
`except ValueError:` handlers keep working. Messages never contain secret values.
"""

from __future__ import annotations

from inkbox._exceptions_base import InkboxError

__all__ = [
    "NO_KEY_MATCHED",
    "NO_KEY_MATCHED_UPDATE",
    "UNWRAP_FAILED",
    "InkboxVaultError",
    "InkboxVaultKeyError",
    "InvalidTOTPError",
    "SecretTypeMismatchError",
    "VaultIntegrityError",
    "VaultKeyMismatchError",
    "VaultLockedError",
    "VaultNotInitializedError",
    "VaultPayloadError",
    "VaultSaltError",
]

# The server found no key whose auth_hash matches (wording of the official SDK).
NO_KEY_MATCHED = (
    "No vault key matched. Check that the vault key is correct and has not been deleted."
)
# Same situation during `update_key`, where a recovery code may be the credential.
NO_KEY_MATCHED_UPDATE = (
    "No vault key matched. Check that the vault key or recovery code is correct."
)
# The server returned a wrapped key but no key id authenticates it.
UNWRAP_FAILED = (
    "No vault key matched: failed to unwrap org encryption key. "
    "Check that the vault key is correct."
)


class InkboxVaultError(InkboxError):
    """Base of every vault error."""


class InkboxVaultKeyError(InkboxVaultError):
    """A vault key chosen at `initialize`/`update_key` does not meet the strength rules."""


class VaultLockedError(InkboxVaultError):
    """A call needs the decrypted vault, and the vault has not been unlocked."""


class VaultNotInitializedError(InkboxVaultError, ValueError):
    """The organization has no vault yet (`GET /vault/info` answered 404)."""


class VaultSaltError(InkboxVaultError, ValueError):
    """The organization id is too short to serve as the Argon2id salt (8 bytes minimum)."""


class VaultKeyMismatchError(InkboxVaultError, ValueError):
    """The vault key (or recovery code) does not match any key of this vault."""


class VaultIntegrityError(InkboxVaultError, ValueError):
    """An encrypted blob failed authentication: tampered, truncated or under another key."""


class VaultPayloadError(InkboxVaultError, ValueError):
    """A decrypted payload is not valid JSON of the shape its `secret_type` requires."""


class SecretTypeMismatchError(InkboxVaultError, TypeError):
    """A payload's class does not match the stored secret's immutable `secret_type`."""


class InvalidTOTPError(InkboxVaultError, ValueError):
    """A TOTP configuration or `otpauth://` URI is invalid."""


# Tracebacks name the errors as users import them (`inkbox.NotFoundError`), as httpx does; they
# are raised from deep inside a call, often before the user's code ever touched `inkbox.<Error>`.
for _error in [v for v in list(globals().values()) if isinstance(v, type)]:
    if issubclass(_error, InkboxError):
        _error.__module__ = "inkbox"
