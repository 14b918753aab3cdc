"""What the inspector reads: plain SELECTs over the families' tables (read-only).

The inspector shows the whole emulator as the admin of its default organization sees it;
it never decrypts anything (the vault holds only ciphertext, and only metadata is read).
"""

from __future__ import annotations

from typing import Any

from ..store import Row, Store, loads

__all__ = [
    "attachment",
    "calls",
    "change_marks",
    "contacts",
    "deliveries",
    "delivery",
    "identities",
    "mailbox",
    "mailboxes",
    "message",
    "notes",
    "organization_exists",
    "organizations",
    "phone_numbers",
    "texts",
    "thread_messages",
    "threads",
    "tunnels",
    "vault",
]


def organizations(store: Store) -> list[Row]:
    return store.all(
        "SELECT o.id, o.name, o.created_at, (SELECT COUNT(*) FROM identities i"
        " WHERE i.organization_id = o.id AND i.deleted_at IS NULL) AS identity_count"
        " FROM organizations o ORDER BY o.created_at"
    )


def organization_exists(store: Store, org_id: str) -> bool:
    return store.one("SELECT 1 FROM organizations WHERE id = ?", (org_id,)) is not None


def identities(store: Store, org_id: str) -> list[Row]:
    return store.all(
        "SELECT i.id, i.agent_handle, i.display_name, i.created_at,"
        " m.id AS mailbox_id, m.email_address, p.number AS phone_number"
        " FROM identities i"
        " LEFT JOIN mailboxes m ON m.identity_id = i.id AND m.deleted_at IS NULL"
        " LEFT JOIN phone_numbers p ON p.agent_identity_id = i.id"
        " WHERE i.organization_id = ? AND i.deleted_at IS NULL ORDER BY i.created_at",
        (org_id,),
    )


def mailboxes(store: Store, org_id: str) -> list[Row]:
    return store.all(
        "SELECT m.*, (SELECT COUNT(*) FROM messages g WHERE g.mailbox_id = m.id"
        " AND g.deleted_at IS NULL) AS message_count,"
        " (SELECT COUNT(*) FROM messages g WHERE g.mailbox_id = m.id AND g.deleted_at IS NULL"
        " AND g.is_read = 0 AND g.direction = 'inbound') AS unread_count"
        " FROM mailboxes m WHERE m.organization_id = ? AND m.deleted_at IS NULL"
        " ORDER BY m.created_at",
        (org_id,),
    )


def mailbox(store: Store, mailbox_id: str) -> Row | None:
    return store.one("SELECT * FROM mailboxes WHERE id = ? AND deleted_at IS NULL", (mailbox_id,))


def threads(store: Store, mailbox_id: str) -> list[Row]:
    return store.all(
        "SELECT * FROM threads WHERE mailbox_id = ? AND deleted_at IS NULL ORDER BY last_seq DESC",
        (mailbox_id,),
    )


def thread_messages(store: Store, mailbox_id: str, thread_id: str | None = None) -> list[Row]:
    rows = store.all(
        "SELECT * FROM messages WHERE mailbox_id = ? AND deleted_at IS NULL"
        " AND (? IS NULL OR thread_id = ?) ORDER BY seq DESC",
        (mailbox_id, thread_id, thread_id),
    )
    return [_addresses(row) for row in rows]


def message(store: Store, message_id: str) -> Row | None:
    row = store.one(
        "SELECT g.*, m.email_address AS mailbox_address FROM messages g"
        " JOIN mailboxes m ON m.id = g.mailbox_id WHERE g.id = ? AND g.deleted_at IS NULL",
        (message_id,),
    )
    if row is None:
        return None
    row = _addresses(row)
    row["attachments"] = store.all(
        "SELECT id, filename, content_type, size FROM attachments WHERE message_id = ?"
        " ORDER BY rowid",
        (message_id,),
    )
    return row


def attachment(store: Store, message_id: str, attachment_id: str) -> Row | None:
    return store.one(
        "SELECT * FROM attachments WHERE message_id = ? AND id = ?", (message_id, attachment_id)
    )


def _addresses(row: Row) -> Row:
    for key in ("to_addresses", "cc_addresses", "bcc_addresses"):
        row[key] = loads(row.get(key)) or []
    return row


def phone_numbers(store: Store, org_id: str) -> list[Row]:
    return store.all(
        "SELECT p.*, i.agent_handle FROM phone_numbers p"
        " LEFT JOIN identities i ON i.id = p.agent_identity_id"
        " WHERE p.organization_id = ? ORDER BY p.created_at",
        (org_id,),
    )


