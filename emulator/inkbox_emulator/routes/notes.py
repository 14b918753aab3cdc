"""Notes: CRUD, search and per-identity access grants (no wildcard for notes).

Admin keys see every note; an agent key sees the notes granted to its identity, gets an
automatic grant on the notes it writes, may edit what it sees, delete what it wrote, and
revoke only its own grant (api-surface-B §7).
"""

from __future__ import annotations

from typing import Any

from ..dispatch import Call
from ..errors import Conflict, NotFound, Unprocessable
from ..scoping import forbid_other_identity, identity_or_404
from ..store import Row
from ..store import notes as store_notes


def _access_json(row: Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "note_id": row["note_id"],
        "identity_id": row["identity_id"],
        "created_at": row["created_at"],
    }


def _note_json(call: Call, row: Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "organization_id": row["organization_id"],
        "created_by": row["created_by"],
        "title": row["title"],
        "body": row["body"],
        "status": row["status"],
        "access": [_access_json(a) for a in store_notes.access_rows(call.store, row["id"])],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def _note(call: Call) -> Row:
    note_id = call.path["note_id"]
    row = store_notes.note(call.store, call.me.organization_id, note_id)
    if row is None:
        raise NotFound(f"Note {note_id} not found")
    if call.me.is_agent and not any(
        a["identity_id"] == call.me.identity_id
        for a in store_notes.access_rows(call.store, row["id"])
    ):
        raise NotFound(f"Note {note_id} not found")
    return row


def list_notes(call: Call) -> list[dict[str, Any]]:
    me, query = call.me, call.query
    granted_to = query.get("identity_id")
    if me.is_agent:
        granted_to = granted_to or me.identity_id
        forbid_other_identity(me, granted_to)
    rows = store_notes.notes_page(
        call.store,
        me.organization_id,
        granted_to=granted_to,
        q=query.get("q") or None,
        order=query.get("order") or "recent",
        limit=query["limit"],
        offset=query["offset"],
    )
    return [_note_json(call, r) for r in rows]


def create_note(call: Call) -> dict[str, Any]:
    me, now = call.me, call.world.clock.now_iso()
    for key in set(call.json) - {"body", "title"}:
        # The server's model forbids extra keys; `created_by` in particular is server-stamped.
        raise Unprocessable.field(
            ("body", key), "Extra inputs are not permitted", kind="extra_forbidden"
        )
    row: Row = {
        "id": call.world.ids.uuid(),
        "organization_id": me.organization_id,
        # Server-stamped author: the agent's identity, or the admin key that wrote it.
        "created_by": me.identity_id if me.is_agent else me.key_id,
        "creator_identity_id": me.identity_id if me.is_agent else None,
        "title": call.json.get("title"),
        "body": call.json["body"],
        "status": "active",
        "created_at": now,
        "updated_at": now,
    }
    store_notes.note_insert(call.store, row)
    if me.is_agent and me.identity_id:
        store_notes.access_insert(
            call.store, row["id"], me.identity_id, row_id=call.world.ids.uuid(), now=now
        )
    return _note_json(call, row)


def get_note(call: Call) -> dict[str, Any]:
    return _note_json(call, _note(call))


def update_note(call: Call) -> dict[str, Any]:
    row = _note(call)
    changes: dict[str, Any] = {k: call.json[k] for k in ("title", "body") if k in call.json}
    if changes:
        changes["updated_at"] = call.world.clock.now_iso()
        store_notes.note_update(call.store, row["id"], changes)
    return _note_json(call, {**row, **changes})


def delete_note(call: Call) -> None:
    row = _note(call)
    forbid_other_identity(
        call.me, row["creator_identity_id"], "Agent keys may delete only the notes they wrote"
    )
    store_notes.note_delete(call.store, row["id"])


def list_note_access(call: Call) -> list[dict[str, Any]]:
    return [_access_json(a) for a in store_notes.access_rows(call.store, _note(call)["id"])]


def grant_note_access(call: Call) -> dict[str, Any]:
    call.me.require_admin("Granting note access")
    row = _note(call)
    identity_id = call.json["identity_id"]
    identity_or_404(call.store, call.me, identity_id)
    if any(a["identity_id"] == identity_id for a in store_notes.access_rows(call.store, row["id"])):
        raise Conflict("Access already granted")
    grant = store_notes.access_insert(
        call.store,
        row["id"],
        identity_id,
        row_id=call.world.ids.uuid(),
        now=call.world.clock.now_iso(),
    )
    return _access_json(grant)


def revoke_note_access(call: Call) -> None:
    identity_id = call.path["identity_id"]
    forbid_other_identity(call.me, identity_id, "Agent keys may revoke only their own note access")
    row = _note(call)
    if store_notes.access_delete(call.store, row["id"], identity_id) == 0:
        raise NotFound(f"Identity {identity_id} has no access to this note")


routes = [
    list_notes,
    create_note,
    get_note,
    update_note,
    delete_note,
    list_note_access,
    grant_note_access,
    revoke_note_access,
]
