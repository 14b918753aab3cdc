"""messages: send (delivered between the emulator's mailboxes), list (cursor pages), get
(marks inbound mail read), update flags."""

from __future__ import annotations

from typing import Any

from ..dispatch import Call
from ..errors import NotFound
from ..store_mail import message_by_id, message_update, messages_page
from ..world_mail import (
    decode_cursor,
    encode_cursor,
    mailbox_for,
    message_detail_json,
    message_json,
    send_message,
    time_bounds,
)

__all__ = ["routes"]


def send_mail_message(call: Call) -> dict[str, Any]:
    mailbox = mailbox_for(call, call.path["email_address"])
    return message_json(send_message(call.world, call.me, mailbox, call.json))


def list_mail_messages(call: Call) -> dict[str, Any]:
    mailbox = mailbox_for(call, call.path["email_address"])
    start, end = time_bounds(call.query)
    limit = call.query["limit"]
    rows = messages_page(
        call.store,
        mailbox["id"],
        direction=call.query.get("direction"),
        start=start,
        end=end,
        before_seq=decode_cursor(call.query.get("cursor")),
        limit=limit + 1,
    )
    has_more = len(rows) > limit
    rows = rows[:limit]
    return {
        "items": [message_json(r) for r in rows],
        "next_cursor": encode_cursor(rows[-1]["seq"]) if has_more else None,
        "has_more": has_more,
    }


def get_mail_message(call: Call) -> dict[str, Any]:
    mailbox = mailbox_for(call, call.path["email_address"])
    row = message_by_id(call.store, mailbox["id"], call.path["message_id"].lower())
    if row is None:
        raise NotFound("Message not found")
    if row["direction"] == "inbound" and not row["is_read"]:
        message_update(
            call.store, row["id"], {"is_read": True, "updated_at": call.world.clock.now_iso()}
        )
        row = message_by_id(call.store, mailbox["id"], row["id"])
        assert row is not None
    return message_detail_json(row, mailbox["email_address"])


def update_mail_message(call: Call) -> dict[str, Any]:
    mailbox = mailbox_for(call, call.path["email_address"])
    row = message_by_id(call.store, mailbox["id"], call.path["message_id"].lower())
    if row is None:
        raise NotFound("Message not found")
    changes: dict[str, Any] = {k: call.json[k] for k in ("is_read", "is_starred") if k in call.json}
    if changes:
        message_update(call.store, row["id"], {**changes, "updated_at": call.world.clock.now_iso()})
        row = message_by_id(call.store, mailbox["id"], row["id"])
        assert row is not None
    return message_json(row)


routes = [send_mail_message, list_mail_messages, get_mail_message, update_mail_message]
