"""Mail in the emulator's world: delivery, threading, the outside world, attachments, read
state, search, folders, pagination, signup limits and signed webhooks."""

from __future__ import annotations

import base64
import json
import time

import httpx

from inkbox.webhooks import verify_webhook
from tests.support.scripted_server import Reply, ScriptedServer

ALICE = "/api/v1/mail/mailboxes/alice@inkboxmail.com"
BOB = "/api/v1/mail/mailboxes/bob@inkboxmail.com"


def _send(client: httpx.Client, box: str, **body) -> dict:
    response = client.post(box + "/messages", json=body)
    assert response.status_code == 200, response.text
    return response.json()


def test_mail_between_mailboxes_arrives_as_inbound_and_threads(admin, inkbox_emulator):
    """A send lands in the recipient's inbox; the reply threads on both sides via Message-ID."""
    sent = _send(
        admin, ALICE, recipients={"to": ["bob@inkboxmail.com"]}, subject="Lunch?", body_text="Noon?"
    )
    assert sent["direction"] == "outbound" and sent["status"] == "sent"
    inbox = admin.get(BOB + "/messages", params={"direction": "inbound"}).json()["items"]
    assert len(inbox) == 1
    received = inbox[0]
    assert received["message_id"] == sent["message_id"]
    assert received["from_address"] == "alice@inkboxmail.com"
    assert received["is_read"] is False
    reply = _send(
        admin,
        BOB,
        recipients={"to": ["alice@inkboxmail.com"]},
        subject="Re: Lunch?",
        body_text="Yes",
        in_reply_to_message_id=received["message_id"],
    )
    assert reply["thread_id"] == received["thread_id"]
    detail = admin.get(
        f"{ALICE}/messages/{admin.get(ALICE + '/messages', params={'direction': 'inbound'}).json()['items'][0]['id']}"
    ).json()
    assert detail["in_reply_to"] == sent["message_id"]
    assert detail["references"] == [sent["message_id"]]
    assert detail["thread_id"] == sent["thread_id"]
    thread = admin.get(f"{ALICE}/threads/{sent['thread_id']}").json()
    assert thread["message_count"] == 2
    assert [m["direction"] for m in thread["messages"]] == ["outbound", "inbound"]  # oldest first
    assert inkbox_emulator.outside_mail() == []


def test_guide_style_reply_by_uuid_still_threads(admin):
    """The guide passes `sent.id` (a UUID) as in_reply_to_message_id; it threads anyway."""
    first = _send(admin, ALICE, recipients={"to": ["x@example.com"]}, subject="One")
    second = _send(
        admin,
        ALICE,
        recipients={"to": ["x@example.com"]},
        subject="Two",
        in_reply_to_message_id=first["id"],
    )
    assert second["thread_id"] == first["thread_id"]


def test_mail_to_outside_addresses_is_recorded_once_per_recipient(admin, inkbox_emulator):
    """to/cc/bcc outside the emulator land in the outside log; bcc never reaches headers."""
    _send(
        admin,
        ALICE,
        recipients={
            "to": ["a@example.com"],
            "cc": ["b@example.com"],
            "bcc": ["bob@inkboxmail.com"],
        },
        subject="Hi",
        body_text="t",
        body_html="<p>t</p>",
    )
    outside = inkbox_emulator.outside_mail()
    assert sorted(m["to_address"] for m in outside) == ["a@example.com", "b@example.com"]
    bob_copy = admin.get(BOB + "/messages").json()["items"][0]
    detail = admin.get(f"{BOB}/messages/{bob_copy['id']}").json()
    assert detail["bcc_addresses"] is None
    own = admin.get(ALICE + "/messages").json()["items"][0]
    assert admin.get(f"{ALICE}/messages/{own['id']}").json()["bcc_addresses"] == [
        "bob@inkboxmail.com"
    ]


