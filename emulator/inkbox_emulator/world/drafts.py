"""Drafts: compose, revise under optimistic concurrency, and send through the one mail path.

A draft belongs to a mailbox. Its `generation` starts at 1 and every change (update, adding or
removing an attachment) bumps it; a change, send, duplicate, delete or attachment download that
names another generation is refused with 409 `draft_generation_conflict` carrying the current
one, and nothing changes. Sending hands the draft to `world.mail.send_message` — the very code
`send_mail_message` runs, so delivery between emulator mailboxes, threading, contact rules and
webhooks are the same — and the draft is gone afterwards.

A reply draft (`in_reply_to_message_id`, or a `thread_id` alone, which answers the thread's
latest message) takes the thread and references of the message answered. A forward draft
(`forward_message_id`) gets `Fwd:` and, unless told otherwise, the original's attachments; when
it is sent it goes out as `forward_mail_message` sends a forward (`world.mail.forward_message`):
`inline` below a preamble, `wrapped` as a `message/rfc822` attachment.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..errors import Conflict, NotFound, Unprocessable
from ..store import Row
from ..store.drafts import draft, draft_delete, draft_insert, draft_update
from ..store.mail import attachments_of, message_by_id, thread_by_id, thread_messages
from .mail import decode_attachments, forward_message, reply_parent, send_message, snippet
from .state import World

if TYPE_CHECKING:
    from ..auth import Principal

__all__ = [
    "add_attachments",
    "attachment",
    "create",
    "draft_detail_json",
    "draft_json",
    "duplicate",
    "get",
    "remove_attachment",
    "send",
    "update",
]


def get(world: World, mailbox: Row, draft_id: str) -> Row:
    row = draft(world.store, mailbox["id"], draft_id.lower())
    if row is None:
        raise NotFound("Draft not found")
    return row


def _check_generation(row: Row, generation: int) -> None:
    if generation != row["generation"]:
        raise Conflict(
            {
                "error": "draft_generation_conflict",
                "message": f"The draft changed: it is at generation {row['generation']}, "
                f"not {generation}. Re-read it and apply your change to that generation.",
                "current_generation": row["generation"],
            }
        )


def _clean(addresses: Any) -> list[str]:
    return [a.strip().lower() for a in addresses or [] if a.strip()]


def _threading(world: World, mailbox: Row, body: Mapping[str, Any]) -> dict[str, Any]:
    """`thread_id`, `in_reply_to` and `refs` of a draft from what the caller named."""
    reference, thread_id = body.get("in_reply_to_message_id"), body.get("thread_id")
    parent = reply_parent(world, mailbox, reference)
    if parent is None and thread_id:
        if thread_by_id(world.store, mailbox["id"], thread_id.lower()) is None:
            raise NotFound("Thread not found")
        messages = thread_messages(world.store, thread_id.lower())
        parent = messages[-1] if messages else None
    if parent is not None:
        return {
            "thread_id": parent["thread_id"],
            "in_reply_to": parent["message_id"],
            "refs": [*(parent["refs"] or []), parent["message_id"]],
        }
    return {"thread_id": None, "in_reply_to": reference, "refs": [reference] if reference else []}


def _prefixed(prefix: str, subject: str | None) -> str:
    text = (subject or "").strip()
    return text if text[: len(prefix)].lower() == prefix.lower() else f"{prefix} {text}".rstrip()


def _stored_attachments(items: Any) -> list[dict[str, Any]]:
    """Validated request attachments in the draft's stored form (content kept as base64)."""
    decoded = decode_attachments(items or [], has_html=True)
    return [
        {
            "filename": a["filename"],
            "content_type": a["content_type"],
            "content_id": a.get("content_id"),
            "content_base64": base64.b64encode(a["content"]).decode(),
        }
        for a in decoded
    ]


