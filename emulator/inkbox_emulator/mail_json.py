"""Messages and threads on the wire: `Message`, `MessageDetail` and `Thread` JSON, thread
folders in display order, and cursor pages (a cursor is the `seq` of the last item served, so
pages stay stable while new mail arrives).
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from .errors import Unprocessable
from .store import Row

__all__ = [
    "FOLDER_ORDER",
    "cursor_page",
    "decode_cursor",
    "encode_cursor",
    "folders_sorted",
    "message_detail_json",
    "message_json",
    "thread_json",
]

FOLDER_ORDER = ("inbox", "spam", "blocked", "archive")


def message_json(row: Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "mailbox_id": row["mailbox_id"],
        "thread_id": row["thread_id"],
        "message_id": row["message_id"],
        "from_address": row["from_address"],
        "from_display_name": row["from_display_name"],
        "to_addresses": row["to_addresses"],
        "cc_addresses": row["cc_addresses"],
        "subject": row["subject"],
        "snippet": row["snippet"],
        "direction": row["direction"],
        "status": row["status"],
        "is_read": row["is_read"],
        "is_starred": row["is_starred"],
        "has_attachments": row["has_attachments"],
        "first_opened_at": None,
        "open_count": 0,
        "import_job_id": row.get("import_job_id"),
        "created_at": row["created_at"],
    }


def message_detail_json(row: Row, own_address: str) -> dict[str, Any]:
    body = message_json(row)
    if row["direction"] == "inbound":
        others = [
            a
            for a in [*row["to_addresses"], *(row["cc_addresses"] or [])]
            if a.lower() != own_address
        ]
        reply_all = {"to": [row["from_address"]], "cc": list(dict.fromkeys(others))}
    else:
        reply_all = {"to": list(row["to_addresses"]), "cc": list(row["cc_addresses"] or [])}
    body.update(
        {
            "body_text": row["body_text"],
            "body_html": row["body_html"],
            "bcc_addresses": row["bcc_addresses"],
            "in_reply_to": row["in_reply_to"],
            "references": row["refs"],
            "attachment_metadata": row["attachment_metadata"],
            "ses_message_id": None,
            "updated_at": row["updated_at"],
            "reply_all_recipients": reply_all,
        }
    )
    return body


def thread_json(row: Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "mailbox_id": row["mailbox_id"],
        "subject": row["subject"],
        "folder": row["folder"],
        "message_count": row["message_count"],
        "last_message_at": row["last_message_at"],
        "created_at": row["created_at"],
    }


# ── cursors and folders ───────────────────────────────────────────────────────


def encode_cursor(seq: int) -> str:
    return base64.urlsafe_b64encode(f"seq:{seq}".encode()).decode().rstrip("=")


def cursor_page(
    rows: Sequence[Row], limit: int, seq_key: str, to_json: Callable[[Row], dict[str, Any]]
) -> dict[str, Any]:
    """One cursor page from up to `limit + 1` rows (the extra one says there is more); the
    cursor is the last served row's `seq_key`."""
    has_more = len(rows) > limit
    served = rows[:limit]
    return {
        "items": [to_json(r) for r in served],
        "next_cursor": encode_cursor(served[-1][seq_key]) if has_more else None,
        "has_more": has_more,
    }


def decode_cursor(cursor: str | None) -> int | None:
    if cursor is None:
        return None
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        kind, _, number = text.partition(":")
        if kind != "seq":
            raise ValueError
        return int(number)
    except (ValueError, UnicodeDecodeError):
        raise Unprocessable.field(("query", "cursor"), "Invalid cursor", value=cursor) from None


def folders_sorted(folders: Iterable[str]) -> list[str]:
    present = set(folders)
    return [f for f in FOLDER_ORDER if f in present]