def test_attachments_are_kept_and_bad_ones_refused(admin):
    """Attachment metadata survives delivery; .exe files and bad base64 are 422s."""
    content = base64.b64encode(b"%PDF-1.4 hello").decode()
    sent = _send(
        admin,
        ALICE,
        recipients={"to": ["bob@inkboxmail.com"]},
        subject="Report",
        attachments=[
            {"filename": "r.pdf", "content_type": "application/pdf", "content_base64": content}
        ],
    )
    assert sent["has_attachments"] is True
    received = admin.get(BOB + "/messages").json()["items"][0]
    meta = admin.get(f"{BOB}/messages/{received['id']}").json()["attachment_metadata"]
    assert meta == [{"filename": "r.pdf", "content_type": "application/pdf", "size": 14}]
    exe = admin.post(
        ALICE + "/messages",
        json={
            "recipients": {"to": ["bob@inkboxmail.com"]},
            "subject": "x",
            "attachments": [
                {
                    "filename": "run.exe",
                    "content_type": "application/octet-stream",
                    "content_base64": content,
                }
            ],
        },
    )
    assert exe.status_code == 422
    assert exe.json()["detail"][0]["loc"] == ["body", "attachments", 0, "filename"]
    bad = admin.post(
        ALICE + "/messages",
        json={
            "recipients": {"to": ["bob@inkboxmail.com"]},
            "subject": "x",
            "attachments": [
                {"filename": "a.txt", "content_type": "text/plain", "content_base64": "***"}
            ],
        },
    )
    assert bad.json()["detail"][0]["loc"] == ["body", "attachments", 0, "content_base64"]
    assert (
        admin.post(
            ALICE + "/messages",
            json={
                "recipients": {"to": ["x@example.com"]},
                "subject": "x",
                "track_opens": True,
            },
        ).status_code
        == 422
    )


def test_read_state_and_flags(admin, inkbox_emulator):
    """Fetching inbound mail marks it read; PATCH sets and clears read/starred."""
    received = inkbox_emulator.inject_email(
        to="bob@inkboxmail.com", sender="jane@example.com", subject="Hello", body_text="Hi Bob"
    )
    assert received["is_read"] is False
    assert admin.get(f"{BOB}/messages/{received['id']}").json()["is_read"] is True
    unread = admin.patch(
        f"{BOB}/messages/{received['id']}", json={"is_read": False, "is_starred": True}
    ).json()
    assert (unread["is_read"], unread["is_starred"]) == (False, True)
    listed = admin.get(BOB + "/messages").json()["items"][0]
    assert (listed["is_read"], listed["is_starred"]) == (False, True)


def test_search_ranks_matching_messages(admin, inkbox_emulator):
    """Search finds messages containing every term, most hits first."""
    inkbox_emulator.inject_email(
        to="bob@inkboxmail.com",
        sender="a@example.com",
        subject="Invoice 42",
        body_text="invoice invoice attached",
    )
    inkbox_emulator.inject_email(
        to="bob@inkboxmail.com",
        sender="b@example.com",
        subject="Invoice 43",
        body_text="see attached",
    )
    inkbox_emulator.inject_email(
        to="bob@inkboxmail.com", sender="c@example.com", subject="Party", body_text="cake"
    )
    page = admin.get(BOB + "/search", params={"q": "invoice", "limit": 10}).json()
    assert [m["subject"] for m in page["items"]] == ["Invoice 42", "Invoice 43"]
    assert page["has_more"] is False
    assert admin.get(BOB + "/search", params={"q": "invoice cake"}).json()["items"] == []


def test_cursor_pagination_is_newest_first_and_complete(admin, inkbox_emulator):
    """Pages of 2 walk all 5 messages newest first, has_more false at the end."""
    for i in range(5):
        inkbox_emulator.inject_email(
            to="bob@inkboxmail.com", sender="a@example.com", subject=f"m{i}"
        )
    seen, cursor = [], None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = admin.get(BOB + "/messages", params=params).json()
        seen += [m["subject"] for m in page["items"]]
        if not page["has_more"]:
            assert page["next_cursor"] is None
            break
        cursor = page["next_cursor"]
    assert seen == ["m4", "m3", "m2", "m1", "m0"]
    threads = admin.get(BOB + "/threads", params={"limit": 3}).json()
    assert threads["has_more"] is True and len(threads["items"]) == 3
    assert admin.get(BOB + "/messages", params={"cursor": "garbage!"}).status_code == 422