def create(world: World, mailbox: Row, body: Mapping[str, Any]) -> Row:
    recipients = body.get("recipients") or {}
    attachments = _stored_attachments(body.get("attachments"))
    subject = body.get("subject")
    forward_id = body.get("forward_message_id")
    forward: Row | None = None
    if forward_id is None:
        for option in ("forward_mode", "forward_note_text", "forward_note_html"):
            if option in body:
                raise Unprocessable.field(
                    ("body", option), "forward options need forward_message_id"
                )
    else:
        forward = message_by_id(world.store, mailbox["id"], forward_id.lower())
        if forward is None:
            raise NotFound("Forwarded message not found")
        if subject is None:
            subject = _prefixed("Fwd:", forward["subject"])
        if body.get("include_original_attachments", True):
            originals = [
                {
                    "filename": a["filename"],
                    "content_type": a["content_type"],
                    "content_id": a["content_id"],
                    "content_base64": base64.b64encode(a["content"]).decode(),
                }
                for a in attachments_of(world.store, forward["id"])
            ]
            attachments = [*originals, *attachments]
    threading = _threading(world, mailbox, body)
    if subject is None and threading["in_reply_to"] and threading["thread_id"]:
        parent_subject = thread_by_id(world.store, mailbox["id"], threading["thread_id"])
        subject = _prefixed("Re:", parent_subject["subject"] if parent_subject else None)
    now = world.clock.now_iso()
    row: Row = {
        "id": world.ids.uuid(),
        "mailbox_id": mailbox["id"],
        "generation": 1,
        "to_addresses": _clean(recipients.get("to")),
        "cc_addresses": _clean(recipients.get("cc")),
        "bcc_addresses": _clean(recipients.get("bcc")),
        "subject": subject,
        "body_text": body.get("body_text"),
        "body_html": body.get("body_html"),
        "reply_to": body.get("reply_to"),
        **threading,
        "forward_source_message_id": forward["id"] if forward else None,
        "forward_mode": (body.get("forward_mode") or "inline") if forward else None,
        "forward_note_text": body.get("forward_note_text"),
        "forward_note_html": body.get("forward_note_html"),
        "track_opens": bool(body.get("track_opens")),
        "attachments": attachments,
        "created_at": now,
        "updated_at": now,
    }
    draft_insert(world.store, row)
    return get(world, mailbox, row["id"])


_PLAIN_FIELDS = (
    "subject",
    "body_text",
    "body_html",
    "reply_to",
    "forward_note_text",
    "forward_note_html",
)


def update(world: World, mailbox: Row, row: Row, body: Mapping[str, Any]) -> Row:
    _check_generation(row, body["generation"])
    changes: dict[str, Any] = {k: body[k] for k in _PLAIN_FIELDS if k in body}
    if "track_opens" in body:
        changes["track_opens"] = bool(body["track_opens"])
    if "recipients" in body:
        recipients = body["recipients"]
        for group in ("to", "cc", "bcc"):
            if recipients is None or group in recipients:
                value = None if recipients is None else recipients[group]
                changes[f"{group}_addresses"] = _clean(value)
    if "in_reply_to_message_id" in body or "thread_id" in body:
        named = {
            "in_reply_to_message_id": body.get("in_reply_to_message_id", row["in_reply_to"]),
            "thread_id": body.get("thread_id", row["thread_id"]),
        }
        changes.update(_threading(world, mailbox, named))
    if "references" in body:
        changes["refs"] = list(body["references"] or [])
    return _bump(world, mailbox, row, changes)


def _bump(world: World, mailbox: Row, row: Row, changes: dict[str, Any]) -> Row:
    changes["generation"] = row["generation"] + 1
    changes["updated_at"] = world.clock.now_iso()
    draft_update(world.store, row["id"], changes)
    return get(world, mailbox, row["id"])


def duplicate(world: World, mailbox: Row, row: Row, generation: int) -> Row:
    _check_generation(row, generation)
    now = world.clock.now_iso()
    copy = {k: v for k, v in row.items() if k != "seq"}
    copy.update({"id": world.ids.uuid(), "generation": 1, "created_at": now, "updated_at": now})
    draft_insert(world.store, copy)
    return get(world, mailbox, copy["id"])


def delete(world: World, row: Row, generation: int) -> None:
    _check_generation(row, generation)
    draft_delete(world.store, row["id"])


def add_attachments(world: World, mailbox: Row, row: Row, body: Mapping[str, Any]) -> Row:
    _check_generation(row, body["generation"])
    added = _stored_attachments(body["attachments"])
    combined = [*row["attachments"], *added]
    # The 25 MB cap is on the whole draft, as it will be on the message sent.
    decode_attachments(combined, has_html=True)
    return _bump(world, mailbox, row, {"attachments": combined})


