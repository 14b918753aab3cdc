"""drafts: create, list (cursor pages), get, update, duplicate, delete, send and the
attachments of a draft; the simulation is `world.drafts`'s."""

from __future__ import annotations

import base64
from typing import Any

from ..dispatch import Call, Reply
from ..mail_json import cursor_page, decode_cursor, message_json
from ..scoping import mailbox_for
from ..store import Row
from ..store.drafts import drafts_page
from ..world import drafts

__all__ = ["routes"]


def _located(call: Call) -> tuple[Row, Row]:
    mailbox = mailbox_for(call, call.path["email_address"])
    return mailbox, drafts.get(call.world, mailbox, call.path["draft_id"])


def list_mail_drafts(call: Call) -> dict[str, Any]:
    mailbox = mailbox_for(call, call.path["email_address"])
    limit = call.query["limit"]
    rows = drafts_page(
        call.store,
        mailbox["id"],
        before_seq=decode_cursor(call.query.get("cursor")),
        limit=limit + 1,
    )
    return cursor_page(rows, limit, "seq", lambda row: drafts.draft_json(row, mailbox))


def create_mail_draft(call: Call) -> dict[str, Any]:
    mailbox = mailbox_for(call, call.path["email_address"])
    return drafts.draft_detail_json(drafts.create(call.world, mailbox, call.json), mailbox)


def get_mail_draft(call: Call) -> dict[str, Any]:
    mailbox, row = _located(call)
    return drafts.draft_detail_json(row, mailbox)


def update_mail_draft(call: Call) -> dict[str, Any]:
    mailbox, row = _located(call)
    return drafts.draft_detail_json(drafts.update(call.world, mailbox, row, call.json), mailbox)


def delete_mail_draft(call: Call) -> None:
    _, row = _located(call)
    drafts.delete(call.world, row, call.query["generation"])


def duplicate_mail_draft(call: Call) -> dict[str, Any]:
    mailbox, row = _located(call)
    copy = drafts.duplicate(call.world, mailbox, row, call.json["generation"])
    return drafts.draft_detail_json(copy, mailbox)


def send_mail_draft(call: Call) -> dict[str, Any]:
    mailbox, row = _located(call)
    return message_json(drafts.send(call.world, call.me, mailbox, row, call.json["generation"]))


def add_mail_draft_attachments(call: Call) -> dict[str, Any]:
    mailbox, row = _located(call)
    updated = drafts.add_attachments(call.world, mailbox, row, call.json)
    return drafts.draft_detail_json(updated, mailbox)


def remove_mail_draft_attachment(call: Call) -> dict[str, Any]:
    mailbox, row = _located(call)
    updated = drafts.remove_attachment(
        call.world, mailbox, row, int(call.path["part_index"]), call.query["generation"]
    )
    return drafts.draft_detail_json(updated, mailbox)


def download_mail_draft_attachment(call: Call) -> Reply:
    _, row = _located(call)
    item = drafts.attachment(row, int(call.path["part_index"]), call.query["generation"])
    name = item["filename"].replace('"', "")
    return Reply(
        base64.b64decode(item["content_base64"]),
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
        media_type=item["content_type"],
    )


routes = [
    list_mail_drafts,
    create_mail_draft,
    get_mail_draft,
    update_mail_draft,
    delete_mail_draft,
    duplicate_mail_draft,
    send_mail_draft,
    add_mail_draft_attachments,
    remove_mail_draft_attachment,
    download_mail_draft_attachment,
]
