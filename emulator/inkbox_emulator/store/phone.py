"""Phone numbers, calls, transcripts, texts, conversations and SMS opt-ins: tables and SQL.

Ordering columns: `seq` (an INTEGER PRIMARY KEY alias of the rowid) breaks ties between rows
written in the same microsecond, so "newest first" is stable.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..clock import parse_iso
from .engine import Row, Store, dumps, loads

__all__ = ["MIGRATIONS"]

MIGRATIONS: tuple[str, ...] = (
    # v1
    """
    CREATE TABLE phone_numbers (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        agent_identity_id TEXT REFERENCES identities(id),
        number TEXT NOT NULL,
        type TEXT NOT NULL,
        status TEXT NOT NULL,
        sms_status TEXT NOT NULL,
        sms_error_code TEXT,
        sms_error_detail TEXT,
        sms_ready_at TEXT,
        sms_ready_eta TEXT,
        incoming_call_action TEXT NOT NULL,
        client_websocket_url TEXT,
        incoming_call_webhook_url TEXT,
        incoming_text_webhook_url TEXT,
        forwarding_target_type TEXT,
        forwarding_phone_number TEXT,
        forwarding_sip_uri TEXT,
        filter_mode TEXT NOT NULL DEFAULT 'blacklist',
        inbound_filter_mode TEXT,
        outbound_filter_mode TEXT,
        state TEXT,
        country TEXT NOT NULL DEFAULT 'US',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        released_at TEXT
    );
    CREATE UNIQUE INDEX phone_numbers_live_number ON phone_numbers(number) WHERE status != 'released';
    CREATE INDEX phone_numbers_org ON phone_numbers(organization_id, created_at);
    CREATE INDEX phone_numbers_identity ON phone_numbers(agent_identity_id);
    CREATE TABLE calls (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        phone_number_id TEXT REFERENCES phone_numbers(id),
        agent_identity_id TEXT,
        local_phone_number TEXT,
        remote_phone_number TEXT NOT NULL,
        direction TEXT NOT NULL,
        status TEXT NOT NULL,
        client_websocket_url TEXT,
        use_inkbox_tts INTEGER,
        use_inkbox_stt INTEGER,
        hangup_reason TEXT,
        started_at TEXT,
        ended_at TEXT,
        is_blocked INTEGER NOT NULL DEFAULT 0,
        origin TEXT NOT NULL,
        mode TEXT NOT NULL,
        reason TEXT,
        hosted_agent_authority_mode TEXT NOT NULL,
        voicemail_detection TEXT NOT NULL,
        on_voicemail TEXT,
        voicemail_message TEXT,
        forwardings TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX calls_org ON calls(organization_id, created_at);
    CREATE INDEX calls_number ON calls(phone_number_id, created_at);
    CREATE TABLE call_transcripts (
        id TEXT PRIMARY KEY,
        call_id TEXT NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        ts_ms INTEGER NOT NULL,
        party TEXT NOT NULL,
        text TEXT NOT NULL,
        phone_number TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (call_id, seq)
    );
    CREATE TABLE text_conversations (
        id TEXT PRIMARY KEY,
        phone_number_id TEXT NOT NULL REFERENCES phone_numbers(id),
        participants_key TEXT NOT NULL,
        participants TEXT NOT NULL,
        is_group INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (phone_number_id, participants_key)
    );
    CREATE TABLE texts (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        phone_number_id TEXT NOT NULL REFERENCES phone_numbers(id),
        conversation_id TEXT NOT NULL REFERENCES text_conversations(id),
        direction TEXT NOT NULL,
        local_phone_number TEXT NOT NULL,
        remote_phone_number TEXT,
        sender_phone_number TEXT,
        text TEXT,
        type TEXT NOT NULL,
        media TEXT,
        is_read INTEGER NOT NULL,
        is_blocked INTEGER NOT NULL DEFAULT 0,
        delivery_status TEXT,
        origin TEXT NOT NULL DEFAULT 'user_initiated',
        error_code TEXT,
        error_detail TEXT,
        sent_at TEXT,
        delivered_at TEXT,
        failed_at TEXT,
        recipients TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    );
    CREATE INDEX texts_number ON texts(phone_number_id, created_at);
    CREATE INDEX texts_conversation ON texts(conversation_id, created_at);
    CREATE INDEX texts_pending ON texts(delivery_status) WHERE delivery_status IN ('queued', 'sent');
    CREATE TABLE sms_opt_ins (
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        remote_number TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('opted_in', 'opted_out')),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (organization_id, remote_number)
    )
    """,
)


# ── phone numbers ─────────────────────────────────────────────────────────────


def number_insert(store: Store, row: Row) -> None:
    store.insert("phone_numbers", row)


def number_update(store: Store, number_id: str, changes: Row) -> None:
    store.update("phone_numbers", {"id": number_id}, changes)


def number_by_id(store: Store, org_id: str, number_id: str) -> Row | None:
    return store.one(
        "SELECT * FROM phone_numbers WHERE organization_id = ? AND id = ?", (org_id, number_id)
    )


def number_any_org(store: Store, number_id: str) -> Row | None:
    """A number of any organisation (to tell 403 "not yours" from 404)."""
    return store.one("SELECT * FROM phone_numbers WHERE id = ?", (number_id,))


def live_number_by_e164(store: Store, number: str) -> Row | None:
    """The active number with this E.164 anywhere in the emulator (texts between numbers)."""
    return store.one(
        "SELECT * FROM phone_numbers WHERE number = ? AND status = 'active'", (number,)
    )


def number_taken(store: Store, number: str) -> bool:
    return store.one("SELECT 1 AS x FROM phone_numbers WHERE number = ?", (number,)) is not None


def numbers_of_org(store: Store, org_id: str, *, identity_id: str | None = None) -> list[Row]:
    return store.all(
        "SELECT * FROM phone_numbers WHERE organization_id = :org"
        " AND (:ident IS NULL OR agent_identity_id = :ident)"
        " ORDER BY created_at, id",
        {"org": org_id, "ident": identity_id},
    )


def active_numbers_of_org(store: Store, org_id: str) -> set[str]:
    rows = store.all(
        "SELECT number FROM phone_numbers WHERE organization_id = ? AND status = 'active'",
        (org_id,),
    )
    return {r["number"] for r in rows}


def number_of_identity(store: Store, identity_id: str) -> Row | None:
    return store.one(
        "SELECT * FROM phone_numbers WHERE agent_identity_id = ? AND status = 'active'"
        " ORDER BY created_at LIMIT 1",
        (identity_id,),
    )


def count_active_numbers(store: Store, org_id: str) -> int:
    return int(
        store.scalar(
            "SELECT COUNT(*) FROM phone_numbers WHERE organization_id = ? AND status = 'active'",
            (org_id,),
        )
    )


# ── calls ─────────────────────────────────────────────────────────────────────


def call_insert(store: Store, row: Row) -> None:
    store.insert("calls", row)


def call_update(store: Store, call_id: str, changes: Row) -> None:
    store.update("calls", {"id": call_id}, changes)


def call_by_id(store: Store, org_id: str, call_id: str) -> Row | None:
    return store.one("SELECT * FROM calls WHERE organization_id = ? AND id = ?", (org_id, call_id))


def call_any_org(store: Store, call_id: str) -> Row | None:
    return store.one("SELECT * FROM calls WHERE id = ?", (call_id,))


def calls_page(
    store: Store,
    org_id: str,
    *,
    identity_id: str | None = None,
    phone_number_id: str | None = None,
    is_blocked: bool | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int,
    offset: int,
) -> list[Row]:
    """Newest first; timestamps compare as text (all are `iso()`, same width, UTC)."""
    return store.all(
        "SELECT * FROM calls WHERE organization_id = :org"
        " AND (:ident IS NULL OR agent_identity_id = :ident)"
        " AND (:pn IS NULL OR phone_number_id = :pn)"
        " AND (:blocked IS NULL OR is_blocked = :blocked)"
        " AND (:since IS NULL OR created_at >= :since)"
        " AND (:until IS NULL OR created_at < :until)"
        " ORDER BY created_at DESC, seq DESC LIMIT :limit OFFSET :offset",
        {
            "org": org_id,
            "ident": identity_id,
            "pn": phone_number_id,
            "blocked": None if is_blocked is None else int(is_blocked),
            "since": since,
            "until": until,
            "limit": limit,
            "offset": offset,
        },
    )


def call_usage_since(store: Store, org_id: str, since: str) -> tuple[int, float]:
    """Outbound calls placed and minutes talked (ended calls) since `since`."""
    row = store.one(
        "SELECT COUNT(*) AS n FROM calls WHERE organization_id = ? AND direction = 'outbound'"
        " AND created_at >= ?",
        (org_id, since),
    )
    ended = store.all(
        "SELECT started_at, ended_at FROM calls WHERE organization_id = ? AND created_at >= ?"
        " AND started_at IS NOT NULL AND ended_at IS NOT NULL",
        (org_id, since),
    )
    return int(row["n"] if row else 0), _minutes(ended)


def oldest_outbound_call_since(store: Store, org_id: str, since: str) -> str | None:
    value = store.scalar(
        "SELECT MIN(created_at) FROM calls WHERE organization_id = ? AND direction = 'outbound'"
        " AND created_at >= ?",
        (org_id, since),
    )
    return None if value is None else str(value)


def _minutes(rows: Sequence[Row]) -> float:
    seconds = sum(
        max(0.0, (parse_iso(r["ended_at"]) - parse_iso(r["started_at"])).total_seconds())
        for r in rows
    )
    return round(seconds / 60, 2)


def transcript_insert(store: Store, row: Row) -> None:
    store.insert("call_transcripts", row)


def transcripts_of_call(store: Store, call_id: str) -> list[Row]:
    return store.all("SELECT * FROM call_transcripts WHERE call_id = ? ORDER BY seq", (call_id,))


def next_transcript_seq(store: Store, call_id: str) -> int:
    value = store.scalar("SELECT MAX(seq) FROM call_transcripts WHERE call_id = ?", (call_id,))
    return 0 if value is None else int(value) + 1


def search_transcripts(
    store: Store, phone_number_id: str, q: str, party: str | None, limit: int
) -> list[Row]:
    """Case-insensitive substring search over the number's transcripts, newest call first."""
    return store.all(
        "SELECT t.* FROM call_transcripts t JOIN calls c ON c.id = t.call_id"
        " WHERE c.phone_number_id = :pn AND instr(lower(t.text), lower(:q)) > 0"
        " AND (:party IS NULL OR t.party = :party)"
        " ORDER BY c.created_at DESC, t.seq LIMIT :limit",
        {"pn": phone_number_id, "q": q, "party": party, "limit": limit},
    )


