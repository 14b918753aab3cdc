"""The vault client (`inkbox.vault`, `UnlockedVault`, `identity.credentials`) on a MockTransport.

A fake in-memory server (`_fake_vault.py`) stores what it is sent, so flows run end to end;
Argon2id runs with cheap parameters except where a test replays the official vectors.
"""

from __future__ import annotations

import base64
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from inkbox import (
    APIKeyPayload,
    Credentials,
    DecryptedVaultSecret,
    Inkbox,
    InkboxError,
    InkboxVaultKeyError,
    KeyPairPayload,
    LoginPayload,
    OtherPayload,
    SecretTypeMismatchError,
    SSHKeyPayload,
    TOTPConfig,
    UnlockedVault,
    VaultIntegrityError,
    VaultKeyMismatchError,
    VaultLockedError,
    VaultNotInitializedError,
)
from inkbox._sync.identity import AgentIdentity
from inkbox.vault import crypto
from inkbox.vault.totp import generate_totp, parse_totp_uri
from tests.unit._fake_vault import IDENTITY_ID, OTHER_IDENTITY_ID, FakeVault, identity_summary

VAULT_KEY = "my-Vault-key-01!"
VECTORS: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parents[1] / "fixtures" / "vectors.json").read_text("utf-8")
)
TOTP_URI = "otpauth://totp/GitHub:user@example.com?secret=JBSWY3DPEHPK3PXP&issuer=GitHub"


