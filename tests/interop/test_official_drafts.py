"""The official 0.7.20 client's drafts, reply-all, mark-unread, time-zone lists and send lookup
against our emulator, unchanged.

Our SDK sets the scene (two identities, mail from outside, a draft of its own with an
attachment, a send under a known idempotency key); the official script reads what ours made,
drives every draft call (stale generations included), replies to all, marks mail unread, lists
with a time zone and looks up sends; afterwards our SDK reads what the official one made.
"""

from __future__ import annotations

import base64
from typing import Any

import pytest

from inkbox import Inkbox
from inkbox_emulator.pytest_plugin import EmulatorHandle
from tests.interop.official import run_official

SALES = "sales-agent@inkboxmail.com"
SUPPORT = "support-bot@inkboxmail.com"
CSV = base64.b64encode(b"a,b\n1,2\n").decode()
TXT = base64.b64encode(b"notes from the official client").decode()

SCRIPT = r"""
import json, sys
from inkbox import Inkbox
from inkbox.exceptions import InkboxAPIError

args = json.load(sys.stdin)
out = {}


def draft(d):
    return {
        "id": str(d.id), "generation": d.generation, "subject": d.subject,
        "to": list(d.to_addresses), "cc": list(d.cc_addresses), "body_text": getattr(d, "body_text", None),
        "send_state": str(getattr(d.send_state, "value", d.send_state)),
        "attachments": [[a.part_index, a.filename, a.size] for a in getattr(d, "attachment_metadata", [])],
        "thread_id": str(getattr(d, "thread_id", None)),
        "forward_source": str(getattr(d, "forward_source_message_id", None)),
    }


def status(call):
    try:
        call()
        return None
    except InkboxAPIError as e:
        return [e.status_code, e.detail]


with Inkbox(args["api_key"], base_url=args["base_url"]) as ib:
    sales = ib.get_identity("sales-agent")
    email = args["sales"]

    # What our SDK drafted, read by the official client.
    out["ours"] = draft(ib.drafts.get(email, args["ours_draft_id"]))
    got = ib.drafts.download_attachment(email, args["ours_draft_id"], 0, generation=1)
    out["ours_download"] = [got.filename, got.content_type, got.content.decode()]

    d = sales.create_email_draft(subject="Weekly update", body_text="draft one")
    out["created"] = draft(d)
    d2 = sales.update_email_draft(d.id, generation=d.generation, recipients=None, body_text="draft two")
    out["cleared"] = draft(d2)
    d3 = ib.drafts.update(email, d.id, generation=d2.generation, recipients={"to": [args["support"]], "cc": ["boss@example.com"]})
    out["updated"] = draft(d3)
    out["stale_update"] = status(lambda: sales.update_email_draft(d.id, generation=1, subject="lost"))
    out["stale_send"] = status(lambda: sales.send_email_draft(d.id, generation=2))
    out["unknown"] = status(lambda: sales.get_email_draft("00000000-0000-0000-0000-000000000001"))
    d4 = ib.drafts.add_attachments(email, d.id, generation=d3.generation, attachments=[
        {"filename": "notes.txt", "content_type": "text/plain", "content_base64": args["txt"]},
        {"filename": "data.csv", "content_type": "text/csv", "content_base64": args["csv"]},
    ])
    out["attached"] = draft(d4)
    got = ib.drafts.download_attachment(email, d.id, 1, generation=d4.generation)
    out["download"] = [got.filename, got.content_type, got.content.decode()]
    d5 = ib.drafts.remove_attachment(email, d.id, 1, generation=d4.generation)
    out["removed"] = draft(d5)
    copy = sales.duplicate_email_draft(d.id, generation=d5.generation)
    out["copy"] = draft(copy)
    out["listed"] = [[str(x.id), x.generation, x.attachment_count] for x in sales.iter_email_drafts(page_size=1)]
    sales.delete_email_draft(copy.id, generation=copy.generation)
    out["after_delete"] = sorted(str(x.id) for x in ib.drafts.list(email))
    sent = sales.send_email_draft(d.id, generation=d5.generation)
    out["sent"] = {"id": str(sent.id), "subject": sent.subject, "to": list(sent.to_addresses),
                   "cc": list(sent.cc_addresses or []), "has_attachments": sent.has_attachments}
    out["resend"] = status(lambda: sales.send_email_draft(d.id, generation=d5.generation))

    inbound = [m for m in sales.iter_emails(direction="inbound")]
    jane = next(m for m in inbound if m.subject == "Offsite")
    reply = sales.create_email_draft(body_text="On it", in_reply_to_message_id=jane.message_id,
                                     to=["jane@example.com"])
    out["reply_draft"] = draft(reply)
    fwd = ib.drafts.create(email, to=["pa@example.com"], forward_message_id=jane.id,
                           forward_mode="wrapped", forward_note_text="see below")
    out["forward_draft"] = draft(fwd)
    out["forward_without_id"] = None
    try:
        ib.drafts.create(email, forward_mode="inline")
    except ValueError:
        out["forward_without_id"] = "ValueError"

    ra = sales.reply_all_email(str(jane.id), body_text="Count me in", idempotency_key="ra-official")
    out["reply_all"] = {"id": str(ra.id), "subject": ra.subject, "to": list(ra.to_addresses),
                        "cc": sorted(ra.cc_addresses or []), "thread_id": str(ra.thread_id),
                        "source_thread": str(jane.thread_id)}
    ra2 = ib.messages.reply_all(email, jane.id, subject="Custom", body_html="<p>x</p>")
    out["reply_all_custom"] = ra2.subject

    sales.mark_emails_read([str(m.id) for m in inbound])
    sales.mark_emails_unread([str(jane.id)])
    out["unread"] = [m.subject for m in sales.iter_unread_emails()]

    out["tz_list"] = [m.subject for m in ib.messages.list(email, start_datetime=args["day"],
                                                          end_datetime=args["day"], tz="UTC")]
    out["tz_far"] = [m.subject for m in sales.iter_emails(start_datetime="2001-01-01",
                                                         end_datetime="2001-01-02", tz="Asia/Tokyo")]

    out["lookup_email"] = str(ib.message_sends.lookup_email(email, idempotency_key=args["key"]))
    mailbox = ib.mailboxes.get(email)
    out["lookup"] = str(ib.message_sends.lookup(sender_kind="mailbox", sender_id=mailbox.id,
                                                operation="mail.reply_all", idempotency_key="ra-official"))
    out["lookup_missing"] = status(lambda: ib.message_sends.lookup_email(email, idempotency_key="nope"))

print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def run(emulator: EmulatorHandle) -> dict[str, Any]:
    emulator.reset()
    before = len(emulator.violations)
    with Inkbox(emulator.admin_key, base_url=emulator.url) as ours:
        sales = ours.create_identity("sales-agent")
        ours.create_identity("support-bot")
        emulator.inject_email(
            to=[SALES, SUPPORT],
            sender="jane@example.com",
            subject="Offsite",
            body_text="Who is coming?",
            cc=["kim@example.com"],
        )
        ours_draft = sales.create_email_draft(
            to=["jane@example.com"],
            subject="From our SDK",
            attachments=[{"filename": "t.csv", "content_type": "text/csv", "content_base64": CSV}],
        )
        sent = sales.send_email(
            to=["jane@example.com"], subject="Keyed", body_text="k", idempotency_key="key-ours"
        )
        payload = {
            "api_key": emulator.admin_key,
            "base_url": emulator.url,
            "sales": SALES,
            "support": SUPPORT,
            "csv": CSV,
            "txt": TXT,
            "ours_draft_id": str(ours_draft.id),
            "key": "key-ours",
            "day": sent.created_at.date().isoformat(),
        }
        out: dict[str, Any] = run_official("0.7.20", SCRIPT, payload)
        out["ours_sent_id"] = str(sent.id)
        reply_draft = sales.get_email_draft(out["reply_draft"]["id"])
        out["ours_reads_reply_draft"] = (reply_draft.in_reply_to, reply_draft.subject)
        forward = sales.get_email_draft(out["forward_draft"]["id"])
        out["ours_reads_forward"] = (str(forward.forward_source_message_id), forward.subject)
        support = ours.get_identity("support-bot")
        out["support_inbox"] = sorted(m.subject or "" for m in support.iter_emails())
        out["ours_lookup"] = str(
            ours.message_sends.lookup_email(
                SALES, operation="mail.reply_all", idempotency_key="ra-official"
            )
        )
        out["jane_id"] = str(next(m.id for m in sales.iter_emails() if m.subject == "Offsite"))
        out["ours_draft_id"] = str(ours_draft.id)
    assert emulator.violations[before:] == []
    return out


def test_reads_what_our_sdk_drafted(run: dict[str, Any]) -> None:
    ours = run["ours"]
    assert (ours["id"], ours["subject"], ours["to"], ours["generation"]) == (
        run["ours_draft_id"],
        "From our SDK",
        ["jane@example.com"],
        1,
    )
    assert ours["attachments"] == [[0, "t.csv", len(base64.b64decode(CSV))]]
    assert run["ours_download"] == ["t.csv", "text/csv", "a,b\n1,2\n"]


def test_revisions_bump_the_generation_and_stale_ones_are_409(run: dict[str, Any]) -> None:
    assert [run[k]["generation"] for k in ("created", "cleared", "updated")] == [1, 2, 3]
    assert run["created"]["send_state"] == "draft"
    assert (run["cleared"]["to"], run["cleared"]["body_text"]) == ([], "draft two")
    assert (run["updated"]["to"], run["updated"]["cc"]) == ([SUPPORT], ["boss@example.com"])
    for key in ("stale_update", "stale_send"):
        status, detail = run[key]
        assert status == 409
        assert detail["error"] == "draft_generation_conflict"
        assert detail["current_generation"] == 3
    assert run["unknown"][0] == 404


def test_attachments_copy_delete_and_send(run: dict[str, Any]) -> None:
    assert run["attached"]["attachments"] == [
        [0, "notes.txt", len(base64.b64decode(TXT))],
        [1, "data.csv", len(base64.b64decode(CSV))],
    ]
    assert run["download"] == ["data.csv", "text/csv", "a,b\n1,2\n"]
    assert run["removed"]["attachments"] == [[0, "notes.txt", len(base64.b64decode(TXT))]]
    assert run["removed"]["generation"] == 5
    copy = run["copy"]
    assert (copy["generation"], copy["subject"]) == (1, "Weekly update")
    assert copy["id"] != run["created"]["id"]
    assert [row[0] for row in run["listed"]][:2] == [copy["id"], run["created"]["id"]]
    assert run["created"]["id"] in run["after_delete"]
    assert copy["id"] not in run["after_delete"]
    assert run["sent"] == {
        "id": run["sent"]["id"],
        "subject": "Weekly update",
        "to": [SUPPORT],
        "cc": ["boss@example.com"],
        "has_attachments": True,
    }
    assert run["resend"][0] == 404
    assert "Weekly update" in run["support_inbox"]


def test_reply_and_forward_drafts(run: dict[str, Any]) -> None:
    reply = run["reply_draft"]
    assert reply["subject"] == "Re: Offsite" and reply["thread_id"] != "None"
    assert run["ours_reads_reply_draft"][1] == "Re: Offsite"
    assert run["ours_reads_reply_draft"][0] is not None
    forward = run["forward_draft"]
    assert forward["forward_source"] == run["jane_id"]
    assert run["ours_reads_forward"] == (run["jane_id"], "Fwd: Offsite")
    assert run["forward_without_id"] == "ValueError"


def test_reply_all_and_unread(run: dict[str, Any]) -> None:
    ra = run["reply_all"]
    assert (ra["subject"], ra["to"], ra["cc"]) == (
        "Re: Offsite",
        ["jane@example.com"],
        sorted(["kim@example.com", SUPPORT]),
    )
    assert ra["thread_id"] == ra["source_thread"]
    assert run["reply_all_custom"] == "Custom"
    assert "Re: Offsite" in run["support_inbox"]
    assert run["unread"] == ["Offsite"]


def test_time_zone_lists(run: dict[str, Any]) -> None:
    assert "Keyed" in run["tz_list"] and "Offsite" in run["tz_list"]
    assert run["tz_far"] == []


def test_send_lookup_both_ways(run: dict[str, Any]) -> None:
    assert run["lookup_email"] == run["ours_sent_id"]  # a key our SDK sent with
    assert run["lookup"] == run["reply_all"]["id"]  # a key the official client sent with
    assert run["ours_lookup"] == run["reply_all"]["id"]
    assert run["lookup_missing"][0] == 404
