"""The vault: one active vault per organisation, its keys (wrapped org key + auth hash), its
secrets (opaque ciphertext) and per-identity access rules. Blobs are stored exactly as the
client sent them: the server never decrypts, so a vault written by one client opens in another.
"""

from __future__ import annotations

from .engine import Row, Store

__all__ = ["MIGRATIONS"]

MIGRATIONS: tuple[str, ...] = (
    # v1
    """
    CREATE TABLE vaults (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        status TEXT NOT NULL DEFAULT 'active',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX vaults_one_active ON vaults(organization_id) WHERE status = 'active';
    CREATE TABLE vault_keys (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        vault_id TEXT NOT NULL REFERENCES vaults(id) ON DELETE CASCADE,
        key_type TEXT NOT NULL CHECK (key_type IN ('primary', 'recovery')),
        auth_hash TEXT NOT NULL,
        wrapped_org_encryption_key TEXT NOT NULL,
        created_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX vault_keys_hash ON vault_keys(vault_id, auth_hash);
    CREATE TABLE vault_secrets (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        vault_id TEXT NOT NULL REFERENCES vaults(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        description TEXT,
        secret_type TEXT NOT NULL,
        encrypted_payload TEXT NOT NULL,
        created_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE vault_access (
        id TEXT PRIMARY KEY,
        secret_id TEXT NOT NULL REFERENCES vault_secrets(id) ON DELETE CASCADE,
        identity_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (secret_id, identity_id)
    )
    """,
)


def vault_of_org(store: Store, org_id: str) -> Row | None:
    return store.one(
        "SELECT * FROM vaults WHERE organization_id = ? AND status = 'active'", (org_id,)
    )


def vault_insert(store: Store, row: Row) -> None:
    store.insert("vaults", row)


def touch_vault(store: Store, vault_id: str, now: str) -> None:
    store.update("vaults", {"id": vault_id}, {"updated_at": now})


def counts(store: Store, vault_id: str) -> Row:
    row = store.one(
        "SELECT (SELECT COUNT(*) FROM vault_keys WHERE vault_id = :v) AS key_count,"
        " (SELECT COUNT(*) FROM vault_keys WHERE vault_id = :v AND key_type = 'recovery') AS recovery_key_count,"
        " (SELECT COUNT(*) FROM vault_secrets WHERE vault_id = :v) AS secret_count",
        {"v": vault_id},
    )
    assert row is not None
    return row


# ── keys ──────────────────────────────────────────────────────────────────────


def key_insert(store: Store, row: Row) -> None:
    store.insert("vault_keys", row)


def key_delete(store: Store, key_id: str) -> None:
    store.execute("DELETE FROM vault_keys WHERE id = ?", (key_id,))


def keys(store: Store, vault_id: str, key_type: str | None = None) -> list[Row]:
    """Primary first, then recovery keys, each oldest first (the order clients try AADs in)."""
    return store.all(
        "SELECT * FROM vault_keys WHERE vault_id = :v AND (:t IS NULL OR key_type = :t)"
        " ORDER BY key_type = 'recovery', seq",
        {"v": vault_id, "t": key_type},
    )


def key_by_hash(store: Store, vault_id: str, auth_hash: str) -> Row | None:
    return store.one(
        "SELECT * FROM vault_keys WHERE vault_id = ? AND auth_hash = ?", (vault_id, auth_hash)
    )


def key_id_taken(store: Store, key_id: str) -> bool:
    return store.one("SELECT 1 AS x FROM vault_keys WHERE id = ?", (key_id,)) is not None


# ── secrets ───────────────────────────────────────────────────────────────────


def secret_insert(store: Store, row: Row) -> None:
    store.insert("vault_secrets", row)


def secret_update(store: Store, secret_id: str, changes: Row) -> None:
    store.update("vault_secrets", {"id": secret_id}, changes)


def secret_delete(store: Store, secret_id: str) -> None:
    store.execute("DELETE FROM vault_secrets WHERE id = ?", (secret_id,))


def secret(store: Store, vault_id: str, secret_id: str) -> Row | None:
    return store.one(
        "SELECT * FROM vault_secrets WHERE vault_id = ? AND id = ?", (vault_id, secret_id)
    )


def secret_id_taken(store: Store, secret_id: str) -> bool:
    return store.one("SELECT 1 AS x FROM vault_secrets WHERE id = ?", (secret_id,)) is not None


def secrets(
    store: Store, vault_id: str, *, secret_type: str | None = None, visible_to: str | None = None
) -> list[Row]:
    """Oldest first; `visible_to` keeps secrets with an access rule for that identity."""
    return store.all(
        "SELECT s.* FROM vault_secrets s WHERE s.vault_id = :v"
        " AND (:t IS NULL OR s.secret_type = :t)"
        " AND (:ident IS NULL OR EXISTS (SELECT 1 FROM vault_access a WHERE a.secret_id = s.id"
        " AND a.identity_id = :ident))"
        " ORDER BY s.seq",
        {"v": vault_id, "t": secret_type, "ident": visible_to},
    )


def access_rows(store: Store, secret_id: str) -> list[Row]:
    return store.all(
        "SELECT * FROM vault_access WHERE secret_id = ? ORDER BY created_at, id", (secret_id,)
    )


def access_row(store: Store, secret_id: str, identity_id: str) -> Row | None:
    return store.one(
        "SELECT * FROM vault_access WHERE secret_id = ? AND identity_id = ?",
        (secret_id, identity_id),
    )


def access_insert(store: Store, secret_id: str, identity_id: str, *, row_id: str, now: str) -> Row:
    """Share a secret with one identity; returns the new access rule."""
    row = {"id": row_id, "secret_id": secret_id, "identity_id": identity_id, "created_at": now}
    store.insert("vault_access", row)
    return row


def access_delete(store: Store, secret_id: str, identity_id: str) -> int:
    cur = store.execute(
        "DELETE FROM vault_access WHERE secret_id = ? AND identity_id = ?", (secret_id, identity_id)
    )
    return cur.rowcount
