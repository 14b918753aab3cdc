"""Mail import jobs (with their uploaded archive) and the messages they filed: tables and SQL.

The archive is kept as a BLOB on the job row until the job finishes, so a job survives an
emulator restart (`--db FILE`) between upload and start. Imported messages carry the job's id
in `messages.import_job_id` (a column this family adds to the mail family's table).
"""

from __future__ import annotations

from .engine import Row, Store, loads

__all__ = ["MIGRATIONS"]

MIGRATIONS: tuple[str, ...] = (
    # v1
    """
    CREATE TABLE mail_import_jobs (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        mailbox_id TEXT NOT NULL REFERENCES mailboxes(id),
        status TEXT NOT NULL,
        source_format TEXT NOT NULL,
        original_addresses TEXT,
        mark_as_read INTEGER NOT NULL,
        upload_token TEXT,
        upload_expires_at TEXT,
        upload BLOB,
        upload_size_bytes INTEGER,
        messages_processed INTEGER NOT NULL DEFAULT 0,
        messages_imported INTEGER NOT NULL DEFAULT 0,
        messages_skipped_duplicate INTEGER NOT NULL DEFAULT 0,
        messages_failed INTEGER NOT NULL DEFAULT 0,
        messages_rejected_unsafe INTEGER NOT NULL DEFAULT 0,
        error_detail TEXT,
        failures TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        started_at TEXT,
        finished_at TEXT
    );
    CREATE INDEX mail_import_jobs_mailbox ON mail_import_jobs(mailbox_id, seq);
    ALTER TABLE messages ADD COLUMN import_job_id TEXT
    """,
)


def _job(row: Row | None) -> Row | None:
    if row is not None:
        row["original_addresses"] = loads(row["original_addresses"])
        row["failures"] = loads(row["failures"])
        row["mark_as_read"] = bool(row["mark_as_read"])
    return row


def job_insert(store: Store, row: Row) -> None:
    seq = int(store.scalar("SELECT COALESCE(MAX(seq), 0) + 1 FROM mail_import_jobs"))
    store.insert("mail_import_jobs", {"seq": seq, **row})


def job_update(store: Store, job_id: str, changes: Row) -> None:
    store.update("mail_import_jobs", {"id": job_id}, changes)


def job(store: Store, mailbox_id: str, job_id: str) -> Row | None:
    return _job(
        store.one(
            "SELECT * FROM mail_import_jobs WHERE mailbox_id = ? AND id = ?", (mailbox_id, job_id)
        )
    )


def job_by_id(store: Store, job_id: str) -> Row | None:
    return _job(store.one("SELECT * FROM mail_import_jobs WHERE id = ?", (job_id,)))


def jobs_page(store: Store, mailbox_id: str, *, before_seq: int | None, limit: int) -> list[Row]:
    """Up to `limit + 1` jobs of the mailbox, newest first, older than the cursor."""
    rows = store.all(
        "SELECT * FROM mail_import_jobs WHERE mailbox_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?",
        (mailbox_id, before_seq if before_seq is not None else 2**62, limit + 1),
    )
    return [r for r in map(_job, rows) if r is not None]


def rfc_ids_in_mailbox(store: Store, mailbox_id: str) -> set[str]:
    """The Message-IDs a mailbox already holds (an import skips them as duplicates)."""
    rows = store.all(
        "SELECT message_id FROM messages WHERE mailbox_id = ? AND deleted_at IS NULL",
        (mailbox_id,),
    )
    return {str(r["message_id"]) for r in rows}
