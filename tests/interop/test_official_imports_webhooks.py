"""The official 0.7.20 client drives mail imports and webhook subscriptions on our emulator.

Imports: the official script creates a job, uploads an mbox to the presigned target the
emulator serves, starts and waits for it, lists, refreshes and cancels another, and starts a
malformed one; our SDK then reads the messages it filed and the jobs. Webhooks: the official
script subscribes a capture server in this process (identity-wide with a bearer token and
context, and mailbox-scoped), our SDK triggers mail, a second official script reads the
delivery log, replays, updates, lists with `scope="identity"` and deletes; our SDK checks the
same subscriptions and log from its side.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest

from inkbox import Inkbox, MailImportJobStatus, verify_webhook
from inkbox_emulator.pytest_plugin import EmulatorHandle
from tests.interop.official import run_official
from tests.support.scripted_server import ScriptedServer

VERSION = "0.7.20"
MBOX = """From a@example.com Mon Jan  5 10:00:00 2026
From: Alice <a@example.com>
To: archivist@inkboxmail.com
Subject: Old thread
Date: Mon, 05 Jan 2026 10:00:00 +0000
Message-ID: <old1@example.com>

first

From a@example.com Mon Jan  5 10:05:00 2026
From: Alice <a@example.com>
To: archivist@inkboxmail.com
Subject: Re: Old thread
Date: Mon, 05 Jan 2026 10:05:00 +0000
Message-ID: <old2@example.com>
In-Reply-To: <old1@example.com>

second
"""

IMPORTS = r"""
import io, json, sys, pathlib
from inkbox import Inkbox
from inkbox.exceptions import InkboxAPIError, MailImportUploadError

args = json.load(sys.stdin)
out = {}
addr = args["address"]
with Inkbox(args["api_key"], base_url=args["base_url"]) as ib:
    imports = ib.mailboxes.imports
    created = imports.create(addr, source_format="mbox", mark_as_read=False)
    out["created"] = [created.job.status.value, created.upload.expires_in_seconds > 0,
                      sorted(created.upload.fields)]
    path = pathlib.Path("archive.mbox")
    path.write_text(args["mbox"])
    imports.upload(created.upload, path)
    started = imports.start(addr, created.job.id)
    out["started"] = [started.status.value, started.upload_size_bytes]
    job = imports.wait(addr, created.job.id, timeout=60, poll_interval=0.05)
    out["job"] = {"id": str(job.id), "status": job.status.value, "imported": job.messages_imported,
                  "processed": job.messages_processed, "terminal": job.is_terminal,
                  "finished": job.finished_at is not None}
    out["messages"] = sorted([m.subject, str(m.import_job_id), m.is_read, m.created_at.isoformat()]
                             for m in ib.get_identity("archivist").iter_emails())
    other = imports.create(addr)
    fresh = imports.refresh_upload_target(addr, other.job.id)
    try:
        imports.upload(other.upload, path)
        out["stale_upload"] = None
    except MailImportUploadError as e:
        out["stale_upload"] = e.status_code
    out["cancelled"] = imports.cancel(addr, other.job.id).status.value
    bad = imports.create(addr, source_format="mbox")
    imports.upload(bad.upload, io.BytesIO(b"garbage"), filename="x.mbox")  # a file object
    failed = imports.start(addr, bad.job.id)
    out["malformed"] = [failed.status.value, failed.error_detail]
    page = imports.list(addr, limit=2)
    out["page"] = [[str(j.id) for j in page.items], page.has_more, page.next_cursor is not None]
    try:
        imports.get(addr, "00000000-0000-4000-8000-000000000000")
        out["unknown"] = None
    except InkboxAPIError as e:
        out["unknown"] = e.status_code
print(json.dumps(out))
"""

SUBSCRIBE = r"""
import json, sys
from inkbox import Inkbox
from inkbox.exceptions import InkboxAPIError

