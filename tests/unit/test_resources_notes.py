"""Notes: create, read, update, delete and access grants; the exact requests sent."""

from __future__ import annotations

import json
import uuid

import pytest

from . import _phone_contact_samples as s
from ._fake_api import FakeApi, query, reply

NOTES = "/api/v1/notes"


def test_notes_crud_and_access(api: FakeApi) -> None:
    """Notes: create/list/update/delete and access grants send the guide's shapes."""
    row = s.note()
    ident = str(uuid.uuid4())
    api.on("POST", NOTES, reply(201, row))
    api.on("GET", NOTES, [row])
    api.on("GET", f"{NOTES}/{row['id']}", row)
    api.on("PATCH", f"{NOTES}/{row['id']}", row)
    api.on("DELETE", f"{NOTES}/{row['id']}", reply(204))
    api.on("POST", f"{NOTES}/{row['id']}/access", reply(201, s.note_access(ident)))
    api.on("GET", f"{NOTES}/{row['id']}/access", [s.note_access(ident)])
    api.on("DELETE", f"{NOTES}/{row['id']}/access/{ident}", reply(204))
    with api.sync() as ib:
        note = ib.notes.create(body="Customer prefers email follow-up.", title="Ada")
        ib.notes.get(str(note.id))
        ib.notes.list(q="email", identity_id=ident, order="recent", limit=50)
        ib.notes.update(str(note.id), body="Updated body")
        ib.notes.update(str(note.id), title=None)
        ib.notes.delete(str(note.id))
        ib.notes.access.list(str(note.id))
        grant = ib.notes.access.grant(str(note.id), identity_id=ident)
        ib.notes.access.revoke(str(note.id), ident)
        with pytest.raises(ValueError, match="body cannot be None"):
            ib.notes.update(str(note.id), body=None)  # type: ignore[arg-type]
    bodies = api.bodies()
    assert bodies[0] == {"body": "Customer prefers email follow-up.", "title": "Ada"}
    assert query(api.requests[2]) == {
        "q": ["email"],
        "identity_id": [ident],
        "limit": ["50"],
        "order": ["recent"],
    }
    assert bodies[3] == {"body": "Updated body"}
    assert bodies[4] == {"title": None}
    assert json.loads(api.requests[7].content) == {"identity_id": ident}
    assert str(grant.identity_id) == ident
    assert len(api.requests) == 9
