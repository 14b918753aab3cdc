"""The `core` family: organizations, API keys, identities, signups, idempotency records, the
webhook delivery log and settings; their schema and row functions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .engine import Row, Store, encode, loads

# ── core schema ───────────────────────────────────────────────────────────────

MIGRATIONS: tuple[str, ...] = (
    # v1
    """
    CREATE TABLE organizations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        default_domain TEXT,
        signing_key TEXT,
        signing_key_created_at TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE identities (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        agent_handle TEXT NOT NULL,
        display_name TEXT,
        description TEXT,
        status TEXT NOT NULL DEFAULT 'active',
        imessage_enabled INTEGER NOT NULL DEFAULT 0,
        contact_sharing_enabled INTEGER NOT NULL DEFAULT 1,
        filter_modes TEXT NOT NULL DEFAULT '{}',
        signing_key TEXT,
        signing_key_created_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    );
    CREATE UNIQUE INDEX identities_live_handle ON identities(agent_handle) WHERE deleted_at IS NULL;
    CREATE INDEX identities_org ON identities(organization_id, created_at);
    CREATE TABLE api_keys (
        id TEXT PRIMARY KEY,
        secret TEXT NOT NULL UNIQUE,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        scope TEXT NOT NULL CHECK (scope IN ('admin', 'agent')),
        identity_id TEXT REFERENCES identities(id),
        label TEXT,
        description TEXT,
        created_by TEXT,
        creator_type TEXT,
        created_at TEXT NOT NULL,
        expires_at TEXT,
        revoked_at TEXT
    );
    CREATE TABLE signups (
        identity_id TEXT PRIMARY KEY REFERENCES identities(id),
        human_email TEXT NOT NULL,
        note_to_human TEXT NOT NULL,
        harness TEXT,
        verification_code TEXT NOT NULL,
        code_sent_at TEXT NOT NULL,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        claimed_at TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE idempotency (
        organization_id TEXT NOT NULL,
        scope TEXT NOT NULL,
        key TEXT NOT NULL,
        request_hash TEXT NOT NULL,
        status INTEGER NOT NULL,
        body TEXT,
        created_at TEXT NOT NULL,
        PRIMARY KEY (organization_id, scope, key)
    );
    CREATE TABLE webhook_deliveries (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        url TEXT NOT NULL,
        event_type TEXT NOT NULL,
        identity_id TEXT,
        request_id TEXT NOT NULL,
        payload TEXT NOT NULL,
        signed INTEGER NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_status_code INTEGER,
        last_error TEXT,
        created_at TEXT NOT NULL,
        completed_at TEXT
    );
    CREATE TABLE settings (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )
    """,
)


# ── core rows: keys ───────────────────────────────────────────────────────────


def principal_row(store: Store, secret: str) -> Row | None:
    """The live key with this secret, with `claimed` folded in from its signup (if any)."""
    row = store.one(
        "SELECT k.id, k.organization_id, k.scope, k.identity_id,"
        " (s.identity_id IS NULL OR s.claimed_at IS NOT NULL) AS claimed"
        " FROM api_keys k"
        " LEFT JOIN identities i ON i.id = k.identity_id"
        " LEFT JOIN signups s ON s.identity_id = k.identity_id"
        " WHERE k.secret = ? AND k.revoked_at IS NULL"
        " AND (k.identity_id IS NULL OR i.deleted_at IS NULL)",
        (secret,),
    )
    if row is not None:
        row["claimed"] = bool(row["claimed"])
    return row


# ── core rows: webhook delivery log ───────────────────────────────────────────


def delivery_insert(store: Store, row: Row) -> None:
    store.insert("webhook_deliveries", row)


def delivery_update(store: Store, delivery_id: str, changes: Row) -> None:
    store.update("webhook_deliveries", {"id": delivery_id}, changes)


def delivery_log(
    store: Store, *, url: str | None = None, event_type: str | None = None
) -> list[Row]:
    rows = store.all(
        "SELECT * FROM webhook_deliveries"
        " WHERE (:url IS NULL OR url = :url) AND (:event IS NULL OR event_type = :event)"
        " ORDER BY seq",
        {"url": url, "event": event_type},
    )
    for row in rows:
        row["payload"] = loads(row["payload"])
        row["signed"] = bool(row["signed"])
    return rows


# ── core rows: settings, organizations, admin keys ─────────────────────────


def setting(store: Store, name: str) -> str | None:
    value: str | None = store.scalar("SELECT value FROM settings WHERE name = ?", (name,))
    return value


def set_setting(store: Store, name: str, value: str) -> None:
    store.execute(
        "INSERT INTO settings (name, value) VALUES (?, ?)"
        " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        (name, value),
    )


def organization_ensure(store: Store, org_id: str, name: str, now: str) -> None:
    store.execute(
        "INSERT OR IGNORE INTO organizations (id, name, created_at) VALUES (?, ?, ?)",
        (org_id, name, now),
    )


def organization(store: Store, org_id: str) -> Row | None:
    return store.one("SELECT * FROM organizations WHERE id = ?", (org_id,))


def admin_key_ensure(store: Store, org_id: str, secret: str, key_id: str, now: str) -> None:
    store.execute(
        "INSERT OR IGNORE INTO api_keys"
        " (id, secret, organization_id, scope, label, created_by, creator_type, created_at)"
        " VALUES (?, ?, ?, 'admin', 'Emulator admin key', 'emulator', 'system', ?)",
        (key_id, secret, org_id, now),
    )


def signing_secret(store: Store, identity_id: str) -> str | None:
    """The key webhooks of this identity are signed with: its own, else its org's, else None."""
    value: str | None = store.scalar(
        "SELECT COALESCE(i.signing_key, o.signing_key) FROM identities i"
        " JOIN organizations o ON o.id = i.organization_id WHERE i.id = ?",
        (identity_id,),
    )
    return value


# ── core rows: idempotency ────────────────────────────────────────────────────


def idempotency_get(store: Store, org_id: str, scope: str, key: str) -> Row | None:
    return store.one(
        "SELECT * FROM idempotency WHERE organization_id = ? AND scope = ? AND key = ?",
        (org_id, scope, key),
    )


def idempotency_put(store: Store, row: Row) -> None:
    store.insert("idempotency", row)


def idempotency_forget(store: Store, org_id: str, scope: str, key: str) -> None:
    store.execute(
        "DELETE FROM idempotency WHERE organization_id = ? AND scope = ? AND key = ?",
        (org_id, scope, key),
    )


def api_key_row(store: Store, key_id: str) -> Row | None:
    return store.one("SELECT * FROM api_keys WHERE id = ?", (key_id,))


# ── core rows: identities ─────────────────────────────────────────────────────

_IDENTITY_BOOLS = ("imessage_enabled", "contact_sharing_enabled")


def _identity(row: Row | None) -> Row | None:
    if row is not None:
        row["filter_modes"] = loads(row["filter_modes"]) or {}
        for column in _IDENTITY_BOOLS:
            row[column] = bool(row[column])
    return row


def _identity_columns(values: Mapping[str, Any]) -> Row:
    return encode(values, json_columns=("filter_modes",), bool_columns=_IDENTITY_BOOLS)


def identity_insert(store: Store, row: Row) -> None:
    values = {**row, "filter_modes": row.get("filter_modes") or {}}
    store.insert("identities", _identity_columns(values))


def identity_update(store: Store, identity_id: str, changes: Row) -> None:
    store.update("identities", {"id": identity_id}, _identity_columns(changes))


def identity_by_id(store: Store, identity_id: str) -> Row | None:
    return _identity(
        store.one("SELECT * FROM identities WHERE id = ? AND deleted_at IS NULL", (identity_id,))
    )


def identity_by_handle(store: Store, handle: str) -> Row | None:
    """The live identity with this handle, in any organization (handles are global)."""
    return _identity(
        store.one(
            "SELECT * FROM identities WHERE agent_handle = ? AND deleted_at IS NULL", (handle,)
        )
    )


def identity_in_org(store: Store, org_id: str, identity_id: str) -> Row | None:
    """A live identity of the organization."""
    return _identity(
        store.one(
            "SELECT * FROM identities WHERE organization_id = ? AND id = ? AND deleted_at IS NULL",
            (org_id, identity_id),
        )
    )


def live_identity_ids(store: Store, org_id: str) -> list[str]:
    """Ids of the organization's live, active identities, oldest first."""
    rows = store.all(
        "SELECT id FROM identities WHERE organization_id = ? AND deleted_at IS NULL"
        " AND status = 'active' ORDER BY created_at, id",
        (org_id,),
    )
    return [r["id"] for r in rows]


def identities(store: Store, org_id: str, only_id: str | None = None) -> list[Row]:
    """Live identities of an org, newest first."""
    rows = store.all(
        "SELECT * FROM identities WHERE organization_id = ? AND deleted_at IS NULL"
        " AND (? IS NULL OR id = ?) ORDER BY created_at DESC, rowid DESC",
        (org_id, only_id, only_id),
    )
    return [r for r in map(_identity, rows) if r is not None]


def count_identities(store: Store) -> int:
    return int(store.scalar("SELECT COUNT(*) FROM identities WHERE deleted_at IS NULL"))


# ── core rows: API keys, signups, signing keys ────────────────────────────────


def api_key_insert(store: Store, row: Row) -> None:
    store.insert("api_keys", row)


def revoke_identity_keys(store: Store, identity_id: str, now: str) -> None:
    store.execute(
        "UPDATE api_keys SET revoked_at = ? WHERE identity_id = ? AND revoked_at IS NULL",
        (now, identity_id),
    )


def signup_insert(store: Store, row: Row) -> None:
    store.insert("signups", row)


def signup_of(store: Store, identity_id: str) -> Row | None:
    return store.one("SELECT * FROM signups WHERE identity_id = ?", (identity_id,))


def signup_update(store: Store, identity_id: str, changes: Row) -> None:
    store.update("signups", {"identity_id": identity_id}, changes)


def organization_update(store: Store, org_id: str, changes: Row) -> None:
    store.update("organizations", {"id": org_id}, changes)


def identity_signing_keys(store: Store, org_id: str) -> list[Row]:
    return store.all(
        "SELECT signing_key_created_at FROM identities WHERE organization_id = ?"
        " AND deleted_at IS NULL AND signing_key IS NOT NULL ORDER BY signing_key_created_at DESC",
        (org_id,),
    )