args = json.load(sys.stdin)
out = {}
with Inkbox(args["api_key"], base_url=args["base_url"]) as ib:
    ident = ib.get_identity("watcher")
    sub = ib.webhooks.subscriptions.create(
        url=args["url"] + "/all", event_types=["message.received", "text.received"],
        agent_identity_id=ident.id, auth_token="bearer-1",
        context_config={"email": {"mode": "count", "count": 3}})
    out["sub"] = {"id": str(sub.id), "agent_identity_id": str(sub.agent_identity_id),
                  "signing_key": sub.signing_key, "has_auth_token": sub.has_auth_token,
                  "auth_token": sub.auth_token, "context": sub.context_config,
                  "org": sub.organization_id, "status": sub.status}
    box = ib.webhooks.subscriptions.create(
        url=args["url"] + "/mailbox", event_types=["message.received"], mailbox_id=args["mailbox_id"])
    out["box"] = {"id": str(box.id), "mailbox_id": str(box.mailbox_id), "signing_key": box.signing_key}
    try:
        ib.webhooks.subscriptions.create(url=args["url"], event_types=["message.nope"],
                                         agent_identity_id=ident.id)
        out["unknown_event"] = None
    except InkboxAPIError as e:
        out["unknown_event"] = e.status_code
    try:
        ib.webhooks.subscriptions.create(url=args["url"], event_types=["message.received"],
                                         mailbox_id="00000000-0000-4000-8000-000000000000")
        out["foreign_mailbox"] = None
    except InkboxAPIError as e:
        out["foreign_mailbox"] = e.status_code
print(json.dumps(out))
"""

MANAGE = r"""
import json, sys
from inkbox import Inkbox
from inkbox.exceptions import InkboxAPIError

args = json.load(sys.stdin)
out = {}
with Inkbox(args["api_key"], base_url=args["base_url"]) as ib:
    subs, deliveries = ib.webhooks.subscriptions, ib.webhooks.deliveries
    log = deliveries.list(subscription_id=args["sub_id"])
    out["log"] = [[d.event_type, d.response_status, d.is_replay, d.replayable, str(d.webhook_subscription_id)]
                  for d in log]
    out["all"] = len(deliveries.list(limit=10, offset=0))
    out["failed"] = len(deliveries.list(success=False))
    replay = deliveries.replay(log[0].id)
    out["replay"] = [replay.is_replay, replay.event_id == log[0].event_id, replay.response_status]
    out["legacy_view"] = sorted(str(s.id) for s in subs.list())
    out["identity_view"] = sorted(str(s.id) for s in subs.list(scope="identity"))
    try:
        subs.update(args["sub_id"], url=args["url"] + "/moved")
        out["mixed_without_scope"] = None
    except InkboxAPIError as e:
        out["mixed_without_scope"] = e.status_code
    updated = subs.update(args["sub_id"], url=args["url"] + "/moved", auth_token=None,
                          context_config=None, scope="identity")
    out["updated"] = [updated.url, updated.has_auth_token, updated.context_config]
    got = subs.get(args["box_id"])
    out["got"] = [str(got.id), str(got.mailbox_id), got.event_types]
    subs.delete(args["box_id"])
    try:
        subs.get(args["box_id"])
        out["after_delete"] = None
    except InkboxAPIError as e:
        out["after_delete"] = e.status_code
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def ours(emulator: EmulatorHandle) -> Iterator[Inkbox]:
    emulator.reset()
    with Inkbox(emulator.admin_key, base_url=emulator.url) as client:
        yield client


def _args(emulator: EmulatorHandle, **extra: Any) -> dict[str, Any]:
    return {"api_key": emulator.admin_key, "base_url": emulator.url, **extra}


