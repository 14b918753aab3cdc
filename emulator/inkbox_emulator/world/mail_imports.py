"""Mail imports: a job, its presigned upload, then the archive filed into the mailbox.

A job moves `pending_upload` → (archive uploaded, `start`) `queued` → `running` → `completed`.
The emulator runs no background workers, so a started job advances one step each time it is
looked at (`get` / `list`, which is what `wait()` polls): the first look finds it `running`,
the next finds it finished. The archive is read as a whole at `start`; a malformed one fails
the job there with the reason and nothing is filed. Filing happens in one transaction: every
readable message lands with its original date, threaded by In-Reply-To/References, or is
counted as a duplicate (same Message-ID already in the mailbox), unsafe (a blocked attachment
type) or failed (with a per-message reason).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from ..clock import iso, parse_iso
from ..errors import Conflict, Forbidden, NotFound, Unprocessable
from ..mail_archive import ArchiveError, ArchiveFailure, ArchiveMessage, read_archive
from ..store import Row, dumps
from ..store import mail_imports as store_imports
from .mail import BLOCKED_EXTENSIONS, file_message
from .state import World

__all__ = [
    "UPLOAD_PATH",
    "advance",
    "cancel",
    "create_job",
    "job_json",
    "new_upload_target",
    "receive_upload",
    "start",
]

UPLOAD_PATH = "/uploads/mail-imports/{job_id}"  # under /_emulator: storage, not the API
UPLOAD_TTL_SECONDS = 3600
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
TERMINAL = ("completed", "failed", "cancelled")


def job_json(row: Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "mailbox_id": row["mailbox_id"],
        "status": row["status"],
        "source_format": row["source_format"],
        "original_addresses": row["original_addresses"],
        "mark_as_read": row["mark_as_read"],
        "upload_size_bytes": row["upload_size_bytes"],
        "messages_processed": row["messages_processed"],
        "messages_imported": row["messages_imported"],
        "messages_skipped_duplicate": row["messages_skipped_duplicate"],
        "messages_failed": row["messages_failed"],
        "messages_rejected_unsafe": row["messages_rejected_unsafe"],
        "error_detail": row["error_detail"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "started_at": row["started_at"],
        "finished_at": row["finished_at"],
        "failures": row["failures"],
    }


def create_job(
    world: World, mailbox: Row, body: Mapping[str, Any], base_url: str
) -> dict[str, Any]:
    now = world.clock.now_iso()
    addresses = body.get("original_addresses")
    job_id = world.ids.uuid()
    store_imports.job_insert(
        world.store,
        {
            "id": job_id,
            "organization_id": mailbox["organization_id"],
            "mailbox_id": mailbox["id"],
            "status": "pending_upload",
            "source_format": body.get("source_format", "auto"),
            "original_addresses": dumps([a.strip().lower() for a in addresses])
            if addresses is not None
            else None,
            "mark_as_read": int(body.get("mark_as_read", True)),
            "created_at": now,
            "updated_at": now,
        },
    )
    upload = new_upload_target(world, _job(world, mailbox, job_id), base_url)
    return {"job": job_json(_job(world, mailbox, job_id)), "upload": upload}


def new_upload_target(world: World, job: Row, base_url: str) -> dict[str, Any]:
    """A fresh presigned target; the previous one stops working."""
    if job["status"] != "pending_upload":
        raise Conflict(f"Import job is {job['status']}; uploads are only taken before start")
    token = world.ids.token(32)
    expires = world.clock.now() + timedelta(seconds=UPLOAD_TTL_SECONDS)
    store_imports.job_update(
        world.store, job["id"], {"upload_token": token, "upload_expires_at": iso(expires)}
    )
    return {
        "url": base_url.rstrip("/") + "/_emulator" + UPLOAD_PATH.format(job_id=job["id"]),
        "fields": {"key": f"mail-imports/{job['id']}/archive", "token": token},
        "expires_in_seconds": UPLOAD_TTL_SECONDS,
    }


def receive_upload(world: World, job_id: str, fields: Mapping[str, str], data: bytes) -> None:
    """The storage side of the presigned POST: check the token, keep the archive."""
    job = store_imports.job_by_id(world.store, job_id)
    if job is None:
        raise NotFound("No such upload target")
    if not job["upload_token"] or fields.get("token") != job["upload_token"]:
        raise Forbidden("The upload token is invalid or was replaced; refresh the upload target")
    if parse_iso(job["upload_expires_at"]) < world.clock.now():
        raise Forbidden("The upload target has expired; refresh the upload target")
    if job["status"] != "pending_upload":
        raise Conflict(f"Import job is {job['status']}; uploads are only taken before start")
    if len(data) > MAX_UPLOAD_BYTES:
        raise Unprocessable(f"The archive exceeds {MAX_UPLOAD_BYTES} bytes")
    store_imports.job_update(
        world.store,
        job_id,
        {"upload": data, "upload_size_bytes": len(data), "updated_at": world.clock.now_iso()},
    )


def start(world: World, job: Row) -> Row:
    if job["status"] != "pending_upload":
        raise Conflict(f"Import job is already {job['status']}")
    if job["upload"] is None:
        raise Conflict("Nothing was uploaded yet; POST the archive to the upload target first")
    now = world.clock.now_iso()
    changes: dict[str, Any] = {"started_at": now, "updated_at": now, "upload_token": None}
    try:
        read_archive(job["upload"], job["source_format"])
    except ArchiveError as exc:
        changes.update(status="failed", error_detail=str(exc), finished_at=now, upload=None)
    else:
        changes["status"] = "queued"
    store_imports.job_update(world.store, job["id"], changes)
    return _reload(world, job)


def cancel(world: World, job: Row) -> Row:
    if job["status"] in TERMINAL:
        raise Conflict(f"Import job is already {job['status']}")
    now = world.clock.now_iso()
    store_imports.job_update(
        world.store,
        job["id"],
        {"status": "cancelled", "finished_at": now, "updated_at": now, "upload": None},
    )
    return _reload(world, job)


def advance(world: World, mailbox: Row, job: Row) -> Row:
    """One step of a started job: `queued` → `running` → finished (everything filed at once)."""
    if job["status"] == "queued":
        store_imports.job_update(
            world.store, job["id"], {"status": "running", "updated_at": world.clock.now_iso()}
        )
    elif job["status"] == "running":
        _run(world, mailbox, job)
    else:
        return job
    return _reload(world, job)


def _run(world: World, mailbox: Row, job: Row) -> None:
    items = read_archive(job["upload"], job["source_format"])  # checked at start
    known = store_imports.rfc_ids_in_mailbox(world.store, mailbox["id"])
    own = {mailbox["email_address"], *(job["original_addresses"] or [])}
    counts = {"imported": 0, "duplicate": 0, "unsafe": 0}
    failures: list[dict[str, Any]] = []
    now = world.clock.now_iso()
    messages = [m for m in items if isinstance(m, ArchiveMessage)]
    # Oldest first, so a reply finds the thread its parent started.
    messages.sort(key=lambda m: (m.sent_at is None, m.sent_at or world.clock.now(), m.index))
    for item in items:
        if isinstance(item, ArchiveFailure):
            failures.append(
                {"index": item.index, "message_id": item.message_id, "reason": item.reason}
            )
    for message in messages:
        if message.message_id in known:
            counts["duplicate"] += 1
            continue
        if any(a["filename"].lower().endswith(BLOCKED_EXTENSIONS) for a in message.attachments):
            counts["unsafe"] += 1
            continue
        known.add(message.message_id)
        file_message(
            world,
            mailbox,
            _fields(message, job, own),
            message.attachments,
            created_at=iso(message.sent_at) if message.sent_at else now,
        )
        counts["imported"] += 1
    failures.sort(key=lambda f: int(f["index"]))
    store_imports.job_update(
        world.store,
        job["id"],
        {
            "status": "completed",
            "messages_processed": len(items),
            "messages_imported": counts["imported"],
            "messages_skipped_duplicate": counts["duplicate"],
            "messages_rejected_unsafe": counts["unsafe"],
            "messages_failed": len(failures),
            "failures": dumps(failures),
            "finished_at": now,
            "updated_at": now,
            "upload": None,
        },
    )


def _fields(message: ArchiveMessage, job: Row, own: set[str]) -> dict[str, Any]:
    outbound = message.from_address in own
    return {
        "message_id": message.message_id,
        "direction": "outbound" if outbound else "inbound",
        "status": "sent" if outbound else "received",
        "from_address": message.from_address,
        "from_display_name": message.from_name,
        "to_addresses": message.to,
        "cc_addresses": message.cc or None,
        "bcc_addresses": None,
        "subject": message.subject,
        "in_reply_to": message.in_reply_to,
        "refs": message.refs or None,
        "body_text": message.body_text,
        "body_html": message.body_html,
        "is_read": job["mark_as_read"],
        "import_job_id": job["id"],
    }


def _job(world: World, mailbox: Row, job_id: str) -> Row:
    row = store_imports.job(world.store, mailbox["id"], job_id)
    assert row is not None
    return row


def _reload(world: World, job: Row) -> Row:
    row = store_imports.job_by_id(world.store, job["id"])
    assert row is not None
    return row
