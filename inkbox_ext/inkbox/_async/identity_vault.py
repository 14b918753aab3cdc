"""The identity's side of the vault: `identity.credentials` and secrets scoped to it.

All of it needs the vault unlocked on the client (`inkbox.vault.unlock(vault_key)`, or a
client constructed with `vault_key=`); otherwise `VaultLockedError` (an `InkboxError`) is
raised before any request.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from ..vault.credentials import Credentials
from .identity import AsyncIdentityBase

if TYPE_CHECKING:
    from inkbox_api.models import VaultSecret

    from ..vault._state import SecretCache
    from ..vault.totp import TOTPCode, TOTPConfig
    from ..vault.types import DecryptedVaultSecret, SecretPayload

__all__ = ["AsyncIdentityVaultMixin"]


class AsyncIdentityVaultMixin(AsyncIdentityBase):
    """Credentials and vault secrets of one agent identity."""

    # (cache it was built from, cache version, the Credentials); rebuilt when either moves.
    _credentials_cache: tuple[SecretCache, int, Credentials] | None = None

    def _clear_credentials_cache(self) -> None:
        """Forget the cached `credentials`."""
        self._credentials_cache = None

    def _forget_cached_state(self) -> None:
        # `refresh()` and the identity's other updates call this hook.
        self._clear_credentials_cache()
        super()._forget_cached_state()

    @property
    def credentials(self) -> Credentials:
        """The secrets this identity may read, decrypted and typed.

        Taken from the vault unlocked on the client: the secrets whose access rules include
        this identity (a bundle the server already scoped, as for an agent-scoped API key,
        is used as is). Cached until the vault changes through this client, is unlocked
        again, or `refresh()` is called.

        Raises:
            VaultLockedError: (an `InkboxError`) the vault is not unlocked.
        """
        cache = self._client.vault._unlocked_now()._cache
        hit = self._credentials_cache
        if hit is not None and hit[0] is cache and hit[1] == cache.version:
            return hit[2]
        credentials = Credentials(cache.readable_by(self._data.id))
        self._credentials_cache = (cache, cache.version, credentials)
        return credentials

    async def create_secret(
        self, name: str, payload: SecretPayload, *, description: str | None = None
    ) -> VaultSecret:
        """Store a new secret this identity may read; see `AsyncUnlockedVault.create_secret`.

        Args:
            name: Display name, 1 to 255 characters.
            payload: A `LoginPayload`, `APIKeyPayload`, `KeyPairPayload`, `SSHKeyPayload` or
                `OtherPayload`.
            description: Optional description.
        """
        vault = self._client.vault
        unlocked = await vault._require_unlocked()
        secret = await unlocked.create_secret(name, payload, description=description)
        await vault.grant_access(secret.id, self._data.id)
        return secret

    async def get_secret(self, secret_id: UUID | str) -> DecryptedVaultSecret:
        """Fetch and decrypt one secret; see `AsyncUnlockedVault.get_secret`.

        Args:
            secret_id: The secret's UUID.
        """
        unlocked = await self._client.vault._require_unlocked()
        return await unlocked.get_secret(secret_id)

    async def set_totp(self, secret_id: UUID | str, totp: TOTPConfig | str) -> VaultSecret:
        """Add or replace the TOTP configuration of a login secret; see `AsyncUnlockedVault.set_totp`.

        Args:
            secret_id: The login secret's UUID.
            totp: A `TOTPConfig`, or an `otpauth://totp/...` URI.
        """
        unlocked = await self._client.vault._require_unlocked()
        return await unlocked.set_totp(secret_id, totp)

    async def remove_totp(self, secret_id: UUID | str) -> VaultSecret:
        """Remove the TOTP configuration of a login secret; see `AsyncUnlockedVault.remove_totp`.

        Args:
            secret_id: The login secret's UUID.
        """
        unlocked = await self._client.vault._require_unlocked()
        return await unlocked.remove_totp(secret_id)

    async def get_totp_code(self, secret_id: UUID | str) -> TOTPCode:
        """The current TOTP code of a login secret, computed locally; see `AsyncUnlockedVault.get_totp_code`.

        Args:
            secret_id: The login secret's UUID.
        """
        unlocked = await self._client.vault._require_unlocked()
        return await unlocked.get_totp_code(secret_id)

    async def delete_secret(self, secret_id: UUID | str) -> None:
        """Delete a secret; see `AsyncUnlockedVault.delete_secret`.

        Args:
            secret_id: The secret's UUID.
        """
        unlocked = await self._client.vault._require_unlocked()
        await unlocked.delete_secret(secret_id)

    async def revoke_credential_access(self, secret_id: UUID | str) -> None:
        """Stop this identity from reading a secret; see `AsyncVaultResource.revoke_access`.

        Args:
            secret_id: The secret's UUID.
        """
        await self._client.vault.revoke_access(secret_id, self._data.id)
