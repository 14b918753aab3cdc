"""Organization domain claims, the simulated DNS they are checked against, and identity
domain affiliations: tables and SQL."""

from __future__ import annotations

from .engine import Row, Store

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE domain_claims (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        domain TEXT NOT NULL,
        state TEXT NOT NULL,
        txt_name TEXT NOT NULL,
        txt_value TEXT NOT NULL,
        verified_at TEXT,
        last_checked_at TEXT,
        last_success_at TEXT,
        valid_until TEXT,
        pending_expires_at TEXT NOT NULL,
        last_check_result TEXT,
        created_at TEXT NOT NULL
    );
    CREATE INDEX domain_claims_org ON domain_claims(organization_id, seq);
    CREATE TABLE dns_txt_records (
        name TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (name, value)
    );
    CREATE TABLE identity_domain_affiliations (
        identity_id TEXT PRIMARY KEY REFERENCES identities(id),
        claim_id TEXT NOT NULL REFERENCES domain_claims(id),
        created_at TEXT NOT NULL
    )
    """,
)


def claim(store: Store, org_id: str, claim_id: str) -> Row | None:
    return store.one(
        "SELECT * FROM domain_claims WHERE organization_id = ? AND id = ?", (org_id, claim_id)
    )


def claim_of_domain(store: Store, org_id: str, domain: str) -> Row | None:
    return store.one(
        "SELECT * FROM domain_claims WHERE organization_id = ? AND domain = ?", (org_id, domain)
    )


def verified_elsewhere(store: Store, org_id: str, domain: str) -> bool:
    """Whether another organization holds a verified claim on the domain."""
    count = store.scalar(
        "SELECT COUNT(*) FROM domain_claims WHERE domain = ? AND organization_id != ?"
        " AND state IN ('verified', 'grace')",
        (domain, org_id),
    )
    return bool(count)


def claims_page(store: Store, org_id: str, before_seq: int | None, limit: int) -> list[Row]:
    """Up to `limit` claims, newest first, older than `before_seq` when given."""
    return store.all(
        "SELECT * FROM domain_claims WHERE organization_id = ? AND seq < ?"
        " ORDER BY seq DESC LIMIT ?",
        (org_id, before_seq if before_seq is not None else 2**62, limit),
    )


def claim_insert(store: Store, row: Row) -> None:
    store.insert("domain_claims", row)


def claim_update(store: Store, claim_id: str, changes: Row) -> None:
    store.update("domain_claims", {"id": claim_id}, changes)


def claim_delete(store: Store, claim_id: str) -> None:
    store.execute("DELETE FROM identity_domain_affiliations WHERE claim_id = ?", (claim_id,))
    store.execute("DELETE FROM domain_claims WHERE id = ?", (claim_id,))


def txt_values(store: Store, name: str) -> list[str]:
    return [
        r["value"] for r in store.all("SELECT value FROM dns_txt_records WHERE name = ?", (name,))
    ]


def txt_set(store: Store, name: str, value: str) -> None:
    store.execute(
        "INSERT OR IGNORE INTO dns_txt_records (name, value) VALUES (?, ?)", (name, value)
    )


def txt_clear(store: Store, name: str) -> None:
    store.execute("DELETE FROM dns_txt_records WHERE name = ?", (name,))


def affiliation(store: Store, identity_id: str) -> Row | None:
    return store.one(
        "SELECT * FROM identity_domain_affiliations WHERE identity_id = ?", (identity_id,)
    )


def affiliation_set(store: Store, identity_id: str, claim_id: str, now: str) -> None:
    store.execute(
        "INSERT INTO identity_domain_affiliations (identity_id, claim_id, created_at)"
        " VALUES (?, ?, ?) ON CONFLICT(identity_id) DO UPDATE SET claim_id = excluded.claim_id,"
        " created_at = excluded.created_at",
        (identity_id, claim_id, now),
    )


def affiliation_remove(store: Store, identity_id: str) -> None:
    store.execute("DELETE FROM identity_domain_affiliations WHERE identity_id = ?", (identity_id,))
