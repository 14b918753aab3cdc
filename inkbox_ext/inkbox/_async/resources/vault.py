"""`inkbox.vault`: the encrypted credential vault.

The server stores only ciphertext. The client derives a master key from the vault key
(Argon2id, salted with the organization id; run in a worker thread so the event loop keeps
serving), finds its wrapped org key by the master key's hash, and decrypts every secret
locally (`inkbox.vault.crypto`). The unfiltered unlocked vault is kept on the client for
`identity.credentials`.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING
from uuid import UUID

from ..._concurrency import async_run_blocking
from ..._errors import InkboxConnectionError, InternalServerError, NotFoundError
from ..._exceptions_base import InkboxError
from ..._logging import logger
from ..._wire import answer_of_shape, as_uuid, opt_enum, parsed, parsed_list
from ...vault._state import (
    SecretCache,
    VaultInitializeResult,
    VaultState,
    access_of,
    bundle_parts,
    detail_entry,
    locked_error,
)
from ...vault.errors import (
    NO_KEY_MATCHED,
    NO_KEY_MATCHED_UPDATE,
    VaultKeyMismatchError,
    VaultNotInitializedError,
)
from ...vault.types import VaultKeyType, VaultSecretType
from ..unlocked_vault import AsyncUnlockedVault
from ._base import AsyncResource

if TYPE_CHECKING:
    from inkbox_api.models import (
        VaultAccessRule,
        VaultInfo,
        VaultKey,
        VaultSecret,
        VaultSecretCreate,
        VaultSecretDetail,
        VaultSecretUpdate,
    )

    from ...vault.crypto import DerivedKey

__all__ = ["AsyncVaultResource"]

_AUTH_HASH = re.compile(r"[0-9a-f]{64}")


class AsyncVaultResource(AsyncResource):
    """The organization's encrypted credential vault.

    Metadata calls (`info`, `list_keys`, `list_secrets`, `delete_secret`) work while locked;
    reading or writing payloads needs `unlock()` first.
    """

    @property
    def _state(self) -> VaultState[AsyncUnlockedVault]:
        return self._client._vault_state

    @property
    def unlocked(self) -> AsyncUnlockedVault | None:
        """The vault unlocked on this client (unfiltered), or None while locked."""
        return self._state.unlocked

    # --- metadata -----------------------------------------------------------------------

    async def info(self) -> VaultInfo | None:
        """The vault's metadata.

        Returns:
            The `VaultInfo`, or None when the organization has no vault yet.
        """
        from inkbox_api.api.vault import get_vault_info
        from inkbox_api.models import VaultInfo

        try:
            response = await get_vault_info.asyncio_detailed(client=self._api)
        except NotFoundError:
            return None
        return parsed(response, VaultInfo)

    async def list_keys(self, *, key_type: VaultKeyType | str | None = None) -> list[VaultKey]:
        """The vault's keys (metadata only: never key material).

        Args:
            key_type: Only `"primary"` or only `"recovery"` keys.

        Returns:
            The keys.

        Raises:
            ValueError: `key_type` is neither `"primary"` nor `"recovery"`.
        """
        from inkbox_api.api.vault import list_vault_keys
        from inkbox_api.models import VaultKey
        from inkbox_api.models import VaultKeyType as ApiKeyType

        kind = opt_enum(_lower(key_type), ApiKeyType, "key_type")
        response = await list_vault_keys.asyncio_detailed(client=self._api, type_=kind)
        return parsed_list(response, VaultKey)

    async def list_secrets(
        self, *, secret_type: VaultSecretType | str | None = None
    ) -> list[VaultSecret]:
        """The vault's secrets, metadata only (no payload; works while locked).

        Args:
            secret_type: Only secrets of this type (`"login"`, `"api_key"`, `"key_pair"`,
                `"ssh_key"` or `"other"`).

        Returns:
            The secrets' metadata.

        Raises:
            ValueError: `secret_type` is not a secret type.
        """
        from inkbox_api.api.vault import list_vault_secrets
        from inkbox_api.models import VaultSecret
        from inkbox_api.models import VaultSecretType as ApiSecretType

        kind = opt_enum(_lower(secret_type), ApiSecretType, "secret_type")
        response = await list_vault_secrets.asyncio_detailed(client=self._api, secret_type=kind)
        return parsed_list(response, VaultSecret)

    async def delete_secret(self, secret_id: UUID | str) -> None:
        """Delete a secret without unlocking the vault.

        Args:
            secret_id: The secret's UUID.

        Raises:
            ValueError: `secret_id` is not a UUID.
            NotFoundError: No such secret.
        """
        from inkbox_api.api.vault import delete_vault_secret

        sid = as_uuid(secret_id, "secret_id")
        await delete_vault_secret.asyncio_detailed(sid, client=self._api)
        if self._state.unlocked is not None:
            self._state.unlocked._cache.remove(sid)

    async def delete_key(self, auth_hash: str) -> None:
        """Delete a vault key (for instance a recovery key) by its auth hash.

        Args:
            auth_hash: The key's auth hash (64 lowercase hex characters).

        Raises:
            ValueError: `auth_hash` is not 64 lowercase hex characters.
        """
        from inkbox_api.api.vault import delete_vault_key

        if not isinstance(auth_hash, str) or not _AUTH_HASH.fullmatch(auth_hash):
            raise ValueError("auth_hash must be 64 lowercase hex characters")
        await delete_vault_key.asyncio_detailed(auth_hash, client=self._api)

    # --- access rules -------------------------------------------------------------------

    async def list_access_rules(self, secret_id: UUID | str) -> list[VaultAccessRule]:
        """The identities allowed to read a secret.

        Args:
            secret_id: The secret's UUID.

        Returns:
            One rule per identity.
        """
        from inkbox_api.api.vault import list_vault_secret_access
        from inkbox_api.models import VaultAccessRule

        sid = as_uuid(secret_id, "secret_id")
        response = await list_vault_secret_access.asyncio_detailed(sid, client=self._api)
        return parsed_list(response, VaultAccessRule)

    async def grant_access(self, secret_id: UUID | str, identity_id: UUID | str) -> VaultAccessRule:
        """Allow an agent identity to read a secret.

        Args:
            secret_id: The secret's UUID.
            identity_id: The identity's UUID.

        Returns:
            The new access rule.
        """
        from inkbox_api.api.vault import grant_vault_secret_access
        from inkbox_api.models import GrantVaultSecretAccessRequest, VaultAccessRule

        sid = as_uuid(secret_id, "secret_id")
        iid = as_uuid(identity_id, "identity_id")
        response = await grant_vault_secret_access.asyncio_detailed(
            sid, client=self._api, body=GrantVaultSecretAccessRequest(identity_id=iid)
        )
        rule = parsed(response, VaultAccessRule)
        if self._state.unlocked is not None:
            self._state.unlocked._cache.grant(sid, iid)
        return rule

    async def revoke_access(self, secret_id: UUID | str, identity_id: UUID | str) -> None:
        """Stop an agent identity from reading a secret.

        Args:
            secret_id: The secret's UUID.
            identity_id: The identity's UUID.
        """
        from inkbox_api.api.vault import revoke_vault_secret_access

        sid = as_uuid(secret_id, "secret_id")
        iid = as_uuid(identity_id, "identity_id")
        await revoke_vault_secret_access.asyncio_detailed(sid, iid, client=self._api)
        if self._state.unlocked is not None:
            self._state.unlocked._cache.revoke(sid, iid)

    # --- keys and unlocking -------------------------------------------------------------

    async def initialize(self, vault_key: str) -> VaultInitializeResult:
        """Create the organization's vault, protected by `vault_key`.

        The org encryption key, the wrapped keys and four recovery codes are all made here;
        the server receives only ciphertext and hashes. Costs five Argon2id runs (~1 s).

        Args:
            vault_key: At least 16 characters, with an upper-case letter, a lower-case
                letter, a digit and a special character.

        Returns:
            The vault's ids and `recovery_codes`: store them now, they cannot be retrieved
            again, and each one unlocks the vault.

        Raises:
            InkboxVaultKeyError: `vault_key` breaks a strength rule (checked before any
                request).
            ValueError: The API key's organization could not be determined.
            ConflictError: The organization already has a vault.
        """
        from inkbox_api.api.vault import initialize_vault
        from inkbox_api.models import InitializeVaultRequest, VaultInitializeResponse

        from ...vault.crypto import build_initialize_material, validate_vault_key

        _check_key_type(vault_key, "vault_key")
        validate_vault_key(vault_key)
        org_id = await self._organization_id()
        material = await async_run_blocking(lambda: build_initialize_material(vault_key, org_id))
        response = await initialize_vault.asyncio_detailed(
            client=self._api, body=InitializeVaultRequest.from_dict(material.to_wire())
        )
        created = parsed(response, VaultInitializeResponse)
        return VaultInitializeResult(
            vault_id=created.vault_id,
            vault_key_id=created.vault_key_id,
            recovery_key_count=created.recovery_key_count,
            recovery_codes=list(material.recovery_codes),
        )

    async def unlock(
        self, vault_key: str | None = None, *, identity_id: UUID | str | None = None
    ) -> AsyncUnlockedVault:
        """Unlock the vault: derive the key, then fetch and decrypt every secret.

        The unfiltered result is also kept on this client, which is what
        `identity.credentials` and the identity's secret helpers use.

        Args:
            vault_key: The vault key or a recovery code, exactly as given at creation
                (recovery codes in upper case with their dashes). Defaults to the key the
                client was constructed with (`vault_key=` or `INKBOX_VAULT_KEY`).
            identity_id: Return only the secrets this agent identity may read.

        Returns:
            The unlocked vault.

        Raises:
            ValueError: No vault key was given or configured, or `identity_id` is not a UUID.
            VaultNotInitializedError: (a `ValueError`) the organization has no vault.
            VaultKeyMismatchError: (a `ValueError`) no key of this vault matches.
            VaultIntegrityError: (a `ValueError`) a secret's ciphertext was tampered with;
                the message names it, and nothing is unlocked.
        """
        from ...vault.crypto import decrypt_secrets

        if vault_key is None:
            vault_key = self._state.vault_key
            if vault_key is None:
                raise ValueError(
                    "no vault key: pass one to unlock(), or construct the client with "
                    "vault_key=... (or set INKBOX_VAULT_KEY)"
                )
        _check_key_type(vault_key, "vault_key")
        who = None if identity_id is None else as_uuid(identity_id, "identity_id")

        org_id = await self._vault_organization_id()
        derived = await self._derive(vault_key, org_id)
        org_key, details = await self._open(derived, NO_KEY_MATCHED)
        with answer_of_shape("a vault unlock bundle"):
            access = [access_of(detail) for detail in details]
        secrets = await async_run_blocking(
            lambda: decrypt_secrets(org_key, map(detail_entry, details))
        )
        cache = SecretCache(zip(secrets, access, strict=True))
        unlocked = AsyncUnlockedVault(self._client, org_key, cache)
        self._state.unlocked = unlocked
        if who is None:
            return unlocked
        return AsyncUnlockedVault(
            self._client, org_key, cache, await self._readable_ids(cache, str(who))
        )

    async def update_key(
        self,
        new_vault_key: str,
        *,
        current_vault_key: str | None = None,
        recovery_code: str | None = None,
    ) -> VaultKey:
        """Replace the primary vault key, proving either the current key or a recovery code.

        Args:
            new_vault_key: The new vault key (same strength rules as `initialize`).
            current_vault_key: The current vault key.
            recovery_code: A recovery code instead; the server consumes it.

        Returns:
            The new primary key's metadata.

        Raises:
            ValueError: Not exactly one of `current_vault_key` and `recovery_code` given.
            InkboxVaultKeyError: `new_vault_key` breaks a strength rule (checked first).
            VaultKeyMismatchError: The proof matches no key of this vault.
            InkboxConnectionError: The answer was lost and the new key does not open the vault
                (the change is never resent: when an answer is lost, the new key is tried, and
                the call succeeds if it opens the vault).
        """
        from inkbox_api.api.vault import update_vault_primary_key
        from inkbox_api.models import UpdateVaultPrimaryKeyRequest, VaultKey

        from ...vault.crypto import generate_vault_key_material, validate_vault_key

        if (current_vault_key is None) == (recovery_code is None):
            raise ValueError("Exactly one of current_vault_key or recovery_code must be provided")
        by_current_key = current_vault_key is not None
        proof = current_vault_key if by_current_key else recovery_code
        assert proof is not None
        _check_key_type(new_vault_key, "new_vault_key")
        _check_key_type(proof, "current_vault_key" if by_current_key else "recovery_code")
        validate_vault_key(new_vault_key)

        org_id = await self._vault_organization_id()
        derived = await self._derive(proof, org_id)
        org_key, _ = await self._open(derived, NO_KEY_MATCHED_UPDATE)
        material = await async_run_blocking(
            lambda: generate_vault_key_material(new_vault_key, org_id, org_key)
        )
        if by_current_key:
            wire = material.to_primary_update(current_auth_hash=derived.auth_hash)
        else:
            wire = material.to_primary_update(recovery_auth_hash=derived.auth_hash)
        try:
            response = await update_vault_primary_key.asyncio_detailed(
                client=self._api, body=UpdateVaultPrimaryKeyRequest.from_dict(wire)
            )
        except (InkboxConnectionError, InternalServerError) as exc:
            # The change is never retried (`x-idempotent: false`): once it committed, a resend's
            # proof matches no key any more and is refused, and the caller would be told it
            # failed while the old key no longer works. The outcome is unknown, so look.
            changed = await self._primary_key_if_opens(new_vault_key, org_id)
            if changed is None:
                raise
            logger.info("the vault key change committed although its answer was lost (%s)", exc)
            return changed
        return parsed(response, VaultKey)

    async def _primary_key_if_opens(self, vault_key: str, org_id: str) -> VaultKey | None:
        """The primary key's metadata when `vault_key` opens the vault, else None (a failure
        to ask counts as not knowing: None)."""
        try:
            derived = await self._derive(vault_key, org_id)
            await self._open(derived, NO_KEY_MATCHED_UPDATE)
            primary = await self.list_keys(key_type="primary")
        except (VaultKeyMismatchError, InkboxError):
            return None
        return primary[0] if primary else None

    # --- the encrypted wire of `UnlockedVault` (bodies carry ciphertext made there) ------

    async def _secret_detail(self, secret_id: UUID) -> VaultSecretDetail:
        from inkbox_api.api.vault import get_vault_secret
        from inkbox_api.models import VaultSecretDetail

        response = await get_vault_secret.asyncio_detailed(secret_id, client=self._api)
        return parsed(response, VaultSecretDetail)

    async def _store_secret(self, body: VaultSecretCreate) -> VaultSecret:
        from inkbox_api.api.vault import create_vault_secret
        from inkbox_api.models import VaultSecret

        response = await create_vault_secret.asyncio_detailed(client=self._api, body=body)
        return parsed(response, VaultSecret)

    async def _patch_secret(self, secret_id: UUID, body: VaultSecretUpdate) -> VaultSecret:
        from inkbox_api.api.vault import update_vault_secret
        from inkbox_api.models import VaultSecret

        response = await update_vault_secret.asyncio_detailed(
            secret_id, client=self._api, body=body
        )
        return parsed(response, VaultSecret)

    # --- internals ----------------------------------------------------------------------

    async def _require_unlocked(self) -> AsyncUnlockedVault:
        """The stored unlocked vault; a configured key still waiting is used now."""
        state = self._state
        if state.unlocked is None and state.vault_key is not None:
            await self.unlock()
        return self._unlocked_now()

    def _unlocked_now(self) -> AsyncUnlockedVault:
        """The stored unlocked vault, without any request.

        Raises:
            VaultLockedError: (an `InkboxError`) the vault is not unlocked.
        """
        state = self._state
        if state.unlocked is None:
            raise locked_error(configured_key=state.vault_key is not None)
        return state.unlocked

    async def _organization_id(self) -> str:
        """The organization of the API key (`GET /api/whoami`): the salt of a new vault."""
        me = await self._client._account.whoami()
        org_id = getattr(me, "organization_id", None)
        if not isinstance(org_id, str) or not org_id:
            raise ValueError("Could not determine organization ID from API key")
        return org_id

    async def _vault_organization_id(self) -> str:
        """The vault's organization (`GET /vault/info`): the salt of existing keys."""
        info = await self.info()
        if info is None:
            raise VaultNotInitializedError("Vault has not been initialized")
        return info.organization_id

    async def _derive(self, secret: str, org_id: str) -> DerivedKey:
        from ...vault.crypto import derive_key

        return await async_run_blocking(lambda: derive_key(secret, org_id))

    async def _open(
        self, derived: DerivedKey, no_match: str
    ) -> tuple[bytes, list[VaultSecretDetail]]:
        """Fetch the unlock bundle for this key and unwrap the org key.

        Returns:
            The org key and the bundle's encrypted secrets, as the generated parser read them.
        """
        from inkbox_api.api.vault import get_vault_unlock_bundle, list_vault_keys
        from inkbox_api.models import VaultKey, VaultUnlockBundle

        from ...vault.crypto import candidate_key_ids, find_org_key

        # The body is read once, by the generated parser (a malformed secret raises there);
        # the secrets are decrypted from its models. Error statuses raise in our transport.
        response = await get_vault_unlock_bundle.asyncio_detailed(
            client=self._api, auth_hash=derived.auth_hash
        )
        with answer_of_shape("a vault unlock bundle"):
            wrapped, entries = bundle_parts(parsed(response, VaultUnlockBundle))
        if wrapped is None:
            raise VaultKeyMismatchError(no_match)
        keys_response = await list_vault_keys.asyncio_detailed(client=self._api)
        parsed_list(keys_response, VaultKey)  # validates the shape
        # The key id is the AAD of the wrapped key exactly as the server spells it.
        raw_keys = json.loads(keys_response.content)
        org_key, _ = find_org_key(derived.master_key, wrapped, candidate_key_ids(raw_keys))
        return org_key, entries

    async def _readable_ids(self, cache: SecretCache, identity_id: str) -> set[str]:
        """Ids of the secrets the identity may read; asks the server only where the bundle
        did not inline a secret's access rules."""
        visible: set[str] = set()
        for secret in cache.values():
            access = cache.access(secret.id)
            if access is None:
                rules = await self.list_access_rules(secret.id)
                access = frozenset(str(rule.identity_id) for rule in rules)
                cache.put(secret, access)
            if identity_id in access:
                visible.add(str(secret.id))
        return visible


def _check_key_type(value: object, name: str) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value:
        raise ValueError(f"{name} must not be empty")


def _lower(value: str | None) -> str | None:
    # The official README spells key types "PRIMARY"/"RECOVERY"; the wire values are lower case.
    return value.lower() if isinstance(value, str) else value
