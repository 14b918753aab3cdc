"""The SDK guide's vault, credentials and TOTP sections, run as written against the emulator.

Placeholders of the guide (`"secret-uuid"`, `"agent-uuid"`, `"otpauth://totp/...?secret=..."`)
are replaced by real values; snippets that read a secret come after the ones that create it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from inkbox import (
    APIKeyPayload,
    AsyncInkbox,
    AsyncUnlockedVault,
    Credentials,
    DecryptedVaultSecret,
    InkboxError,
    KeyPairPayload,
    OtherPayload,
    SSHKeyPayload,
    TOTPCode,
    VaultInfo,
    VaultKey,
    VaultSecret,
)
from inkbox.vault.totp import parse_totp_uri
from inkbox.vault.types import LoginPayload

VAULT_KEY = "my-Vault-key-01!"


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(
        api_key=inkbox_emulator.admin_key, base_url=inkbox_emulator.url
    ) as client:
        yield client


@pytest.mark.anyio
async def test_vault(inkbox: AsyncInkbox) -> None:
    # Initialize a new vault (org ID is fetched automatically from the API key)
    result = await inkbox.vault.initialize("my-Vault-key-01!")
    print(result.vault_id, result.vault_key_id)
    for code in result.recovery_codes:
        print(code)  # save these immediately — they cannot be retrieved again
    assert len(result.recovery_codes) == 4

    # Unlock with a vault key — derives key via Argon2id, decrypts all secrets
    unlocked = await inkbox.vault.unlock("my-Vault-key-01!")
    assert isinstance(unlocked, AsyncUnlockedVault)

    # Create a login secret (secret_type inferred from payload type)
    created = await unlocked.create_secret(
        "AWS Production",
        LoginPayload(password="s3cret", username="admin", url="https://aws.amazon.com"),
        description="Production IAM user",
    )
    # Create an API key secret
    await unlocked.create_secret(
        "GitHub PAT",
        APIKeyPayload(api_key="ghp_xxx"),
    )
    # Create an SSH key secret
    await unlocked.create_secret(
        "Deploy Key",
        SSHKeyPayload(private_key="-----BEGIN OPENSSH PRIVATE KEY-----..."),
    )
    # Create a freeform secret
    await unlocked.create_secret("Misc", OtherPayload(data="any freeform content"))
    assert isinstance(created, VaultSecret)
    secret_uuid = str(created.id)

    # Optionally filter to secrets an agent identity has access to
    agent = await inkbox.create_identity("agent")
    await inkbox.vault.grant_access(secret_uuid, agent.id)
    agent_uuid = str(agent.id)
    unlocked = await inkbox.vault.unlock("my-Vault-key-01!", identity_id=agent_uuid)
    assert [s.name for s in unlocked.secrets] == ["AWS Production"]
    unlocked = await inkbox.vault.unlock("my-Vault-key-01!")

    # All decrypted secrets from the unlock bundle
    for secret in unlocked.secrets:
        print(secret.name, secret.secret_type)
        print(secret.payload)  # LoginPayload, APIKeyPayload, SSHKeyPayload, or OtherPayload
    assert sorted(s.name for s in unlocked.secrets) == [
        "AWS Production",
        "Deploy Key",
        "GitHub PAT",
        "Misc",
    ]

    # Fetch and decrypt a single secret by ID
    secret = await unlocked.get_secret(secret_uuid)
    print(secret.payload.username, secret.payload.password)  # type: ignore[attr-defined]
    assert (secret.payload.username, secret.payload.password) == ("admin", "s3cret")  # type: ignore[attr-defined]

    # Update name/description and/or re-encrypt payload
    await unlocked.update_secret(secret_uuid, name="New Name")
    await unlocked.update_secret(secret_uuid, payload=LoginPayload(password="new", username="new"))
    fresh = await unlocked.get_secret(secret_uuid)
    assert fresh.name == "New Name" and fresh.payload == LoginPayload(
        password="new", username="new"
    )

    # Delete
    await unlocked.delete_secret(secret_uuid)

    info = await inkbox.vault.info()  # VaultInfo
    keys = await inkbox.vault.list_keys()  # list[VaultKey]
    assert isinstance(info, VaultInfo) and info.secret_count == 3
    assert len(keys) == 5 and isinstance(keys[0], VaultKey)
    keys = await inkbox.vault.list_keys(key_type="recovery")  # filter by type
    assert len(keys) == 4
    secrets = await inkbox.vault.list_secrets()  # list[VaultSecret] (metadata only)
    assert len(secrets) == 3
    secrets = await inkbox.vault.list_secrets(secret_type="login")  # filter by type
    assert secrets == []
    misc = next(s for s in unlocked.secrets if s.name == "Misc")
    await inkbox.vault.delete_secret(str(misc.id))  # delete without unlocking
    assert len(await inkbox.vault.list_secrets()) == 2


@pytest.mark.anyio
async def test_credentials(inkbox: AsyncInkbox) -> None:
    await inkbox.vault.initialize("my-Vault-key-01!")
    bot = await inkbox.create_identity("support-bot")
    await inkbox.vault.unlock("my-Vault-key-01!")
    login_id = (await bot.create_secret("Console", LoginPayload(password="pw", username="bot"))).id
    api_key_id = (await bot.create_secret("PAT", APIKeyPayload(api_key="ghp_xxx"))).id
    ssh_key_id = (await bot.create_secret("Deploy", SSHKeyPayload(private_key="-----BEGIN"))).id
    key_pair_id = (
        await bot.create_secret("AWS", KeyPairPayload(access_key="AKIA", secret_key="s"))
    ).id
    unlocked = inkbox.vault.unlocked
    assert unlocked is not None
    await unlocked.create_secret("Not for the bot", OtherPayload(data="x"))

    assert Credentials is not None
    # Unlock the vault first (stores state on the client)
    await inkbox.vault.unlock("my-Vault-key-01!")
    identity = await inkbox.get_identity("support-bot")

    # Discovery — returns list[DecryptedVaultSecret] with name/metadata
    all_creds = identity.credentials.list()
    logins = identity.credentials.list_logins()
    api_keys = identity.credentials.list_api_keys()
    ssh_keys = identity.credentials.list_ssh_keys()
    key_pairs = identity.credentials.list_key_pairs()
    assert len(all_creds) == 4 and all(isinstance(c, DecryptedVaultSecret) for c in all_creds)
    assert [len(x) for x in (logins, api_keys, ssh_keys, key_pairs)] == [1, 1, 1, 1]

    # Access by UUID — returns typed payload directly
    login = identity.credentials.get_login(str(login_id))  # → LoginPayload
    api_key = identity.credentials.get_api_key(str(api_key_id))  # → APIKeyPayload
    ssh_key = identity.credentials.get_ssh_key(str(ssh_key_id))  # → SSHKeyPayload
    key_pair = identity.credentials.get_key_pair(str(key_pair_id))  # → KeyPairPayload
    assert (login.username, api_key.api_key) == ("bot", "ghp_xxx")
    assert (ssh_key.private_key, key_pair.access_key) == ("-----BEGIN", "AKIA")

    # Generic access — returns DecryptedVaultSecret
    secret = identity.credentials.get(str(login_id))
    assert secret.name == "Console"

    # get_* raises KeyError if not found, TypeError if wrong secret type
    with pytest.raises(KeyError):
        identity.credentials.get_login("00000000-0000-4000-8000-000000000000")
    with pytest.raises(TypeError):
        identity.credentials.get_api_key(str(login_id))
    # identity.refresh() to clear the cache
    await identity.refresh()
    assert len(identity.credentials.list()) == 4


@pytest.mark.anyio
async def test_credentials_need_an_unlocked_vault(inkbox: AsyncInkbox) -> None:
    await inkbox.vault.initialize("my-Vault-key-01!")
    identity = await inkbox.create_identity("support-bot")
    # inkbox.vault.unlock() first — raises InkboxError if vault is not unlocked
    with pytest.raises(InkboxError):
        identity.credentials.list()


@pytest.mark.anyio
async def test_totp(inkbox: AsyncInkbox) -> None:
    await inkbox.vault.initialize("my-Vault-key-01!")
    await inkbox.vault.unlock("my-Vault-key-01!")
    identity = await inkbox.create_identity("support-bot")

    # Create a login with TOTP
    secret = await identity.create_secret(
        name="GitHub",
        payload=LoginPayload(
            username="user@example.com",
            password="s3cret",
            totp=parse_totp_uri(
                "otpauth://totp/GitHub:user@example.com?secret=JBSWY3DPEHPK3PXP&issuer=GitHub"
            ),
        ),
    )
    # Generate TOTP code
    code = await identity.get_totp_code(str(secret.id))
    print(code.code)  # e.g. "482901"
    print(code.seconds_remaining)  # e.g. 17
    assert isinstance(code, TOTPCode) and len(code.code) == 6

    secret_id = str(secret.id)
    # Add/replace TOTP on existing login
    await identity.set_totp(secret_id, "otpauth://totp/X?secret=GEZDGNBVGY3TQOJQ&digits=8")
    assert len((await identity.get_totp_code(secret_id)).code) == 8
    # Remove TOTP
    await identity.remove_totp(secret_id)
    with pytest.raises(ValueError, match="no TOTP"):
        await identity.get_totp_code(secret_id)

    unlocked = await inkbox.vault.unlock("my-Vault-key-01!")
    # Same methods available on UnlockedVault
    totp_config_or_uri = "otpauth://totp/GitHub:user@example.com?secret=JBSWY3DPEHPK3PXP"
    await unlocked.set_totp(secret_id, totp_config_or_uri)
    code = await unlocked.get_totp_code(secret_id)
    assert len(code.code) == 6 and code.period_end - code.period_start == 30
    await unlocked.remove_totp(secret_id)
