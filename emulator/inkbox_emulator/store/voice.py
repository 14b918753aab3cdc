"""Voice AI and the simulated carrier: per-identity Voice AI settings, the tool invocations of
Voice AI calls, the answering rules tests set, and each placed call's pending transitions.

A call's future (`call_timeline`) is written when it is placed or answered and applied once the
emulator clock reaches each step, so a test that advances the clock sees the call ring, get
answered (or reach voicemail) and end, with the durations the clock says.
"""

from __future__ import annotations

from .engine import Row, Store

__all__ = ["MIGRATIONS"]

MIGRATIONS: tuple[str, ...] = (
    # v1
    """
    CREATE TABLE hosted_agent_configs (
        identity_id TEXT PRIMARY KEY REFERENCES identities(id) ON DELETE CASCADE,
        voice TEXT,
        instructions TEXT,
        authority_mode TEXT NOT NULL DEFAULT 'contact_scoped',
        updated_at TEXT NOT NULL
    );
    CREATE TABLE call_tool_invocations (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        call_id TEXT NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
        tool_name TEXT NOT NULL,
        status TEXT NOT NULL,
        result TEXT,
        started_at TEXT NOT NULL,
        completed_at TEXT
    );
    CREATE INDEX call_tool_invocations_call ON call_tool_invocations(call_id, seq);
    CREATE TABLE call_answer_rules (
        remote_number TEXT PRIMARY KEY,
        outcome TEXT NOT NULL,
        ring_seconds REAL NOT NULL,
        talk_seconds REAL,
        say TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE call_timeline (
        seq INTEGER PRIMARY KEY,
        call_id TEXT NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
        due_at TEXT NOT NULL,
        step TEXT NOT NULL,
        say TEXT NOT NULL DEFAULT '[]',
        talk_seconds REAL
    );
    CREATE INDEX call_timeline_due ON call_timeline(due_at, seq)
    """,
)


# ── Voice AI settings ─────────────────────────────────────────────────────────


def config_of(store: Store, identity_id: str) -> Row | None:
    return store.one("SELECT * FROM hosted_agent_configs WHERE identity_id = ?", (identity_id,))


def config_upsert(store: Store, identity_id: str, changes: Row) -> None:
    if config_of(store, identity_id) is None:
        store.insert("hosted_agent_configs", {"identity_id": identity_id, **changes})
    else:
        store.update("hosted_agent_configs", {"identity_id": identity_id}, changes)


# ── tool invocations ──────────────────────────────────────────────────────────


def invocation_insert(store: Store, row: Row) -> None:
    store.insert("call_tool_invocations", row)


def invocations_page(store: Store, call_id: str, limit: int, offset: int) -> list[Row]:
    return store.all(
        "SELECT * FROM call_tool_invocations WHERE call_id = ? ORDER BY seq LIMIT ? OFFSET ?",
        (call_id, limit, offset),
    )


# ── answering rules and pending transitions ───────────────────────────────────


def rule_put(store: Store, row: Row) -> None:
    store.execute("DELETE FROM call_answer_rules WHERE remote_number = ?", (row["remote_number"],))
    store.insert("call_answer_rules", row)


def rule_delete(store: Store, remote_number: str) -> None:
    store.execute("DELETE FROM call_answer_rules WHERE remote_number = ?", (remote_number,))


def rule_for(store: Store, remote_number: str) -> Row | None:
    """The rule for this number, else the catch-all (`*`) one."""
    return store.one(
        "SELECT * FROM call_answer_rules WHERE remote_number IN (?, '*')"
        " ORDER BY remote_number = '*' LIMIT 1",
        (remote_number,),
    )


def step_insert(store: Store, row: Row) -> None:
    store.insert("call_timeline", row)


def due_steps(store: Store, now: str) -> list[Row]:
    return store.all("SELECT * FROM call_timeline WHERE due_at <= ? ORDER BY due_at, seq", (now,))


def step_delete(store: Store, seq: int) -> None:
    store.execute("DELETE FROM call_timeline WHERE seq = ?", (seq,))


def steps_clear(store: Store, call_id: str) -> None:
    store.execute("DELETE FROM call_timeline WHERE call_id = ?", (call_id,))