def test_thread_folders_move_and_list(admin, inkbox_emulator):
    """Moving a thread to spam changes the folder list; 'blocked' cannot be set."""
    one = inkbox_emulator.inject_email(
        to="bob@inkboxmail.com", sender="a@example.com", subject="keep"
    )
    two = inkbox_emulator.inject_email(
        to="bob@inkboxmail.com", sender="spam@example.com", subject="WIN"
    )
    moved = admin.patch(f"{BOB}/threads/{two['thread_id']}", json={"folder": "spam"})
    assert moved.status_code == 200 and moved.json()["folder"] == "spam"
    assert "messages" not in moved.json()
    assert admin.get(BOB + "/threads/folders").json() == ["inbox", "spam"]
    spam = admin.get(BOB + "/threads", params={"folder": "spam"}).json()["items"]
    assert [t["id"] for t in spam] == [two["thread_id"]]
    blocked = admin.patch(f"{BOB}/threads/{one['thread_id']}", json={"folder": "blocked"})
    assert blocked.status_code == 422 and blocked.json()["detail"][0]["loc"] == ["body", "folder"]


def test_date_filters_use_the_clock(admin, inkbox_emulator):
    """start/end bounds (bare dates in a tz, or date-times) filter by creation time."""
    inkbox_emulator.inject_email(to="bob@inkboxmail.com", sender="a@example.com", subject="early")
    later = inkbox_emulator.advance_clock(3 * 86400)
    inkbox_emulator.inject_email(to="bob@inkboxmail.com", sender="a@example.com", subject="late")
    page = admin.get(BOB + "/messages", params={"start_datetime": later[:10], "tz": "UTC"}).json()
    assert [m["subject"] for m in page["items"]] == ["late"]
    page = admin.get(
        BOB + "/messages", params={"end_datetime": later[:10], "tz": "Pacific/Kiritimati"}
    ).json()
    assert "early" in [m["subject"] for m in page["items"]]
    assert admin.get(BOB + "/messages", params={"tz": "Mars/Olympus"}).status_code == 422


def test_agent_keys_see_only_their_own_mailbox(admin, inkbox_emulator):
    """An agent key lists one mailbox and gets 403 on another identity's mail."""
    key = inkbox_emulator.agent_key("alice")
    with inkbox_emulator.client(key) as agent:
        assert [m["email_address"] for m in agent.get("/api/v1/mail/mailboxes").json()] == [
            "alice@inkboxmail.com"
        ]
        assert agent.get(BOB + "/messages").status_code == 403
        assert [i["agent_handle"] for i in agent.get("/api/v1/identities/").json()] == ["alice"]
        assert (
            _send(agent, ALICE, recipients={"to": ["bob@inkboxmail.com"]}, subject="from agent")[
                "status"
            ]
            == "sent"
        )


def test_unclaimed_agent_may_only_mail_its_human_a_few_times(inkbox_emulator):
    """Until verified: other recipients 403, the 6th mail of the day 429; after verify, free."""
    signup = httpx.post(
        inkbox_emulator.url + "/api/v1/agent-signup",
        json={
            "human_email": "Human@Example.com",
            "note_to_human": "please verify",
            "agent_handle": "newbie",
        },
    ).json()
    assert (
        signup["claim_status"] == "agent_unclaimed"
        and signup["email_address"] == "newbie@inkboxmail.com"
    )
    box = "/api/v1/mail/mailboxes/newbie@inkboxmail.com/messages"
    with inkbox_emulator.client(signup["api_key"]) as agent:
        other = agent.post(
            box, json={"recipients": {"to": ["someone@example.com"]}, "subject": "hi"}
        )
        assert (
            other.status_code == 403 and other.json()["detail"]["error"] == "recipient_not_allowed"
        )
        for _ in range(5):
            assert (
                agent.post(
                    box, json={"recipients": {"to": ["human@example.com"]}, "subject": "hi"}
                ).status_code
                == 200
            )
        capped = agent.post(
            box, json={"recipients": {"to": ["human@example.com"]}, "subject": "hi"}
        )
        assert capped.status_code == 429 and int(capped.headers["Retry-After"]) > 0
        code = inkbox_emulator.signup_code("newbie")
        emailed = [
            m
            for m in inkbox_emulator.outside_mail(to="human@example.com")
            if m["kind"] == "signup_verification"
        ]
        assert code in emailed[0]["body_text"]
        assert (
            agent.post("/api/v1/agent-signup/verify", json={"verification_code": code}).json()[
                "claim_status"
            ]
            == "agent_claimed"
        )
        assert (
            agent.post(
                box, json={"recipients": {"to": ["someone@example.com"]}, "subject": "free"}
            ).status_code
            == 200
        )


