"""Facts remembered about contacts and the citations that say where each was learned: tables
and SQL, plus the lookups that find a cited message, text or call in the organization.

A fact belongs to one contact (deleted with it, moved by a merge); a citation to one fact.
"""

from __future__ import annotations

from collections.abc import Sequence

from .engine import Row, Store

__all__ = ["MIGRATIONS"]

MIGRATIONS: tuple[str, ...] = (
    # v1
    """
    CREATE TABLE contact_facts (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        content TEXT NOT NULL,
        kind TEXT,
        origin TEXT NOT NULL,
        confidence REAL,
        locked_at TEXT,
        expires_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX contact_facts_contact ON contact_facts(contact_id, updated_at);
    CREATE TABLE contact_fact_citations (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        fact_id TEXT NOT NULL REFERENCES contact_facts(id) ON DELETE CASCADE,
        source_type TEXT NOT NULL,
        source_id TEXT NOT NULL
    )
    """,
)

# Active: locked, or never expiring, or not yet expired (`now` is the emulator clock).
_ACTIVE = "(f.locked_at IS NOT NULL OR f.expires_at IS NULL OR f.expires_at > :now)"


def fact_insert(store: Store, row: Row) -> None:
    store.insert("contact_facts", row)


def fact_update(store: Store, fact_id: str, changes: Row) -> None:
    store.update("contact_facts", {"id": fact_id}, changes)


def fact_delete(store: Store, fact_id: str) -> None:
    store.execute("DELETE FROM contact_facts WHERE id = ?", (fact_id,))


def fact(store: Store, contact_id: str, fact_id: str) -> Row | None:
    return store.one(
        "SELECT * FROM contact_facts WHERE contact_id = ? AND id = ?", (contact_id, fact_id)
    )


def facts_of(store: Store, contact_id: str, *, now: str, include_expired: bool) -> list[Row]:
    """Newest first (last updated, then last created)."""
    active = "1" if include_expired else _ACTIVE
    return store.all(
        f"SELECT f.* FROM contact_facts f WHERE f.contact_id = :contact AND {active}"  # noqa: S608
        " ORDER BY f.updated_at DESC, f.seq DESC",
        {"contact": contact_id, "now": now},
    )


def active_counts(store: Store, contact_ids: Sequence[str], now: str) -> dict[str, int]:
    """Active facts of these contacts together, by kind (unclassified facts under `""`)."""
    marks = ", ".join(f":c{i}" for i in range(len(contact_ids)))
    rows = store.all(
        f"SELECT coalesce(f.kind, '') AS kind, count(*) AS n FROM contact_facts f"  # noqa: S608
        f" WHERE f.contact_id IN ({marks}) AND {_ACTIVE} GROUP BY coalesce(f.kind, '')",
        {"now": now, **{f"c{i}": c for i, c in enumerate(contact_ids)}},
    )
    return {r["kind"]: r["n"] for r in rows}


def facts_move(store: Store, from_contact: str, to_contact: str) -> None:
    store.execute(
        "UPDATE contact_facts SET contact_id = ? WHERE contact_id = ?", (to_contact, from_contact)
    )


def citation_insert(store: Store, row: Row) -> None:
    store.insert("contact_fact_citations", row)


def citations_of(store: Store, fact_id: str) -> list[Row]:
    return store.all(
        "SELECT * FROM contact_fact_citations WHERE fact_id = ? ORDER BY seq", (fact_id,)
    )


def citation(store: Store, fact_id: str, citation_id: str) -> Row | None:
    return store.one(
        "SELECT * FROM contact_fact_citations WHERE fact_id = ? AND id = ?", (fact_id, citation_id)
    )


def citations_clear(store: Store, fact_id: str) -> None:
    store.execute("DELETE FROM contact_fact_citations WHERE fact_id = ?", (fact_id,))


# ── cited sources: (row with the owning identity and where to find it) or None when gone ──


def cited_message(store: Store, org_id: str, message_id: str) -> Row | None:
    return store.one(
        "SELECT m.id, m.thread_id, b.email_address AS mailbox_email, b.identity_id"
        " FROM messages m JOIN mailboxes b ON b.id = m.mailbox_id"
        " WHERE b.organization_id = ? AND m.id = ? AND m.deleted_at IS NULL",
        (org_id, message_id),
    )


def cited_text(store: Store, org_id: str, text_id: str) -> Row | None:
    return store.one(
        "SELECT t.id, t.phone_number_id, t.conversation_id, t.remote_phone_number,"
        " n.agent_identity_id AS identity_id FROM texts t"
        " JOIN phone_numbers n ON n.id = t.phone_number_id"
        " WHERE t.organization_id = ? AND t.id = ?",
        (org_id, text_id),
    )


def cited_call(store: Store, org_id: str, call_id: str) -> Row | None:
    return store.one(
        "SELECT c.id, c.phone_number_id, c.remote_phone_number, c.agent_identity_id AS identity_id"
        " FROM calls c WHERE c.organization_id = ? AND c.id = ?",
        (org_id, call_id),
    )
