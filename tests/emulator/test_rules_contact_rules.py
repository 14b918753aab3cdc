"""Contact rules in the emulator: the guide's mail/phone rule CRUD, 409 duplicates with
`existing_rule_id`, consolidation and split by direction, pausing, admin-only operations, and
the rules actually gating mail (filter modes)."""

from __future__ import annotations

import httpx

NUMBERS = "/api/v1/phone/numbers"
ALICE_RULES = "/api/v1/mail/mailboxes/alice@inkboxmail.com/contact-rules"


def _rule(action="block", match_type="domain", target="example.com", **extra):
    return {"action": action, "match_type": match_type, "match_target": target, **extra}


def test_mail_rule_crud_and_duplicate(admin):
    """Create starts active/both; a duplicate target answers 409 with existing_rule_id."""
    created = admin.post(ALICE_RULES, json=_rule("allow"))
    assert created.status_code == 201
    rule = created.json()
    assert (rule["status"], rule["direction"], rule["match_target"]) == (
        "active",
        "both",
        "example.com",
    )
    mailbox = admin.get("/api/v1/mail/mailboxes/alice@inkboxmail.com").json()
    assert rule["mailbox_id"] == mailbox["id"]
    duplicate = admin.post(ALICE_RULES, json=_rule("allow", target="EXAMPLE.com"))
    assert duplicate.status_code == 409
    assert duplicate.json()["detail"] == {
        "existing_rule_id": rule["id"],
        "message": "rule already exists",
    }
    assert admin.post(ALICE_RULES, json=_rule("block")).status_code == 409
    assert admin.get(f"{ALICE_RULES}/{rule['id']}").json()["id"] == rule["id"]
    paused = admin.patch(f"{ALICE_RULES}/{rule['id']}", json={"status": "paused"})
    assert paused.status_code == 200 and paused.json()["status"] == "paused"
    # a paused rule keeps its slot
    assert admin.post(ALICE_RULES, json=_rule("allow")).status_code == 409
    assert admin.patch(f"{ALICE_RULES}/{rule['id']}", json={}).status_code == 422
    assert admin.delete(f"{ALICE_RULES}/{rule['id']}").status_code == 204
    assert admin.get(f"{ALICE_RULES}/{rule['id']}").status_code == 404
    assert admin.post(ALICE_RULES, json=_rule("allow")).status_code == 201


def test_mail_rule_targets_are_validated(admin):
    """exact_email needs an address, domain a domain name; unknown mailboxes are 404."""
    bad_email = admin.post(
        ALICE_RULES, json=_rule(match_type="exact_email", target="not-an-address")
    )
    assert bad_email.status_code == 422 and bad_email.json()["detail"][0]["loc"] == [
        "body",
        "match_target",
    ]
    assert admin.post(ALICE_RULES, json=_rule(target="no spaces.com")).status_code == 422
    assert (
        admin.post(
            ALICE_RULES, json=_rule(match_type="exact_email", target="Ann@Example.com")
        ).status_code
        == 201
    )
    assert admin.post(ALICE_RULES, json=_rule(match_type="regex")).status_code == 422
    assert (
        admin.post(
            "/api/v1/mail/mailboxes/ghost@inkboxmail.com/contact-rules", json=_rule()
        ).status_code
        == 404
    )
    # the local part alone names the mailbox too
    assert admin.get("/api/v1/mail/mailboxes/alice/contact-rules").status_code == 200


