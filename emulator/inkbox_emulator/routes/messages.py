"""messages: send (delivered between the emulator's mailboxes), reply to all, list (cursor
pages), get (marks inbound mail read), update flags."""

from __future__ import annotations

from typing import Any

from .. import timewindow
from ..dispatch import Call
from ..errors import NotFound
from ..mail_json import (
    cursor_page,
    decode_cursor,
    message_detail_json,
    message_json,
    reply_all_recipients,
)
from ..scoping import mailbox_for
from ..store import Row
from ..store.mail import message_by_id, message_update, messages_page
from ..world.mail import send_message

__all__ = ["routes"]


def send_mail_message(call: Call) -> dict[str, Any]:
    mailbox = mailbox_for(call, call.path["email_address"])
    return message_json(send_message(call.world, call.me, mailbox, call.json))


def list_mail_messages(call: Call) -> dict[str, Any]:
    mailbox = mailbox_for(call, call.path["email_address"])
    since, until = timewindow.window(call.query)
    limit = call.query["limit"]
    rows = messages_page(
        call.store,
        mailbox["id"],
        direction=call.query.get("direction"),
        since=since,
        until=until,
        before_seq=decode_cursor(call.query.get("cursor")),
        limit=limit + 1,
    )
    return cursor_page(rows, limit, "seq", message_json)


def _message(call: Call, mailbox: Row) -> Row:
    row = message_by_id(call.store, mailbox["id"], call.path["message_id"].lower())
    if row is None:
        raise NotFound("Message not found")
    return row


def get_mail_message(call: Call) -> dict[str, Any]:
    mailbox = mailbox_for(call, call.path["email_address"])
    row = _message(call, mailbox)
    if row["direction"] == "inbound" and not row["is_read"]:
        message_update(
            call.store, row["id"], {"is_read": True, "updated_at": call.world.clock.now_iso()}
        )
        row = _message(call, mailbox)
    return message_detail_json(row, mailbox["email_address"])


def update_mail_message(call: Call) -> dict[str, Any]:
    mailbox = mailbox_for(call, call.path["email_address"])
    row = _message(call, mailbox)
    changes: dict[str, Any] = {k: call.json[k] for k in ("is_read", "is_starred") if k in call.json}
    if changes:
        message_update(call.store, row["id"], {**changes, "updated_at": call.world.clock.now_iso()})
        row = _message(call, mailbox)
    return message_json(row)


def reply_all_mail_message(call: Call) -> dict[str, Any]:
    """Recipients, subject and threading come from the stored message; the send is
    `send_mail_message`'s."""
    mailbox = mailbox_for(call, call.path["email_address"])
    source = _message(call, mailbox)
    body = call.json
    subject = body.get("subject")
    if subject is None:
        text = (source["subject"] or "").strip()
        subject = text if text[:3].lower() == "re:" else f"Re: {text}".rstrip()
    request: dict[str, Any] = {
        "recipients": reply_all_recipients(source, mailbox["email_address"]),
        "subject": subject,
        "in_reply_to_message_id": source["message_id"],
        **{k: body[k] for k in ("body_text", "body_html", "attachments") if k in body},
    }
    return message_json(send_message(call.world, call.me, mailbox, request))


routes = [
    send_mail_message,
    list_mail_messages,
    get_mail_message,
    update_mail_message,
    reply_all_mail_message,
]
