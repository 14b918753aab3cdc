"""threads: list (cursor pages, by folder), folders, get (messages oldest first), move, and
the guide era's delete (the thread and all its messages)."""

from __future__ import annotations

from typing import Any

from ..dispatch import Call
from ..errors import NotFound, Unprocessable
from ..mail_json import (
    FOLDER_ORDER,
    cursor_page,
    decode_cursor,
    folders_sorted,
    message_json,
    thread_json,
)
from ..scoping import mailbox_for
from ..store import Row
from ..store.mail import (
    thread_by_id,
    thread_delete,
    thread_folders,
    thread_messages,
    thread_update,
    threads_page,
)

__all__ = ["routes"]


def list_threads(call: Call) -> dict[str, Any]:
    mailbox = mailbox_for(call, call.path["email_address"])
    folder = call.query.get("folder")
    if folder is not None:
        folders: tuple[str, ...] = (folder,)
    elif call.me.is_admin:
        folders = FOLDER_ORDER
    else:  # "every folder visible to the caller": agents do not see what their rules blocked
        folders = tuple(f for f in FOLDER_ORDER if f != "blocked")
    limit = call.query["limit"]
    rows = threads_page(
        call.store,
        mailbox["id"],
        folders=folders,
        before_seq=decode_cursor(call.query.get("cursor")),
        limit=limit + 1,
    )
    return cursor_page(rows, limit, "last_seq", thread_json)


def list_thread_folders(call: Call) -> list[str]:
    mailbox = mailbox_for(call, call.path["email_address"])
    return folders_sorted(thread_folders(call.store, mailbox["id"]))


def _thread(call: Call, mailbox: Row) -> Row:
    row = thread_by_id(call.store, mailbox["id"], call.path["thread_id"].lower())
    if row is None:
        raise NotFound("Thread not found")
    return row


def get_thread(call: Call) -> dict[str, Any]:
    row = _thread(call, mailbox_for(call, call.path["email_address"]))
    return {
        **thread_json(row),
        "messages": [message_json(m) for m in thread_messages(call.store, row["id"])],
    }


def update_thread(call: Call) -> dict[str, Any]:
    mailbox = mailbox_for(call, call.path["email_address"])
    row = _thread(call, mailbox)
    folder = call.json.get("folder")
    if folder == "blocked":
        raise Unprocessable.field(
            ("body", "folder"),
            "'blocked' is assigned by contact rules and cannot be set",
            value=folder,
        )
    if folder is not None and folder != row["folder"]:
        thread_update(call.store, row["id"], {"folder": folder})
        row = _thread(call, mailbox)
    return thread_json(row)


def delete_thread(call: Call) -> None:
    row = _thread(call, mailbox_for(call, call.path["email_address"]))
    thread_delete(call.store, row["id"], call.world.clock.now_iso())


routes = [list_threads, list_thread_folders, get_thread, update_thread, delete_thread]
