"""Vault bad input against the emulator: each fails clearly and changes nothing on the server."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from typing import Any

import pytest

from inkbox import (
    APIKeyPayload,
    AsyncInkbox,
    InkboxVaultKeyError,
    InternalServerError,
    LoginPayload,
    SecretTypeMismatchError,
    VaultIntegrityError,
    VaultKeyMismatchError,
    VaultLockedError,
    VaultNotInitializedError,
)

VAULT_KEY = "my-Vault-key-01!"


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


async def snapshot(inkbox: AsyncInkbox) -> Any:
    """What the server holds: vault info, keys and secrets' metadata."""
    info = await inkbox.vault.info()
    if info is None:
        return None
    keys = sorted(str(k.id) for k in await inkbox.vault.list_keys())
    secrets = sorted(
        (str(s.id), s.name, s.description, str(s.updated_at))
        for s in await inkbox.vault.list_secrets()
    )
    return (info.key_count, info.secret_count, keys, secrets)


@pytest.mark.anyio
async def test_weak_vault_key_and_recovery_code_do_not_initialize(inkbox: AsyncInkbox) -> None:
    """A weak key (or a recovery code, which has no lower case) creates no vault."""
    for key in ("short", "alllowercase-key-1!", "ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456-789A"):
        with pytest.raises(InkboxVaultKeyError):
            await inkbox.vault.initialize(key)
    assert await inkbox.vault.info() is None
    with pytest.raises(VaultNotInitializedError):
        await inkbox.vault.unlock(VAULT_KEY)


@pytest.mark.anyio
async def test_wrong_key_and_mistyped_recovery_code(inkbox: AsyncInkbox) -> None:
    """No key matches: a clear error, the client stays locked, the server is unchanged."""
    codes = (await inkbox.vault.initialize(VAULT_KEY)).recovery_codes
    before = await snapshot(inkbox)
    for wrong in ("my-Vault-key-02!", codes[0].lower(), codes[0].replace("-", "")):
        with pytest.raises(VaultKeyMismatchError, match="No vault key matched"):
            await inkbox.vault.unlock(wrong)
    assert inkbox.vault.unlocked is None
    assert await snapshot(inkbox) == before
    for code in codes:
        await inkbox.vault.unlock(code)


@pytest.mark.anyio
async def test_tampered_ciphertext_is_named(inkbox: AsyncInkbox) -> None:
    """A payload modified on the server fails unlock and get_secret, naming the secret."""
    from inkbox_api.api.vault import get_vault_secret, update_vault_secret
    from inkbox_api.models import VaultSecretUpdate

    await inkbox.vault.initialize(VAULT_KEY)
    unlocked = await inkbox.vault.unlock(VAULT_KEY)
    meta = await unlocked.create_secret("AWS Production", LoginPayload(password="s3cret"))
    detail = (await get_vault_secret.asyncio_detailed(meta.id, client=inkbox._api)).parsed
    blob = bytearray(base64.b64decode(detail.encrypted_payload))  # type: ignore[union-attr]
    blob[3] ^= 0x40
    await update_vault_secret.asyncio_detailed(
        meta.id,
        client=inkbox._api,
        body=VaultSecretUpdate(encrypted_payload=base64.b64encode(bytes(blob)).decode()),
    )
    with pytest.raises(VaultIntegrityError, match=r"'AWS Production'.*integrity check") as info:
        await inkbox.vault.unlock(VAULT_KEY)
    assert "s3cret" not in str(info.value)
    assert inkbox.vault.unlocked is unlocked  # the previous unlock stays in place
    with pytest.raises(VaultIntegrityError, match="AWS Production"):
        await unlocked.get_secret(meta.id)


@pytest.mark.anyio
async def test_wrong_payload_type_writes_nothing(inkbox: AsyncInkbox) -> None:
    """A payload of another type, or not a payload at all, is refused before any write."""
    await inkbox.vault.initialize(VAULT_KEY)
    unlocked = await inkbox.vault.unlock(VAULT_KEY)
    meta = await unlocked.create_secret("GitHub", LoginPayload(password="pw"))
    before = await snapshot(inkbox)
    with pytest.raises(SecretTypeMismatchError, match="Cannot update a 'login' secret"):
        await unlocked.update_secret(meta.id, payload=APIKeyPayload(api_key="k"))
    fresh = await (await inkbox.vault.unlock(VAULT_KEY)).get_secret(meta.id)
    with pytest.raises(SecretTypeMismatchError):
        # a vault without the secret in its cache asks the server for the stored type
        other = await inkbox.vault.unlock(VAULT_KEY)
        other._cache.remove(meta.id)
        await other.update_secret(meta.id, payload=APIKeyPayload(api_key="k"))
    with pytest.raises(TypeError):
        await unlocked.create_secret("bad", {"password": "pw"})  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        await unlocked.create_secret("", LoginPayload(password="pw"))
    assert await snapshot(inkbox) == before
    assert fresh.payload == LoginPayload(password="pw")


