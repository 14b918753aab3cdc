"""The official SDKs' mail calls against our emulator: send, receive, read, threads, search.

Our SDK creates two identities and sends one mail each way before the official script runs;
the script (one per SDK version) reads those, sends from one emulator mailbox to the other and
to the outside world, reads the recipient's inbox with `iter_emails`, threads a reply, marks
mail read, lists threads and folders and moves a thread. Afterwards our SDK reads what the
official one sent, so each side reads the other's mail.
"""

from __future__ import annotations

import base64
from typing import Any

import pytest

from inkbox import Inkbox
from inkbox_emulator.pytest_plugin import EmulatorHandle
from tests.interop.official import VERSIONS, run_official

SALES = "sales-agent@inkboxmail.com"
SUPPORT = "support-bot@inkboxmail.com"
PDF = base64.b64encode(b"%PDF-1.4 interop").decode()

SCRIPT = r"""
import json, sys
from inkbox import Inkbox, ThreadFolder
from inkbox.exceptions import InkboxAPIError

args = json.load(sys.stdin)
out = {}


def message(m):
    return {
        "id": str(m.id),
        "thread_id": str(m.thread_id),
        "message_id": m.message_id,
        "from": m.from_address,
        "to": list(m.to_addresses),
        "cc": list(m.cc_addresses or []),
        "subject": m.subject,
        "direction": str(getattr(m.direction, "value", m.direction)),
        "is_read": m.is_read,
        "has_attachments": m.has_attachments,
    }


with Inkbox(args["api_key"], base_url=args["base_url"]) as ib:
    sales = ib.get_identity("sales-agent")
    support = ib.get_identity("support-bot")

    # What our SDK and the outside world sent before the script ran.
    out["inbox_before"] = [message(m) for m in sales.iter_emails()]
    out["unread_before"] = [m.subject for m in sales.iter_unread_emails()]

    sent = sales.send_email(
        to=[args["support"]],
        subject="Quarterly report",
        body_text="Hi there!",
        body_html="<p>Hi there!</p>",
        cc=["cc@example.com"],
        bcc=["bcc@example.com"],
        attachments=[{"filename": "report.pdf", "content_type": "application/pdf",
                      "content_base64": args["pdf"]}],
    )
    out["sent"] = message(sent)

    received = [message(m) for m in support.iter_emails(direction="inbound")]
    out["received"] = received
    mine = next(m for m in received if m["subject"] == "Quarterly report")
    detail = support.get_message(mine["id"])
    out["detail"] = {
        "body_text": detail.body_text,
        "body_html": detail.body_html,
        "attachments": [[a["filename"], a["content_type"], a["size"]] for a in detail.attachment_metadata or []],
        "bcc": detail.bcc_addresses,
    }

    reply = support.send_email(
        to=[args["sales"]],
        subject="Re: Quarterly report",
        body_text="Thanks!",
        in_reply_to_message_id=mine["message_id"],
    )
    out["reply"] = message(reply)
    thread = sales.get_thread(sent.thread_id)
    out["thread"] = {
        "id": str(thread.id),
        "subject": thread.subject,
        "folder": str(getattr(thread.folder, "value", thread.folder)),
        "message_count": thread.message_count,
        "messages": [[m.from_address, m.subject, str(getattr(m.direction, "value", m.direction))]
                     for m in thread.messages],
    }

    # Pagination: page_size=2 walks every page, newest first.
    out["paged"] = [m.subject for m in sales.iter_emails(page_size=2)]
    out["outbound"] = [m.subject for m in sales.iter_emails(direction="outbound")]
    unread = [m.id for m in sales.iter_unread_emails()]
    out["unread"] = len(unread)
    sales.mark_emails_read([str(i) for i in unread])
    out["unread_after"] = [m.subject for m in sales.iter_unread_emails()]

    out["search"] = sorted(m.subject for m in ib.mailboxes.search(args["sales"], q="report"))

    threads = list(ib.threads.list(args["sales"], page_size=1))
    out["threads"] = [[t.subject, t.message_count, str(getattr(t.folder, "value", t.folder))] for t in threads]
    out["folders"] = [str(getattr(f, "value", f)) for f in ib.threads.list_folders(args["sales"])]
    moved = ib.threads.update(args["sales"], thread.id, folder=ThreadFolder.ARCHIVE)
    out["moved"] = str(getattr(moved.folder, "value", moved.folder))
    out["archive"] = [t.subject for t in ib.threads.list(args["sales"], folder="archive")]
    out["inbox_threads"] = sorted(t.subject for t in ib.threads.list(args["sales"], folder="inbox"))
    out["folders_after"] = [str(getattr(f, "value", f)) for f in ib.threads.list_folders(args["sales"])]
    try:
        ib.threads.update(args["sales"], thread.id, folder="blocked")
        out["blocked"] = None
    except ValueError as e:
        out["blocked"] = "ValueError"

    # The guide's form: in_reply_to_message_id=sent.id (the Inkbox UUID, not the Message-ID).
    followup = sales.send_email(to=[args["support"]], subject="Follow-up", body_text="And...",
                                in_reply_to_message_id=str(sent.id))
    out["followup"] = [str(followup.thread_id), sales.get_thread(followup.thread_id).message_count]

    out["outside"] = message(sales.send_email(to=["jane@example.com"], subject="To the world",
                                              body_text="Outside"))

# An agent-scoped key acts as its own identity only.
with Inkbox(args["agent_key"], base_url=args["base_url"]) as agent:
    me = agent.get_identity("sales-agent")
    out["agent_inbox"] = len(list(me.iter_emails()))
    out["agent_sent"] = message(me.send_email(to=[args["support"]], subject="As agent", body_text="a"))
    out["agent_mailboxes"] = [m.email_address for m in agent.mailboxes.list()]
    out["agent_mailbox_other"] = None
    out["agent_identity_other"] = None
    try:
        agent.get_identity("support-bot")
    except InkboxAPIError as e:
        out["agent_identity_other"] = e.status_code
    try:
        agent.threads.list_folders(args["support"])
    except InkboxAPIError as e:
        out["agent_mailbox_other"] = e.status_code
print(json.dumps(out))
"""


