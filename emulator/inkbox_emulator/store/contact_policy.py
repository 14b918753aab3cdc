"""Contact communication policies (0.7.20): per contact a revision and visibility defaults; per
(contact, identity) explicit profile/memories decisions and per-address decisions. Also the
texts and calls a contact's numbers exchanged with one phone number (correspondence).
"""

from __future__ import annotations

from typing import Any

from .engine import Row, Store, dumps, loads

__all__ = ["MIGRATIONS"]

INHERIT = {"profile": "inherit", "memories": "inherit"}

MIGRATIONS: tuple[str, ...] = (
    # v1
    """
    CREATE TABLE contact_policies (
        contact_id TEXT PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        defaults TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE contact_identity_policies (
        contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        identity_id TEXT NOT NULL,
        profile TEXT NOT NULL DEFAULT 'inherit',
        memories TEXT NOT NULL DEFAULT 'inherit',
        addresses TEXT NOT NULL DEFAULT '{}',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (contact_id, identity_id)
    )
    """,
)


def policy(store: Store, contact_id: str) -> Row:
    """`{"revision", "defaults"}`; a contact nobody tuned is at revision 0, all `inherit`."""
    row = store.one(
        "SELECT revision, defaults FROM contact_policies WHERE contact_id = ?", (contact_id,)
    )
    if row is None:
        return {"revision": 0, "defaults": dict(INHERIT)}
    return {"revision": row["revision"], "defaults": dict(loads(row["defaults"]))}


def policy_put(store: Store, contact_id: str, revision: int, defaults: Row, now: str) -> None:
    store.execute(
        "INSERT INTO contact_policies (contact_id, revision, defaults, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (contact_id) DO UPDATE SET revision = excluded.revision,"
        " defaults = excluded.defaults, updated_at = excluded.updated_at",
        (contact_id, revision, dumps(defaults), now),
    )


def identity_policy(store: Store, contact_id: str, identity_id: str) -> Row:
    """`{"profile", "memories", "addresses"}`; `addresses` maps `kind:value` to
    `{"inbound", "outbound"}` decisions (absent = inherit)."""
    row = store.one(
        "SELECT profile, memories, addresses FROM contact_identity_policies"
        " WHERE contact_id = ? AND identity_id = ?",
        (contact_id, identity_id),
    )
    if row is None:
        return {**INHERIT, "addresses": {}}
    return {
        "profile": row["profile"],
        "memories": row["memories"],
        "addresses": dict(loads(row["addresses"])),
    }


def identity_overrides(store: Store, contact_id: str) -> list[Row]:
    """Every identity's visibility decisions that are not both `inherit`, oldest first."""
    return store.all(
        "SELECT identity_id, profile, memories FROM contact_identity_policies WHERE contact_id = ?"
        " AND (profile != 'inherit' OR memories != 'inherit') ORDER BY rowid",
        (contact_id,),
    )


def identity_policy_put(
    store: Store, contact_id: str, identity_id: str, values: Row, now: str
) -> None:
    store.execute(
        "INSERT INTO contact_identity_policies"
        " (contact_id, identity_id, profile, memories, addresses, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (contact_id, identity_id) DO UPDATE SET"
        " profile = excluded.profile, memories = excluded.memories,"
        " addresses = excluded.addresses, updated_at = excluded.updated_at",
        (
            contact_id,
            identity_id,
            values["profile"],
            values["memories"],
            dumps(values["addresses"]),
            now,
        ),
    )


def reset_visibility(store: Store, contact_id: str, now: str) -> None:
    """Every identity's profile/memories decisions back to `inherit` (a visibility replace
    names the complete set of overrides)."""
    store.execute(
        "UPDATE contact_identity_policies SET profile = 'inherit', memories = 'inherit',"
        " updated_at = ? WHERE contact_id = ?",
        (now, contact_id),
    )


# ── correspondence ────────────────────────────────────────────────────────────


def texts_with(store: Store, phone_number_id: str, remotes: list[str]) -> list[Row]:
    """Live texts of a number whose conversation includes one of `remotes`, newest first."""
    rows = store.all(
        "SELECT t.*, c.participants AS conv_participants, c.is_group AS conv_is_group"
        " FROM texts t JOIN text_conversations c ON c.id = t.conversation_id"
        " WHERE t.phone_number_id = :num AND t.deleted_at IS NULL AND EXISTS"
        " (SELECT 1 FROM json_each(c.participants) p, json_each(:remotes) r WHERE p.value = r.value)"
        " ORDER BY t.created_at DESC, t.seq DESC",
        {"num": phone_number_id, "remotes": dumps(remotes)},
    )
    return [
        {
            **r,
            "conv_participants": list(loads(r["conv_participants"])),
            "media": loads(r["media"]) if r["media"] else None,
        }
        for r in rows
    ]


def calls_with(
    store: Store, identity_id: str, number_id: str | None, remotes: list[str]
) -> list[Row]:
    """Calls of an identity (or its number) with one of `remotes`, newest first."""
    return store.all(
        "SELECT * FROM calls WHERE (agent_identity_id = :ident OR phone_number_id = :num)"
        " AND remote_phone_number IN (SELECT value FROM json_each(:remotes))"
        " ORDER BY created_at DESC, seq DESC",
        {"ident": identity_id, "num": number_id, "remotes": dumps(remotes)},
    )


def decisions(values: Any) -> Row:
    """A stored per-address decision pair, defaulted."""
    return {
        "inbound": (values or {}).get("inbound", "inherit"),
        "outbound": (values or {}).get("outbound", "inherit"),
    }