def test_webhooks_are_signed_delivered_and_retried(admin, inkbox_emulator):
    """message.received goes to the mailbox's webhook, signed with the identity's key, after a retry."""
    with ScriptedServer(Reply(status=500, body=b"{}"), Reply(status=200, body=b"{}")) as receiver:
        hook = receiver.url + "/hooks/inkbox"
        assert admin.patch(BOB, json={"webhook_url": hook}).json()["webhook_url"] == hook
        secret = admin.post("/api/v1/identities/bob/signing-key").json()["signing_key"]
        _send(
            admin,
            ALICE,
            recipients={"to": ["bob@inkboxmail.com"]},
            subject="Ping",
            body_text="pong?",
        )
        log = inkbox_emulator.webhooks(url=hook)
        for _ in range(50):
            if log and log[0]["status"] != "pending" and log[0]["attempts"] >= 2:
                break
            time.sleep(0.05)
            log = inkbox_emulator.webhooks(url=hook)
        assert log[0]["event_type"] == "message.received"
        assert (log[0]["status"], log[0]["attempts"], log[0]["signed"]) == ("delivered", 2, True)
        delivered = receiver.received[-1]
        assert verify_webhook(payload=delivered.body, headers=delivered.headers, secret=secret)
        assert not verify_webhook(
            payload=delivered.body + b" ", headers=delivered.headers, secret=secret
        )
        payload = json.loads(delivered.body)
        assert payload["event_type"] == "message.received" and payload["id"].startswith("evt_")
        message = payload["data"]["message"]
        assert (message["email_address"], message["body"], message["subject"]) == (
            "bob@inkboxmail.com",
            "pong?",
            "Ping",
        )
        assert payload["data"]["agent_identities"][0]["agent_handle"] == "alice"


def test_contact_rules_block_recipients_and_senders(admin, inkbox_emulator):
    """A block rule fails the send with 403 recipient_blocked; a blocked sender lands in `blocked`."""
    rules = ALICE + "/contact-rules"
    rule = admin.post(
        rules,
        json={"action": "block", "match_type": "exact_email", "match_target": "nope@example.com"},
    )
    assert rule.status_code in (200, 201), rule.text
    refused = admin.post(
        ALICE + "/messages", json={"recipients": {"to": ["nope@example.com"]}, "subject": "x"}
    )
    assert refused.status_code == 403
    assert refused.json()["detail"]["error"] == "recipient_blocked"
    assert refused.json()["detail"]["matched_rule_id"] == rule.json()["id"]
    assert inkbox_emulator.outside_mail(to="nope@example.com") == []
    blocked = inkbox_emulator.inject_email(
        to="alice@inkboxmail.com", sender="nope@example.com", subject="let me in"
    )
    assert admin.get(f"{ALICE}/threads/{blocked['thread_id']}").json()["folder"] == "blocked"
    assert admin.get(ALICE + "/threads/folders").json() == ["blocked"]
    with inkbox_emulator.client(inkbox_emulator.agent_key("alice")) as agent:
        # agents do not see blocked mail unless they ask for the folder
        assert agent.get(ALICE + "/threads").json()["items"] == []
        assert len(agent.get(ALICE + "/threads", params={"folder": "blocked"}).json()["items"]) == 1
    notice = admin.patch(ALICE, json={"filter_mode": "whitelist"}).json()[
        "filter_mode_change_notice"
    ]
    assert notice == {
        "new_filter_mode": "whitelist",
        "redundant_rule_action": "block",
        "redundant_rule_count": 1,
    }
    # whitelist with no allow rule: nobody outside may be mailed any more
    assert (
        admin.post(
            ALICE + "/messages", json={"recipients": {"to": ["bob@inkboxmail.com"]}, "subject": "x"}
        ).status_code
        == 403
    )


def test_sdk_client_fixture_talks_to_the_emulator(inkbox_client, inkbox_emulator):
    """`inkbox_client` is an `inkbox.Inkbox` on the emulator: identities made with it are real."""
    identity = inkbox_client.create_identity("sdk-made")
    assert identity.email_address == "sdk-made@inkboxmail.com"
    assert inkbox_client.get_identity("sdk-made").agent_handle == "sdk-made"
    with inkbox_emulator.client() as client:
        assert [i["agent_handle"] for i in client.get("/api/v1/identities/").json()] == ["sdk-made"]
