"""Contacts, their legacy access rows (wildcard or per identity) and per-identity access
settings: tables and SQL. The six sub-lists are JSON columns; lookups use SQLite's json_each.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .engine import Row, Store, dumps, loads

__all__ = ["MIGRATIONS"]

LIST_COLUMNS = ("emails", "phones", "websites", "dates", "addresses", "custom_fields")

MIGRATIONS: tuple[str, ...] = (
    # v1
    """
    CREATE TABLE contacts (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        preferred_name TEXT,
        name_prefix TEXT,
        given_name TEXT,
        middle_name TEXT,
        family_name TEXT,
        name_suffix TEXT,
        company_name TEXT,
        job_title TEXT,
        birthday TEXT,
        notes TEXT,
        emails TEXT NOT NULL DEFAULT '[]',
        phones TEXT NOT NULL DEFAULT '[]',
        websites TEXT NOT NULL DEFAULT '[]',
        dates TEXT NOT NULL DEFAULT '[]',
        addresses TEXT NOT NULL DEFAULT '[]',
        custom_fields TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL DEFAULT 'active',
        creation_source TEXT NOT NULL DEFAULT 'manual',
        created_by_identity_id TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX contacts_org ON contacts(organization_id, updated_at);
    CREATE TABLE contact_access (
        id TEXT PRIMARY KEY,
        contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        identity_id TEXT,
        created_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX contact_access_one ON contact_access(contact_id, coalesce(identity_id, '*'));
    CREATE TABLE contact_access_settings (
        contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        identity_id TEXT NOT NULL,
        settings TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (contact_id, identity_id)
    )
    """,
    # v2: whether a person has confirmed the contact (0.7.20)
    """
    ALTER TABLE contacts ADD COLUMN review_status TEXT NOT NULL DEFAULT 'confirmed'
    """,
)


def _decode(row: Row | None) -> Row | None:
    if row is None:
        return None
    out = dict(row)
    for column in LIST_COLUMNS:
        out[column] = loads(row[column]) or []
    return out


def contact_insert(store: Store, row: Row) -> None:
    store.insert("contacts", {**row, **{c: dumps(row.get(c) or []) for c in LIST_COLUMNS}})


def contact_update(store: Store, contact_id: str, changes: Row) -> None:
    encoded = {k: (dumps(v or []) if k in LIST_COLUMNS else v) for k, v in changes.items()}
    store.update("contacts", {"id": contact_id}, encoded)


def contact_delete(store: Store, contact_id: str) -> None:
    store.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))


def contact(store: Store, org_id: str, contact_id: str) -> Row | None:
    return _decode(
        store.one(
            "SELECT * FROM contacts WHERE organization_id = ? AND id = ?", (org_id, contact_id)
        )
    )


# Visible to an identity: its explicit profile decision, else the contact's default decision
# (both in `contact_policy`), else its stored access settings' profile, else the legacy model
# (a wildcard row or a row naming it) — the order `world.contact_policy.effective` reads them in.
_VISIBLE = (
    "(:ident IS NULL OR coalesce("
    "(SELECT CASE p.profile WHEN 'allow' THEN 1 WHEN 'block' THEN 0 END"
    " FROM contact_identity_policies p WHERE p.contact_id = c.id AND p.identity_id = :ident),"
    "(SELECT CASE json_extract(d.defaults, '$.profile') WHEN 'allow' THEN 1 WHEN 'block' THEN 0 END"
    " FROM contact_policies d WHERE d.contact_id = c.id),"
    "(SELECT json_extract(s.settings, '$.profile') FROM contact_access_settings s"
    " WHERE s.contact_id = c.id AND s.identity_id = :ident),"
    "EXISTS (SELECT 1 FROM contact_access a WHERE a.contact_id = c.id"
    " AND (a.identity_id IS NULL OR a.identity_id = :ident))))"
)


def visible(store: Store, contact_id: str, identity_id: str) -> bool:
    """Whether an identity sees a contact (the rule lists filter by)."""
    return bool(
        store.scalar(
            f"SELECT {_VISIBLE} FROM contacts c WHERE c.id = :id",  # noqa: S608
            {"id": contact_id, "ident": identity_id},
        )
    )


def legacy_visible(store: Store, contact_id: str, identity_id: str) -> bool:
    """The guide-era rule alone: a wildcard access row or one naming the identity."""
    return (
        store.one(
            "SELECT 1 AS x FROM contact_access WHERE contact_id = ?"
            " AND (identity_id IS NULL OR identity_id = ?)",
            (contact_id, identity_id),
        )
        is not None
    )


def contacts_page(
    store: Store,
    org_id: str,
    *,
    visible_to: str | None,
    q: str | None,
    order: str,
    limit: int,
    offset: int,
    review_status: Sequence[str] = (),
) -> list[Row]:
    """A page of contacts; `visible_to` (an identity id) hides the ones it was not granted, a
    non-empty `review_status` keeps the contacts in those review states."""
    order_by = (
        "lower(coalesce(c.preferred_name, '')) ASC, c.seq ASC"
        if order == "name"
        else "c.updated_at DESC, c.seq DESC"
    )
    search = (
        "(:q IS NULL OR instr(lower(coalesce(c.preferred_name, '') || ' ' || coalesce(c.given_name, '')"
        " || ' ' || coalesce(c.family_name, '') || ' ' || coalesce(c.company_name, '') || ' '"
        " || coalesce(c.job_title, '') || ' ' || coalesce(c.notes, '')), lower(:q)) > 0)"
    )
    review = "(:reviews IS NULL OR c.review_status IN (SELECT value FROM json_each(:reviews)))"
    rows = store.all(
        f"SELECT c.* FROM contacts c WHERE c.organization_id = :org AND {_VISIBLE} AND {search}"  # noqa: S608
        f" AND {review} ORDER BY {order_by} LIMIT :limit OFFSET :offset",
        {
            "org": org_id,
            "ident": visible_to,
            "q": q,
            "reviews": dumps(list(review_status)) if review_status else None,
            "limit": limit,
            "offset": offset,
        },
    )
    return [r for r in (_decode(x) for x in rows) if r is not None]


def contacts_lookup(
    store: Store, org_id: str, *, visible_to: str | None, field: str, value: str
) -> list[Row]:
    """Reverse lookup by one of email, email_contains, email_domain, phone, phone_contains."""
    conditions: dict[str, tuple[str, str]] = {
        "email": ("emails", "lower(json_extract(j.value, '$.value')) = lower(:v)"),
        "email_contains": (
            "emails",
            "instr(lower(json_extract(j.value, '$.value')), lower(:v)) > 0",
        ),
        "email_domain": (
            "emails",
            "lower(substr(json_extract(j.value, '$.value'), instr(json_extract(j.value, '$.value'), '@') + 1))"
            " = lower(ltrim(:v, '@'))",
        ),
        "phone": ("phones", "json_extract(j.value, '$.value_e164') = :v"),
        "phone_contains": ("phones", "instr(json_extract(j.value, '$.value_e164'), :v) > 0"),
    }
    column, condition = conditions[field]
    rows = store.all(
        f"SELECT c.* FROM contacts c WHERE c.organization_id = :org AND {_VISIBLE}"  # noqa: S608
        f" AND EXISTS (SELECT 1 FROM json_each(c.{column}) j WHERE {condition})"
        " ORDER BY c.updated_at DESC, c.seq DESC LIMIT 200",
        {"org": org_id, "ident": visible_to, "v": value},
    )
    return [r for r in (_decode(x) for x in rows) if r is not None]


def contact_with_email_or_phone(
    store: Store, org_id: str, emails: list[str], phones: list[str]
) -> Row | None:
    """The first existing contact sharing any of these addresses or numbers (import conflicts)."""
    params: dict[str, Any] = {
        "org": org_id,
        "emails": dumps([e.lower() for e in emails]),
        "phones": dumps(phones),
    }
    return _decode(
        store.one(
            "SELECT c.* FROM contacts c WHERE c.organization_id = :org AND ("
            " EXISTS (SELECT 1 FROM json_each(c.emails) j, json_each(:emails) e"
            "   WHERE lower(json_extract(j.value, '$.value')) = e.value)"
            " OR EXISTS (SELECT 1 FROM json_each(c.phones) j, json_each(:phones) p"
            "   WHERE json_extract(j.value, '$.value_e164') = p.value))"
            " ORDER BY c.seq LIMIT 1",
            params,
        )
    )


# ── access rows ───────────────────────────────────────────────────────────────


def access_rows(store: Store, contact_id: str) -> list[Row]:
    """Wildcard first, then per-identity rows in grant order."""
    return store.all(
        "SELECT * FROM contact_access WHERE contact_id = ? ORDER BY identity_id IS NOT NULL, created_at, id",
        (contact_id,),
    )


def access_insert(
    store: Store, contact_id: str, identity_id: str | None, *, row_id: str, now: str
) -> Row:
    """Add one access row (`identity_id` None: the wildcard); returns it."""
    row = {"id": row_id, "contact_id": contact_id, "identity_id": identity_id, "created_at": now}
    store.insert("contact_access", row)
    return row


def access_clear(store: Store, contact_id: str) -> None:
    store.execute("DELETE FROM contact_access WHERE contact_id = ?", (contact_id,))


def access_delete(store: Store, contact_id: str, identity_id: str) -> int:
    cur = store.execute(
        "DELETE FROM contact_access WHERE contact_id = ? AND identity_id = ?",
        (contact_id, identity_id),
    )
    return cur.rowcount


def settings_get(store: Store, contact_id: str, identity_id: str) -> dict[str, Any] | None:
    row = store.one(
        "SELECT settings FROM contact_access_settings WHERE contact_id = ? AND identity_id = ?",
        (contact_id, identity_id),
    )
    return None if row is None else dict(loads(row["settings"]))


def settings_put(
    store: Store, contact_id: str, identity_id: str, settings: dict[str, Any], now: str
) -> None:
    store.execute(
        "INSERT INTO contact_access_settings (contact_id, identity_id, settings, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (contact_id, identity_id) DO UPDATE SET settings = excluded.settings,"
        " updated_at = excluded.updated_at",
        (contact_id, identity_id, dumps(settings), now),
    )


def settings_move(store: Store, from_contact: str, to_contact: str) -> None:
    """Hand a merged-away contact's access settings to the survivor, for each identity the
    survivor has none of its own."""
    store.execute(
        "UPDATE OR IGNORE contact_access_settings SET contact_id = ? WHERE contact_id = ?",
        (to_contact, from_contact),
    )