def test_official_client_imports_an_mbox(ours: Inkbox, emulator: EmulatorHandle) -> None:
    identity = ours.create_identity("archivist")
    address = identity.email_address
    out = run_official(VERSION, IMPORTS, _args(emulator, address=address, mbox=MBOX))
    assert out["created"] == ["pending_upload", True, ["key", "token"]]
    assert out["started"] == ["queued", len(MBOX.encode())]
    job = out["job"]
    assert job == {
        "id": job["id"],
        "status": "completed",
        "imported": 2,
        "processed": 2,
        "terminal": True,
        "finished": True,
    }
    assert [m[0] for m in out["messages"]] == ["Old thread", "Re: Old thread"]
    assert all(m[1] == job["id"] and m[2] is False for m in out["messages"])
    assert out["messages"][0][3].startswith("2026-01-05T10:00:00")
    assert out["stale_upload"] == 403
    assert out["cancelled"] == "cancelled"
    assert out["malformed"][0] == "failed" and "mbox" in out["malformed"][1]
    assert out["page"][1:] == [True, True]
    assert out["unknown"] == 404

    # Our SDK reads what the official client imported.
    ours_job = ours.mailboxes.imports.get(address, job["id"])
    assert ours_job.status == MailImportJobStatus.COMPLETED and ours_job.messages_imported == 2
    statuses = [j.status for j in ours.mailboxes.imports.iter(address)]
    assert statuses == [
        MailImportJobStatus.FAILED,
        MailImportJobStatus.CANCELLED,
        MailImportJobStatus.COMPLETED,
    ]
    threads = {m.thread_id for m in ours.messages.list(address)}
    assert len(threads) == 1


def test_official_client_subscribes_and_replays(ours: Inkbox, emulator: EmulatorHandle) -> None:
    watcher = ours.create_identity("watcher")
    assert watcher.email_address is not None and watcher.mailbox is not None
    with ScriptedServer() as receiver:
        subscribed = run_official(
            VERSION,
            SUBSCRIBE,
            _args(emulator, url=receiver.url, mailbox_id=str(watcher.mailbox.id)),
        )
        sub, box = subscribed["sub"], subscribed["box"]
        assert sub["agent_identity_id"] == str(watcher.id)
        assert sub["signing_key"] and box["signing_key"] is None
        assert sub["has_auth_token"] and sub["auth_token"] == "bearer-1"
        assert sub["context"] == {
            "email": {"mode": "count", "count": 3},
            "texts": None,
            "calls": None,
        }
        assert sub["status"] == "active" and sub["org"].startswith("org_")
        assert box["mailbox_id"] == str(watcher.mailbox.id)
        assert subscribed["unknown_event"] == 422
        assert subscribed["foreign_mailbox"] == 404

        # Our SDK sees the official client's subscriptions, and mail reaches both.
        mine = ours.webhooks.subscriptions.list(scope="identity")
        assert {str(s.id) for s in mine} == {sub["id"], box["id"]}
        emulator.inject_email(to=watcher.email_address, sender="c@example.com", subject="watch")
        deadline = time.monotonic() + 10
        while len(receiver.received) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        emulator.webhooks()  # every queued attempt made and logged
        by_path = {r.path: r for r in receiver.received}
        assert set(by_path) == {"/all", "/mailbox"}
        assert by_path["/all"].headers["authorization"] == "Bearer bearer-1"
        for request in by_path.values():
            assert verify_webhook(
                payload=request.body, headers=request.headers, secret=sub["signing_key"]
            )
        assert "context" in json.loads(by_path["/all"].body)["data"]

        managed = run_official(
            VERSION, MANAGE, _args(emulator, url=receiver.url, sub_id=sub["id"], box_id=box["id"])
        )
    assert managed["log"] == [["message.received", 200, False, True, sub["id"]]]
    assert managed["all"] == 2 and managed["failed"] == 0
    assert managed["replay"] == [True, True, 200]
    assert managed["legacy_view"] == [box["id"]]  # the mixed one needs scope="identity"
    assert managed["identity_view"] == sorted([sub["id"], box["id"]])
    assert managed["mixed_without_scope"] == 409
    assert managed["updated"] == [receiver.url + "/moved", False, None]
    assert managed["got"] == [box["id"], str(watcher.mailbox.id), ["message.received"]]
    assert managed["after_delete"] == 404

    left = ours.webhooks.subscriptions.list(scope="identity")
    assert [(str(s.id), s.url, s.auth_token) for s in left] == [
        (sub["id"], receiver.url + "/moved", None)
    ]
    log = ours.webhooks.deliveries.list()
    assert [d.is_replay for d in log] == [True, False, False]
