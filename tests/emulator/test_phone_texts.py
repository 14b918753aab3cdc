"""Texts in the emulator: the guide's SMS gates, STOP/START, delivery settling, texts between
the emulator's own numbers, conversations, MMS, read state, deletion, webhooks and limits."""

from __future__ import annotations

import json

import httpx
import pytest

from inkbox.webhooks import verify_webhook
from tests.support.scripted_server import ScriptedServer

NUMBERS = "/api/v1/phone/numbers"
CUSTOMER = "+15167251294"


@pytest.fixture
def phone(inkbox_emulator):
    """Admin client and SMS-ready numbers for alice and bob."""
    with inkbox_emulator.client() as client:
        numbers = {}
        for handle in ("alice", "bob"):
            client.post("/api/v1/identities/", json={"agent_handle": handle})
            number = client.post(NUMBERS, json={"agent_handle": handle}).json()
            numbers[handle] = inkbox_emulator.set_sms_status(number["id"], "ready")
        yield client, numbers


def _texts(numbers, who="alice"):
    return f"{NUMBERS}/{numbers[who]['id']}/texts"


def _send(client: httpx.Client, numbers, who="alice", **body) -> httpx.Response:
    return client.post(_texts(numbers, who), json=body)


def test_sms_gates_in_the_guides_order(inkbox_emulator, phone):
    """pending -> 409 sender_sms_pending; unknown -> 403 not_opted_in; STOP -> 403 opted_out."""
    client, numbers = phone
    inkbox_emulator.set_sms_status(numbers["alice"]["id"], "pending")
    pending = _send(client, numbers, to=CUSTOMER, text="hi")
    assert pending.status_code == 409
    assert pending.json()["detail"]["error"] == "sender_sms_pending"
    inkbox_emulator.set_sms_status(numbers["alice"]["id"], "ready")
    unknown = _send(client, numbers, to=CUSTOMER, text="hi")
    assert unknown.status_code == 403
    assert unknown.json()["detail"]["error"] == "recipient_not_opted_in"
    assert CUSTOMER in unknown.json()["detail"]["message"]
    # START to *any* number of the org opts in (here: bob's), STOP opts out again.
    inkbox_emulator.inject_text(to=numbers["bob"]["number"], sender=CUSTOMER, text="start")
    assert _send(client, numbers, to=CUSTOMER, text="hi").status_code == 201
    inkbox_emulator.inject_text(to=numbers["alice"]["number"], sender=CUSTOMER, text=" Stop ")
    stopped = _send(client, numbers, to=CUSTOMER, text="hi again")
    assert stopped.status_code == 403 and stopped.json()["detail"]["error"] == "recipient_opted_out"
    inkbox_emulator.inject_text(to=numbers["alice"]["number"], sender=CUSTOMER, text="UNSTOP")
    assert _send(client, numbers, to=CUSTOMER, text="welcome back").status_code == 201


def test_keyword_auto_replies_are_recorded(inkbox_emulator, phone):
    """The carrier's answer to STOP/HELP is an outbound `auto_reply` text in the thread."""
    client, numbers = phone
    inkbox_emulator.inject_text(to=numbers["alice"]["number"], sender=CUSTOMER, text="HELP")
    rows = client.get(_texts(numbers)).json()
    assert [(t["direction"], t["origin"]) for t in rows] == [
        ("outbound", "auto_reply"),
        ("inbound", "user_initiated"),
    ]
    assert "STOP" in rows[0]["text"]


