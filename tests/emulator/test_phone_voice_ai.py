"""Voice AI in the emulator: settings and catalog, the simulated carrier's answering rules
(ring, answer, voicemail, reject, hang-up on the clock), scripted conversations with tool
activity, and identity-level incoming-call actions driving inbound calls."""

from __future__ import annotations

import pytest

from tests.support.scripted_server import Reply, ScriptedServer

CFG = "/api/v1/phone/hosted-agent-config"
ACTION = "/api/v1/phone/incoming-call-action"
OUTSIDE = "+12125550123"


@pytest.fixture
def alice(inkbox_emulator):
    with inkbox_emulator.client() as client:
        ident = client.post("/api/v1/identities/", json={"agent_handle": "alice"}).json()
        number = client.post("/api/v1/phone/numbers", json={"agent_handle": "alice"}).json()
        yield client, ident["id"], number


def test_config_voices_and_authority(inkbox_emulator, alice):
    client, ident, _ = alice
    catalog = client.get("/api/v1/phone/hosted-agent-voices").json()
    assert catalog["default_voice"] == "ava"
    assert {v["id"]: v["available"] for v in catalog["voices"]}["orion"] is False
    assert client.get(CFG).status_code == 422
    fresh = client.get(CFG, params={"agent_identity_id": ident}).json()
    assert (fresh["voice"], fresh["effective_voice"], fresh["authority_mode"]) == (
        None,
        "ava",
        "contact_scoped",
    )
    body = {"agent_identity_id": ident, "voice": "leo", "instructions": "Be brief."}
    done = client.put(CFG, json=body).json()
    assert (done["voice"], done["effective_voice"], done["instructions"]) == (
        "leo",
        "leo",
        "Be brief.",
    )
    assert client.put(CFG, json={**body, "voice": "nope"}).status_code == 422
    assert client.put(CFG, json={**body, "voice": "orion"}).status_code == 422
    reset = client.put(CFG, json={"agent_identity_id": ident}).json()
    assert (reset["voice"], reset["instructions"]) == (None, None)
    mode = {"agent_identity_id": ident, "authority_mode": "yolo"}
    assert client.put(f"{CFG}/authority-mode", json=mode).json()["authority_mode"] == "yolo"
    with inkbox_emulator.client(inkbox_emulator.agent_key("alice")) as agent:
        assert agent.get(CFG).json()["authority_mode"] == "yolo"
        assert agent.put(f"{CFG}/authority-mode", json=mode).status_code == 403
    client.post("/api/v1/identities/", json={"agent_handle": "bob"})
    with inkbox_emulator.client(inkbox_emulator.agent_key("bob")) as bob:
        assert bob.get(CFG, params={"agent_identity_id": ident}).status_code == 403


def test_answering_rule_rings_answers_and_hangs_up_on_the_clock(inkbox_emulator, alice):
    client, _ident, number = alice
    inkbox_emulator.hook(
        "PUT",
        "/calls/answering",
        {"to": OUTSIDE, "outcome": "answer", "ring_seconds": 5, "say": ["Yes, Tuesday works."]},
    )
    placed = client.post(
        "/api/v1/phone/place-call",
        json={
            "to_number": OUTSIDE,
            "from_number": number["number"],
            "mode": "hosted_agent",
            "reason": "Book a visit.",
        },
    ).json()
    assert (placed["status"], placed["on_voicemail"], placed["client_websocket_url"]) == (
        "ringing",
        "leave_message",
        None,
    )
    url = f"/api/v1/phone/calls/{placed['id']}"
    assert client.get(url).json()["status"] == "ringing"
    inkbox_emulator.hook("POST", "/clock/advance", {"seconds": 6})
    answered = client.get(url).json()
    assert answered["status"] == "answered" and answered["started_at"] is not None
    texts = [(t["party"], t["text"]) for t in client.get(f"{url}/transcripts").json()]
    assert texts[0] == ("local", "Hi, this is alice's assistant calling. Book a visit.")
    assert ("remote", "Yes, Tuesday works.") in texts
    tools = client.get(f"{url}/tool-invocations", params={"limit": 1}).json()
    assert tools["items"][0]["tool_name"] == "lookup_contact" and tools["has_more"] is True
    inkbox_emulator.hook("POST", "/clock/advance", {"seconds": 30})
    hung = client.post(f"{url}/hangup").json()
    assert (hung["status"], hung["hangup_reason"]) == ("completed", "local")
    assert client.post(f"{url}/hangup").status_code == 409


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({}, ("completed", "voicemail", 0)),
        (
            {"mode": "hosted_agent", "reason": "Confirm.", "voicemail_message": "Call me back."},
            ("answered", None, 1),
        ),
        ({"on_voicemail": "ignore"}, ("answered", None, 0)),
    ],
)
def test_voicemail_follows_on_voicemail(inkbox_emulator, alice, extra, expected):
    client, _, number = alice
    inkbox_emulator.hook("PUT", "/calls/answering", {"outcome": "voicemail"})
    placed = client.post(
        "/api/v1/phone/place-call",
        json={"to_number": OUTSIDE, "from_number": number["number"], **extra},
    ).json()
    call = client.get(f"/api/v1/phone/calls/{placed['id']}").json()
    segments = client.get(f"/api/v1/phone/calls/{placed['id']}/transcripts").json()
    assert (call["status"], call["hangup_reason"], len(segments)) == expected
    if segments:
        assert segments[0]["text"] == "Call me back."
        inkbox_emulator.hook("POST", "/clock/advance", {"seconds": 9})
        ended = client.get(f"/api/v1/phone/calls/{placed['id']}").json()
        assert (ended["status"], ended["hangup_reason"]) == ("completed", "voicemail")


