"""Mail tables: mailboxes, custom sending domains, threads, messages, attachments, and the
mail the emulator sent to addresses outside itself.

Messages and threads carry an `seq` (insertion order) that cursor pagination uses: a cursor is
the `seq` of the last item served, so pages stay stable while new mail arrives.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .engine import Row, Store, dumps, encode, loads

__all__ = ["MIGRATIONS"]

MIGRATIONS: tuple[str, ...] = (
    # v1
    """
    CREATE TABLE domains (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        domain TEXT NOT NULL,
        status TEXT NOT NULL,
        verified_at TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (organization_id, domain)
    );
    CREATE TABLE mailboxes (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        identity_id TEXT REFERENCES identities(id),
        email_address TEXT NOT NULL,
        sending_domain TEXT NOT NULL,
        display_name TEXT,
        webhook_url TEXT,
        filter_mode TEXT NOT NULL DEFAULT 'blacklist',
        inbound_filter_mode TEXT,
        outbound_filter_mode TEXT,
        signature_html TEXT,
        signature_text TEXT,
        signature_enabled INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    );
    CREATE UNIQUE INDEX mailboxes_live_address ON mailboxes(email_address) WHERE deleted_at IS NULL;
    CREATE INDEX mailboxes_identity ON mailboxes(identity_id);
    CREATE TABLE threads (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        mailbox_id TEXT NOT NULL REFERENCES mailboxes(id),
        subject TEXT,
        folder TEXT NOT NULL DEFAULT 'inbox',
        message_count INTEGER NOT NULL DEFAULT 0,
        last_message_at TEXT NOT NULL,
        last_seq INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        deleted_at TEXT
    );
    CREATE INDEX threads_mailbox ON threads(mailbox_id, last_seq);
    CREATE TABLE messages (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        mailbox_id TEXT NOT NULL REFERENCES mailboxes(id),
        thread_id TEXT REFERENCES threads(id),
        message_id TEXT NOT NULL,
        direction TEXT NOT NULL,
        status TEXT NOT NULL,
        from_address TEXT NOT NULL,
        from_display_name TEXT,
        to_addresses TEXT NOT NULL,
        cc_addresses TEXT,
        bcc_addresses TEXT,
        subject TEXT,
        snippet TEXT,
        body_text TEXT,
        body_html TEXT,
        in_reply_to TEXT,
        refs TEXT,
        has_attachments INTEGER NOT NULL DEFAULT 0,
        attachment_metadata TEXT,
        size_bytes INTEGER NOT NULL DEFAULT 0,
        is_read INTEGER NOT NULL DEFAULT 0,
        is_starred INTEGER NOT NULL DEFAULT 0,
        track_opens INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    );
    CREATE INDEX messages_mailbox ON messages(mailbox_id, seq);
    CREATE INDEX messages_rfc_id ON messages(mailbox_id, message_id);
    CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        message_id TEXT NOT NULL REFERENCES messages(id),
        filename TEXT NOT NULL,
        content_type TEXT NOT NULL,
        content_id TEXT,
        size INTEGER NOT NULL,
        content BLOB NOT NULL
    );
    CREATE INDEX attachments_message ON attachments(message_id);
    CREATE TABLE outside_mail (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        from_address TEXT NOT NULL,
        to_address TEXT NOT NULL,
        subject TEXT,
        body_text TEXT,
        body_html TEXT,
        message_id TEXT,
        in_reply_to TEXT,
        attachment_metadata TEXT,
        created_at TEXT NOT NULL
    )
    """,
)

_MESSAGE_JSON_COLUMNS = (
    "to_addresses",
    "cc_addresses",
    "bcc_addresses",
    "refs",
    "attachment_metadata",
)
_MESSAGE_BOOL_COLUMNS = ("has_attachments", "is_read", "is_starred", "track_opens")


def _message(row: Row | None) -> Row | None:
    if row is not None:
        for column in _MESSAGE_JSON_COLUMNS:
            row[column] = loads(row[column])
        for column in _MESSAGE_BOOL_COLUMNS:
            row[column] = bool(row[column])
    return row


def _next_seq(store: Store, table: str) -> int:
    return int(store.scalar(f"SELECT COALESCE(MAX(seq), 0) + 1 FROM {table}"))  # noqa: S608


# ── domains ────────────────────────────────────────────────────────────────


def domain_insert(store: Store, row: Row) -> None:
    store.insert("domains", row)


def domains(store: Store, org_id: str, status: str | None = None) -> list[Row]:
    return store.all(
        "SELECT * FROM domains WHERE organization_id = ? AND (? IS NULL OR status = ?)"
        " ORDER BY created_at, domain",
        (org_id, status, status),
    )


def domain_by_name(store: Store, org_id: str, name: str) -> Row | None:
    return store.one(
        "SELECT * FROM domains WHERE organization_id = ? AND domain = ?", (org_id, name.lower())
    )


def domain_by_id(store: Store, org_id: str, domain_id: str) -> Row | None:
    return store.one(
        "SELECT * FROM domains WHERE organization_id = ? AND id = ?", (org_id, domain_id)
    )


def domain_update(store: Store, domain_id: str, changes: Row) -> None:
    store.update("domains", {"id": domain_id}, changes)


def set_default_domain(store: Store, org_id: str, name: str | None) -> None:
    store.update("organizations", {"id": org_id}, {"default_domain": name})


# ── mailboxes ──────────────────────────────────────────────────────────────


def mailbox_insert(store: Store, row: Row) -> None:
    store.insert("mailboxes", row)


def mailbox_update(store: Store, mailbox_id: str, changes: Row) -> None:
    store.update("mailboxes", {"id": mailbox_id}, changes)


def mailbox_by_address(store: Store, address: str) -> Row | None:
    """The live mailbox with this address, in any organization (mail crosses orgs)."""
    return store.one(
        "SELECT * FROM mailboxes WHERE email_address = ? AND deleted_at IS NULL", (address.lower(),)
    )


def mailbox_by_id(store: Store, mailbox_id: str) -> Row | None:
    return store.one("SELECT * FROM mailboxes WHERE id = ? AND deleted_at IS NULL", (mailbox_id,))


def mailbox_of_identity(store: Store, identity_id: str) -> Row | None:
    return store.one(
        "SELECT * FROM mailboxes WHERE identity_id = ? AND deleted_at IS NULL", (identity_id,)
    )


def mailboxes_by_local_part(store: Store, org_id: str, local: str) -> list[Row]:
    return store.all(
        "SELECT * FROM mailboxes WHERE organization_id = ? AND deleted_at IS NULL"
        " AND email_address LIKE ? ESCAPE '\\'",
        (
            org_id,
            local.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "@%",
        ),
    )


def mailboxes(store: Store, org_id: str, identity_id: str | None = None) -> list[Row]:
    """Live mailboxes of an org, newest first (only one identity's when `identity_id`)."""
    return store.all(
        "SELECT * FROM mailboxes WHERE organization_id = ? AND deleted_at IS NULL"
        " AND (? IS NULL OR identity_id = ?) ORDER BY created_at DESC, id",
        (org_id, identity_id, identity_id),
    )


def mailbox_storage_bytes(store: Store, mailbox_id: str) -> int:
    return int(
        store.scalar(
            "SELECT COALESCE(SUM(size_bytes), 0) FROM messages"
            " WHERE mailbox_id = ? AND deleted_at IS NULL",
            (mailbox_id,),
        )
    )


# ── threads ────────────────────────────────────────────────────────────────


def thread_insert(store: Store, row: Row) -> None:
    store.insert("threads", {"seq": _next_seq(store, "threads"), **row})


def thread_by_id(store: Store, mailbox_id: str, thread_id: str) -> Row | None:
    return store.one(
        "SELECT * FROM threads WHERE mailbox_id = ? AND id = ? AND deleted_at IS NULL",
        (mailbox_id, thread_id),
    )


def thread_update(store: Store, thread_id: str, changes: Row) -> None:
    store.update("threads", {"id": thread_id}, changes)


def thread_touch(store: Store, thread_id: str, when: str, seq: int) -> None:
    store.execute(
        "UPDATE threads SET message_count = message_count + 1, last_message_at = ?, last_seq = ?"
        " WHERE id = ?",
        (when, seq, thread_id),
    )


def threads_page(
    store: Store, mailbox_id: str, *, folders: Sequence[str], before_seq: int | None, limit: int
) -> list[Row]:
    """Threads in `folders`, most recent activity first, older than the cursor."""
    marks = ", ".join("?" for _ in folders)
    return store.all(
        f"SELECT * FROM threads WHERE mailbox_id = ? AND deleted_at IS NULL AND folder IN ({marks})"  # noqa: S608
        " AND (? IS NULL OR last_seq < ?) ORDER BY last_seq DESC LIMIT ?",
        (mailbox_id, *folders, before_seq, before_seq, limit),
    )


def thread_folders(store: Store, mailbox_id: str) -> list[str]:
    return [
        r["folder"]
        for r in store.all(
            "SELECT DISTINCT folder FROM threads WHERE mailbox_id = ? AND deleted_at IS NULL",
            (mailbox_id,),
        )
    ]


# ── messages ───────────────────────────────────────────────────────────────


def _message_columns(values: Mapping[str, Any]) -> Row:
    return encode(values, json_columns=_MESSAGE_JSON_COLUMNS, bool_columns=_MESSAGE_BOOL_COLUMNS)


def message_insert(store: Store, row: Row) -> int:
    """Insert a message (JSON columns given as Python values); returns its seq."""
    seq = _next_seq(store, "messages")
    store.insert("messages", _message_columns({"seq": seq, **row}))
    return seq


def message_by_id(store: Store, mailbox_id: str, message_id: str) -> Row | None:
    return _message(
        store.one(
            "SELECT * FROM messages WHERE mailbox_id = ? AND id = ? AND deleted_at IS NULL",
            (mailbox_id, message_id),
        )
    )


def message_by_rfc_id(store: Store, mailbox_id: str, rfc_id: str) -> Row | None:
    return _message(
        store.one(
            "SELECT * FROM messages WHERE mailbox_id = ? AND message_id = ? AND deleted_at IS NULL"
            " ORDER BY seq LIMIT 1",
            (mailbox_id, rfc_id),
        )
    )


def message_update(store: Store, message_pk: str, changes: Row) -> None:
    store.update("messages", {"id": message_pk}, _message_columns(changes))


def message_delete(store: Store, message_pk: str, when: str) -> None:
    store.update("messages", {"id": message_pk}, {"deleted_at": when})


def thread_recount(store: Store, thread_id: str, when: str) -> None:
    """Recompute a thread's count and latest message from its live messages; a thread left
    without any is deleted with them."""
    live = store.one(
        "SELECT COUNT(*) AS n, MAX(seq) AS last_seq, MAX(created_at) AS last_at FROM messages"
        " WHERE thread_id = ? AND deleted_at IS NULL",
        (thread_id,),
    )
    assert live is not None
    if not live["n"]:
        store.update("threads", {"id": thread_id}, {"deleted_at": when})
        return
    store.update(
        "threads",
        {"id": thread_id},
        {
            "message_count": live["n"],
            "last_seq": live["last_seq"],
            "last_message_at": live["last_at"],
        },
    )


def thread_delete(store: Store, thread_id: str, when: str) -> None:
    store.execute(
        "UPDATE messages SET deleted_at = ? WHERE thread_id = ? AND deleted_at IS NULL",
        (when, thread_id),
    )
    store.update("threads", {"id": thread_id}, {"deleted_at": when})


def messages_page(
    store: Store,
    mailbox_id: str,
    *,
    direction: str | None,
    since: str | None,
    until: str | None,
    before_seq: int | None,
    limit: int,
) -> list[Row]:
    """Newest first; `since`/`until` are a half-open ISO range on `created_at` (`timewindow`)."""
    rows = store.all(
        "SELECT * FROM messages WHERE mailbox_id = :mb AND deleted_at IS NULL"
        " AND (:dir IS NULL OR direction = :dir)"
        " AND (:since IS NULL OR created_at >= :since) AND (:until IS NULL OR created_at < :until)"
        " AND (:before IS NULL OR seq < :before) ORDER BY seq DESC LIMIT :limit",
        {
            "mb": mailbox_id,
            "dir": direction,
            "since": since,
            "until": until,
            "before": before_seq,
            "limit": limit,
        },
    )
    return [m for m in map(_message, rows) if m is not None]


def thread_messages(store: Store, thread_id: str) -> list[Row]:
    rows = store.all(
        "SELECT * FROM messages WHERE thread_id = ? AND deleted_at IS NULL ORDER BY seq",
        (thread_id,),
    )
    return [m for m in map(_message, rows) if m is not None]


def messages_for_search(store: Store, mailbox_id: str) -> list[Row]:
    rows = store.all(
        "SELECT * FROM messages WHERE mailbox_id = ? AND deleted_at IS NULL ORDER BY seq DESC",
        (mailbox_id,),
    )
    return [m for m in map(_message, rows) if m is not None]


def messages_sent_since(store: Store, mailbox_id: str, since: str) -> int:
    return int(
        store.scalar(
            "SELECT COUNT(*) FROM messages WHERE mailbox_id = ? AND direction = 'outbound'"
            " AND created_at >= ?",
            (mailbox_id, since),
        )
    )


def count_messages(store: Store) -> int:
    return int(store.scalar("SELECT COUNT(*) FROM messages"))


# ── attachments ────────────────────────────────────────────────────────────


def attachment_insert(store: Store, row: Row) -> None:
    store.insert("attachments", row)


def attachments_of(store: Store, message_pk: str) -> list[Row]:
    return store.all(
        "SELECT id, filename, content_type, content_id, size, content FROM attachments"
        " WHERE message_id = ? ORDER BY rowid",
        (message_pk,),
    )


def attachment_by_name(store: Store, message_pk: str, filename: str) -> Row | None:
    return store.one(
        "SELECT id, filename, content_type, content_id, size, content FROM attachments"
        " WHERE message_id = ? AND filename = ? ORDER BY rowid LIMIT 1",
        (message_pk, filename),
    )


def attachment_by_id(store: Store, attachment_id: str) -> Row | None:
    """An attachment of a live message, by its own id (the signed download URLs name it)."""
    return store.one(
        "SELECT a.id, a.filename, a.content_type, a.size, a.content FROM attachments a"
        " JOIN messages m ON m.id = a.message_id WHERE a.id = ? AND m.deleted_at IS NULL",
        (attachment_id,),
    )


# ── the outside world ──────────────────────────────────────────────────────


def outside_insert(store: Store, row: Row) -> None:
    values = {"seq": _next_seq(store, "outside_mail"), **row}
    values["attachment_metadata"] = dumps(values.get("attachment_metadata"))
    store.insert("outside_mail", values)


def outside_mail(store: Store, to_address: str | None = None) -> list[Row]:
    rows = store.all(
        "SELECT * FROM outside_mail WHERE (? IS NULL OR to_address = ?) ORDER BY seq",
        (to_address, to_address),
    )
    for row in rows:
        row["attachment_metadata"] = loads(row["attachment_metadata"])
    return rows