def test_send_settles_from_queued_to_delivered(inkbox_emulator, phone):
    """The send answers queued (with rate-limit headers); the next read shows delivered."""
    client, numbers = phone
    inkbox_emulator.inject_text(to=numbers["alice"]["number"], sender=CUSTOMER, text="START")
    sent = _send(client, numbers, to=CUSTOMER, text="Hello from Inkbox")
    assert sent.status_code == 201
    body = sent.json()
    assert (body["direction"], body["delivery_status"], body["is_read"], body["type"]) == (
        "outbound",
        "queued",
        True,
        "sms",
    )
    assert (
        body["remote_phone_number"] == CUSTOMER
        and body["local_phone_number"] == numbers["alice"]["number"]
    )
    assert [r["recipient_phone_number"] for r in body["recipients"]] == [CUSTOMER]
    assert (sent.headers["X-RateLimit-Limit"], sent.headers["X-RateLimit-Remaining"]) == (
        "100",
        "99",
    )
    later = client.get(f"{_texts(numbers)}/{body['id']}").json()
    assert later["delivery_status"] == "delivered"
    assert later["sent_at"] is not None and later["delivered_at"] is not None
    assert later["recipients"][0]["delivery_status"] == "delivered"


def test_texts_between_emulator_numbers(phone):
    """Same-org numbers need no opt-in, and the text arrives at the other number."""
    client, numbers = phone
    sent = _send(client, numbers, to=numbers["bob"]["number"], text="ping bob")
    assert sent.status_code == 201
    inbox = client.get(_texts(numbers, "bob"), params={"is_read": "false"}).json()
    assert [(t["direction"], t["text"], t["remote_phone_number"]) for t in inbox] == [
        ("inbound", "ping bob", numbers["alice"]["number"])
    ]
    assert inbox[0]["delivery_status"] is None and inbox[0]["recipients"] is None


def test_conversations_read_state_and_deletion(inkbox_emulator, phone):
    """Summaries per conversation, by number or id; mark read; admin-only search and delete."""
    client, numbers = phone
    alice = numbers["alice"]["number"]
    inkbox_emulator.inject_text(to=alice, sender=CUSTOMER, text="START")
    inkbox_emulator.inject_text(to=alice, sender=CUSTOMER, text="Where is my invoice?")
    inkbox_emulator.inject_text(to=alice, sender="+12125550177", text="unrelated")
    _send(client, numbers, to=CUSTOMER, text="Invoice attached")
    convos = client.get(f"{_texts(numbers)}/conversations").json()
    assert [c["remote_phone_number"] for c in convos] == [CUSTOMER, "+12125550177"]
    top = convos[0]
    # START, its auto reply, the question and our answer
    assert (
        top["total_count"],
        top["unread_count"],
        top["latest_text"],
        top["latest_direction"],
    ) == (
        4,
        2,
        "Invoice attached",
        "outbound",
    )
    assert top["is_group"] is False and top["participants"] == [CUSTOMER]
    by_number = client.get(
        f"{_texts(numbers)}/conversations/{CUSTOMER}", params={"limit": 2}
    ).json()
    by_id = client.get(f"{_texts(numbers)}/conversations/{top['id']}", params={"limit": 2}).json()
    assert [t["id"] for t in by_number] == [t["id"] for t in by_id]
    assert by_number[0]["text"] == "Invoice attached"
    marked = client.patch(
        f"{_texts(numbers)}/conversations/{CUSTOMER}", json={"is_read": True}
    ).json()
    assert marked == {
        "remote_phone_number": CUSTOMER,
        "conversation_id": top["id"],
        "is_read": True,
        "updated_count": 2,
    }
    assert client.patch(f"{_texts(numbers)}/conversations/{CUSTOMER}", json={}).status_code == 422
    assert client.get(f"{_texts(numbers)}/conversations/+19998887777").status_code == 404
    other = client.get(_texts(numbers), params={"is_read": "false"}).json()
    assert [t["text"] for t in other] == ["unrelated"]
    one = client.patch(f"{_texts(numbers)}/{other[0]['id']}", json={"is_read": True}).json()
    assert one["is_read"] is True
    hits = client.get(f"{_texts(numbers)}/search", params={"q": "invoice"}).json()
    assert {t["text"] for t in hits} == {"Where is my invoice?", "Invoice attached"}
    gone = client.patch(f"{_texts(numbers)}/{hits[0]['id']}", json={"status": "deleted"})
    assert gone.status_code == 200
    assert client.get(f"{_texts(numbers)}/{hits[0]['id']}").status_code == 404
    assert len(client.get(f"{_texts(numbers)}/search", params={"q": "invoice"}).json()) == 1
    assert (
        client.patch(f"{_texts(numbers)}/{hits[1]['id']}", json={"status": "archived"}).status_code
        == 422
    )
    with inkbox_emulator.client(inkbox_emulator.agent_key("alice")) as agent:
        assert agent.get(f"{_texts(numbers)}/search", params={"q": "x"}).status_code == 403
        assert (
            agent.patch(
                f"{_texts(numbers)}/{hits[1]['id']}", json={"status": "deleted"}
            ).status_code
            == 403
        )
        assert (
            agent.patch(f"{_texts(numbers)}/{hits[1]['id']}", json={"is_read": False}).status_code
            == 200
        )
        assert agent.get(_texts(numbers, "bob")).status_code == 403


