"""Phone numbers in the emulator: provisioning by state, SMS readiness, call settings,
filter modes, release, the identity channel and key scopes."""

from __future__ import annotations

import httpx

from inkbox_emulator.telephony import AREA_CODES, TOLL_FREE_PREFIXES

NUMBERS = "/api/v1/phone/numbers"


def _provision(client: httpx.Client, handle: str, **body) -> httpx.Response:
    return client.post(NUMBERS, json={"agent_handle": handle, **body})


def test_provision_local_by_state(admin):
    """A local number comes from a real area code of the state and starts pending/auto_reject."""
    created = _provision(admin, "@alice", type="local", state="NY")
    assert created.status_code == 201
    number = created.json()
    assert number["number"][2:5] in AREA_CODES["NY"]
    assert len(number["number"]) == 12 and number["number"].startswith("+1")
    assert (number["type"], number["state"], number["country"]) == ("local", "NY", "US")
    assert (number["status"], number["sms_status"], number["sms_ready_at"]) == (
        "active",
        "pending",
        None,
    )
    assert number["incoming_call_action"] == "auto_reject"
    assert number["filter_mode"] == number["inbound_filter_mode"] == "blacklist"
    assert number["filter_mode_change_notice"] is None
    identity = admin.get("/api/v1/identities/alice").json()
    assert identity["phone_number"]["id"] == number["id"]
    assert number["agent_identity_id"] == identity["id"]
    again = _provision(admin, "alice", type="local")
    assert again.status_code == 409
    assert [n["id"] for n in admin.get(NUMBERS).json()] == [number["id"]]


def test_provision_toll_free_and_bad_inputs(admin):
    """Guide-era toll-free numbers use 8xx prefixes; bad state/type/identity are refused."""
    free = _provision(admin, "bob", type="toll_free").json()
    assert free["number"][2:5] in TOLL_FREE_PREFIXES
    assert (free["type"], free["state"]) == ("toll_free", None)
    bad_state = _provision(admin, "alice", type="local", state="ZZ")
    assert bad_state.status_code == 422 and bad_state.json()["detail"][0]["loc"] == [
        "body",
        "state",
    ]
    both = _provision(admin, "alice", type="toll_free", state="NY")
    assert both.status_code == 422
    assert _provision(admin, "alice", type="premium").status_code == 422
    assert _provision(admin, "nobody").status_code == 404


def test_sms_readiness_follows_the_clock_and_the_hook(inkbox_emulator, admin):
    """pending -> ready about ten minutes after provisioning, or at once through the hook."""
    number = _provision(admin, "alice", state="CA").json()
    inkbox_emulator.advance_clock(120)
    assert admin.get(f"{NUMBERS}/{number['id']}").json()["sms_status"] == "pending"
    inkbox_emulator.advance_clock(600)
    ready = admin.get(f"{NUMBERS}/{number['id']}").json()
    assert ready["sms_status"] == "ready" and ready["sms_ready_at"] is not None
    other = _provision(admin, "bob").json()
    failed = inkbox_emulator.set_sms_status(other["id"], "assignment_failed", sms_error_code="E1")
    assert (failed["sms_status"], failed["sms_error_code"]) == ("assignment_failed", "E1")
    assert inkbox_emulator.set_sms_status(other["id"], "ready")["sms_error_code"] is None


def test_update_call_handling_rules(admin):
    """auto_accept needs a wss URL, webhook an https URL, forward exactly one target."""
    pn = _provision(admin, "alice").json()["id"]
    url = f"{NUMBERS}/{pn}"
    missing = admin.patch(url, json={"incoming_call_action": "auto_accept"})
    assert missing.status_code == 422 and missing.json()["detail"][0]["loc"] == [
        "body",
        "client_websocket_url",
    ]
    assert admin.patch(url, json={"client_websocket_url": "https://not-ws"}).status_code == 422
    ok = admin.patch(
        url,
        json={"incoming_call_action": "auto_accept", "client_websocket_url": "wss://a.example/ws"},
    )
    assert ok.status_code == 200
    assert (ok.json()["incoming_call_action"], ok.json()["client_websocket_url"]) == (
        "auto_accept",
        "wss://a.example/ws",
    )
    assert admin.patch(url, json={"incoming_call_action": "webhook"}).status_code == 422
    hooked = admin.patch(
        url,
        json={
            "incoming_call_action": "webhook",
            "incoming_call_webhook_url": "https://h.example/c",
        },
    )
    assert hooked.json()["incoming_call_webhook_url"] == "https://h.example/c"
    assert (
        admin.patch(
            url, json={"incoming_call_action": "forward", "forwarding_target_type": "phone"}
        ).status_code
        == 422
    )
    forward = admin.patch(
        url,
        json={
            "incoming_call_action": "forward",
            "forwarding_target_type": "phone",
            "forwarding_phone_number": "+12125550100",
        },
    )
    assert forward.json()["forwarding_phone_number"] == "+12125550100"
    stuck = admin.patch(url, json={"forwarding_phone_number": None})
    assert stuck.status_code == 422
    cleared = admin.patch(
        url,
        json={
            "incoming_call_action": "auto_reject",
            "forwarding_target_type": None,
            "forwarding_phone_number": None,
        },
    )
    assert cleared.status_code == 200 and cleared.json()["forwarding_target_type"] is None
    assert admin.patch(url, json={}).json()["incoming_call_action"] == "auto_reject"


