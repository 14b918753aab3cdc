"""`UnlockedVault`: create, update and delete secrets, and their TOTP, on the in-memory vault."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from inkbox import (
    APIKeyPayload,
    Inkbox,
    LoginPayload,
    OtherPayload,
    SecretTypeMismatchError,
    TOTPConfig,
    VaultIntegrityError,
)
from inkbox.vault.totp import generate_totp, parse_totp_uri
from tests.unit._fake_vault import TOTP_URI, VAULT_KEY, FakeVault, make_client, stored_plaintext


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


def test_get_secret_refuses_an_answer_about_another_secret(
    inkbox: Inkbox, fake: FakeVault, codes: list[str]
) -> None:
    """A server (or proxy) answering secret B when asked for A is refused, not decrypted as A:
    B's ciphertext is authentic under B's own id, so only the id check can catch it."""
    unlocked = inkbox.vault.unlock(VAULT_KEY)
    asked = unlocked.create_secret("asked", APIKeyPayload(api_key="a"))
    other = unlocked.create_secret("other", APIKeyPayload(api_key="b"))
    real = fake.handle

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith(f"/secrets/{asked.id}"):
            request = httpx.Request("GET", str(request.url).replace(str(asked.id), str(other.id)))
        return real(request)

    fake.handle = handle  # type: ignore[method-assign]
    with make_client(fake) as lying, pytest.raises(VaultIntegrityError, match="when asked for"):
        lying.vault.unlock(VAULT_KEY).get_secret(asked.id)
