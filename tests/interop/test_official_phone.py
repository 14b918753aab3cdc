"""The official SDKs' phone calls against our emulator: numbers, texts (through the opt-in
gates), calls and transcripts.

Our SDK provisions two local numbers and the emulator hooks make them SMS-ready; a remote
number texts START (opting in) and a question, rings once, and that call gets a transcript.
The official script (one per SDK version) then reads and sends texts, is refused by the gates
(recipient not opted in, sender still pending), places and lists calls and manages numbers.
Afterwards our SDK reads the text the official client sent to the other identity's number.
"""

from __future__ import annotations

from typing import Any

import pytest

from inkbox import Inkbox
from inkbox_emulator.pytest_plugin import EmulatorHandle
from tests.interop.official import GUIDE_ERA, VERSIONS, run_official

REMOTE = "+15167251294"
RESUBSCRIBED = "You have successfully been re-subscribed"  # the carrier's answer to START
STRANGER = "+15550001111"

SCRIPT = r"""
import json, sys
from inkbox import Inkbox
from inkbox.exceptions import InkboxAPIError

args = json.load(sys.stdin)
guide = args["version"] == "0.3.1"
out = {}


def value(x):
    return getattr(x, "value", x)


def api_error(fn):
    try:
        fn()
    except InkboxAPIError as e:
        detail = e.detail if isinstance(e.detail, dict) else {"text": str(e.detail)}
        return [e.status_code, detail.get("error")]
    return None


def text(t):
    return {
        "id": str(t.id),
        "direction": value(t.direction),
        "local": t.local_phone_number,
        "remote": t.remote_phone_number,
        "text": t.text,
        "type": value(t.type),
        "is_read": t.is_read,
        "delivery_status": None if t.delivery_status is None else value(t.delivery_status),
    }


def number(n):
    return {
        "id": str(n.id),
        "number": n.number,
        "type": value(n.type),
        "status": value(n.status),
        "sms_status": value(n.sms_status),
        "incoming_call_action": value(n.incoming_call_action),
        "client_websocket_url": n.client_websocket_url,
        "incoming_call_webhook_url": n.incoming_call_webhook_url,
        "agent_identity_id": None if n.agent_identity_id is None else str(n.agent_identity_id),
        "filter_mode": value(n.filter_mode),
    }


with Inkbox(args["api_key"], base_url=args["base_url"]) as ib:
    sales = ib.get_identity("sales-agent")
    phone = sales.phone_number
    out["phone"] = [phone.number, value(phone.type), value(phone.sms_status)]

    out["texts_before"] = [text(t) for t in sales.list_texts(limit=20, offset=0)]
    out["unread_before"] = [t.text for t in sales.list_texts(is_read=False)]

    sent = sales.send_text(to=args["remote"], text="Hello from Inkbox")
    out["sent"] = text(sent)
    out["not_opted_in"] = api_error(lambda: sales.send_text(to=args["stranger"], text="Hi"))
    out["to_own_number"] = text(sales.send_text(to=args["support_number"], text="Hi support"))
    out["got"] = text(sales.get_text(str(sent.id)))
    out["media"] = sales.get_text(str(sent.id)).media

    convos = sales.list_text_conversations(limit=20)
    out["conversations"] = sorted(
        [c.remote_phone_number, c.latest_text, c.unread_count, c.total_count] for c in convos
    )
    out["conversation"] = [
        [t.text, value(t.direction)] for t in sales.get_text_conversation(args["remote"], limit=50)
    ]
    question = next(t for t in sales.list_texts() if t.text == "Can you send the invoice?")
    out["marked"] = sales.mark_text_read(str(question.id)).is_read
    result = sales.mark_text_conversation_read(args["remote"])
    out["conversation_read"] = result["updated_count"] if guide else result.updated_count
    out["unread_after"] = [t.text for t in sales.list_texts(is_read=False)]
    out["search"] = [t.text for t in ib.texts.search(phone.id, q="invoice", limit=20)]

    call = sales.place_call(to_number=args["remote"], client_websocket_url="wss://agent.example.com/ws")
    out["call"] = [value(call.direction), call.remote_phone_number, call.local_phone_number,
                   value(call.status), call.client_websocket_url]
    out["rate_limit"] = [call.rate_limit.calls_used, call.rate_limit.calls_remaining,
                         call.rate_limit.calls_limit]
    calls = sales.list_calls(limit=10, offset=0)
    out["calls"] = [[str(c.id), value(c.direction), c.remote_phone_number] for c in calls]
    out["calls_offset"] = [str(c.id) for c in sales.list_calls(limit=10, offset=1)]
    out["transcripts"] = [[t.seq, value(t.party), t.text] for t in sales.list_transcripts(args["call_id"])]

    out["numbers"] = sorted(number(n)["number"] for n in ib.phone_numbers.list())
    out["number"] = number(ib.phone_numbers.get(phone.id))
    out["webhook"] = number(ib.phone_numbers.update(
        phone.id, incoming_call_action="webhook", incoming_call_webhook_url="https://example.com/calls"))
    out["auto_accept"] = number(ib.phone_numbers.update(
        phone.id, incoming_call_action="auto_accept", client_websocket_url="wss://agent.example.com/in"))
    flipped = ib.phone_numbers.update(phone.id, filter_mode="whitelist")
    notice = flipped.filter_mode_change_notice
    out["filter_mode"] = [value(flipped.filter_mode), notice.redundant_rule_count,
                          value(notice.redundant_rule_action), value(notice.new_filter_mode)]
    out["search_transcripts"] = [
        [value(t.party), t.text] for t in ib.phone_numbers.search_transcripts(phone.id, q="refund", party="remote", limit=50)
    ]

    fresh = ib.create_identity("new-agent")
    local = fresh.provision_phone_number(type="local", state="NY")
    out["provisioned"] = [value(local.type), value(local.sms_status), local.number.startswith("+1")]
    out["pending"] = api_error(lambda: fresh.send_text(to=args["remote"], text="Too early"))
    if guide:
        toll_free = ib.create_identity("tf-agent").provision_phone_number(type="toll_free")
        out["toll_free"] = [value(toll_free.type), toll_free.number.startswith("+18")]
        fresh.unlink_phone_number()
        out["unlinked"] = [fresh.phone_number, ib.get_identity("new-agent").phone_number,
                           number(ib.phone_numbers.get(local.id))["agent_identity_id"]]
        fresh.assign_phone_number(str(local.id))
        out["assigned"] = ib.get_identity("new-agent").phone_number.number == local.number
    ib.phone_numbers.release(local.id)
    out["released"] = [ib.get_identity("new-agent").phone_number,
                       [value(n.status) for n in ib.phone_numbers.list() if n.id == local.id],
                       number(ib.phone_numbers.get(local.id))["agent_identity_id"]]
print(json.dumps(out))
"""