@pytest.fixture
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id with tiny costs: these tests exercise the flows, the vectors cover the KDF."""
    monkeypatch.setattr(crypto, "ARGON2_MEMORY_COST", 64)
    monkeypatch.setattr(crypto, "ARGON2_TIME_COST", 1)


@pytest.fixture
def fake() -> FakeVault:
    return FakeVault()


def make_client(fake: FakeVault, **kwargs: Any) -> Inkbox:
    return Inkbox(
        "ApiKey_test",
        base_url="http://localhost",
        http_client=httpx.Client(transport=fake.transport()),
        **kwargs,
    )


@pytest.fixture
def inkbox(fake: FakeVault, cheap_argon2: None) -> Iterator[Inkbox]:
    with make_client(fake) as client:
        yield client


@pytest.fixture
def codes(inkbox: Inkbox) -> list[str]:
    return inkbox.vault.initialize(VAULT_KEY).recovery_codes


def stored_plaintext(fake: FakeVault, org_key: bytes, secret_id: str) -> dict[str, Any]:
    return crypto.decrypt_payload(org_key, fake.secrets[secret_id]["encrypted_payload"], secret_id)


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


def test_a_malformed_unlock_bundle_is_a_clear_error(
    inkbox: Inkbox, fake: FakeVault, codes: list[str]
) -> None:
    """A body that is not an unlock bundle fails with InkboxError, not a KeyError."""
    real = fake.handle

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/unlock"):
            return httpx.Response(200, json={"encrypted_secrets": [{"id": "x"}]})
        return real(request)

    fake.handle = handle  # type: ignore[method-assign]
    with pytest.raises(InkboxError, match="not a vault unlock bundle"):
        make_client(fake).vault.unlock(VAULT_KEY)


# --- UnlockedVault CRUD -------------------------------------------------------------------------


def test_create_secret_uses_its_client_id_as_aad(
    inkbox: Inkbox, fake: FakeVault, codes: list[str]
) -> None:
    """The POSTed id is the AAD, the type comes from the class, and no re-fetch follows."""
    unlocked = inkbox.vault.unlock(VAULT_KEY)
    fake.calls.clear()
    meta = unlocked.create_secret(
        "AWS Production",
        LoginPayload(password="s3cret", username="admin"),
        description="Production IAM user",
    )
    assert [(c.method, c.path) for c in fake.calls] == [("POST", "/api/v1/vault/secrets")]
    body = fake.calls[0].body
    assert body["id"] == str(meta.id) and body["secret_type"] == "login"
    assert body["description"] == "Production IAM user"
    assert stored_plaintext(fake, unlocked._org_key, body["id"]) == {
        "password": "s3cret",
        "username": "admin",
    }
    [cached] = unlocked.secrets
    assert cached.name == "AWS Production" and cached.payload == LoginPayload(
        password="s3cret", username="admin"
    )


@pytest.mark.parametrize(
    ("name", "payload", "error"),
    [
        ("ok", {"password": "x"}, TypeError),
        ("ok", "password", TypeError),
        ("", LoginPayload(password="x"), ValueError),
        ("n" * 256, LoginPayload(password="x"), ValueError),
        (None, LoginPayload(password="x"), TypeError),
    ],
)
def test_create_secret_rejects_bad_input_before_writing(
    inkbox: Inkbox, fake: FakeVault, codes: list[str], name: Any, payload: Any, error: type
) -> None:
    """A wrong payload type or a bad name raises before the POST."""
    unlocked = inkbox.vault.unlock(VAULT_KEY)
    fake.calls.clear()
    with pytest.raises(error):
        unlocked.create_secret(name, payload)
    assert fake.calls == []


def test_update_secret_sends_only_what_is_given(
    inkbox: Inkbox, fake: FakeVault, codes: list[str]
) -> None:
    """name, description (None clears) and payload each reach the PATCH body alone."""
    unlocked = inkbox.vault.unlock(VAULT_KEY)
    sid = str(unlocked.create_secret("a", LoginPayload(password="old"), description="x").id)
    fake.calls.clear()
    unlocked.update_secret(sid, name="New Name")
    unlocked.update_secret(sid, description=None)
    unlocked.update_secret(sid.upper(), payload=LoginPayload(password="new", username="new"))
    patches = [c for c in fake.calls if c.method == "PATCH"]
    assert [c.body for c in patches[:2]] == [{"name": "New Name"}, {"description": None}]
    assert list(patches[2].body) == ["encrypted_payload"]
    assert len(fake.calls) == 3  # the cached type is authoritative: no GET before the PATCH
    # Encrypted under the canonical id even though the caller passed it upper-case.
    assert stored_plaintext(fake, unlocked._org_key, sid) == {"password": "new", "username": "new"}
    [cached] = unlocked.secrets
    assert (cached.name, cached.description) == ("New Name", None)
    assert cached.payload == LoginPayload(password="new", username="new")
    assert unlocked.get_secret(sid).payload == cached.payload


def test_update_secret_refuses_another_type_before_writing(
    inkbox: Inkbox, fake: FakeVault, codes: list[str]
) -> None:
    """The type is immutable: the reference's TypeError, and no PATCH."""
    unlocked = inkbox.vault.unlock(VAULT_KEY)
    sid = unlocked.create_secret("a", LoginPayload(password="x")).id
    other = make_client(fake)  # no cache: must ask the server for the stored type
    other_unlocked = other.vault.unlock(VAULT_KEY)
    other_unlocked._cache.remove(sid)
    for vault in (unlocked, other_unlocked):
        fake.calls.clear()
        with pytest.raises(
            SecretTypeMismatchError,
            match=r"Cannot update a 'login' secret with a 'api_key' payload\. Delete and recreate",
        ):
            vault.update_secret(sid, payload=APIKeyPayload(api_key="k"))
        assert fake.writes() == []
    with pytest.raises(TypeError):
        unlocked.update_secret(sid, name="n", payload={"password": "x"})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="at least one"):
        unlocked.update_secret(sid)
    with pytest.raises(ValueError, match="secret_id"):
        unlocked.update_secret("secret-uuid", name="x")
    assert fake.writes() == []