def test_mms_group_sends_and_bad_bodies(inkbox_emulator, phone):
    """media_urls make an MMS; a list `to` makes a group send; malformed sends are 422."""
    client, numbers = phone
    friends = ["+12125550181", "+12125550182"]
    for friend in friends:
        inkbox_emulator.inject_text(to=numbers["bob"]["number"], sender=friend, text="yes")
    mms = _send(client, numbers, to=friends[0], media_urls=["https://cdn.example/cat.jpg"]).json()
    assert (mms["type"], mms["text"]) == ("mms", None)
    assert mms["media"] == [
        {"content_type": "image/jpeg", "size": 0, "url": "https://cdn.example/cat.jpg"}
    ]
    group = _send(client, numbers, to=friends, text="hello both").json()
    assert group["remote_phone_number"] is None
    assert sorted(r["recipient_phone_number"] for r in group["recipients"]) == friends
    one_to_one = client.get(f"{_texts(numbers)}/conversations").json()
    with_groups = client.get(
        f"{_texts(numbers)}/conversations", params={"include_groups": "true"}
    ).json()
    assert [c["is_group"] for c in one_to_one] == [False]
    assert [c["is_group"] for c in with_groups] == [True, False]
    reply = _send(client, numbers, conversation_id=with_groups[0]["id"], text="again").json()
    assert reply["conversation_id"] == with_groups[0]["id"]
    inbound = inkbox_emulator.inject_text(
        to=numbers["alice"]["number"],
        sender=friends[0],
        media=[{"content_type": "image/png", "size": 2048, "url": "https://media.example/p.png"}],
    )
    got = client.get(f"{_texts(numbers)}/{inbound['id']}").json()
    assert got["type"] == "mms" and got["media"][0]["size"] == 2048
    for bad in (
        {"to": friends[0], "conversation_id": with_groups[0]["id"], "text": "x"},
        {"text": "nobody"},
        {"to": friends[0]},
        {"to": friends[0], "text": "   "},
        {"to": "12125550181", "text": "x"},
        {"to": [friends[0], "+442079460958"], "text": "x"},
        {"to": friends[0], "text": "x" * 1601},
        {"to": friends[0], "media_urls": ["ftp://x/y.png"]},
    ):
        assert _send(client, numbers, **bad).status_code == 422, bad


def test_inbound_rules_and_agent_visibility(inkbox_emulator, phone):
    """A blocked sender's text is stored blocked: hidden from agent keys, filterable by admins."""
    client, numbers = phone
    spam = "+12125550666"
    rule = {
        "action": "block",
        "match_type": "exact_number",
        "match_target": spam,
        "direction": "inbound",
    }
    client.post(f"{NUMBERS}/{numbers['alice']['id']}/contact-rules", json=rule)
    blocked = inkbox_emulator.inject_text(
        to=numbers["alice"]["number"], sender=spam, text="buy now"
    )
    assert blocked["is_blocked"] is True
    inkbox_emulator.inject_text(to=numbers["alice"]["number"], sender=CUSTOMER, text="hello")
    assert len(client.get(_texts(numbers)).json()) == 2
    assert [
        t["text"] for t in client.get(_texts(numbers), params={"is_blocked": "true"}).json()
    ] == ["buy now"]
    with inkbox_emulator.client(inkbox_emulator.agent_key("alice")) as agent:
        assert [
            t["text"] for t in agent.get(_texts(numbers), params={"is_blocked": "true"}).json()
        ] == ["hello"]
        assert agent.get(f"{_texts(numbers)}/{blocked['id']}").status_code == 404
    outbound_block = {
        "action": "block",
        "match_type": "exact_number",
        "match_target": CUSTOMER,
        "direction": "outbound",
    }
    client.post(f"{NUMBERS}/{numbers['alice']['id']}/contact-rules", json=outbound_block)
    refused = _send(client, numbers, to=CUSTOMER, text="hi")
    assert refused.status_code == 403 and refused.json()["detail"]["error"] == "recipient_blocked"