@pytest.fixture(scope="module", params=VERSIONS)
def run(request: pytest.FixtureRequest, emulator: EmulatorHandle) -> dict[str, Any]:
    """Numbers, opt-in, an inbound call with transcript; the official script; our SDK reads."""
    version: str = request.param
    emulator.reset()
    before = len(emulator.violations)
    with Inkbox(emulator.admin_key, base_url=emulator.url) as ours:
        sales = ours.create_identity("sales-agent")
        support = ours.create_identity("support-bot")
        number = sales.provision_phone_number(type="local", state="NY")
        support_number = support.provision_phone_number(type="local", state="CA")
        for provisioned in (number, support_number):
            emulator.set_sms_status(str(provisioned.id), "ready")
        emulator.inject_text(to=number.number, sender=REMOTE, text="START")
        emulator.inject_text(to=number.number, sender=REMOTE, text="Can you send the invoice?")
        support.send_text(to=number.number, text="Hi from ours")
        call = emulator.inject_call(to=number.number, sender=REMOTE)
        emulator.hook(
            "POST",
            f"/calls/{call['id']}/transcripts",
            {
                "segments": [
                    {"party": "remote", "text": "I would like a refund", "ts_ms": 800},
                    {"party": "local", "text": "Of course, one moment", "ts_ms": 2100},
                ]
            },
        )
        payload = {
            "version": version,
            "api_key": emulator.admin_key,
            "base_url": emulator.url,
            "remote": REMOTE,
            "stranger": STRANGER,
            "support_number": support_number.number,
            "call_id": call["id"],
        }
        out: dict[str, Any] = run_official(version, SCRIPT, payload)
        out.update(
            version=version,
            our_number=number.number,
            number_id=str(number.id),
            sales_id=str(sales.id),
            support_number=support_number.number,
            call_id=call["id"],
        )
        support.refresh()
        out["ours_support_texts"] = [
            (t.text, str(t.direction), t.remote_phone_number) for t in support.list_texts()
        ]
        out["ours_calls"] = [(str(c.direction), c.remote_phone_number) for c in sales.list_calls()]
    assert emulator.violations[before:] == []
    return out


def test_phone_number_of_identity(run: dict[str, Any]) -> None:
    """identity.phone_number is the number our SDK provisioned, SMS-ready."""
    assert run["phone"] == [run["our_number"], "local", "ready"]


def test_list_texts(run: dict[str, Any]) -> None:
    """list_texts shows inbound texts (remote and own numbers), newest first; is_read filters."""
    before = run["texts_before"]
    assert [(t["text"][:40], t["direction"], t["remote"]) for t in before] == [
        ("Hi from ours", "inbound", run["support_number"]),
        ("Can you send the invoice?", "inbound", REMOTE),
        (RESUBSCRIBED, "outbound", REMOTE),
        ("START", "inbound", REMOTE),
    ]
    assert {t["local"] for t in before} == {run["our_number"]}
    assert [(t["type"], t["is_read"]) for t in before] == [("sms", False)] * 2 + [
        ("sms", True),
        ("sms", False),
    ]
    assert run["unread_before"] == ["Hi from ours", "Can you send the invoice?", "START"]


