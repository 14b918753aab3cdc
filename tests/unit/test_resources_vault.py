"""The vault resource (`inkbox.vault`: initialize, unlock, metadata, keys) on a MockTransport.

A fake in-memory server (`_fake_vault.py`) stores what it is sent, so flows run end to end;
Argon2id runs with cheap parameters except where a test replays the official vectors.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from inkbox import (
    APIKeyPayload,
    Inkbox,
    InkboxResponseValidationError,
    InkboxVaultKeyError,
    KeyPairPayload,
    LoginPayload,
    OtherPayload,
    SSHKeyPayload,
    UnlockedVault,
    VaultIntegrityError,
    VaultKeyMismatchError,
    VaultLockedError,
    VaultNotInitializedError,
)
from inkbox._sync.identity import AgentIdentity
from inkbox.vault.totp import parse_totp_uri
from tests.unit._fake_vault import (
    IDENTITY_ID,
    TOTP_URI,
    VAULT_KEY,
    FakeVault,
    identity_summary,
    make_client,
)

VECTORS: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parents[1] / "fixtures" / "vectors.json").read_text("utf-8")
)


# --- the official vectors -----------------------------------------------------------------


@pytest.mark.parametrize("variant", range(len(VECTORS["unlock"]["variants"])))
def test_unlock_replays_the_official_vector(variant: int) -> None:
    """Unlock makes exactly the official SDK's requests and decrypts its canned bundle."""
    vector = VECTORS["unlock"]
    case = vector["variants"][variant]
    seen: list[tuple[str, str, dict[str, str] | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params) or None
        seen.append((request.method, request.url.path, params))
        path = request.url.path
        if path.endswith("/info"):
            return httpx.Response(200, json=vector["info_response"])
        if path.endswith("/unlock"):
            return httpx.Response(200, json=case["unlock_response"])
        return httpx.Response(200, json=vector["keys_response"])

    client = Inkbox(
        "k",
        base_url="http://localhost",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    unlocked = client.vault.unlock(case["vault_key"])
    assert seen == [(c["method"], c["path"], c["params"]) for c in case["http_calls"]]
    got = [(str(s.id), s.secret_type, s.payload.to_dict()) for s in unlocked.secrets]
    want = [(s["id"], s["secret_type"], s["payload_dict"]) for s in vector["decrypted_secrets"]]
    assert got == want
    assert client.vault.unlocked is unlocked


# --- initialize -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("Short-1!", "Vault key must be at least 16 characters"),
        ("no-upper-case-key-1!", "Vault key must contain at least one uppercase letter"),
        ("ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456-789A", "at least one lowercase letter"),
    ],
)
def test_initialize_rejects_a_weak_key_before_any_request(
    inkbox: Inkbox, fake: FakeVault, key: str, message: str
) -> None:
    """A weak vault key (a recovery code too) fails with the reference message, offline."""
    with pytest.raises(InkboxVaultKeyError, match=message):
        inkbox.vault.initialize(key)
    assert fake.calls == []


def test_initialize_sends_key_material_and_returns_recovery_codes(
    inkbox: Inkbox, fake: FakeVault
) -> None:
    """whoami, then one POST with a primary and four recovery keys; codes stay client-side."""
    result = inkbox.vault.initialize(VAULT_KEY)
    assert [(c.method, c.path) for c in fake.calls] == [
        ("GET", "/api/whoami"),
        ("POST", "/api/v1/vault/initialize"),
    ]
    body = fake.calls[1].body
    assert list(body) == ["vault_key", "recovery_keys"]
    assert body["vault_key"]["key_type"] == "primary"
    assert [k["key_type"] for k in body["recovery_keys"]] == ["recovery"] * 4
    for key in [body["vault_key"], *body["recovery_keys"]]:
        assert re.fullmatch(r"[0-9a-f]{64}", key["auth_hash"])
    assert len(result.recovery_codes) == result.recovery_key_count == 4
    for code in result.recovery_codes:
        assert re.fullmatch(r"[A-Z2-9]{4}(-[A-Z2-9]{4}){7}", code)
        assert code not in repr(result) and code not in json.dumps(body)
    assert str(result.vault_key_id) == body["vault_key"]["id"]


