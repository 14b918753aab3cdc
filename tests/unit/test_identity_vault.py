"""The identity's vault calls: `identity.credentials` (scoped, fresh), secret and TOTP helpers."""

from __future__ import annotations

import pytest

from inkbox import (
    APIKeyPayload,
    Credentials,
    DecryptedVaultSecret,
    Inkbox,
    InkboxError,
    KeyPairPayload,
    LoginPayload,
    SSHKeyPayload,
    VaultLockedError,
)
from inkbox._sync.identity import AgentIdentity
from inkbox.vault.totp import parse_totp_uri
from tests.unit._fake_vault import (
    OTHER_IDENTITY_ID,
    TOTP_URI,
    VAULT_KEY,
    FakeVault,
    identity_summary,
)


def test_credentials_need_an_unlocked_vault(inkbox: Inkbox, fake: FakeVault) -> None:
    """Locked: an InkboxError with the reference message, before any request."""
    identity = AgentIdentity(inkbox, identity_summary())
    with pytest.raises(InkboxError, match="Vault must be unlocked before accessing credentials"):
        _ = identity.credentials
    with pytest.raises(VaultLockedError):
        identity.create_secret("x", APIKeyPayload(api_key="k"))
    with pytest.raises(VaultLockedError):
        identity.get_totp_code("11111111-2222-4333-8444-555555555555")
    assert fake.calls == []


def test_credentials_are_scoped_to_the_identity(inkbox: Inkbox, codes: list[str]) -> None:
    """identity.create_secret grants access; credentials show only granted secrets, typed."""
    unlocked = inkbox.vault.unlock(VAULT_KEY)
    bot = AgentIdentity(inkbox, identity_summary())
    other = AgentIdentity(inkbox, identity_summary(OTHER_IDENTITY_ID, "other-bot"))
    unlocked.create_secret("not granted", APIKeyPayload(api_key="nope"))
    login = bot.create_secret(
        name="GitHub",
        payload=LoginPayload(
            username="user@example.com", password="s3cret", totp=parse_totp_uri(TOTP_URI)
        ),
    )
    key = bot.create_secret("PAT", APIKeyPayload(api_key="ghp_xxx"))
    pair = bot.create_secret("AWS", KeyPairPayload(access_key="a", secret_key="s"))
    ssh = bot.create_secret("Deploy", SSHKeyPayload(private_key="-----BEGIN"))

    creds = bot.credentials
    assert isinstance(creds, Credentials) and len(creds) == 4
    assert [s.name for s in creds.list()] == ["GitHub", "PAT", "AWS", "Deploy"]
    assert [s.name for s in creds.list_logins()] == ["GitHub"]
    assert [s.name for s in creds.list_api_keys()] == ["PAT"]
    assert [s.name for s in creds.list_key_pairs()] == ["AWS"]
    assert [s.name for s in creds.list_ssh_keys()] == ["Deploy"]
    assert creds.get_login(str(login.id)).password == "s3cret"
    assert creds.get_api_key(key.id).api_key == "ghp_xxx"
    assert creds.get_key_pair(str(pair.id).upper()).secret_key == "s"
    assert creds.get_ssh_key(ssh.id).private_key == "-----BEGIN"
    assert isinstance(creds.get(login.id), DecryptedVaultSecret)
    assert creds.get_totp_code(login.id).code == bot.get_totp_code(str(login.id)).code
    with pytest.raises(TypeError, match="is a 'login' secret, not 'api_key'"):
        creds.get_api_key(login.id)
    with pytest.raises(KeyError, match="No credential with id"):
        creds.get("00000000-0000-4000-8000-000000000000")
    assert other.credentials.list() == []
    assert "s3cret" not in repr(creds) and "s3cret" not in repr(creds.list())


def test_credentials_follow_changes_and_refresh(
    inkbox: Inkbox, fake: FakeVault, codes: list[str]
) -> None:
    """The cached Credentials is rebuilt after a change; the refresh hook drops it."""
    inkbox.vault.unlock(VAULT_KEY)
    bot = AgentIdentity(inkbox, identity_summary())
    first = bot.credentials
    assert first is bot.credentials
    secret = bot.create_secret("PAT", APIKeyPayload(api_key="ghp_xxx"))
    assert len(bot.credentials) == 1
    bot.revoke_credential_access(secret.id)
    assert len(bot.credentials) == 0
    cached = bot.credentials
    bot._forget_cached_state()
    assert bot.credentials is not cached
    # A server that does not inline access rules scopes the bundle itself: all are shown.
    fake.inline_access = False
    inkbox.vault.unlock(VAULT_KEY)
    assert len(bot.credentials) == 1


def test_identity_totp_helpers(inkbox: Inkbox, codes: list[str]) -> None:
    """The guide's identity TOTP calls: create with TOTP, code, set by URI, remove."""
    inkbox.vault.unlock(VAULT_KEY)
    bot = AgentIdentity(inkbox, identity_summary())
    secret = bot.create_secret(
        name="GitHub",
        payload=LoginPayload(
            username="user@example.com", password="s3cret", totp=parse_totp_uri(TOTP_URI)
        ),
    )
    code = bot.get_totp_code(str(secret.id))
    assert len(code.code) == 6 and 1 <= code.seconds_remaining <= 30
    bot.set_totp(secret.id, "otpauth://totp/X?secret=GEZDGNBVGY3TQOJQ&digits=8&period=60")
    assert len(bot.get_totp_code(secret.id).code) == 8
    assert bot.credentials.get_login(secret.id).totp.period == 60  # type: ignore[union-attr]
    bot.remove_totp(secret.id)
    with pytest.raises(ValueError, match="no TOTP"):
        bot.credentials.get_totp_code(secret.id)
    assert bot.get_secret(secret.id).payload.totp is None  # type: ignore[attr-defined]
    bot.delete_secret(secret.id)
    assert bot.credentials.list() == []