# ── texts ─────────────────────────────────────────────────────────────────────


def conversation_get_or_create(
    store: Store, *, phone_number_id: str, participants: Sequence[str], new_id: str, now: str
) -> Row:
    """The conversation of this number with exactly these remote participants."""
    key = ",".join(sorted(set(participants)))
    row = store.one(
        "SELECT * FROM text_conversations WHERE phone_number_id = ? AND participants_key = ?",
        (phone_number_id, key),
    )
    if row is None:
        row = {
            "id": new_id,
            "phone_number_id": phone_number_id,
            "participants_key": key,
            "participants": dumps(sorted(set(participants))),
            "is_group": int(len(set(participants)) > 1),
            "created_at": now,
        }
        store.insert("text_conversations", row)
    return _conversation(row)


def conversation_by_id(store: Store, phone_number_id: str, conversation_id: str) -> Row | None:
    row = store.one(
        "SELECT * FROM text_conversations WHERE phone_number_id = ? AND id = ?",
        (phone_number_id, conversation_id),
    )
    return None if row is None else _conversation(row)


def conversation_by_remote(store: Store, phone_number_id: str, remote: str) -> Row | None:
    row = store.one(
        "SELECT * FROM text_conversations WHERE phone_number_id = ? AND participants_key = ?",
        (phone_number_id, remote),
    )
    return None if row is None else _conversation(row)


