"""messages: send (delivered between the emulator's mailboxes), list (cursor pages), get
(marks inbound mail read), update flags; the guide era's delete, forward and attachment URLs
(served by the `/_emulator/files/` hook, which needs no key: the URL is the credential)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import quote

from .. import timewindow
from ..clock import iso, parse_iso
from ..dispatch import Call, Hook, HookCall, Reply
from ..errors import Forbidden, NotFound
from ..mail_json import cursor_page, decode_cursor, message_detail_json, message_json
from ..scoping import mailbox_for
from ..store import Row
from ..store.mail import (
    attachment_by_id,
    attachment_by_name,
    message_by_id,
    message_delete,
    message_update,
    messages_page,
    thread_recount,
)
from ..world.mail import forward_message, send_message

__all__ = ["hooks", "routes"]

ATTACHMENT_URL_SECONDS = 3600


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


def delete_mail_message(call: Call) -> None:
    mailbox = mailbox_for(call, call.path["email_address"])
    row = _message(call, mailbox)
    now = call.world.clock.now_iso()
    message_delete(call.store, row["id"], now)
    thread_recount(call.store, row["thread_id"], now)


def forward_mail_message(call: Call) -> dict[str, Any]:
    mailbox = mailbox_for(call, call.path["email_address"])
    original = _message(call, mailbox)
    return message_json(forward_message(call.world, call.me, mailbox, original, call.json))


def get_mail_message_attachment(call: Call) -> dict[str, Any] | Reply:
    mailbox = mailbox_for(call, call.path["email_address"])
    row = _message(call, mailbox)
    filename = call.path["filename"]
    attachment = attachment_by_name(call.store, row["id"], filename)
    if attachment is None:
        raise NotFound(f"Message has no attachment {filename!r}")
    expires = iso(call.world.clock.now() + timedelta(seconds=ATTACHMENT_URL_SECONDS))
    host = call.headers.get("host", "127.0.0.1")
    url = f"http://{host}/_emulator/files/{attachment['id']}?expires={quote(expires)}"
    if call.query.get("redirect"):
        return Reply(status=302, headers={"Location": url})
    return {"url": url, "filename": filename, "expires_in": ATTACHMENT_URL_SECONDS}


def download_attachment(call: HookCall) -> Reply:
    """The signed URL of `get_mail_message_attachment`: the stored bytes, until it expires."""
    expires = call.query.get("expires")
    if expires is None or parse_iso(expires) <= call.world.clock.now():
        raise Forbidden("Request has expired")
    attachment = attachment_by_id(call.world.store, call.path["attachment_id"])
    if attachment is None:
        raise NotFound("No such attachment")
    return Reply(
        body=attachment["content"],
        status=200,
        headers={"Content-Disposition": f'attachment; filename="{attachment["filename"]}"'},
        media_type=attachment["content_type"],
    )


routes = [
    send_mail_message,
    list_mail_messages,
    get_mail_message,
    update_mail_message,
    delete_mail_message,
    forward_mail_message,
    get_mail_message_attachment,
]

hooks = [
    Hook(
        "GET",
        "/files/{attachment_id}",
        download_attachment,
        "An attachment's bytes (the signed URL of get_mail_message_attachment)",
    )
]