def test_directions_consolidate_and_split(admin):
    """Same action on the other side consolidates (200, now `both`); apply_to splits a side off."""
    inbound = admin.post(ALICE_RULES, json=_rule(direction="inbound")).json()
    merged = admin.post(ALICE_RULES, json=_rule(direction="outbound"))
    assert merged.status_code == 200
    assert (merged.json()["id"], merged.json()["direction"]) == (inbound["id"], "both")
    split = admin.patch(
        f"{ALICE_RULES}/{inbound['id']}", json={"action": "allow", "apply_to": "outbound"}
    )
    assert split.status_code == 200
    assert (split.json()["direction"], split.json()["action"]) == ("outbound", "allow")
    assert split.json()["id"] != inbound["id"]
    remaining = admin.get(f"{ALICE_RULES}/{inbound['id']}").json()
    assert (remaining["direction"], remaining["action"]) == ("inbound", "block")
    listed = admin.get(ALICE_RULES, params={"direction": "outbound"}).json()
    assert [r["id"] for r in listed] == [split.json()["id"]]
    clash = admin.patch(f"{ALICE_RULES}/{inbound['id']}", json={"direction": "both"})
    assert (
        clash.status_code == 409
        and clash.json()["detail"]["existing_rule_id"] == split.json()["id"]
    )
    assert (
        admin.patch(f"{ALICE_RULES}/{inbound['id']}", json={"apply_to": "inbound"}).status_code
        == 422
    )


def test_lists_filter_page_and_org_wide(inkbox_emulator, admin):
    """Per-owner lists filter and page newest first; the org-wide list is admin-only."""
    ids = [
        admin.post(ALICE_RULES, json=_rule(target=f"d{i}.example")).json()["id"] for i in range(3)
    ]
    admin.post(ALICE_RULES, json=_rule("allow", target="friends.example"))
    blocks = admin.get(ALICE_RULES, params={"action": "block", "limit": 2}).json()
    assert [r["id"] for r in blocks] == [ids[2], ids[1]]
    assert [
        r["id"] for r in admin.get(ALICE_RULES, params={"action": "block", "offset": 2}).json()
    ] == [ids[0]]
    admin.post("/api/v1/mail/mailboxes/bob@inkboxmail.com/contact-rules", json=_rule())
    everything = admin.get("/api/v1/mail/contact-rules").json()
    assert len(everything) == 5 and all("agent_identity_id" in r for r in everything)
    alice_box = admin.get("/api/v1/mail/mailboxes/alice@inkboxmail.com").json()["id"]
    assert (
        len(admin.get("/api/v1/mail/contact-rules", params={"mailbox_id": alice_box}).json()) == 4
    )
    with inkbox_emulator.client(inkbox_emulator.agent_key("alice")) as agent:
        assert agent.get("/api/v1/mail/contact-rules").status_code == 403
        assert agent.get(ALICE_RULES).status_code == 200
        own = agent.post(ALICE_RULES, json=_rule(target="agent.example"))
        assert own.status_code == 201
        assert (
            agent.patch(f"{ALICE_RULES}/{own.json()['id']}", json={"action": "allow"}).status_code
            == 403
        )
        assert agent.delete(f"{ALICE_RULES}/{own.json()['id']}").status_code == 403
        assert (
            agent.get("/api/v1/mail/mailboxes/bob@inkboxmail.com/contact-rules").status_code == 403
        )


def test_phone_rules(inkbox_emulator, admin):
    """Phone rules match exact E.164 numbers only; the org-wide list narrows by number."""
    pn = admin.post(NUMBERS, json={"agent_handle": "alice"}).json()["id"]
    url = f"{NUMBERS}/{pn}/contact-rules"
    created = admin.post(url, json={"action": "block", "match_target": "+15551234567"})
    assert created.status_code == 201
    assert (created.json()["match_type"], created.json()["phone_number_id"]) == ("exact_number", pn)
    dup = admin.post(
        url, json={"action": "allow", "match_type": "exact_number", "match_target": "+15551234567"}
    )
    assert (
        dup.status_code == 409 and dup.json()["detail"]["existing_rule_id"] == created.json()["id"]
    )
    assert admin.post(url, json={"action": "block", "match_target": "555-1234"}).status_code == 422
    assert (
        admin.post(
            url, json={"action": "block", "match_type": "domain", "match_target": "x.com"}
        ).status_code
        == 422
    )
    assert [
        r["id"]
        for r in admin.get("/api/v1/phone/contact-rules", params={"phone_number_id": pn}).json()
    ] == [created.json()["id"]]
    assert admin.get(f"{url}/{created.json()['id']}").json()["match_target"] == "+15551234567"
    with inkbox_emulator.client(inkbox_emulator.agent_key("bob")) as agent:
        assert agent.get(url).status_code == 403
        assert agent.get("/api/v1/phone/contact-rules").status_code == 403


