"""Tunnels (control plane): tables and SQL. A tunnel's name is unique among tunnels that are
not `deleted` (a `delete_pending` one still holds its name for the 24 h grace). Only a hash of
the guide-era `connect_secret` is stored; the emulator's certificate authority (for
passthrough CSR signing) lives in `tunnel_ca` so `--db` runs keep trusting one root.
"""

from __future__ import annotations

from .engine import Row, Store

__all__ = ["MIGRATIONS"]

MIGRATIONS: tuple[str, ...] = (
    # v1
    """
    CREATE TABLE tunnels (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        tunnel_name TEXT NOT NULL,
        agent_identity_id TEXT,
        description TEXT,
        tls_mode TEXT NOT NULL,
        cert_pem TEXT,
        cert_fingerprint_sha256 TEXT,
        cert_expires_at TEXT,
        status TEXT NOT NULL,
        last_connected_at TEXT,
        last_connected_ip_addr TEXT,
        last_disconnected_at TEXT,
        currently_connected INTEGER NOT NULL DEFAULT 0,
        metadata TEXT NOT NULL DEFAULT '{}',
        connect_secret_sha256 TEXT,
        restore_deadline_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX tunnels_live_name ON tunnels(tunnel_name) WHERE status != 'deleted';
    CREATE INDEX tunnels_org ON tunnels(organization_id, created_at);
    CREATE TABLE tunnel_events (
        tunnel_id TEXT NOT NULL,
        organization_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX tunnel_events_lookup ON tunnel_events(organization_id, kind, at);
    CREATE TABLE tunnel_ca (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        key_pem TEXT NOT NULL,
        cert_pem TEXT NOT NULL
    )
    """,
)


def tunnel_insert(store: Store, row: Row) -> None:
    store.insert("tunnels", row)


def tunnel_update(store: Store, tunnel_id: str, changes: Row) -> None:
    store.update("tunnels", {"id": tunnel_id}, changes)


def tunnel(store: Store, org_id: str, tunnel_id: str) -> Row | None:
    return store.one(
        "SELECT * FROM tunnels WHERE organization_id = ? AND id = ?", (org_id, tunnel_id)
    )


def tunnel_by_id(store: Store, tunnel_id: str) -> Row | None:
    """Any organisation's tunnel (the data plane authenticates by id + secret)."""
    return store.one("SELECT * FROM tunnels WHERE id = ?", (tunnel_id,))


def live_tunnel_by_name(store: Store, name: str) -> Row | None:
    return store.one("SELECT * FROM tunnels WHERE tunnel_name = ? AND status != 'deleted'", (name,))


def tunnel_of_identity(store: Store, identity_id: str) -> Row | None:
    return store.one(
        "SELECT * FROM tunnels WHERE agent_identity_id = ? AND status != 'deleted' ORDER BY seq DESC LIMIT 1",
        (identity_id,),
    )


def tunnels_of_org(store: Store, org_id: str) -> list[Row]:
    return store.all(
        "SELECT * FROM tunnels WHERE organization_id = ? AND status != 'deleted' ORDER BY created_at, seq",
        (org_id,),
    )


def expire_pending(store: Store, now: str) -> None:
    """Delete-pending tunnels whose grace ran out are deleted (their names become free)."""
    store.execute(
        "UPDATE tunnels SET status = 'deleted', updated_at = restore_deadline_at"
        " WHERE status = 'delete_pending' AND restore_deadline_at <= ?",
        (now,),
    )


def event_add(store: Store, tunnel_id: str, org_id: str, kind: str, at: str) -> None:
    store.insert(
        "tunnel_events", {"tunnel_id": tunnel_id, "organization_id": org_id, "kind": kind, "at": at}
    )


def events_since(
    store: Store, *, org_id: str, kind: str, since: str, tunnel_id: str | None = None
) -> list[str]:
    rows = store.all(
        "SELECT at FROM tunnel_events WHERE organization_id = :org AND kind = :kind AND at >= :since"
        " AND (:tid IS NULL OR tunnel_id = :tid) ORDER BY at",
        {"org": org_id, "kind": kind, "since": since, "tid": tunnel_id},
    )
    return [r["at"] for r in rows]


def ca(store: Store) -> Row | None:
    return store.one("SELECT * FROM tunnel_ca WHERE id = 1")


def ca_put(store: Store, key_pem: str, cert_pem: str) -> None:
    store.insert("tunnel_ca", {"id": 1, "key_pem": key_pem, "cert_pem": cert_pem})