def _conversation(row: Row) -> Row:
    return {**row, "participants": loads(row["participants"]), "is_group": bool(row["is_group"])}


def text_insert(store: Store, row: Row) -> None:
    store.insert("texts", row)


def text_update(store: Store, text_id: str, changes: Row) -> None:
    store.update("texts", {"id": text_id}, changes)


def text_by_id(store: Store, phone_number_id: str, text_id: str) -> Row | None:
    return store.one(
        "SELECT * FROM texts WHERE phone_number_id = ? AND id = ? AND deleted_at IS NULL",
        (phone_number_id, text_id),
    )


def texts_page(
    store: Store,
    phone_number_id: str,
    *,
    conversation_id: str | None = None,
    is_read: bool | None = None,
    is_blocked: bool | None = None,
    since: str | None = None,
    until: str | None = None,
    q: str | None = None,
    limit: int,
    offset: int = 0,
) -> list[Row]:
    return store.all(
        "SELECT * FROM texts WHERE phone_number_id = :pn AND deleted_at IS NULL"
        " AND (:conv IS NULL OR conversation_id = :conv)"
        " AND (:read IS NULL OR is_read = :read)"
        " AND (:blocked IS NULL OR is_blocked = :blocked)"
        " AND (:since IS NULL OR created_at >= :since)"
        " AND (:until IS NULL OR created_at < :until)"
        " AND (:q IS NULL OR instr(lower(coalesce(text, '')), lower(:q)) > 0)"
        " ORDER BY created_at DESC, seq DESC LIMIT :limit OFFSET :offset",
        {
            "pn": phone_number_id,
            "conv": conversation_id,
            "read": None if is_read is None else int(is_read),
            "blocked": None if is_blocked is None else int(is_blocked),
            "since": since,
            "until": until,
            "q": q,
            "limit": limit,
            "offset": offset,
        },
    )


