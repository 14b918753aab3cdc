"""Read-only, organisation-scoped lookups of identities (a core table) for the phone, rules,
contacts, notes, vault and tunnels families. No tables of its own.
"""

from __future__ import annotations

from .store import Row, Store

__all__ = ["MIGRATIONS"]

MIGRATIONS: tuple[str, ...] = ()


def identity(store: Store, org_id: str, identity_id: str) -> Row | None:
    """A live identity of the organisation."""
    return store.one(
        "SELECT * FROM identities WHERE organization_id = ? AND id = ? AND deleted_at IS NULL",
        (org_id, identity_id),
    )


def live_identity_ids(store: Store, org_id: str) -> list[str]:
    rows = store.all(
        "SELECT id FROM identities WHERE organization_id = ? AND deleted_at IS NULL AND status = 'active'"
        " ORDER BY created_at, id",
        (org_id,),
    )
    return [r["id"] for r in rows]
