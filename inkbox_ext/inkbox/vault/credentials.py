"""`Credentials`: an agent identity's typed, read-only view of the secrets it may use.

Obtained as `identity.credentials` once the vault is unlocked. It holds already-decrypted
secrets and makes no request, so it is one class for `Inkbox` and `AsyncInkbox` alike. The
vault (`inkbox.vault`, `UnlockedVault`) stays the admin surface for writing secrets.
"""

from __future__ import annotations

import builtins
from typing import TypeVar
from uuid import UUID

from .totp import TOTPCode, generate_totp
from .types import (
    APIKeyPayload,
    DecryptedVaultSecret,
    KeyPairPayload,
    LoginPayload,
    SecretPayload,
    SSHKeyPayload,
    VaultSecretType,
)

__all__ = ["Credentials"]

P = TypeVar("P", bound=SecretPayload)


def _key(secret_id: UUID | str) -> str:
    # Ids are stored in canonical form; accept upper case or braces-free variants as well.
    if isinstance(secret_id, str):
        try:
            return str(UUID(secret_id))
        except ValueError:
            return secret_id
    return str(secret_id)


class Credentials:
    """The secrets an agent identity may read, with typed accessors.

    ```python
    inkbox.vault.unlock("my-Vault-key-01!")
    identity = inkbox.get_identity("support-bot")
    for secret in identity.credentials.list_logins():
        print(secret.name)
    login = identity.credentials.get_login("secret-uuid")  # -> LoginPayload
    ```

    A snapshot: it reflects the vault as it was when `identity.credentials` was read
    (`identity.refresh()` or any change through this client gives a fresh one next time).

    Args:
        secrets: The decrypted secrets this identity may read.
    """

    __slots__ = ("_by_id", "_secrets")

    def __init__(self, secrets: builtins.list[DecryptedVaultSecret]) -> None:
        self._secrets = builtins.list(secrets)
        self._by_id = {str(s.id): s for s in self._secrets}

    def __len__(self) -> int:
        return len(self._secrets)

    def __repr__(self) -> str:
        return f"Credentials({len(self._secrets)} secrets)"

    # --- discovery ---------------------------------------------------------------------

    def list(self) -> builtins.list[DecryptedVaultSecret]:
        """Every credential this identity may read.

        Returns:
            The secrets, with name, metadata and decrypted payload.
        """
        return builtins.list(self._secrets)

    def _of_type(self, kind: VaultSecretType) -> builtins.list[DecryptedVaultSecret]:
        return [s for s in self._secrets if s.secret_type == kind]

    def list_logins(self) -> builtins.list[DecryptedVaultSecret]:
        """Login credentials (password, username, URL, TOTP)."""
        return self._of_type(VaultSecretType.LOGIN)

    def list_api_keys(self) -> builtins.list[DecryptedVaultSecret]:
        """API key credentials."""
        return self._of_type(VaultSecretType.API_KEY)

    def list_key_pairs(self) -> builtins.list[DecryptedVaultSecret]:
        """Key pair credentials (access key and secret key)."""
        return self._of_type(VaultSecretType.KEY_PAIR)

    def list_ssh_keys(self) -> builtins.list[DecryptedVaultSecret]:
        """SSH key credentials."""
        return self._of_type(VaultSecretType.SSH_KEY)

    # --- access by id ------------------------------------------------------------------

    def get(self, secret_id: UUID | str) -> DecryptedVaultSecret:
        """Any credential by id.

        Args:
            secret_id: The secret's UUID.

        Returns:
            The decrypted secret.

        Raises:
            KeyError: No credential with this id is readable by this identity.
        """
        key = _key(secret_id)
        try:
            return self._by_id[key]
        except KeyError:
            raise KeyError(
                f"No credential with id {key!r} is accessible to this identity"
            ) from None

    def _typed(self, secret_id: UUID | str, cls: type[P]) -> P:
        secret = self.get(secret_id)
        payload = secret.payload
        if secret.secret_type != cls.secret_type or not isinstance(payload, cls):
            raise TypeError(
                f"Credential {_key(secret_id)!r} is a {str(secret.secret_type)!r} secret, "
                f"not {cls.secret_type.value!r}"
            )
        return payload

    def get_login(self, secret_id: UUID | str) -> LoginPayload:
        """A login credential's payload.

        Args:
            secret_id: The secret's UUID.

        Returns:
            The `LoginPayload`.

        Raises:
            KeyError: No credential with this id is readable by this identity.
            TypeError: The credential is not a login.
        """
        return self._typed(secret_id, LoginPayload)

    def get_api_key(self, secret_id: UUID | str) -> APIKeyPayload:
        """An API key credential's payload.

        Args:
            secret_id: The secret's UUID.

        Returns:
            The `APIKeyPayload`.

        Raises:
            KeyError: No credential with this id is readable by this identity.
            TypeError: The credential is not an API key.
        """
        return self._typed(secret_id, APIKeyPayload)

    def get_key_pair(self, secret_id: UUID | str) -> KeyPairPayload:
        """A key pair credential's payload.

        Args:
            secret_id: The secret's UUID.

        Returns:
            The `KeyPairPayload`.

        Raises:
            KeyError: No credential with this id is readable by this identity.
            TypeError: The credential is not a key pair.
        """
        return self._typed(secret_id, KeyPairPayload)

    def get_ssh_key(self, secret_id: UUID | str) -> SSHKeyPayload:
        """An SSH key credential's payload.

        Args:
            secret_id: The secret's UUID.

        Returns:
            The `SSHKeyPayload`.

        Raises:
            KeyError: No credential with this id is readable by this identity.
            TypeError: The credential is not an SSH key.
        """
        return self._typed(secret_id, SSHKeyPayload)

    def get_totp_code(self, secret_id: UUID | str) -> TOTPCode:
        """The current TOTP code of a login credential, computed locally.

        Args:
            secret_id: The login secret's UUID.

        Returns:
            The code and its validity window.

        Raises:
            KeyError: No credential with this id is readable by this identity.
            TypeError: The credential is not a login.
            ValueError: The login has no TOTP configured.
        """
        payload = self.get_login(secret_id)
        if payload.totp is None:
            raise ValueError(f"Login {_key(secret_id)!r} has no TOTP configured")
        return generate_totp(payload.totp)
