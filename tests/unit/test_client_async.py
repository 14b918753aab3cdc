"""What only `AsyncInkbox` does: a constructor vault key unlocks later, Argon2id off the loop."""

from __future__ import annotations

import threading
from typing import Any

import httpx
import pytest

from inkbox import AsyncInkbox, AsyncUnlockedVault, LoginPayload, VaultLockedError
from inkbox._async.identity import AsyncAgentIdentity
from inkbox.vault import crypto
from tests.unit._fake_vault import FakeVault, identity_summary

VAULT_KEY = "my-Vault-key-01!"


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "ARGON2_MEMORY_COST", 64)
    monkeypatch.setattr(crypto, "ARGON2_TIME_COST", 1)


def make_client(fake: FakeVault, **kwargs: Any) -> AsyncInkbox:
    return AsyncInkbox(
        "ApiKey_test",
        base_url="http://localhost",
        http_client=httpx.AsyncClient(transport=fake.transport()),
        **kwargs,
    )


@pytest.fixture
async def fake() -> FakeVault:
    fake = FakeVault()
    async with make_client(fake) as admin:
        await admin.vault.initialize(VAULT_KEY)
    fake.calls.clear()
    return fake


@pytest.mark.anyio
async def test_constructor_key_unlocks_on_async_with(fake: FakeVault) -> None:
    """No request at construction; `async with` unlocks with the configured key."""
    client = make_client(fake, vault_key=VAULT_KEY)
    assert fake.calls == [] and client.vault.unlocked is None
    async with client:
        assert isinstance(client.vault.unlocked, AsyncUnlockedVault)


@pytest.mark.anyio
async def test_constructor_key_unlocks_on_first_vault_call(fake: FakeVault) -> None:
    """Without `async with`, the first awaited identity vault call unlocks; the property
    `identity.credentials` cannot wait, so it explains what to do."""
    client = make_client(fake, vault_key=VAULT_KEY)
    bot = AsyncAgentIdentity(client, identity_summary())
    with pytest.raises(VaultLockedError, match=r"await inkbox\.vault\.unlock\(\)"):
        _ = bot.credentials
    await bot.create_secret("GitHub", LoginPayload(password="s3cret"))
    assert [s.name for s in bot.credentials.list()] == ["GitHub"]
    await client.aclose()


@pytest.mark.anyio
async def test_failed_unlock_on_enter_closes_the_client(fake: FakeVault) -> None:
    """A wrong configured key fails `async with` and leaves no open pool."""
    client = make_client(fake, vault_key="Wrong-vault-key-9!")
    with pytest.raises(ValueError, match="No vault key matched"):
        async with client:
            pass
    assert client._http.is_closed


@pytest.mark.anyio
async def test_argon2_runs_off_the_event_loop(
    fake: FakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key derivation runs in a worker thread, so the loop keeps serving."""
    threads: list[int] = []
    derive = crypto.derive_key

    def spy(secret: str, org_id: str) -> crypto.DerivedKey:
        threads.append(threading.get_ident())
        return derive(secret, org_id)

    monkeypatch.setattr(crypto, "derive_key", spy)
    async with make_client(fake) as client:
        unlocked = await client.vault.unlock(VAULT_KEY)
        meta = await unlocked.create_secret("n", LoginPayload(password="x"))
        assert (await unlocked.get_secret(meta.id)).payload == LoginPayload(password="x")
    assert threads and threading.get_ident() not in threads
