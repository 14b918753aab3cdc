"""Mail and phone contact rules: one table, `kind` = `mail` (owner = mailbox) or `phone`
(owner = phone number). `match_key` is the canonical target (lower-cased address or domain).

One owner may hold up to two rules per target when they cover different sides (`inbound`,
`outbound`); `world.rules` keeps each side covered at most once, paused or not. An identity
without a mailbox or number of its own may still hold rules: they are kept with the identity's
id as owner, and the identity's channel reads them with its own (`owners`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .engine import Row, Store

__all__ = ["MIGRATIONS"]

MIGRATIONS: tuple[str, ...] = (
    # v1
    """
    CREATE TABLE contact_rules (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        kind TEXT NOT NULL CHECK (kind IN ('mail', 'phone')),
        owner_id TEXT NOT NULL,
        agent_identity_id TEXT,
        action TEXT NOT NULL,
        match_type TEXT NOT NULL,
        match_target TEXT NOT NULL,
        match_key TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'active',
        direction TEXT NOT NULL DEFAULT 'both',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX contact_rules_slot ON contact_rules(kind, owner_id, match_type, match_key);
    CREATE INDEX contact_rules_org ON contact_rules(organization_id, kind, created_at)
    """,
)


def rule_insert(store: Store, row: Row) -> None:
    store.insert("contact_rules", row)


def rule_update(store: Store, rule_id: str, changes: Row) -> None:
    store.update("contact_rules", {"id": rule_id}, changes)


def rule_delete(store: Store, rule_id: str) -> None:
    store.execute("DELETE FROM contact_rules WHERE id = ?", (rule_id,))


def rules_of_target(
    store: Store, kind: str, owner_id: str, match_type: str, match_key: str
) -> list[Row]:
    return store.all(
        "SELECT * FROM contact_rules WHERE kind = ? AND owner_id = ? AND match_type = ? AND match_key = ?"
        " ORDER BY seq",
        (kind, owner_id, match_type, match_key),
    )


def _owners_sql(owners: Sequence[str]) -> str:
    return ", ".join("?" for _ in owners) or "NULL"


def rule_of_owner(store: Store, kind: str, owners: Sequence[str], rule_id: str) -> Row | None:
    """The rule `rule_id` when one of `owners` holds it."""
    return store.one(
        f"SELECT * FROM contact_rules WHERE kind = ? AND id = ? AND owner_id IN ({_owners_sql(owners)})",  # noqa: S608
        (kind, rule_id, *owners),
    )


def rules_of_owner(store: Store, kind: str, owners: Sequence[str]) -> list[Row]:
    """Every rule of these owners (active and paused), oldest first."""
    return store.all(
        f"SELECT * FROM contact_rules WHERE kind = ? AND owner_id IN ({_owners_sql(owners)}) ORDER BY seq",  # noqa: S608
        (kind, *owners),
    )


def rules_page(
    store: Store,
    org_id: str,
    kind: str,
    *,
    owners: Sequence[str] | None = None,
    action: str | None = None,
    match_type: str | None = None,
    direction: str | None = None,
    limit: int,
    offset: int,
) -> list[Row]:
    """Newest first, of `owners` (None: of any). A `direction` filter matches rules covering
    it (`both` covers either side)."""
    params: dict[str, Any] = {
        "org": org_id,
        "kind": kind,
        "any": int(owners is None),
        "action": action,
        "mt": match_type,
        "dir": direction,
        "limit": limit,
        "offset": offset,
    }
    marks = ", ".join(f":o{i}" for i in range(len(owners or ()))) or "NULL"
    params.update({f"o{i}": owner for i, owner in enumerate(owners or ())})
    return store.all(
        "SELECT * FROM contact_rules WHERE organization_id = :org AND kind = :kind"  # noqa: S608
        f" AND (:any = 1 OR owner_id IN ({marks}))"
        " AND (:action IS NULL OR action = :action)"
        " AND (:mt IS NULL OR match_type = :mt)"
        " AND (:dir IS NULL OR direction = :dir OR (:dir != 'both' AND direction = 'both'))"
        " ORDER BY created_at DESC, seq DESC LIMIT :limit OFFSET :offset",
        params,
    )


def count_active(store: Store, kind: str, owner_id: str, action: str) -> int:
    return int(
        store.scalar(
            "SELECT COUNT(*) FROM contact_rules WHERE kind = ? AND owner_id = ? AND action = ?"
            " AND status = 'active'",
            (kind, owner_id, action),
        )
    )
