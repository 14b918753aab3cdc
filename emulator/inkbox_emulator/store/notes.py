"""Notes and their per-identity access rows (no wildcard for notes): tables and SQL."""

from __future__ import annotations

from .engine import Row, Store

__all__ = ["MIGRATIONS"]

MIGRATIONS: tuple[str, ...] = (
    # v1
    """
    CREATE TABLE notes (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        created_by TEXT NOT NULL,
        creator_identity_id TEXT,
        title TEXT,
        body TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'active',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX notes_org ON notes(organization_id, updated_at);
    CREATE TABLE note_access (
        id TEXT PRIMARY KEY,
        note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        identity_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (note_id, identity_id)
    )
    """,
)


def note_insert(store: Store, row: Row) -> None:
    store.insert("notes", row)


def note_update(store: Store, note_id: str, changes: Row) -> None:
    store.update("notes", {"id": note_id}, changes)


def note_delete(store: Store, note_id: str) -> None:
    store.execute("DELETE FROM notes WHERE id = ?", (note_id,))


def note(store: Store, org_id: str, note_id: str) -> Row | None:
    return store.one("SELECT * FROM notes WHERE organization_id = ? AND id = ?", (org_id, note_id))


def notes_page(
    store: Store,
    org_id: str,
    *,
    granted_to: str | None,
    q: str | None,
    order: str,
    limit: int,
    offset: int,
) -> list[Row]:
    """`granted_to` keeps notes with an access row for that identity; `q` searches title+body."""
    order_by = (
        "n.created_at DESC, n.seq DESC" if order == "created" else "n.updated_at DESC, n.seq DESC"
    )
    return store.all(
        "SELECT n.* FROM notes n WHERE n.organization_id = :org"  # noqa: S608 (order_by is code)
        " AND (:ident IS NULL OR EXISTS (SELECT 1 FROM note_access a WHERE a.note_id = n.id"
        " AND a.identity_id = :ident))"
        " AND (:q IS NULL OR instr(lower(coalesce(n.title, '') || ' ' || n.body), lower(:q)) > 0)"
        f" ORDER BY {order_by} LIMIT :limit OFFSET :offset",
        {"org": org_id, "ident": granted_to, "q": q, "limit": limit, "offset": offset},
    )


def access_rows(store: Store, note_id: str) -> list[Row]:
    return store.all(
        "SELECT * FROM note_access WHERE note_id = ? ORDER BY created_at, id", (note_id,)
    )


def access_insert(store: Store, note_id: str, identity_id: str, *, row_id: str, now: str) -> Row:
    """Grant one identity access to a note; returns the new access row."""
    row = {"id": row_id, "note_id": note_id, "identity_id": identity_id, "created_at": now}
    store.insert("note_access", row)
    return row


def access_delete(store: Store, note_id: str, identity_id: str) -> int:
    cur = store.execute(
        "DELETE FROM note_access WHERE note_id = ? AND identity_id = ?", (note_id, identity_id)
    )
    return cur.rowcount