def attachment(row: Row, part_index: int, generation: int) -> dict[str, Any]:
    _check_generation(row, generation)
    if not 0 <= part_index < len(row["attachments"]):
        raise NotFound(f"The draft has no attachment {part_index}")
    return dict(row["attachments"][part_index])


def remove_attachment(
    world: World, mailbox: Row, row: Row, part_index: int, generation: int
) -> Row:
    attachment(row, part_index, generation)
    kept = [a for i, a in enumerate(row["attachments"]) if i != part_index]
    return _bump(world, mailbox, row, {"attachments": kept})


def send(world: World, me: Principal, mailbox: Row, row: Row, generation: int) -> Row:
    """Send the draft as `send_mail_message` would; returns the outbound message row."""
    _check_generation(row, generation)
    if not (row["to_addresses"] or row["cc_addresses"] or row["bcc_addresses"]):
        raise Unprocessable.field(
            ("body", "recipients"), "the draft has no recipient yet; add one with update"
        )
    text, html_body = row["body_text"], row["body_html"]
    if row["forward_note_text"] is not None:
        text = row["forward_note_text"]
    if row["forward_note_html"] is not None:
        html_body = row["forward_note_html"]
    recipients = {
        "to": row["to_addresses"],
        "cc": row["cc_addresses"],
        "bcc": row["bcc_addresses"],
    }
    original = (
        message_by_id(world.store, mailbox["id"], row["forward_source_message_id"])
        if row["forward_source_message_id"]
        else None
    )
    if original is not None:
        # The original's files were copied into the draft when it was made (and may have been
        # removed since), so the forward adds only what the draft holds now.
        sent = forward_message(
            world,
            me,
            mailbox,
            original,
            {
                "recipients": recipients,
                "subject": row["subject"] or "",
                "body_text": text,
                "body_html": html_body,
                "mode": row["forward_mode"],
                "include_original_attachments": False,
                "additional_attachments": row["attachments"],
            },
        )
    else:
        body: dict[str, Any] = {
            "recipients": recipients,
            "subject": row["subject"] or "",
            "body_text": text,
            "body_html": html_body,
            "in_reply_to_message_id": row["in_reply_to"],
            "attachments": row["attachments"],
            "track_opens": row["track_opens"],
        }
        sent = send_message(world, me, mailbox, body)
    draft_delete(world.store, row["id"])
    return sent


def draft_json(row: Row, mailbox: Row) -> dict[str, Any]:
    """`DraftSummary`."""
    return {
        "id": row["id"],
        "mailbox_id": row["mailbox_id"],
        "from_address": mailbox["email_address"],
        "to_addresses": row["to_addresses"],
        "cc_addresses": row["cc_addresses"],
        "bcc_addresses": row["bcc_addresses"],
        "subject": row["subject"],
        "snippet": snippet(row["body_text"], row["body_html"]),
        "has_attachments": bool(row["attachments"]),
        "attachment_count": len(row["attachments"]),
        "generation": row["generation"],
        "send_state": "draft",
        "track_opens": row["track_opens"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def draft_detail_json(row: Row, mailbox: Row) -> dict[str, Any]:
    """`DraftDetail`."""
    return {
        **draft_json(row, mailbox),
        "body_text": row["body_text"],
        "body_html": row["body_html"],
        "reply_to": row["reply_to"],
        "thread_id": row["thread_id"],
        "message_id": None,
        "in_reply_to": row["in_reply_to"],
        "references": row["refs"],
        "forward_source_message_id": row["forward_source_message_id"],
        "forward_note_text": row["forward_note_text"],
        "forward_note_html": row["forward_note_html"],
        "attachment_metadata": [
            {
                "part_index": index,
                "filename": a["filename"],
                "content_type": a["content_type"],
                "size": len(base64.b64decode(a["content_base64"])),
                "content_id": a.get("content_id"),
                "is_inline": a.get("content_id") is not None,
            }
            for index, a in enumerate(row["attachments"])
        ],
    }