def test_place_call_shape_rules(inkbox_emulator, alice):
    client, _ident, number = alice
    base = {"to_number": OUTSIDE, "from_number": number["number"]}
    assert (
        client.post(
            "/api/v1/phone/place-call",
            json={**base, "on_voicemail": "leave_message", "voicemail_detection": "disabled"},
        ).status_code
        == 422
    )
    assert (
        client.post(
            "/api/v1/phone/place-call",
            json={
                **base,
                "mode": "hosted_agent",
                "reason": "x",
                "client_websocket_url": "wss://a.example/ws",
            },
        ).status_code
        == 422
    )
    with inkbox_emulator.client(inkbox_emulator.agent_key("alice")) as agent:
        yolo = {
            **base,
            "mode": "hosted_agent",
            "reason": "x",
            "hosted_agent_authority_mode": "yolo",
        }
        assert agent.post("/api/v1/phone/place-call", json=yolo).status_code == 403
        assert (
            client.post("/api/v1/phone/place-call", json=yolo).json()["hosted_agent_authority_mode"]
            == "yolo"
        )


def test_incoming_call_action_drives_inbound_calls(inkbox_emulator, alice):
    client, ident, number = alice
    assert (
        client.get(ACTION, params={"agent_identity_id": ident}).json()["incoming_call_action"]
        == "auto_reject"
    )
    missing = client.put(
        ACTION, json={"agent_identity_id": ident, "incoming_call_action": "forward"}
    )
    assert missing.status_code == 422
    fwd = client.put(
        ACTION,
        json={
            "agent_identity_id": ident,
            "incoming_call_action": "forward",
            "forwarding_target_type": "sip",
            "forwarding_sip_uri": "sip:desk@voice.example.com",
        },
    ).json()
    assert fwd["forwarding_sip_uri"] == "sip:desk@voice.example.com"
    forwarded = inkbox_emulator.inject_call(to=number["number"], sender=OUTSIDE)
    assert forwarded["forwardings"][0]["target"] == "sip:desk@voice.example.com"
    client.put(
        ACTION,
        json={
            "agent_identity_id": ident,
            "incoming_call_action": "hosted_agent",
            "forwarding_target_type": None,
            "forwarding_sip_uri": None,
        },
    )
    call = inkbox_emulator.hook(
        "POST",
        "/calls/inbound",
        {
            "to": number["number"],
            "from": OUTSIDE,
            "say": ["Where is my order?"],
            "talk_seconds": 10,
        },
    )
    assert (call["status"], call["mode"]) == ("answered", "hosted_agent")
    segments = client.get(f"/api/v1/phone/calls/{call['id']}/transcripts").json()
    assert [s["party"] for s in segments] == ["local", "remote", "local", "local"]
    tools = client.get(f"/api/v1/phone/calls/{call['id']}/tool-invocations").json()
    assert [t["tool_name"] for t in tools["items"]] == ["lookup_contact", "save_note"]
    inkbox_emulator.hook("POST", "/clock/advance", {"seconds": 11})
    ended = client.get(f"/api/v1/phone/calls/{call['id']}").json()
    assert (ended["status"], ended["hangup_reason"]) == ("completed", "remote")
    with ScriptedServer(Reply(body=b'{"action": "answer"}')) as receiver:
        client.put(
            ACTION,
            json={
                "agent_identity_id": ident,
                "incoming_call_action": "webhook",
                "incoming_call_webhook_url": receiver.url + "/in",
            },
        )
        inkbox_emulator.inject_call(to=number["number"], sender=OUTSIDE)
        assert [d["event_type"] for d in inkbox_emulator.webhooks(url=receiver.url + "/in")] == [
            "phone.incoming_call"
        ]
    no_number = client.post("/api/v1/identities/", json={"agent_handle": "nonum"}).json()
    assert client.get(ACTION, params={"agent_identity_id": no_number["id"]}).status_code == 404