def test_initialize_without_organization_fails_before_writing(
    inkbox: Inkbox, fake: FakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A whoami without organization id stops initialize with the reference message."""
    fake.org_id = ""
    with pytest.raises(ValueError, match="Could not determine organization ID from API key"):
        inkbox.vault.initialize(VAULT_KEY)
    assert fake.writes() == []


def test_initialize_twice_is_a_conflict(inkbox: Inkbox, codes: list[str]) -> None:
    """The server's 409 comes through as ConflictError."""
    from inkbox import ConflictError

    with pytest.raises(ConflictError):
        inkbox.vault.initialize(VAULT_KEY)


# --- unlock -----------------------------------------------------------------------------------


def test_unlock_before_initialize_says_so(inkbox: Inkbox) -> None:
    """An organization without a vault gets VaultNotInitializedError (a ValueError)."""
    with pytest.raises(VaultNotInitializedError, match="Vault has not been initialized"):
        inkbox.vault.unlock(VAULT_KEY)
    assert inkbox.vault.info() is None


def test_wrong_key_says_no_key_matched_and_changes_nothing(
    inkbox: Inkbox, fake: FakeVault, codes: list[str]
) -> None:
    """A wrong key fails clearly, leaves the client locked and writes nothing."""
    with pytest.raises(VaultKeyMismatchError, match="No vault key matched"):
        inkbox.vault.unlock("my-Vault-key-02!")
    assert inkbox.vault.unlocked is None
    assert [c.method for c in fake.writes()] == ["POST"]  # the initialize only
    with pytest.raises(VaultLockedError):
        _ = AgentIdentity(inkbox, identity_summary()).credentials


def test_recovery_codes_unlock_exactly_as_issued(inkbox: Inkbox, codes: list[str]) -> None:
    """Each recovery code unlocks; a lower-cased or undashed one matches nothing."""
    for code in codes:
        assert isinstance(inkbox.vault.unlock(code), UnlockedVault)
    for bad in (codes[0].lower(), codes[0].replace("-", "")):
        with pytest.raises(VaultKeyMismatchError):
            inkbox.vault.unlock(bad)


def test_unlock_decrypts_every_secret_type(inkbox: Inkbox, codes: list[str]) -> None:
    """Secrets written by one unlock are read back, typed, by the next."""
    unlocked = inkbox.vault.unlock(VAULT_KEY)
    payloads = [
        LoginPayload(password="s3cret", username="admin", url="https://aws.amazon.com"),
        APIKeyPayload(api_key="ghp_xxx"),
        KeyPairPayload(access_key="AKIA", secret_key="wJalr", endpoint="s3.amazonaws.com"),
        SSHKeyPayload(private_key="-----BEGIN OPENSSH PRIVATE KEY-----..."),
        OtherPayload(data="any freeform content", notes="ünïcödé"),
    ]
    for i, payload in enumerate(payloads):
        unlocked.create_secret(f"secret {i}", payload, description="d" if i else None)
    again = inkbox.vault.unlock(VAULT_KEY)
    assert [s.payload.to_dict() for s in again.secrets] == [p.to_dict() for p in payloads]
    assert [str(s.secret_type) for s in again.secrets] == [
        "login",
        "api_key",
        "key_pair",
        "ssh_key",
        "other",
    ]
    assert again.secrets[0].description is None and again.secrets[1].description == "d"


def test_tampered_secret_fails_unlock_naming_it(
    inkbox: Inkbox, fake: FakeVault, codes: list[str]
) -> None:
    """One modified ciphertext fails the unlock with its name; the old state stays."""
    unlocked = inkbox.vault.unlock(VAULT_KEY)
    meta = unlocked.create_secret("AWS Production", LoginPayload(password="s3cret"))
    fake.tamper(str(meta.id))
    with pytest.raises(VaultIntegrityError, match=r"'AWS Production'.*integrity check") as info:
        inkbox.vault.unlock(VAULT_KEY)
    assert "s3cret" not in str(info.value)
    assert inkbox.vault.unlocked is unlocked
    with pytest.raises(VaultIntegrityError, match="AWS Production"):
        unlocked.get_secret(meta.id)


def test_unlock_for_an_identity_uses_inline_access_rules(
    inkbox: Inkbox, fake: FakeVault, codes: list[str]
) -> None:
    """`identity_id=` keeps that identity's secrets without one request per secret."""
    unlocked = inkbox.vault.unlock(VAULT_KEY)
    mine = unlocked.create_secret("mine", APIKeyPayload(api_key="a"))
    unlocked.create_secret("theirs", APIKeyPayload(api_key="b"))
    inkbox.vault.grant_access(mine.id, IDENTITY_ID)
    fake.calls.clear()
    scoped = inkbox.vault.unlock(VAULT_KEY, identity_id=IDENTITY_ID)
    assert [s.name for s in scoped.secrets] == ["mine"]
    assert not any(c.path.endswith("/access") for c in fake.calls)
    assert len(inkbox.vault.unlocked.secrets) == 2  # type: ignore[union-attr]


def test_unlock_for_an_identity_asks_when_rules_are_not_inlined(
    inkbox: Inkbox, fake: FakeVault, codes: list[str]
) -> None:
    """Without inline access rules, one access list per secret is fetched (as 0.3.1 did)."""
    unlocked = inkbox.vault.unlock(VAULT_KEY)
    mine = unlocked.create_secret("mine", APIKeyPayload(api_key="a"))
    unlocked.create_secret("theirs", APIKeyPayload(api_key="b"))
    inkbox.vault.grant_access(mine.id, IDENTITY_ID)
    fake.inline_access = False
    fake.calls.clear()
    scoped = inkbox.vault.unlock(VAULT_KEY, identity_id=IDENTITY_ID.upper())
    assert [s.name for s in scoped.secrets] == ["mine"]
    assert sum(c.path.endswith("/access") for c in fake.calls) == 2


def test_unlock_rejects_a_bad_identity_id_before_any_request(
    inkbox: Inkbox, fake: FakeVault
) -> None:
    """A malformed identity id fails before the (costly) derivation and any request."""
    with pytest.raises(ValueError, match="identity_id"):
        inkbox.vault.unlock(VAULT_KEY, identity_id="agent-uuid")
    assert fake.calls == []


@pytest.mark.parametrize(
    "body",
    [
        {"encrypted_secrets": [{"id": "x"}]},
        {"encrypted_secrets": {"id": "x"}},
        {"wrapped_org_encryption_key": 7, "encrypted_secrets": []},
        [],
    ],
)
def test_a_malformed_unlock_bundle_is_a_clear_error(
    inkbox: Inkbox, fake: FakeVault, codes: list[str], body: object
) -> None:
    """A body that is not an unlock bundle fails with InkboxError, not a KeyError."""
    real = fake.handle

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/unlock"):
            return httpx.Response(200, json=body)
        return real(request)

    fake.handle = handle  # type: ignore[method-assign]
    with pytest.raises(InkboxResponseValidationError, match="unexpected response"):
        make_client(fake).vault.unlock(VAULT_KEY)


# --- metadata and key rotation ----------------------------------------------------------------


def test_metadata_calls_work_while_locked(
    inkbox: Inkbox, fake: FakeVault, codes: list[str]
) -> None:
    """info, list_keys (case-insensitive filter) and list_secrets need no unlock."""
    unlocked = inkbox.vault.unlock(VAULT_KEY)
    unlocked.create_secret("a", LoginPayload(password="x"))
    unlocked.create_secret("b", APIKeyPayload(api_key="y"))
    locked = make_client(fake)
    info = locked.vault.info()
    assert info is not None and info.secret_count == 2 and info.recovery_key_count == 4
    assert len(locked.vault.list_keys()) == 5
    assert [str(k.key_type) for k in locked.vault.list_keys(key_type="RECOVERY")] == [
        "recovery"
    ] * 4
    assert fake.calls[-1].params == {"type": "recovery"}
    assert [s.name for s in locked.vault.list_secrets(secret_type="login")] == ["a"]
    fake.calls.clear()
    with pytest.raises(ValueError, match="key_type"):
        locked.vault.list_keys(key_type="admin")
    with pytest.raises(ValueError, match="secret_type"):
        locked.vault.list_secrets(secret_type="password")
    assert fake.calls == []


def test_update_key_replaces_the_primary_key(inkbox: Inkbox, codes: list[str]) -> None:
    """After update_key the new key unlocks and the old one no longer does."""
    new_key = "Another-Vault-key-2!"
    with pytest.raises(InkboxVaultKeyError):
        inkbox.vault.update_key("weak", current_vault_key=VAULT_KEY)
    with pytest.raises(ValueError, match="Exactly one"):
        inkbox.vault.update_key(new_key)
    with pytest.raises(ValueError, match="current_vault_key must not be empty"):
        inkbox.vault.update_key(new_key, current_vault_key="")
    key = inkbox.vault.update_key(new_key, current_vault_key=VAULT_KEY)
    assert str(key.key_type) == "primary"
    inkbox.vault.unlock(new_key)
    with pytest.raises(VaultKeyMismatchError):
        inkbox.vault.unlock(VAULT_KEY)
    inkbox.vault.update_key(VAULT_KEY, recovery_code=codes[0])
    inkbox.vault.unlock(VAULT_KEY)


# --- construction and reprs ----------------------------------------------------------------------


def test_unlock_without_any_key_says_what_to_do(inkbox: Inkbox) -> None:
    """unlock() with no argument and no configured key explains how to give one."""
    with pytest.raises(ValueError, match="INKBOX_VAULT_KEY"):
        inkbox.vault.unlock()


def test_nothing_secret_in_reprs(inkbox: Inkbox, codes: list[str]) -> None:
    """Reprs of the client state, vault, secrets and payloads never show secret values."""
    unlocked = inkbox.vault.unlock(VAULT_KEY)
    unlocked.create_secret("n", LoginPayload(password="pw-SECRET", totp=parse_totp_uri(TOTP_URI)))
    org_key_b64 = base64.b64encode(unlocked._org_key).decode()
    texts = [
        repr(inkbox),
        repr(inkbox._vault_state),
        repr(unlocked),
        repr(unlocked.secrets),
        repr(unlocked.secrets[0].payload),
        repr(unlocked._cache),
    ]
    for text in texts:
        for secret in (VAULT_KEY, "pw-SECRET", "JBSWY3DPEHPK3PXP", org_key_b64, *codes):
            assert secret not in text
