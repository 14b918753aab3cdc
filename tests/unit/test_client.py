"""What `Inkbox` itself does: whoami, signing keys, signup and a vault key given at construction."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from inkbox import (
    AUTH_SUBTYPE_API_KEY_ADMIN_SCOPED,
    AgentIdentity,
    Inkbox,
    VaultKeyMismatchError,
    WhoamiApiKeyResponse,
    WhoamiJwtResponse,
)

from ._fake_api import BASE, KEY, FakeApi, reply
from ._fake_vault import VAULT_KEY, FakeVault, identity_summary, make_client


def test_whoami_picks_the_shape_by_auth_type(api: FakeApi) -> None:
    base = dict.fromkeys(
        (
            "scope",
            "organization_id",
            "created_by",
            "creator_type",
            "key_id",
            "label",
            "description",
        ),
        None,
    )
    key_info = {
        **base,
        "auth_type": "api_key",
        "auth_subtype": AUTH_SUBTYPE_API_KEY_ADMIN_SCOPED,
        "created_at": None,
        "last_used_at": None,
        "expires_at": None,
    }
    jwt_info = dict.fromkeys(
        ("user_id", "email", "name", "organization_id", "org_role", "org_slug")
    )
    api.on(
        "GET", "/api/whoami", key_info, {**jwt_info, "auth_type": "jwt", "auth_subtype": "clerk"}
    )
    client = api.sync()
    first = client.whoami()
    assert isinstance(first, WhoamiApiKeyResponse)
    assert first.auth_subtype == "api_key.admin_scoped"
    assert isinstance(client.whoami(), WhoamiJwtResponse)


def test_signing_key_secret_stays_out_of_repr(api: FakeApi) -> None:
    api.on(
        "POST",
        "/api/v1/signing-keys",
        reply(201, {"signing_key": "whsec_topsecret", "created_at": "2026-03-09T00:00:00Z"}),
    )
    key = api.sync().create_signing_key()
    assert key.signing_key == "whsec_topsecret"
    assert "topsecret" not in repr(key)


def test_signup_sends_no_key_and_the_rest_send_theirs(api: FakeApi) -> None:
    """`signup` is anonymous; verify/resend/status authenticate with the signup key."""
    signed = {
        "email_address": "a@inkboxmail.com",
        "organization_id": "org",
        "api_key": "ApiKey_agent_secret",
        "agent_handle": "a",
        "claim_status": "agent_unclaimed",
        "human_email": "h@example.com",
        "message": "ok",
    }
    claimed = {"claim_status": "agent_claimed", "organization_id": "org", "message": "ok"}
    status = {
        "claim_status": "agent_unclaimed",
        "human_state": "human_no_account",
        "human_email": "h@example.com",
        "restrictions": {
            "max_sends_per_day": 5,
            "allowed_recipients": ["h@example.com"],
            "can_receive": True,
            "can_create_mailboxes": False,
        },
    }
    api.on("POST", "/api/v1/agent-signup", reply(201, signed))
    api.on("POST", "/api/v1/agent-signup/verify", claimed)
    api.on("POST", "/api/v1/agent-signup/resend-verification", claimed)
    api.on("GET", "/api/v1/agent-signup/status", status)
    opts = {"base_url": BASE, "http_client": httpx.Client(transport=httpx.MockTransport(api))}
    result = Inkbox.signup("h@example.com", note_to_human="hi", agent_handle="a", **opts)  # type: ignore[arg-type]
    assert result.api_key == "ApiKey_agent_secret"
    assert "ApiKey_agent_secret" not in repr(result)
    assert Inkbox.verify_signup(result.api_key, "123456", **opts).claim_status == "agent_claimed"  # type: ignore[arg-type]
    Inkbox.resend_signup_verification(result.api_key, **opts)  # type: ignore[arg-type]
    assert Inkbox.get_signup_status(result.api_key, **opts).restrictions.max_sends_per_day == 5  # type: ignore[arg-type]
    first, *rest = api.requests
    assert "x-api-key" not in first.headers
    assert json.loads(first.content) == {
        "human_email": "h@example.com",
        "note_to_human": "hi",
        "agent_handle": "a",
    }
    assert [r.headers["x-api-key"] for r in rest] == ["ApiKey_agent_secret"] * 3
    assert rest[0].content == b'{"verification_code":"123456"}' or json.loads(rest[0].content) == {
        "verification_code": "123456"
    }
    assert rest[1].content == b""


def test_signup_refuses_plain_http_to_a_remote_host() -> None:
    with pytest.raises(ValueError, match="https"):
        Inkbox.get_signup_status(KEY, base_url="http://example.com")


def test_vault_key_unlocks_at_construction(
    fake: FakeVault, cheap_argon2: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Inkbox(vault_key=...), INKBOX_VAULT_KEY and ~/.inkbox/config unlock in __init__; copies
    share it."""
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
    # last, as 0.7.20 does: `vault_key` in ~/.inkbox/config
    monkeypatch.delenv("INKBOX_VAULT_KEY")
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / ".inkbox").mkdir()
    (tmp_path / ".inkbox" / "config").write_text(f"vault_key = {VAULT_KEY}\n")
    with make_client(fake) as client:
        assert client.vault.unlocked is not None
    with make_client(fake, vault_key="") as client:  # "" still means: no key at all
        assert client.vault.unlocked is None


def test_with_options_adds_extra_headers_and_query_to_every_request(api: FakeApi) -> None:
    """Per-call options are `with_options(...)`: the copy's requests carry them, the original's not."""
    api.on("GET", "/api/v1/identities/", [])
    with api.sync() as client:
        traced = client.with_options(extra_headers={"X-Trace": "t-1"}, extra_query={"probe": "1"})
        deeper = traced.with_options(extra_headers={"X-Team": "ops"})
        deeper.list_identities()
        client.list_identities()
    first, second = api.requests
    assert (first.headers["X-Trace"], first.headers["X-Team"]) == ("t-1", "ops")
    assert first.url.params["probe"] == "1" and first.headers["X-API-Key"] == KEY
    assert "X-Trace" not in second.headers and "probe" not in second.url.params


@pytest.mark.parametrize(
    ("options", "error", "match"),
    [
        ({"extra_headers": {"X-API-Key": "other"}}, ValueError, "another client"),
        ({"extra_headers": {"X-Trace": 1}}, TypeError, "str to str"),
        ({"extra_query": [("a", "b")]}, TypeError, "dict of str"),
    ],
)
def test_with_options_refuses_bad_extras(
    api: FakeApi, options: dict[str, object], error: type[Exception], match: str
) -> None:
    with api.sync() as client, pytest.raises(error, match=match):
        client.with_options(**options)  # type: ignore[arg-type]
    assert api.requests == []