def texts(store: Store, org_id: str, limit: int = 200) -> list[Row]:
    return store.all(
        "SELECT t.*, c.participants FROM texts t"
        " JOIN text_conversations c ON c.id = t.conversation_id"
        " WHERE t.organization_id = ? AND t.deleted_at IS NULL ORDER BY t.seq DESC LIMIT ?",
        (org_id, limit),
    )


def calls(store: Store, org_id: str, limit: int = 100) -> list[Row]:
    rows = store.all(
        "SELECT * FROM calls WHERE organization_id = ? ORDER BY seq DESC LIMIT ?",
        (org_id, limit),
    )
    for row in rows:
        row["transcript"] = store.all(
            "SELECT party, text, ts_ms FROM call_transcripts WHERE call_id = ? ORDER BY seq",
            (row["id"],),
        )
    return rows


def contacts(store: Store, org_id: str) -> list[Row]:
    rows = store.all("SELECT * FROM contacts WHERE organization_id = ? ORDER BY seq", (org_id,))
    for row in rows:
        row["emails"] = [e.get("value", "") for e in loads(row["emails"]) or []]
        row["phones"] = [p.get("value_e164", "") for p in loads(row["phones"]) or []]
    return rows


def notes(store: Store, org_id: str) -> list[Row]:
    return store.all("SELECT * FROM notes WHERE organization_id = ? ORDER BY seq", (org_id,))


def vault(store: Store, org_id: str) -> dict[str, Any]:
    """Metadata only: ids, names, types, key kinds. Payloads stay ciphertext and unread."""
    row = store.one(
        "SELECT id, status, created_at FROM vaults WHERE organization_id = ? AND status = 'active'",
        (org_id,),
    )
    if row is None:
        return {"vault": None, "keys": [], "secrets": []}
    keys = store.all(
        "SELECT id, key_type, created_at FROM vault_keys WHERE vault_id = ? ORDER BY seq",
        (row["id"],),
    )
    secrets = store.all(
        "SELECT id, name, description, secret_type, created_at, updated_at,"
        " (SELECT COUNT(*) FROM vault_access a WHERE a.secret_id = s.id) AS grants"
        " FROM vault_secrets s WHERE vault_id = ? ORDER BY seq",
        (row["id"],),
    )
    return {"vault": row, "keys": keys, "secrets": secrets}


def tunnels(store: Store, org_id: str) -> list[Row]:
    return store.all(
        "SELECT t.id, t.tunnel_name, t.status, t.tls_mode, t.currently_connected,"
        " t.last_connected_at, t.last_disconnected_at, t.created_at, i.agent_handle"
        " FROM tunnels t LEFT JOIN identities i ON i.id = t.agent_identity_id"
        " WHERE t.organization_id = ? AND t.status != 'deleted' ORDER BY t.seq",
        (org_id,),
    )


def deliveries(store: Store, limit: int = 200) -> list[Row]:
    rows = store.all("SELECT * FROM webhook_deliveries ORDER BY seq DESC LIMIT ?", (limit,))
    for row in rows:
        row["payload"] = loads(row["payload"])
    return rows


def delivery(store: Store, delivery_id: str) -> Row | None:
    row = store.one("SELECT * FROM webhook_deliveries WHERE id = ?", (delivery_id,))
    if row is not None:
        row["payload"] = loads(row["payload"])
    return row


def change_marks(store: Store) -> dict[str, Any]:
    """A cheap fingerprint per live region: it changes when the region would render anew."""
    return {
        "mail": store.one(
            "SELECT COALESCE(MAX(seq), 0) AS s, COUNT(*) AS n, COALESCE(SUM(is_read), 0) AS r"
            " FROM messages WHERE deleted_at IS NULL"
        ),
        "texts": store.scalar("SELECT COALESCE(MAX(seq), 0) FROM texts"),
        "calls": store.one("SELECT COALESCE(MAX(seq), 0) AS s, MAX(updated_at) AS u FROM calls"),
        "webhooks": store.one(
            "SELECT COALESCE(MAX(seq), 0) AS s, COUNT(*) FILTER (WHERE status = 'pending') AS p,"
            " COALESCE(SUM(attempts), 0) AS a FROM webhook_deliveries"
        ),
        "tunnels": store.scalar("SELECT MAX(updated_at) FROM tunnels"),
    }