@pytest.mark.anyio
async def test_locked_vault(inkbox: AsyncInkbox) -> None:
    """Identity vault calls need an unlocked vault and send nothing while locked."""
    await inkbox.vault.initialize(VAULT_KEY)
    identity = await inkbox.create_identity("support-bot")
    before = await snapshot(inkbox)
    with pytest.raises(VaultLockedError, match="Vault must be unlocked"):
        _ = identity.credentials
    with pytest.raises(VaultLockedError):
        await identity.create_secret("x", APIKeyPayload(api_key="k"))
    assert await snapshot(inkbox) == before


@pytest.mark.anyio
async def test_constructor_vault_key(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    """A client built with vault_key= unlocks (the sync one in __init__) and copies share it."""
    await inkbox.vault.initialize(VAULT_KEY)
    async with AsyncInkbox(
        inkbox_emulator.admin_key, base_url=inkbox_emulator.url, vault_key=VAULT_KEY
    ) as client:
        assert client.vault.unlocked is not None
        copy = client.with_options(timeout=5)
        assert copy.vault.unlocked is client.vault.unlocked
        identity = await client.create_identity("support-bot")
        await identity.create_secret("PAT", APIKeyPayload(api_key="ghp_xxx"))
        assert [c.name for c in identity.credentials.list()] == ["PAT"]


@pytest.mark.anyio
async def test_update_key_then_recovery(inkbox: AsyncInkbox) -> None:
    """Changing the vault key, then recovering it with a (consumed) recovery code."""
    codes = (await inkbox.vault.initialize(VAULT_KEY)).recovery_codes
    unlocked = await inkbox.vault.unlock(VAULT_KEY)
    await unlocked.create_secret("kept", APIKeyPayload(api_key="k"))
    await inkbox.vault.update_key("Another-Vault-key-2!", current_vault_key=VAULT_KEY)
    with pytest.raises(VaultKeyMismatchError):
        await inkbox.vault.unlock(VAULT_KEY)
    await inkbox.vault.update_key(VAULT_KEY, recovery_code=codes[1])
    again = await inkbox.vault.unlock(VAULT_KEY)
    assert [s.name for s in again.secrets] == ["kept"]
    assert len(await inkbox.vault.list_keys(key_type="recovery")) == 3


@pytest.mark.anyio
async def test_agent_key_sees_only_its_secrets(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    """An agent-scoped key unlocks a bundle the server scoped to its identity."""
    await inkbox.vault.initialize(VAULT_KEY)
    bot = await inkbox.create_identity("support-bot")
    unlocked = await inkbox.vault.unlock(VAULT_KEY)
    await bot.create_secret("mine", APIKeyPayload(api_key="a"))
    await unlocked.create_secret("admin only", APIKeyPayload(api_key="b"))
    async with AsyncInkbox(
        inkbox_emulator.agent_key("support-bot"), base_url=inkbox_emulator.url, vault_key=VAULT_KEY
    ) as agent:
        assert agent.vault.unlocked is not None
        assert [s.name for s in agent.vault.unlocked.secrets] == ["mine"]
        me = await agent.get_identity("support-bot")
        assert [c.name for c in me.credentials.list()] == ["mine"]
        assert me.credentials.list_api_keys()[0].payload == APIKeyPayload(api_key="a")


@pytest.mark.anyio
async def test_a_key_change_whose_answer_is_lost_is_checked_not_resent(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    """The change commits, the connection drops before the answer: the SDK does not resend
    (the resend would be refused and the caller told it failed), it tries the new key."""
    await inkbox.vault.initialize(VAULT_KEY)
    inkbox_emulator.set_faults("drop=1,methods=PUT")
    try:
        key = await inkbox.vault.update_key("Another-Vault-key-2!", current_vault_key=VAULT_KEY)
        drops = inkbox_emulator.hook("GET", "/state")["fault_counts"]["drop"]
    finally:
        inkbox_emulator.set_faults("")
    assert key.key_type == "primary"
    assert drops == 1  # sent once, never resent
    await inkbox.vault.unlock("Another-Vault-key-2!")
    with pytest.raises(VaultKeyMismatchError):
        await inkbox.vault.unlock(VAULT_KEY)


@pytest.mark.anyio
async def test_a_key_change_that_never_arrived_is_reported(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    """A 503 before the handler ran: nothing changed, the new key does not open, so it fails."""
    await inkbox.vault.initialize(VAULT_KEY)
    inkbox_emulator.set_faults("rate=1,methods=PUT")
    try:
        with pytest.raises(InternalServerError):
            await inkbox.vault.update_key("Another-Vault-key-2!", current_vault_key=VAULT_KEY)
    finally:
        inkbox_emulator.set_faults("")
    await inkbox.vault.unlock(VAULT_KEY)
