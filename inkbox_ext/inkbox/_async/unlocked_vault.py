"""`AsyncUnlockedVault`: secret CRUD with client-side encryption, after `vault.unlock()`.

The org key never leaves this object; payloads are encrypted before they are sent and
decrypted after they arrive (AES-256-GCM, AAD = the secret's UUID). Every argument is checked
before the first request, so a bad one changes nothing on the server.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING
from uuid import UUID

from .._exceptions_base import InkboxError
from .._types import NOT_GIVEN, NotGivenOr
from .._wire import as_uuid, given, omit
from ..vault._state import (
    KEEP,
    SecretCache,
    access_of,
    copy_payload,
    detail_entry,
    secret_from_metadata,
    validate_secret_name,
)
from ..vault.errors import VaultIntegrityError
from ..vault.totp import TOTPCode, TOTPConfig, generate_totp, parse_totp_uri
from ..vault.types import (
    DecryptedVaultSecret,
    LoginPayload,
    SecretPayload,
    VaultSecretType,
    ensure_secret_type,
    infer_secret_type,
)

if TYPE_CHECKING:
    from inkbox_api.models import VaultSecret, VaultSecretUpdate

    from .client import AsyncInkbox

__all__ = ["AsyncUnlockedVault"]


class AsyncUnlockedVault:
    """The vault, unlocked: read and write secrets in clear, stored encrypted.

    Obtain it from `await inkbox.vault.unlock(vault_key)`. `secrets` holds what the unlock
    decrypted (kept current by the writes made through this client); `get_secret` reads one
    secret afresh from the server.
    """

    def __init__(
        self,
        client: AsyncInkbox,
        org_key: bytes,
        cache: SecretCache,
        visible: set[str] | None = None,
    ) -> None:
        self._client = client
        self._org_key = org_key
        self._cache = cache
        # An identity-filtered view shares the cache and sees only these ids (None: all).
        self._visible = visible

    def __repr__(self) -> str:
        return f"{type(self).__name__}(secrets={len(self.secrets)})"

    @property
    def secrets(self) -> list[DecryptedVaultSecret]:
        """The decrypted secrets of this vault (or of this identity's view of it)."""
        return self._cache.values(self._visible)

    def _show(self, secret_id: UUID) -> None:
        if self._visible is not None:
            self._visible.add(str(secret_id))

    async def get_secret(self, secret_id: UUID | str) -> DecryptedVaultSecret:
        """Fetch one secret and decrypt it.

        Args:
            secret_id: The secret's UUID.

        Returns:
            The secret with its typed payload (`secret.payload.password` for a login).

        Raises:
            ValueError: `secret_id` is not a UUID.
            NotFoundError: No such secret.
            VaultIntegrityError: The stored ciphertext was tampered with or is not readable
                with this vault's key (the message names the secret).
        """
        from ..vault.crypto import decrypt_secret

        sid = as_uuid(secret_id, "secret_id")
        detail = await self._client.vault._secret_detail(sid)
        if detail.id != sid:
            # The payload's AAD is the id the server sent, so a server (or proxy) answering
            # with another secret would decrypt fine: check it is the one asked for.
            raise VaultIntegrityError(
                f"the server answered secret {detail.id} when asked for {sid}; not using it"
            )
        secret = decrypt_secret(self._org_key, detail_entry(detail))
        if sid in self._cache:
            access = access_of(detail)
            self._cache.put(secret, KEEP if access is None else access)
        return secret

    async def create_secret(
        self, name: str, payload: SecretPayload, *, description: str | None = None
    ) -> VaultSecret:
        """Encrypt and store a new secret; its type comes from the payload's class.

        ```python
        await unlocked.create_secret(
            "AWS Production",
            LoginPayload(password="s3cret", username="admin"),
            description="Production IAM user",
        )
        ```

        Args:
            name: Display name, 1 to 255 characters.
            payload: A `LoginPayload`, `APIKeyPayload`, `KeyPairPayload`, `SSHKeyPayload` or
                `OtherPayload`.
            description: Optional description.

        Returns:
            The new secret's metadata (no payload).

        Raises:
            TypeError: `payload` is not one of the five payload classes.
            ValueError: `name` is empty or too long.
        """
        from inkbox_api.models import VaultSecretCreate
        from inkbox_api.models import VaultSecretType as ApiSecretType

        from ..vault.crypto import encrypt_payload, new_secret_id

        secret_type = infer_secret_type(payload)
        validate_secret_name(name)
        _check_description(description)
        # The id is made here because it is also the AAD the payload is encrypted under.
        secret_id = new_secret_id()
        body = VaultSecretCreate(
            id=UUID(secret_id),
            name=name,
            secret_type=ApiSecretType(secret_type.value),
            encrypted_payload=encrypt_payload(self._org_key, payload, secret_id),
            description=omit(description),
        )
        meta = await self._client.vault._store_secret(body)
        if str(meta.id) != secret_id:
            raise InkboxError(
                f"the server stored secret {name!r} under id {meta.id} instead of the id it "
                f"was encrypted for ({secret_id}); it cannot be decrypted: delete it"
            )
        access = access_of(meta)
        # A new secret has no readers unless the server says otherwise.
        self._cache.put(
            secret_from_metadata(meta, copy_payload(payload)),
            frozenset() if access is None else access,
        )
        self._show(meta.id)
        return meta

    async def update_secret(
        self,
        secret_id: UUID | str,
        *,
        name: NotGivenOr[str] = NOT_GIVEN,
        description: NotGivenOr[str | None] = NOT_GIVEN,
        payload: NotGivenOr[SecretPayload | None] = NOT_GIVEN,
    ) -> VaultSecret:
        """Rename, re-describe and/or re-encrypt a secret; only what you pass is sent.

        Args:
            secret_id: The secret's UUID.
            name: New display name (1 to 255 characters).
            description: New description; `None` clears it.
            payload: New payload, of the same class as the stored one (a secret's type never
                changes: delete and recreate instead). `None` leaves the payload as is.

        Returns:
            The secret's updated metadata.

        Raises:
            ValueError: `secret_id` is not a UUID, `name` is empty or too long, or nothing
                was given to update.
            TypeError: `payload` is not a payload object.
            SecretTypeMismatchError: (a `TypeError`) `payload` is of another type than the
                stored secret; nothing is sent.
        """
        from inkbox_api.models import VaultSecretUpdate

        sid = as_uuid(secret_id, "secret_id")
        body = VaultSecretUpdate()
        if name is not NOT_GIVEN:
            body.name = validate_secret_name(name)
        if description is not NOT_GIVEN:
            _check_description(description)
        body.description = given(description)
        new_payload = None if payload is NOT_GIVEN else payload
        if new_payload is None and not body.to_dict():
            raise ValueError("update_secret needs at least one of name, description or payload")
        stored_type: str | None = None
        if new_payload is not None:
            infer_secret_type(new_payload)
            # The type is immutable, so a cached one is authoritative; else ask the server.
            cached = self._cache.get(sid)
            stored_type = cached.secret_type if cached is not None else await self._stored_type(sid)
        return await self._patch(sid, body, new_payload, stored_type)

    async def _stored_type(self, sid: UUID) -> str:
        return str((await self._client.vault._secret_detail(sid)).secret_type)

    async def _patch(
        self,
        sid: UUID,
        body: VaultSecretUpdate,
        payload: SecretPayload | None,
        stored_type: str | None,
    ) -> VaultSecret:
        from ..vault.crypto import encrypt_payload

        if payload is not None:
            assert stored_type is not None
            ensure_secret_type(stored_type, payload)
            body.encrypted_payload = encrypt_payload(self._org_key, payload, sid)
        meta = await self._client.vault._patch_secret(sid, body)
        cached = self._cache.get(sid)
        if cached is not None:
            # Rebuilt from the answer and what was sent: no second request to refresh.
            kept = copy_payload(payload) if payload is not None else cached.payload
            access = access_of(meta)
            self._cache.put(secret_from_metadata(meta, kept), KEEP if access is None else access)
        return meta

    async def delete_secret(self, secret_id: UUID | str) -> None:
        """Delete a secret.

        Args:
            secret_id: The secret's UUID.

        Raises:
            ValueError: `secret_id` is not a UUID.
            NotFoundError: No such secret.
        """
        sid = as_uuid(secret_id, "secret_id")
        # The resource deletes it and updates the client's current unlock; this view may hold
        # an earlier unlock's cache, so it forgets the secret itself as well.
        await self._client.vault.delete_secret(sid)
        self._cache.remove(sid)
        if self._visible is not None:
            self._visible.discard(str(sid))

    async def _login(self, secret_id: UUID | str, verb: str) -> DecryptedVaultSecret:
        secret = await self.get_secret(secret_id)
        if secret.secret_type != VaultSecretType.LOGIN or not isinstance(
            secret.payload, LoginPayload
        ):
            raise TypeError(
                f"{verb} a '{secret.secret_type}' secret — only login secrets support TOTP"
            )
        return secret

    async def set_totp(self, secret_id: UUID | str, totp: TOTPConfig | str) -> VaultSecret:
        """Add or replace the TOTP configuration of a login secret.

        Args:
            secret_id: The login secret's UUID.
            totp: A `TOTPConfig`, or an `otpauth://totp/...` URI.

        Returns:
            The secret's updated metadata.

        Raises:
            InvalidTOTPError: (a `ValueError`) the URI or configuration is invalid.
            TypeError: The secret is not a login; nothing is changed.
        """
        config = parse_totp_uri(totp) if isinstance(totp, str) else totp
        if not isinstance(config, TOTPConfig):
            raise TypeError(
                f"totp must be a TOTPConfig or an otpauth:// URI, not {type(totp).__name__}"
            )
        return await self._replace_totp(secret_id, config, "Cannot set TOTP on")

    async def remove_totp(self, secret_id: UUID | str) -> VaultSecret:
        """Remove the TOTP configuration of a login secret.

        Args:
            secret_id: The login secret's UUID.

        Returns:
            The secret's updated metadata.

        Raises:
            TypeError: The secret is not a login; nothing is changed.
        """
        return await self._replace_totp(secret_id, None, "Cannot remove TOTP from")

    async def _replace_totp(
        self, secret_id: UUID | str, config: TOTPConfig | None, verb: str
    ) -> VaultSecret:
        from inkbox_api.models import VaultSecretUpdate

        secret = await self._login(secret_id, verb)
        current = secret.payload
        assert isinstance(current, LoginPayload)  # checked by _login
        # A new payload object: the cached one stays intact if the write fails.
        payload = dataclasses.replace(current, totp=config)
        return await self._patch(secret.id, VaultSecretUpdate(), payload, secret.secret_type)

    async def get_totp_code(self, secret_id: UUID | str) -> TOTPCode:
        """The current TOTP code of a login secret (read afresh, computed locally).

        Args:
            secret_id: The login secret's UUID.

        Returns:
            The code and its validity window (`code.code`, `code.seconds_remaining`).

        Raises:
            TypeError: The secret is not a login.
            ValueError: The login has no TOTP configured.
        """
        secret = await self._login(secret_id, "Cannot generate TOTP for")
        assert isinstance(secret.payload, LoginPayload)
        if secret.payload.totp is None:
            raise ValueError(f"Login secret {str(secret.id)!r} has no TOTP configured")
        return generate_totp(secret.payload.totp)


def _check_description(description: object) -> None:
    if description is not None and not isinstance(description, str):
        raise TypeError(f"description must be a str or None, not {type(description).__name__}")