def test_text_webhooks_are_signed(inkbox_emulator, phone):
    """text.received / text.sent / text.delivered go to the number's text webhook, signed."""
    client, numbers = phone
    with ScriptedServer() as receiver:
        url = receiver.url + "/texts"
        patched = client.patch(
            f"{NUMBERS}/{numbers['alice']['id']}", json={"incoming_text_webhook_url": url}
        )
        assert patched.json()["incoming_text_webhook_url"] == url
        secret = client.post("/api/v1/identities/alice/signing-key").json()["signing_key"]
        client.post(
            "/api/v1/contacts", json={"given_name": "Pat", "phones": [{"value_e164": CUSTOMER}]}
        )
        inkbox_emulator.inject_text(to=numbers["alice"]["number"], sender=CUSTOMER, text="START")
        sent = _send(client, numbers, to=CUSTOMER, text="thanks").json()
        inkbox_emulator.hook("POST", "/texts/settle")
        log = inkbox_emulator.webhooks(url=url)
        # START's carrier auto reply is an outbound text too, settled before our send.
        events = ["text.received", "text.sent", "text.delivered", "text.sent", "text.delivered"]
        assert [d["event_type"] for d in log] == events
        assert all(d["signed"] for d in log)
        bodies = [json.loads(r.body) for r in receiver.received]
        by_event = {(b["event_type"], b["data"]["text_message"]["id"]): b["data"] for b in bodies}
        received = next(b["data"] for b in bodies if b["event_type"] == "text.received")
        assert received["text_message"]["text"] == "START"
        assert received["contacts"][0]["name"] == "Pat"
        assert received["agent_identities"][0]["agent_handle"] == "alice"
        assert (
            by_event[("text.delivered", sent["id"])]["text_message"]["delivery_status"]
            == "delivered"
        )
        assert by_event[("text.sent", sent["id"])]["text_message"]["delivery_status"] == "sent"
        origins = {
            b["data"]["text_message"]["origin"] for b in bodies if b["event_type"] == "text.sent"
        }
        assert origins == {"auto_reply", "user_initiated"}
        first = next(r for r in receiver.received if b'"text.received"' in r.body)
        assert verify_webhook(payload=first.body, headers=first.headers, secret=secret)


def test_per_number_daily_recipient_cap(inkbox_emulator, phone):
    """100 recipient sends per number per rolling 24 h (a group of n counts n), then 429."""
    client, numbers = phone
    group = [f"+1212555{i:04d}" for i in range(1000, 1008)]
    for member in group:
        inkbox_emulator.inject_text(to=numbers["alice"]["number"], sender=member, text="START")
    for _ in range(12):
        assert _send(client, numbers, to=group, text="bulk").status_code == 201
    last = _send(client, numbers, to=group[:4], text="bulk")
    assert last.status_code == 201 and last.headers["X-RateLimit-Remaining"] == "0"
    over = _send(client, numbers, to=group[0], text="one more")
    assert over.status_code == 429
    assert over.json()["detail"]["error"] == "sender_rate_limited"
    assert int(over.headers["Retry-After"]) > 0
    inkbox_emulator.advance_clock(24 * 3600 + 1)
    assert _send(client, numbers, to=group[0], text="new day").status_code == 201