@pytest.fixture(scope="module", params=VERSIONS)
def run(request: pytest.FixtureRequest, emulator: EmulatorHandle) -> dict[str, Any]:
    """Mail from our SDK and the outside, the official script, then our SDK reads back."""
    version: str = request.param
    emulator.reset()
    before = len(emulator.violations)
    with Inkbox(emulator.admin_key, base_url=emulator.url) as ours:
        ours.create_identity("sales-agent")
        support = ours.create_identity("support-bot")
        ours_sent = support.send_email(to=[SALES], subject="From our SDK", body_text="ours")
        emulator.inject_email(
            to=SALES, sender="jane@example.com", subject="Order 42", body_text="Where is it?"
        )
        payload = {
            "api_key": emulator.admin_key,
            "base_url": emulator.url,
            "sales": SALES,
            "support": SUPPORT,
            "pdf": PDF,
            "agent_key": emulator.agent_key("sales-agent"),
        }
        out: dict[str, Any] = run_official(version, SCRIPT, payload)
        out["ours_sent_id"] = str(ours_sent.id)
        inbound = [m for m in support.iter_emails(direction="inbound")]
        official = next(m for m in inbound if m.subject == "Quarterly report")
        detail = support.get_message(official.id)
        out["ours_read"] = {
            "subjects": [m.subject for m in inbound],
            "from": official.from_address,
            "body_text": detail.body_text,
            "body_html": detail.body_html,
            "attachments": [
                (a["filename"], a["content_type"], a["size"])
                for a in detail.attachment_metadata or []
            ],
        }
        out["ours_thread"] = [
            (m.subject, str(m.direction)) for m in support.get_thread(official.thread_id).messages
        ]
    out["outside_mail"] = [(m["subject"], m["body_text"]) for m in emulator.outside_mail()]
    assert emulator.violations[before:] == []
    return out


def test_reads_mail_sent_by_ours_and_the_outside(run: dict[str, Any]) -> None:
    """iter_emails lists our SDK's mail and injected inbound mail, newest first, unread."""
    before = run["inbox_before"]
    assert [(m["subject"], m["from"], m["direction"]) for m in before] == [
        ("Order 42", "jane@example.com", "inbound"),
        ("From our SDK", SUPPORT, "inbound"),
    ]
    assert before[1]["id"] != run["ours_sent_id"]  # the recipient's copy, not the sender's
    assert run["unread_before"] == ["Order 42", "From our SDK"]