def test_mail_gate_uses_rules_and_filter_mode(inkbox_emulator, admin):
    """Outbound mail to a blocked recipient is 403 recipient_blocked; whitelist blocks the rest."""
    box = "/api/v1/mail/mailboxes/alice@inkboxmail.com"
    rule = admin.post(
        ALICE_RULES, json=_rule(target="blocked.example", direction="outbound")
    ).json()
    send = {"subject": "hi", "body_text": "hello"}
    refused = admin.post(
        f"{box}/messages", json={"recipients": {"to": ["x@blocked.example"]}, **send}
    )
    assert refused.status_code == 403
    assert refused.json()["detail"]["matched_rule_id"] == rule["id"]
    ok = admin.post(f"{box}/messages", json={"recipients": {"to": ["x@fine.example"]}, **send})
    assert ok.status_code in (200, 201)
    admin.post(
        ALICE_RULES, json=_rule("allow", match_type="exact_email", target="boss@corp.example")
    )
    assert admin.patch(box, json={"filter_mode": "whitelist"}).status_code == 200
    stranger = admin.post(
        f"{box}/messages", json={"recipients": {"to": ["x@fine.example"]}, **send}
    )
    assert stranger.status_code == 403 and stranger.json()["detail"]["matched_rule_id"] is None
    boss = admin.post(f"{box}/messages", json={"recipients": {"to": ["boss@corp.example"]}, **send})
    assert boss.status_code in (200, 201)


def test_unclaimed_agents_cannot_touch_rules(inkbox_emulator):
    """A self-signed-up agent whose human has not verified it gets 403 on contact rules."""
    signup = httpx.post(
        inkbox_emulator.url + "/api/v1/agent-signup",
        json={"human_email": "me@example.com", "note_to_human": "hi", "display_name": "Helper Bot"},
    ).json()
    box = f"/api/v1/mail/mailboxes/{signup['email_address']}/contact-rules"
    with inkbox_emulator.client(signup["api_key"]) as agent:
        refused = agent.get(box)
        assert refused.status_code == 403 and "unclaimed" in refused.json()["detail"]
        assert agent.post(box, json=_rule()).status_code == 403


def test_identity_keyed_routes_share_the_rows(admin):
    """`/identities/{handle}/mail-contact-rules` (a leading `@` ignored) is the mailbox's rule
    list; the org-wide list narrows by identity, by mailbox, or by both."""
    mine = "/api/v1/identities/@alice/mail-contact-rules"
    created = admin.post(mine, json=_rule("block", target="junk.example"))
    assert created.status_code == 201
    rule = created.json()
    assert "mailbox_id" not in rule and rule["agent_identity_id"]
    assert [r["id"] for r in admin.get(ALICE_RULES).json()] == [rule["id"]]
    assert admin.get(f"{mine}/{rule['id']}").json() == rule
    assert (
        admin.get(f"/api/v1/identities/nobody/mail-contact-rules/{rule['id']}").status_code == 404
    )
    mailbox = admin.get("/api/v1/mail/mailboxes/alice@inkboxmail.com").json()
    everything = "/api/v1/mail/contact-rules"
    by_identity = admin.get(everything, params={"agent_identity_id": rule["agent_identity_id"]})
    assert [r["mailbox_id"] for r in by_identity.json()] == [mailbox["id"]]
    both = {"agent_identity_id": rule["agent_identity_id"], "mailbox_id": mailbox["id"]}
    assert len(admin.get(everything, params=both).json()) == 1
    other = {**both, "mailbox_id": "00000000-0000-4000-8000-000000000000"}
    assert admin.get(everything, params=other).json() == []
    assert admin.delete(f"{mine}/{rule['id']}").status_code == 204
    assert admin.get(ALICE_RULES).json() == []
