"""Calls in the emulator: placing with the daily quota, inbound calls through the number's
incoming action and contact rules, transcripts, hang-up, and the guide-era paths."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tests.support.scripted_server import Reply, ScriptedServer

NUMBERS = "/api/v1/phone/numbers"
OUTSIDE = "+12125550123"


@pytest.fixture
def phone(inkbox_emulator):
    """An admin client plus alice's and bob's numbers."""
    with inkbox_emulator.client() as client:
        numbers = {}
        for handle in ("alice", "bob"):
            ident = client.post("/api/v1/identities/", json={"agent_handle": handle}).json()
            numbers[handle] = client.post(NUMBERS, json={"agent_handle": handle}).json()
            numbers[handle]["identity_id"] = ident["id"]
        yield client, numbers


def _place(client, from_number, to=OUTSIDE, **extra):
    return client.post(
        "/api/v1/phone/place-call", json={"to_number": to, "from_number": from_number, **extra}
    )


def test_place_call_records_call_with_rate_limit(phone):
    """The guide's place_call: an initiated outbound call plus the org's quota and headers."""
    client, numbers = phone
    placed = _place(
        client, numbers["alice"]["number"], client_websocket_url="wss://agent.example/ws"
    )
    assert placed.status_code == 200
    call = placed.json()
    assert (call["direction"], call["status"], call["remote_phone_number"]) == (
        "outbound",
        "initiated",
        OUTSIDE,
    )
    assert call["local_phone_number"] == numbers["alice"]["number"]
    assert call["client_websocket_url"] == "wss://agent.example/ws"
    assert (call["origin"], call["mode"], call["is_blocked"]) == (
        "dedicated_number",
        "client_websocket",
        False,
    )
    assert call["rate_limit"] == {
        "calls_used": 1,
        "calls_remaining": 99,
        "calls_limit": 100,
        "minutes_used": 0,
        "minutes_remaining": 100,
        "minutes_limit": 100,
    }
    assert placed.headers["X-RateLimit-Remaining"] == "99"
    second = _place(
        client, numbers["alice"]["number"], origination="dedicated_number", mode="client_websocket"
    ).json()
    assert second["rate_limit"]["calls_used"] == 2
    assert client.get(f"/api/v1/phone/calls/{call['id']}").json()["id"] == call["id"]


def test_place_call_refusals(inkbox_emulator, phone):
    """422 shape rules, 400 released, 404 unknown, 403 other identity or blocked recipient."""
    client, numbers = phone
    alice = numbers["alice"]["number"]
    no_from = client.post("/api/v1/phone/place-call", json={"to_number": OUTSIDE})
    assert no_from.status_code == 422 and no_from.json()["detail"][0]["loc"] == [
        "body",
        "from_number",
    ]
    assert _place(client, alice, reason="sell").status_code == 422
    assert _place(client, alice, mode="hosted_agent").status_code == 422
    assert _place(client, alice, to="555").status_code == 422
    assert _place(client, alice, voicemail_message="hi").status_code == 422
    assert _place(client, "+19995550000").status_code == 404
    rule = {
        "action": "block",
        "match_type": "exact_number",
        "match_target": OUTSIDE,
        "direction": "outbound",
    }
    rule_id = client.post(f"{NUMBERS}/{numbers['alice']['id']}/contact-rules", json=rule).json()[
        "id"
    ]
    blocked = _place(client, alice)
    assert blocked.status_code == 403
    assert blocked.json()["detail"]["error"] == "recipient_blocked"
    assert blocked.json()["detail"]["matched_rule_id"] == rule_id
    assert blocked.json()["detail"]["address"] == OUTSIDE
    with inkbox_emulator.client(inkbox_emulator.agent_key("bob")) as bob:
        assert _place(bob, alice, to="+12125550199").status_code == 403
        assert _place(bob, numbers["bob"]["number"]).status_code == 200
    assert client.delete(f"{NUMBERS}/{numbers['bob']['id']}").status_code == 204
    released = _place(client, numbers["bob"]["number"])
    assert released.status_code == 400


def test_inbound_calls_follow_the_incoming_action_and_rules(inkbox_emulator, phone):
    """auto_reject rejects, auto_accept answers, a blocked caller is hidden from agent keys."""
    client, numbers = phone
    alice = numbers["alice"]
    rejected = inkbox_emulator.inject_call(to=alice["number"], sender=OUTSIDE)
    assert (rejected["status"], rejected["hangup_reason"], rejected["direction"]) == (
        "canceled",
        "rejected",
        "inbound",
    )
    client.patch(
        f"{NUMBERS}/{alice['id']}",
        json={"incoming_call_action": "auto_accept", "client_websocket_url": "wss://a.example/ws"},
    )
    answered = inkbox_emulator.inject_call(to=alice["number"], sender="+12125550124")
    assert (answered["status"], answered["client_websocket_url"]) == (
        "answered",
        "wss://a.example/ws",
    )
    assert answered["started_at"] is not None
    spam = "+12125550666"
    rule = {"action": "block", "match_type": "exact_number", "match_target": spam}
    client.post(f"{NUMBERS}/{alice['id']}/contact-rules", json=rule)
    blocked = inkbox_emulator.inject_call(to=alice["number"], sender=spam)
    assert blocked["is_blocked"] is True and blocked["status"] == "canceled"
    listed = client.get(
        "/api/v1/phone/calls", params={"agent_identity_id": alice["identity_id"]}
    ).json()
    assert [c["id"] for c in listed] == [blocked["id"], answered["id"], rejected["id"]]
    only_blocked = client.get(
        "/api/v1/phone/calls",
        params={"agent_identity_id": alice["identity_id"], "is_blocked": "true"},
    ).json()
    assert [c["id"] for c in only_blocked] == [blocked["id"]]
    with inkbox_emulator.client(inkbox_emulator.agent_key("alice")) as agent:
        mine = agent.get("/api/v1/phone/calls", params={"limit": 10}).json()
        assert [c["id"] for c in mine] == [answered["id"], rejected["id"]]
        assert agent.get(f"/api/v1/phone/calls/{blocked['id']}").status_code == 404
        assert (
            agent.get(
                "/api/v1/phone/calls", params={"agent_identity_id": numbers["bob"]["identity_id"]}
            ).status_code
            == 403
        )


def test_list_calls_paging_and_admin_needs_identity(phone):
    """Admin keys must name the identity (422); limit/offset page newest first."""
    client, numbers = phone
    assert client.get("/api/v1/phone/calls").status_code == 422
    ids = [_place(client, numbers["alice"]["number"]).json()["id"] for _ in range(3)]
    params = {"agent_identity_id": numbers["alice"]["identity_id"], "limit": 2}
    first = client.get("/api/v1/phone/calls", params=params).json()
    rest = client.get("/api/v1/phone/calls", params={**params, "offset": 2}).json()
    assert [c["id"] for c in first + rest] == ids[::-1]
    assert client.get("/api/v1/phone/calls", params={**params, "limit": 0}).status_code == 422
    window = client.get(
        "/api/v1/phone/calls",
        params={**params, "start_datetime": "2000-01-01", "end_datetime": "2000-01-02"},
    ).json()
    assert window == []
    assert (
        client.get("/api/v1/phone/calls", params={**params, "tz": "Mars/Olympus"}).status_code
        == 422
    )


def test_transcripts_search_and_hangup(inkbox_emulator, phone):
    """Hooked transcripts come back by seq, are searchable by party; hang-up ends once."""
    client, numbers = phone
    call = _place(client, numbers["alice"]["number"]).json()
    inkbox_emulator.hook("POST", f"/calls/{call['id']}/status", {"status": "answered"})
    segments: list[dict[str, Any]] = [
        {"party": "local", "text": "Hello, this is Inkbox."},
        {"party": "remote", "text": "I want a refund please", "ts_ms": 2500},
        {"party": "local", "text": "Refund approved."},
    ]
    added = inkbox_emulator.hook("POST", f"/calls/{call['id']}/transcripts", {"segments": segments})
    assert [s["seq"] for s in added] == [0, 1, 2]
    listed = client.get(f"/api/v1/phone/calls/{call['id']}/transcripts").json()
    assert [(t["party"], t["text"]) for t in listed] == [(s["party"], s["text"]) for s in segments]
    assert listed[1]["ts_ms"] == 2500 and listed[0]["phone_number"] == numbers["alice"]["number"]
    hits = client.get(
        f"{NUMBERS}/{numbers['alice']['id']}/search", params={"q": "REFUND", "party": "remote"}
    ).json()
    assert [h["text"] for h in hits] == ["I want a refund please"]
    assert (
        client.get(f"{NUMBERS}/{numbers['alice']['id']}/search", params={"q": ""}).status_code
        == 422
    )
    hung = client.post(f"/api/v1/phone/calls/{call['id']}/hangup")
    assert hung.status_code == 200
    assert (hung.json()["status"], hung.json()["hangup_reason"]) == ("completed", "local")
    assert client.post(f"/api/v1/phone/calls/{call['id']}/hangup").status_code == 409
    legacy = f"{NUMBERS}/{numbers['alice']['id']}/calls"
    assert [c["id"] for c in client.get(legacy).json()] == [call["id"]]
    assert client.get(f"{legacy}/{call['id']}").json()["status"] == "completed"
    assert len(client.get(f"{legacy}/{call['id']}/transcripts").json()) == 3
    assert client.get(f"{NUMBERS}/{numbers['bob']['id']}/calls/{call['id']}").status_code == 404
    bad = httpx.post(
        f"{inkbox_emulator.url}/_emulator/calls/{call['id']}/transcripts",
        json={"segments": [{"party": "x"}]},
    )
    assert bad.status_code == 422


def test_webhook_action_posts_incoming_call(inkbox_emulator, phone):
    """`webhook` numbers ask their incoming_call_webhook_url (flat payload) and keep ringing."""
    client, numbers = phone
    with ScriptedServer(Reply(body=b'{"action": "answer"}')) as receiver:
        url = receiver.url + "/calls"
        client.patch(
            f"{NUMBERS}/{numbers['bob']['id']}",
            json={"incoming_call_action": "webhook", "incoming_call_webhook_url": url},
        )
        call = inkbox_emulator.inject_call(to=numbers["bob"]["number"], sender=OUTSIDE)
        assert call["status"] == "ringing"
        log = inkbox_emulator.webhooks(url=url)
        assert [d["event_type"] for d in log] == ["phone.incoming_call"]
        payload = json.loads(receiver.received[0].body)
        assert payload["id"] == call["id"] and payload["remote_phone_number"] == OUTSIDE
        assert payload["rate_limit"]["calls_limit"] == 100
    done = inkbox_emulator.hook("POST", f"/calls/{call['id']}/status", {"status": "completed"})
    assert (done["status"], done["hangup_reason"]) == ("completed", "remote")