def test_delete_secret_drops_it_from_the_cache(
    inkbox: Inkbox, fake: FakeVault, codes: list[str]
) -> None:
    """Both delete paths remove the secret on the server and in the unlocked vault."""
    unlocked = inkbox.vault.unlock(VAULT_KEY)
    a = unlocked.create_secret("a", OtherPayload(data="1"))
    b = unlocked.create_secret("b", OtherPayload(data="2"))
    unlocked.delete_secret(a.id)
    inkbox.vault.delete_secret(str(b.id))
    assert unlocked.secrets == [] and fake.secrets == {}


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


# --- TOTP -------------------------------------------------------------------------------------


def test_totp_set_code_and_remove(inkbox: Inkbox, fake: FakeVault, codes: list[str]) -> None:
    """set_totp stores the config, codes match the RFC generator, remove_totp drops the key."""
    unlocked = inkbox.vault.unlock(VAULT_KEY)
    sid = str(unlocked.create_secret("GitHub", LoginPayload(password="pw")).id)
    with pytest.raises(ValueError, match="has no TOTP configured"):
        unlocked.get_totp_code(sid)
    unlocked.set_totp(sid, TOTP_URI)
    stored = stored_plaintext(fake, unlocked._org_key, sid)
    assert stored["totp"] == {
        "secret": "JBSWY3DPEHPK3PXP",
        "algorithm": "sha1",
        "digits": 6,
        "period": 30,
        "issuer": "GitHub",
        "account_name": "user@example.com",
    }
    before = int(time.time())
    code = unlocked.get_totp_code(sid)
    if code.period_start <= before:  # same window: compare with the reference generator
        assert code.code == generate_totp(parse_totp_uri(TOTP_URI), before).code
    assert 1 <= code.seconds_remaining <= 30
    assert code.code not in repr(code)
    unlocked.remove_totp(sid)
    assert "totp" not in stored_plaintext(fake, unlocked._org_key, sid)
    assert unlocked.secrets[0].payload.totp is None  # type: ignore[attr-defined]


def test_totp_on_a_non_login_fails_without_writing(
    inkbox: Inkbox, fake: FakeVault, codes: list[str]
) -> None:
    """TOTP helpers refuse other secret types with the reference messages."""
    unlocked = inkbox.vault.unlock(VAULT_KEY)
    sid = unlocked.create_secret("k", APIKeyPayload(api_key="k")).id
    fake.calls.clear()
    with pytest.raises(TypeError, match="Cannot set TOTP on a 'api_key' secret"):
        unlocked.set_totp(sid, TOTPConfig("JBSWY3DPEHPK3PXP"))
    with pytest.raises(TypeError, match="Cannot remove TOTP from a 'api_key' secret"):
        unlocked.remove_totp(sid)
    with pytest.raises(TypeError, match="Cannot generate TOTP for a 'api_key' secret"):
        unlocked.get_totp_code(sid)
    with pytest.raises(ValueError, match="Invalid scheme"):
        unlocked.set_totp(sid, "https://example.com")
    assert fake.writes() == []


# --- identity.credentials ------------------------------------------------------------------------


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


# --- construction and reprs ----------------------------------------------------------------------


def test_vault_key_unlocks_at_construction(
    fake: FakeVault, cheap_argon2: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inkbox(vault_key=...) and INKBOX_VAULT_KEY unlock in __init__; copies share it."""
    with make_client(fake) as admin:
        admin.vault.initialize(VAULT_KEY)
    with make_client(fake, vault_key=VAULT_KEY) as client:
        assert client.vault.unlocked is not None
        assert client.with_options(max_retries=0).vault.unlocked is client.vault.unlocked
        assert AgentIdentity(client, identity_summary()).credentials.list() == []
    monkeypatch.setenv("INKBOX_VAULT_KEY", VAULT_KEY)
    with make_client(fake) as client:
        assert client.vault.unlocked is not None
        assert client.vault.unlock().secrets == []  # unlock() defaults to that key
    monkeypatch.setenv("INKBOX_VAULT_KEY", "Wrong-vault-key-9!")
    with pytest.raises(VaultKeyMismatchError):
        make_client(fake)


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