def test_send_between_mailboxes(run: dict[str, Any]) -> None:
    """send_email from one emulator mailbox arrives in the other's inbox with its content."""
    sent = run["sent"]
    assert (sent["from"], sent["to"], sent["cc"]) == (SALES, [SUPPORT], ["cc@example.com"])
    assert (sent["direction"], sent["subject"], sent["has_attachments"]) == (
        "outbound",
        "Quarterly report",
        True,
    )
    [received] = [m for m in run["received"] if m["subject"] == "Quarterly report"]
    assert received["direction"] == "inbound"
    assert received["from"] == SALES
    assert received["message_id"] == sent["message_id"]
    assert received["id"] != sent["id"]
    assert run["detail"] == {
        "body_text": "Hi there!",
        "body_html": "<p>Hi there!</p>",
        "attachments": [["report.pdf", "application/pdf", len(base64.b64decode(PDF))]],
        "bcc": None,  # the recipient's copy does not reveal Bcc
    }


def test_reply_threads(run: dict[str, Any]) -> None:
    """A reply by Message-ID joins the thread; get_thread lists it oldest first."""
    thread = run["thread"]
    assert thread["id"] == run["sent"]["thread_id"]  # the sender mailbox's thread
    [received] = [m for m in run["received"] if m["subject"] == "Quarterly report"]
    assert run["reply"]["thread_id"] == received["thread_id"]  # the recipient's thread
    assert thread["subject"] == "Quarterly report"
    assert thread["folder"] == "inbox"
    assert thread["message_count"] == 2
    assert run["followup"] == [thread["id"], 3]  # the guide's reply by Inkbox id
    assert thread["messages"] == [
        [SALES, "Quarterly report", "outbound"],
        [SUPPORT, "Re: Quarterly report", "inbound"],
    ]


def test_pagination_direction_and_read_state(run: dict[str, Any]) -> None:
    """page_size=2 pages through all mail; direction filters; mark_emails_read clears unread."""
    assert run["paged"] == [
        "Re: Quarterly report",
        "Quarterly report",
        "Order 42",
        "From our SDK",
    ]
    assert run["outbound"] == ["Quarterly report"]
    assert run["unread"] == 3
    assert run["unread_after"] == []


def test_search(run: dict[str, Any]) -> None:
    """mailboxes.search finds the mail by its words."""
    assert run["search"] == ["Quarterly report", "Re: Quarterly report"]


def test_threads_and_folders(run: dict[str, Any]) -> None:
    """threads.list (paged), list_folders, update(folder=...), and blocked -> ValueError."""
    assert run["threads"] == [
        ["Quarterly report", 2, "inbox"],
        ["Order 42", 1, "inbox"],
        ["From our SDK", 1, "inbox"],
    ]
    assert run["folders"] == ["inbox"]
    assert run["moved"] == "archive"
    assert run["archive"] == ["Quarterly report"]
    assert run["inbox_threads"] == ["From our SDK", "Order 42"]
    assert sorted(run["folders_after"]) == ["archive", "inbox"]  # order unspecified
    assert run["blocked"] == "ValueError"


def test_our_sdk_reads_official_mail(run: dict[str, Any]) -> None:
    """Our SDK reads the official client's mail and thread, body and attachment included."""
    read = run["ours_read"]
    assert read["subjects"] == ["As agent", "Follow-up", "Quarterly report"]
    assert read["from"] == SALES
    assert (read["body_text"], read["body_html"]) == ("Hi there!", "<p>Hi there!</p>")
    assert read["attachments"] == [("report.pdf", "application/pdf", len(base64.b64decode(PDF)))]
    assert run["ours_thread"] == [
        ("Quarterly report", "inbound"),
        ("Re: Quarterly report", "outbound"),
        ("Follow-up", "inbound"),
    ]


def test_agent_scoped_key(run: dict[str, Any]) -> None:
    """An agent key reads and sends as its identity and gets 403 on another one's mailbox."""
    assert run["agent_inbox"] == 6  # everything in its mailbox so far
    assert (run["agent_sent"]["from"], run["agent_sent"]["direction"]) == (SALES, "outbound")
    assert run["agent_mailboxes"] == [SALES]
    assert run["agent_identity_other"] == 403
    assert run["agent_mailbox_other"] == 403
    assert "As agent" in run["ours_read"]["subjects"]


def test_outside_recipients(run: dict[str, Any]) -> None:
    """Mail to outside addresses (to, cc, bcc) is recorded as sent to the world."""
    assert run["outside"]["direction"] == "outbound"
    assert ("To the world", "Outside") in run["outside_mail"]
    assert ("Quarterly report", "Hi there!") in run["outside_mail"]
