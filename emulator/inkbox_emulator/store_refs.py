"""Read-only lookups of rows other families own (identities, mailboxes) that the phone,
rules, contacts, notes, vault and tunnels families reference. No tables of its own.
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


def identity_by_handle(store: Store, org_id: str, handle: str) -> Row | None:
    return store.one(
        "SELECT * FROM identities WHERE organization_id = ? AND agent_handle = ? AND deleted_at IS NULL",
        (org_id, handle),
    )


def live_identity_ids(store: Store, org_id: str) -> list[str]:
    rows = store.all(
        "SELECT id FROM identities WHERE organization_id = ? AND deleted_at IS NULL AND status = 'active'"
        " ORDER BY created_at, id",
        (org_id,),
    )
    return [r["id"] for r in rows]


def mailbox_by_address(store: Store, org_id: str, address: str) -> Row | None:
    """A mailbox by its full address, or by local part when no `@` is given."""
    if "@" in address:
        return store.one(
            "SELECT * FROM mailboxes WHERE organization_id = ? AND lower(email_address) = lower(?)"
            " AND deleted_at IS NULL",
            (org_id, address),
        )
    return store.one(
        "SELECT * FROM mailboxes WHERE organization_id = ?"
        " AND lower(substr(email_address, 1, instr(email_address, '@') - 1)) = lower(?)"
        " AND deleted_at IS NULL",
        (org_id, address),
    )


def mailbox_by_id(store: Store, org_id: str, mailbox_id: str) -> Row | None:
    return store.one(
        "SELECT * FROM mailboxes WHERE organization_id = ? AND id = ? AND deleted_at IS NULL",
        (org_id, mailbox_id),
    )
