"""Identities, signup, signing keys and domains as the emulator simulates them."""

from __future__ import annotations

import httpx


def _create(client: httpx.Client, **body) -> httpx.Response:
    return client.post("/api/v1/identities/", json=body)


def test_identity_lifecycle(inkbox_emulator):
    """Create (with mailbox), get, update, rename (guide), delete (guide: channels unlinked)."""
    with inkbox_emulator.client() as client:
        created = _create(client, agent_handle="@sales", display_name="Sales", description="")
        assert created.status_code == 201
        body = created.json()
        assert body["agent_handle"] == "sales"
        assert body["email_address"] == "sales@inkboxmail.com"
        assert body["mailbox"]["agent_identity_id"] == body["id"]
        assert body["description"] == ""
        taken = _create(client, agent_handle="sales")
        assert (
            taken.status_code == 409
            and taken.json()["detail"]["blocking_namespace"] == "identities"
        )
        assert _create(client, agent_handle="bad handle!").json()["detail"][0]["loc"] == [
            "body",
            "agent_handle",
        ]
        updated = client.patch(
            "/api/v1/identities/sales", json={"display_name": None, "mail_filter_mode": "whitelist"}
        )
        assert updated.status_code == 200
        assert updated.json()["display_name"] is None
        assert updated.json()["mail_filter_mode"] == "whitelist"
        assert (
            client.get("/api/v1/mail/mailboxes/sales@inkboxmail.com").json()["filter_mode"]
            == "whitelist"
        )
        renamed = client.patch(
            "/api/v1/identities/sales", json={"agent_handle": "sales-team", "status": "paused"}
        )
        assert (renamed.json()["agent_handle"], renamed.json()["status"]) == (
            "sales-team",
            "paused",
        )
        assert client.get("/api/v1/identities/sales").status_code == 404
        assert client.delete("/api/v1/identities/sales-team").status_code == 204
        assert client.get("/api/v1/identities/sales-team").status_code == 404
        orphan = client.get("/api/v1/mail/mailboxes/sales@inkboxmail.com").json()
        assert orphan["agent_identity_id"] is None  # unlinked, not deleted (the guide's delete)
        # a new identity with that handle adopts the orphaned mailbox
        again = _create(client, agent_handle="sales").json()
        assert again["mailbox"]["id"] == orphan["id"]


def test_custom_domains_and_default(inkbox_emulator):
    """Verified domains bind mailboxes; the default applies when the key is omitted."""
    inkbox_emulator.add_domain("mail.acme.com")
    inkbox_emulator.add_domain("pending.acme.com", status="pending")
    with inkbox_emulator.client() as client:
        listed = client.get("/api/v1/domains/").json()
        assert {d["domain"]: d["status"] for d in listed} == {
            "mail.acme.com": "verified",
            "pending.acme.com": "pending",
        }
        assert [
            d["domain"]
            for d in client.get("/api/v1/domains/", params={"status": "verified"}).json()
        ] == ["mail.acme.com"]
        custom = _create(
            client,
            agent_handle="a1",
            mailbox={"sending_domain": "mail.acme.com", "email_local_part": "hello"},
        ).json()
        assert custom["email_address"] == "hello@mail.acme.com"
        refused = _create(client, agent_handle="a2", mailbox={"sending_domain": "pending.acme.com"})
        assert refused.status_code == 422 and refused.json()["detail"][0]["loc"] == [
            "body",
            "mailbox",
            "sending_domain",
        ]
        assert (
            client.post("/api/v1/domains/pending.acme.com/set-default", json={}).status_code == 422
        )
        assert client.post("/api/v1/domains/nope.example/set-default", json={}).status_code == 404
        assert client.post("/api/v1/domains/mail.acme.com/set-default", json={}).json() == {
            "default_domain": "mail.acme.com"
        }
        assert _create(client, agent_handle="a3").json()["email_address"] == "a3@mail.acme.com"
        assert (
            _create(client, agent_handle="a4", mailbox={"sending_domain": None}).json()[
                "email_address"
            ]
            == "a4@inkboxmail.com"
        )
        cleared = client.post("/api/v1/domains/inkboxmail.com/set-default", json={})
        assert cleared.json() == {"default_domain": None}
        assert not any(d["is_default"] for d in client.get("/api/v1/domains/").json())


def test_signing_keys_identity_and_guide_org_key(inkbox_emulator):
    """Per-identity keys rotate (201 then 200); the guide's org key works with an admin key."""
    with inkbox_emulator.client() as client:
        _create(client, agent_handle="signer")
        status = client.get("/api/v1/identities/signer/signing-key").json()
        assert status == {"configured": False, "created_at": None}
        first = client.post("/api/v1/identities/signer/signing-key")
        second = client.post("/api/v1/identities/signer/signing-key")
        assert (first.status_code, second.status_code) == (201, 200)
        assert first.json()["signing_key"] != second.json()["signing_key"]
        assert client.get("/api/v1/identities/signer").json()["signing_key_configured"] is True
        org = client.post("/api/v1/signing-keys")
        assert org.status_code == 201 and org.json()["signing_key"].startswith("whsec_")
        assert client.get("/api/v1/signing-keys").json()["configured"] is True
    key = inkbox_emulator.agent_key("signer")
    with inkbox_emulator.client(key) as agent:
        rotated = agent.post("/api/v1/signing-keys")
        assert rotated.status_code == 201
        assert (
            agent.get("/api/v1/signing-keys").json()["created_at"] == rotated.json()["created_at"]
        )