def conversation_summaries(
    store: Store,
    phone_number_id: str,
    *,
    include_groups: bool,
    is_blocked: bool | None,
    since: str | None,
    until: str | None,
    limit: int,
    offset: int,
) -> list[Row]:
    """One row per conversation with its counts and latest message, latest activity first."""
    params: dict[str, Any] = {
        "pn": phone_number_id,
        "groups": int(include_groups),
        "blocked": None if is_blocked is None else int(is_blocked),
        "since": since,
        "until": until,
        "limit": limit,
        "offset": offset,
    }
    visible = (
        "t.deleted_at IS NULL AND (:blocked IS NULL OR t.is_blocked = :blocked)"
        " AND (:since IS NULL OR t.created_at >= :since) AND (:until IS NULL OR t.created_at < :until)"
    )
    rows = store.all(
        "SELECT c.id AS conversation_id, c.participants, c.is_group,"  # noqa: S608 (visible is code)
        " COUNT(*) AS total_count, SUM(CASE WHEN t.is_read = 0 THEN 1 ELSE 0 END) AS unread_count,"
        " MAX(t.seq) AS latest_seq"
        f" FROM text_conversations c JOIN texts t ON t.conversation_id = c.id AND {visible}"
        " WHERE c.phone_number_id = :pn AND (:groups = 1 OR c.is_group = 0)"
        " GROUP BY c.id ORDER BY MAX(t.created_at) DESC, MAX(t.seq) DESC LIMIT :limit OFFSET :offset",
        params,
    )
    out = []
    for row in rows:
        latest = store.one("SELECT * FROM texts WHERE seq = ?", (row["latest_seq"],))
        out.append({**_conversation({**row, "id": row["conversation_id"]}), "latest": latest})
    return out


def mark_conversation_read(store: Store, conversation_id: str, is_read: bool, now: str) -> int:
    cur = store.execute(
        "UPDATE texts SET is_read = ?, updated_at = ? WHERE conversation_id = ?"
        " AND deleted_at IS NULL AND is_read != ?",
        (int(is_read), now, conversation_id, int(is_read)),
    )
    return cur.rowcount


def unsettled_outbound(store: Store, *, phone_number_id: str | None = None) -> list[Row]:
    """Outbound texts still `queued` or `sent` (the carrier has not confirmed yet)."""
    return store.all(
        "SELECT * FROM texts WHERE direction = 'outbound' AND delivery_status IN ('queued', 'sent')"
        " AND (:pn IS NULL OR phone_number_id = :pn) ORDER BY seq",
        {"pn": phone_number_id},
    )


def recipient_sends_since(store: Store, phone_number_id: str, since: str) -> list[Row]:
    """Outbound user-initiated texts of a number since `since` (for the per-number SMS cap)."""
    return store.all(
        "SELECT created_at, recipients FROM texts WHERE phone_number_id = ? AND direction = 'outbound'"
        " AND origin = 'user_initiated' AND created_at >= ? ORDER BY created_at",
        (phone_number_id, since),
    )