def test_filter_mode_change_notice_counts_redundant_rules(admin):
    """The notice appears only when filter_mode changed and counts the now-redundant rules."""
    pn = _provision(admin, "alice").json()["id"]
    for target in ("+12125550101", "+12125550102"):
        rule = {"action": "block", "match_type": "exact_number", "match_target": target}
        assert admin.post(f"{NUMBERS}/{pn}/contact-rules", json=rule).status_code == 201
    changed = admin.patch(f"{NUMBERS}/{pn}", json={"filter_mode": "whitelist"}).json()
    assert changed["filter_mode"] == "whitelist"
    assert changed["filter_mode_change_notice"] == {
        "new_filter_mode": "whitelist",
        "redundant_rule_action": "block",
        "redundant_rule_count": 2,
    }
    assert (
        admin.patch(f"{NUMBERS}/{pn}", json={"filter_mode": "whitelist"}).json()[
            "filter_mode_change_notice"
        ]
        is None
    )
    assert admin.get(f"{NUMBERS}/{pn}").json()["filter_mode_change_notice"] is None


def test_agent_keys_are_scoped_to_their_identity(inkbox_emulator, admin):
    """Agents see and edit their own number, get 403 on filter_mode and on other numbers."""
    mine = _provision(admin, "alice").json()["id"]
    theirs = _provision(admin, "bob").json()["id"]
    with inkbox_emulator.client(inkbox_emulator.agent_key("alice")) as agent:
        assert [n["id"] for n in agent.get(NUMBERS).json()] == [mine]
        assert agent.get(f"{NUMBERS}/{theirs}").status_code == 403
        assert agent.patch(f"{NUMBERS}/{theirs}", json={}).status_code == 403
        flip = agent.patch(f"{NUMBERS}/{mine}", json={"filter_mode": "whitelist"})
        assert flip.status_code == 403
        assert (
            agent.patch(
                f"{NUMBERS}/{mine}", json={"incoming_call_action": "hosted_agent"}
            ).status_code
            == 200
        )
        assert _provision(agent, "bob").status_code == 403
    with inkbox_emulator.client("isk_test_not_a_key") as stranger:
        assert stranger.get(NUMBERS).status_code == 401


def test_release_and_guide_unlink_assign(admin):
    """Release ends a number; unlinking keeps it live for assign (the guide's semantics)."""
    pn = _provision(admin, "alice").json()
    assert admin.delete("/api/v1/identities/alice/phone_number").status_code == 204
    unlinked = admin.get(f"{NUMBERS}/{pn['id']}").json()
    assert (unlinked["status"], unlinked["agent_identity_id"]) == ("active", None)
    assert admin.get("/api/v1/identities/alice").json()["phone_number"] is None
    assigned = admin.post("/api/v1/identities/bob/phone_number", json={"phone_number_id": pn["id"]})
    assert assigned.status_code == 200 and assigned.json()["phone_number"]["id"] == pn["id"]
    assert admin.delete(f"{NUMBERS}/{pn['id']}").status_code == 204
    released = admin.get(f"{NUMBERS}/{pn['id']}").json()
    assert (released["status"], released["agent_identity_id"]) == ("released", None)
    assert admin.patch(f"{NUMBERS}/{pn['id']}", json={}).status_code == 404
    assert admin.delete(f"{NUMBERS}/{pn['id']}").status_code == 404
    assert admin.get(f"{NUMBERS}/00000000-0000-4000-8000-000000000000").status_code == 404


def test_identity_create_provisions_a_number(admin):
    """create_identity's phone_number object provisions through the same rules."""
    body = {
        "agent_handle": "carol",
        "phone_number": {"type": "local", "state": "TX", "incoming_call_action": "auto_reject"},
    }
    created = admin.post("/api/v1/identities/", json=body)
    assert created.status_code == 201
    assert created.json()["phone_number"]["state"] == "TX"
    bad = admin.post(
        "/api/v1/identities/", json={"agent_handle": "dave", "phone_number": {"state": "XX"}}
    )
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == [
        "body",
        "phone_number",
        "state",
    ]
    assert admin.get("/api/v1/identities/dave").status_code == 404


def test_identity_phone_filter_mode_reaches_the_number(admin):
    """update_identity's phone_filter_mode (0.7.20) is the number's filter_mode."""
    pn = _provision(admin, "alice").json()["id"]
    changed = admin.patch("/api/v1/identities/alice", json={"phone_filter_mode": "whitelist"})
    assert changed.status_code == 200 and changed.json()["phone_filter_mode"] == "whitelist"
    number = admin.get(f"{NUMBERS}/{pn}").json()
    assert number["filter_mode"] == number["outbound_filter_mode"] == "whitelist"
    admin.patch("/api/v1/identities/alice", json={"phone_inbound_filter_mode": "blacklist"})
    number = admin.get(f"{NUMBERS}/{pn}").json()
    assert (number["inbound_filter_mode"], number["outbound_filter_mode"]) == (
        "blacklist",
        "whitelist",
    )