def test_signup_verify_resend_and_status(inkbox_emulator):
    """Signup (no key) -> wrong codes -> resend cooldown -> verify -> claimed status."""
    response = httpx.post(
        inkbox_emulator.url + "/api/v1/agent-signup",
        json={"human_email": "me@example.com", "note_to_human": "hi", "display_name": "Helper Bot"},
    )
    assert response.status_code == 201
    signup = response.json()
    assert signup["agent_handle"].startswith("helper-bot-")
    assert signup["organization_id"].startswith("org_agent_")
    with inkbox_emulator.client(signup["api_key"]) as agent:
        status = agent.get("/api/v1/agent-signup/status").json()
        assert status["restrictions"]["allowed_recipients"] == ["me@example.com"]
        assert status["restrictions"]["can_create_mailboxes"] is False
        wrong = agent.post("/api/v1/agent-signup/verify", json={"verification_code": "not-it"})
        assert wrong.status_code == 422 and wrong.json() == {"detail": "Invalid verification code"}
        cooldown = agent.post("/api/v1/agent-signup/resend-verification")
        assert cooldown.status_code == 429 and "Retry-After" in cooldown.headers
        old = inkbox_emulator.signup_code(signup["agent_handle"])
        inkbox_emulator.advance_clock(301)
        assert agent.post("/api/v1/agent-signup/resend-verification").status_code == 200
        new = inkbox_emulator.signup_code(signup["agent_handle"])
        if old != new:
            assert (
                agent.post(
                    "/api/v1/agent-signup/verify", json={"verification_code": old}
                ).status_code
                == 422
            )
        verified = agent.post("/api/v1/agent-signup/verify", json={"verification_code": new})
        assert verified.status_code == 200 and verified.json()["claim_status"] == "agent_claimed"
        assert agent.get("/api/v1/agent-signup/status").json()["claim_status"] == "agent_claimed"
        me = agent.get("/api/v1/identities/").json()
        assert [i["agent_handle"] for i in me] == [signup["agent_handle"]]
    with inkbox_emulator.client() as admin:
        # the agent signed up into its own organization
        assert admin.get("/api/v1/identities/").json() == []
        assert admin.get("/api/v1/agent-signup/status").status_code == 404


def test_too_many_wrong_codes_lock_verification(inkbox_emulator):
    """Five wrong codes, then even the right one is refused with 429."""
    signup = httpx.post(
        inkbox_emulator.url + "/api/v1/agent-signup",
        json={"human_email": "me@example.com", "note_to_human": "hi", "agent_handle": "locked"},
    ).json()
    code = inkbox_emulator.signup_code("locked")
    with inkbox_emulator.client(signup["api_key"]) as agent:
        for _ in range(5):
            assert (
                agent.post(
                    "/api/v1/agent-signup/verify", json={"verification_code": "x"}
                ).status_code
                == 422
            )
        assert (
            agent.post("/api/v1/agent-signup/verify", json={"verification_code": code}).status_code
            == 429
        )


def test_guide_era_mailbox_assignment(inkbox_emulator):
    """Unlink a mailbox, assign it back, create/delete a standalone one (guide-era calls)."""
    with inkbox_emulator.client() as client:
        ident = _create(client, agent_handle="owner").json()
        mailbox_id = ident["mailbox"]["id"]
        assert (
            client.post("/api/v1/mail/mailboxes", json={"agent_handle": "owner"}).status_code == 409
        )
        assert client.delete("/api/v1/identities/owner/mailbox").status_code == 204
        assert client.get("/api/v1/identities/owner").json()["mailbox"] is None
        assert client.delete("/api/v1/identities/owner/mailbox").status_code == 404
        back = client.post("/api/v1/identities/owner/mailbox", json={"mailbox_id": mailbox_id})
        assert back.status_code == 200 and back.json()["mailbox"]["id"] == mailbox_id
        assert (
            client.post("/api/v1/identities/owner/mailbox", json={"mailbox_id": "nope"}).status_code
            == 422
        )
        _create(client, agent_handle="second")
        client.delete("/api/v1/identities/second/mailbox")
        created = client.post(
            "/api/v1/mail/mailboxes",
            json={"agent_handle": "second", "email_local_part": "desk", "sending_domain_id": None},
        )
        assert (
            created.status_code == 201 and created.json()["email_address"] == "desk@inkboxmail.com"
        )
        assert client.delete("/api/v1/mail/mailboxes/desk@inkboxmail.com").status_code == 204
        assert client.get("/api/v1/mail/mailboxes/desk@inkboxmail.com").status_code == 404


def test_mailbox_filter_mode_change_notice(inkbox_emulator):
    """The PATCH that changes filter_mode carries a notice; a no-op PATCH does not."""
    with inkbox_emulator.client() as client:
        _create(client, agent_handle="notice")
        box = "/api/v1/mail/mailboxes/notice@inkboxmail.com"
        changed = client.patch(box, json={"filter_mode": "whitelist"}).json()
        assert changed["filter_mode_change_notice"]["new_filter_mode"] == "whitelist"
        assert changed["filter_mode_change_notice"]["redundant_rule_action"] == "block"
        assert (
            client.patch(box, json={"filter_mode": "whitelist"}).json()["filter_mode_change_notice"]
            is None
        )
        assert client.get(box).json()["filter_mode_change_notice"] is None
        sig = client.patch(
            box, json={"signature_text": "-- N", "signature_enabled": True, "display_name": "Desk"}
        ).json()
        assert (sig["signature_text"], sig["signature_enabled"], sig["display_name"]) == (
            "-- N",
            True,
            "Desk",
        )
