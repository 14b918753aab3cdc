"""Email drafts, per mailbox: one table and its SQL.

A draft row holds what the draft says (recipients, bodies, threading, forward options) and
its attachments as a JSON list (`filename`, `content_type`, `content_id`, `content_base64`;
the list position is the `part_index`). `generation` starts at 1 and every change bumps it;
`seq` orders drafts newest first for cursor pages.
"""

from __future__ import annotations

from typing import Any

from .engine import Row, Store, encode, loads

__all__ = ["MIGRATIONS"]

MIGRATIONS: tuple[str, ...] = (
    # v1
    """
    CREATE TABLE drafts (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        mailbox_id TEXT NOT NULL REFERENCES mailboxes(id),
        generation INTEGER NOT NULL,
        to_addresses TEXT NOT NULL,
        cc_addresses TEXT NOT NULL,
        bcc_addresses TEXT NOT NULL,
        subject TEXT,
        body_text TEXT,
        body_html TEXT,
        reply_to TEXT,
        thread_id TEXT,
        in_reply_to TEXT,
        refs TEXT NOT NULL,
        forward_source_message_id TEXT,
        forward_mode TEXT,
        forward_note_text TEXT,
        forward_note_html TEXT,
        track_opens INTEGER NOT NULL DEFAULT 0,
        attachments TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX drafts_mailbox ON drafts(mailbox_id, seq)
    """,
)

_JSON = ("to_addresses", "cc_addresses", "bcc_addresses", "refs", "attachments")
_BOOL = ("track_opens",)


def _draft(row: Row | None) -> Row | None:
    if row is not None:
        for column in _JSON:
            row[column] = loads(row[column])
        for column in _BOOL:
            row[column] = bool(row[column])
    return row


def draft_insert(store: Store, row: Row) -> None:
    store.insert("drafts", encode(row, json_columns=_JSON, bool_columns=_BOOL))


def draft_update(store: Store, draft_id: str, changes: dict[str, Any]) -> None:
    store.update(
        "drafts", {"id": draft_id}, encode(changes, json_columns=_JSON, bool_columns=_BOOL)
    )


def draft_delete(store: Store, draft_id: str) -> None:
    store.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))


def draft(store: Store, mailbox_id: str, draft_id: str) -> Row | None:
    return _draft(
        store.one("SELECT * FROM drafts WHERE mailbox_id = ? AND id = ?", (mailbox_id, draft_id))
    )


def drafts_page(store: Store, mailbox_id: str, *, before_seq: int | None, limit: int) -> list[Row]:
    """Newest first, from before the cursor's `seq`."""
    rows = store.all(
        "SELECT * FROM drafts WHERE mailbox_id = :mb AND (:before IS NULL OR seq < :before)"
        " ORDER BY seq DESC LIMIT :limit",
        {"mb": mailbox_id, "before": before_seq, "limit": limit},
    )
    return [d for d in map(_draft, rows) if d is not None]
