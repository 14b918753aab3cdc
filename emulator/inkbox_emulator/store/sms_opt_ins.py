"""SMS consent rows (one per organization and recipient number) of the `sms_opt_ins` table,
which the `phone` family created; this family gives each row the identity and history the
opt-in API shows (`id`, `source`, when it opted in or out, when it was first seen).

`source` is `sms` for an inbound STOP/START, `api` for the admin opt-in endpoints. Only the
timestamp of the current status is set, as the API shows it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .engine import Row, Store

__all__ = ["MIGRATIONS"]

MIGRATIONS: tuple[str, ...] = (
    # v1: rows written before it get a fresh UUID, `sms` as source and their update time.
    """
    ALTER TABLE sms_opt_ins ADD COLUMN id TEXT;
    ALTER TABLE sms_opt_ins ADD COLUMN source TEXT NOT NULL DEFAULT 'sms';
    ALTER TABLE sms_opt_ins ADD COLUMN opted_in_at TEXT;
    ALTER TABLE sms_opt_ins ADD COLUMN opted_out_at TEXT;
    ALTER TABLE sms_opt_ins ADD COLUMN created_at TEXT;
    UPDATE sms_opt_ins SET created_at = updated_at,
        opted_in_at = CASE WHEN status = 'opted_in' THEN updated_at END,
        opted_out_at = CASE WHEN status = 'opted_out' THEN updated_at END,
        id = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4'
            || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-'
            || hex(randomblob(6)));
    CREATE UNIQUE INDEX sms_opt_ins_id ON sms_opt_ins(id);
    CREATE INDEX sms_opt_ins_org ON sms_opt_ins(organization_id, updated_at)
    """,
)


def opt_status(store: Store, org_id: str, numbers: Sequence[str]) -> dict[str, str]:
    """`opted_in` / `opted_out` per number that has a row (absent: never texted in)."""
    if not numbers:
        return {}
    marks = ", ".join("?" for _ in numbers)
    rows = store.all(
        f"SELECT remote_number, status FROM sms_opt_ins WHERE organization_id = ? AND remote_number IN ({marks})",  # noqa: S608
        (org_id, *numbers),
    )
    return {r["remote_number"]: r["status"] for r in rows}


def set_opt_status(
    store: Store, org_id: str, number: str, status: str, *, source: str, now: str, new_id: str
) -> None:
    """Record a consent change (`new_id` names the row when it is the number's first)."""
    opted_in_at = now if status == "opted_in" else None
    opted_out_at = now if status == "opted_out" else None
    store.execute(
        "INSERT INTO sms_opt_ins (organization_id, remote_number, status, updated_at, id, source,"
        " opted_in_at, opted_out_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (organization_id, remote_number) DO UPDATE SET status = excluded.status,"
        " updated_at = excluded.updated_at, source = excluded.source,"
        " opted_in_at = excluded.opted_in_at, opted_out_at = excluded.opted_out_at",
        (org_id, number, status, now, new_id, source, opted_in_at, opted_out_at, now),
    )


def opt_in_row(store: Store, org_id: str, number: str) -> Row | None:
    return store.one(
        "SELECT * FROM sms_opt_ins WHERE organization_id = ? AND remote_number = ?",
        (org_id, number),
    )


def opt_ins_page(
    store: Store, org_id: str, *, status: str | None, limit: int, offset: int
) -> list[Row]:
    """Newest-updated first."""
    return store.all(
        "SELECT * FROM sms_opt_ins WHERE organization_id = :org"
        " AND (:status IS NULL OR status = :status)"
        " ORDER BY updated_at DESC, rowid DESC LIMIT :limit OFFSET :offset",
        {"org": org_id, "status": status, "limit": limit, "offset": offset},
    )
