"""SQLite state: the connection, the versioned schema, and the core tables' row functions.

Schema changes are append-only migrations per *family*. This module is the `core` family
(organizations, API keys, identities, signup, idempotency, webhook log); every module named
`store_<family>.py` in this package is another family and is found at start-up (so two people
can add tables without editing one shared list). A family module defines:

    MIGRATIONS: tuple[str, ...]    # SQL scripts; MIGRATIONS[0] is version 1; never edit, append

and plain functions `def f(store: Store, ...) -> ...` holding its SQL. Applied versions are
recorded in `schema_migrations(family, version)`, so a `--db FILE` written by an older emulator
is brought forward at start and one written by a newer emulator is refused.

Rows are plain dicts (`Row`); JSON-valued columns are TEXT, written with `dumps` and read with
`loads`. One connection, used only from the server's event-loop thread (handlers are sync and
short), so no locking is needed; `transaction()` makes each request atomic.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from types import ModuleType
from typing import Any

__all__ = [
    "CORE_MIGRATIONS",
    "Row",
    "SchemaError",
    "Store",
    "dumps",
    "encode",
    "family_modules",
    "loads",
]

Row = dict[str, Any]


class SchemaError(RuntimeError):
    """The database was written by a newer emulator (or is not an emulator database)."""


def dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, separators=(",", ":"))


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def encode(
    values: Mapping[str, Any],
    *,
    json_columns: Sequence[str] = (),
    bool_columns: Sequence[str] = (),
) -> Row:
    """Python values -> column values for an insert or update: JSON columns as text, booleans
    as 0/1; columns `values` does not name stay absent."""
    out = dict(values)
    for column in json_columns:
        if column in out:
            out[column] = dumps(out[column])
    for column in bool_columns:
        if column in out:
            out[column] = int(bool(out[column]))
    return out


def _dict_row(cursor: sqlite3.Cursor, values: tuple[Any, ...]) -> Row:
    return {col[0]: value for col, value in zip(cursor.description, values, strict=True)}


class Store:
    """One SQLite database (`:memory:` unless a path is given)."""

    def __init__(self, path: str | None = None) -> None:
        self.path = path or ":memory:"
        # isolation_level=None: we issue BEGIN/COMMIT ourselves (see `transaction`).
        self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.conn.row_factory = _dict_row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
        self._depth = 0

    def close(self) -> None:
        self.conn.close()

    # ── queries ────────────────────────────────────────────────────────────

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def one(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Row | None:
        row: Row | None = self.conn.execute(sql, params).fetchone()
        return row

    def all(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[Row]:
        rows: list[Row] = self.conn.execute(sql, params).fetchall()
        return rows

    def scalar(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else next(iter(row.values()))

    def insert(self, table: str, row: Mapping[str, Any]) -> None:
        """INSERT one row; `table` and the keys are code, never request data."""
        cols = ", ".join(row)
        marks = ", ".join(f":{c}" for c in row)
        self.conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", dict(row))  # noqa: S608

    def update(self, table: str, key: Mapping[str, Any], changes: Mapping[str, Any]) -> int:
        """UPDATE rows matching every `key` column; returns the count changed."""
        if not changes:
            return 0
        sets = ", ".join(f"{c} = :set_{c}" for c in changes)
        where = " AND ".join(f"{c} = :key_{c}" for c in key)
        params = {f"set_{c}": v for c, v in changes.items()} | {
            f"key_{c}": v for c, v in key.items()
        }
        cur = self.conn.execute(f"UPDATE {table} SET {sets} WHERE {where}", params)  # noqa: S608
        return cur.rowcount

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Atomic block; nests with savepoints."""
        name = f"sp{self._depth}"
        self.conn.execute("BEGIN" if self._depth == 0 else f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            self.conn.execute("ROLLBACK" if self._depth == 0 else f"ROLLBACK TO {name}")
            if self._depth:
                self.conn.execute(f"RELEASE {name}")
            raise
        self._depth -= 1
        self.conn.execute("COMMIT" if self._depth == 0 else f"RELEASE {name}")

    # ── schema ─────────────────────────────────────────────────────────────

    def migrate(self, families: Mapping[str, Sequence[str]]) -> dict[str, int]:
        """Bring every family to its newest version; returns family -> version."""
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " family TEXT NOT NULL, version INTEGER NOT NULL, applied_at TEXT NOT NULL,"
            " PRIMARY KEY (family, version))"
        )
        applied: dict[str, int] = {
            r["family"]: r["version"]
            for r in self.all(
                "SELECT family, MAX(version) AS version FROM schema_migrations GROUP BY family"
            )
        }
        for family, have in applied.items():
            known = len(families.get(family, ()))
            if family in families and have > known:
                raise SchemaError(
                    f"{self.path}: family {family!r} is at schema version {have}, "
                    f"this emulator knows only {known}; use a newer emulator"
                )
        for family, scripts in families.items():
            for version in range(applied.get(family, 0) + 1, len(scripts) + 1):
                with self.transaction():
                    for statement in _statements(scripts[version - 1]):
                        self.conn.execute(statement)
                    self.conn.execute(
                        "INSERT INTO schema_migrations VALUES (?, ?, datetime('now'))",
                        (family, version),
                    )
            applied[family] = len(scripts)
        return applied

    def wipe(self) -> None:
        """Delete every row of every table but the schema's own bookkeeping."""
        tables = [
            r["name"]
            for r in self.all(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%' AND name != 'schema_migrations'"
                # the tunnel CA outlives a reset, as the admin key does: clients trust it
                " AND name != 'tunnel_ca'"
            )
        ]
        with self.transaction():
            # Checked at commit, when every table is empty; works inside an open transaction
            # (hooks run in one), where `PRAGMA foreign_keys = OFF` would be ignored.
            self.conn.execute("PRAGMA defer_foreign_keys = ON")
            for table in tables:
                self.conn.execute(f"DELETE FROM {table}")  # noqa: S608


def _statements(script: str) -> list[str]:
    # Our migrations never put ';' inside literals, so a plain split is enough (and, unlike
    # executescript, it does not commit behind our transaction's back).
    return [s.strip() for s in script.split(";") if s.strip()]


def family_modules() -> dict[str, ModuleType]:
    """`store_<family>` modules of this package, by family name, sorted."""
    import inkbox_emulator

    found: dict[str, ModuleType] = {}
    for info in sorted(pkgutil.iter_modules(inkbox_emulator.__path__), key=lambda i: i.name):
        if info.name.startswith("store_"):
            found[info.name.removeprefix("store_")] = importlib.import_module(
                f"inkbox_emulator.{info.name}"
            )
    return found


def all_migrations() -> dict[str, Sequence[str]]:
    """Core first, then the other families in name order."""
    families: dict[str, Sequence[str]] = {"core": CORE_MIGRATIONS}
    for family, module in family_modules().items():
        families[family] = tuple(module.MIGRATIONS)
    return families


# ── core schema ───────────────────────────────────────────────────────────────

CORE_MIGRATIONS: tuple[str, ...] = (
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