def test_send_text_through_the_gates(run: dict[str, Any]) -> None:
    """An opted-in recipient gets a queued text; others are refused with the guide's codes."""
    sent = run["sent"]
    assert (sent["direction"], sent["remote"], sent["local"], sent["text"]) == (
        "outbound",
        REMOTE,
        run["our_number"],
        "Hello from Inkbox",
    )
    assert sent["delivery_status"] == "queued"
    assert run["not_opted_in"] == [403, "recipient_not_opted_in"]
    assert run["to_own_number"]["remote"] == run["support_number"]
    assert run["pending"] == [409, "sender_sms_pending"]


def test_get_text(run: dict[str, Any]) -> None:
    """get_text returns the sent SMS (no media), settled by the carrier by now."""
    got = run["got"]
    assert (got["id"], got["type"], got["text"]) == (run["sent"]["id"], "sms", "Hello from Inkbox")
    assert got["delivery_status"] in {"sent", "delivered"}
    assert run["media"] is None


def test_conversations_and_read_state(run: dict[str, Any]) -> None:
    """Conversation summaries, one conversation's texts, and marking texts read."""
    assert run["conversations"] == sorted(
        [
            [REMOTE, "Hello from Inkbox", 2, 4],
            [run["support_number"], "Hi support", 1, 2],
        ]
    )
    assert [(t[:40], d) for t, d in run["conversation"]] == [
        ("Hello from Inkbox", "outbound"),
        ("Can you send the invoice?", "inbound"),
        (RESUBSCRIBED, "outbound"),
        ("START", "inbound"),
    ]
    assert run["marked"] is True
    assert run["conversation_read"] == 1  # START; the question was already read
    assert run["unread_after"] == ["Hi from ours"]
    assert run["search"] == ["Can you send the invoice?"]


def test_calls(run: dict[str, Any]) -> None:
    """place_call returns the call with its rate limit; list_calls pages; transcripts by seq."""
    assert run["call"][:3] == ["outbound", REMOTE, run["our_number"]]
    assert run["call"][4] == "wss://agent.example.com/ws"
    used, remaining, limit = run["rate_limit"]
    assert used >= 1 and remaining == limit - used
    assert [c[1:] for c in run["calls"]] == [["outbound", REMOTE], ["inbound", REMOTE]]
    assert run["calls"][1][0] == run["call_id"]
    assert run["calls_offset"] == [run["call_id"]]
    assert run["transcripts"] == [
        [0, "remote", "I would like a refund"],
        [1, "local", "Of course, one moment"],
    ]
    assert run["ours_calls"] == [("outbound", REMOTE), ("inbound", REMOTE)]


def test_phone_numbers_resource(run: dict[str, Any]) -> None:
    """phone_numbers list/get/update (call actions, filter mode)/search_transcripts."""
    got = run["number"]
    assert (got["id"], got["number"], got["agent_identity_id"]) == (
        run["number_id"],
        run["our_number"],
        run["sales_id"],
    )
    assert (got["status"], got["sms_status"], got["incoming_call_action"]) == (
        "active",
        "ready",
        "auto_reject",
    )
    assert run["webhook"]["incoming_call_action"] == "webhook"
    assert run["webhook"]["incoming_call_webhook_url"] == "https://example.com/calls"
    assert run["auto_accept"]["incoming_call_action"] == "auto_accept"
    assert run["auto_accept"]["client_websocket_url"] == "wss://agent.example.com/in"
    assert run["filter_mode"] == ["whitelist", 0, "block", "whitelist"]
    assert run["search_transcripts"] == [["remote", "I would like a refund"]]


def test_provision_and_release(run: dict[str, Any]) -> None:
    """provision_phone_number gives a pending local number; release unlinks and retires it."""
    assert run["provisioned"] == ["local", "pending", True]
    assert run["released"] == [None, ["released"], None]
    assert sorted(run["numbers"]) == sorted([run["our_number"], run["support_number"]])


def test_our_sdk_reads_the_official_text(run: dict[str, Any]) -> None:
    """The text the official client sent to another emulator number arrives there."""
    assert run["ours_support_texts"][0] == ("Hi support", "inbound", run["our_number"])
    assert ("Hi from ours", "outbound", run["our_number"]) in run["ours_support_texts"]


@pytest.mark.parametrize("run", [GUIDE_ERA], indirect=True)
def test_guide_era_number_calls(run: dict[str, Any]) -> None:
    """toll_free provisioning and unlink/assign_phone_number (0.3.1 only)."""
    assert run["toll_free"] == ["toll_free", True]
    assert run["unlinked"] == [None, None, None]
    assert run["assigned"] is True
