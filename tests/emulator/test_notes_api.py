"""Notes in the emulator: CRUD, search and order, per-identity grants (no wildcard), and what
admin and agent keys may do."""

from __future__ import annotations

NOTES = "/api/v1/notes"


def test_note_crud_per_the_guide(inkbox_emulator, admin):
    """create/get/update (title null clears, body null is 422)/delete; admin notes have no grants."""
    created = admin.post(NOTES, json={"body": "Customer prefers email follow-up.", "title": "Ada"})
    assert created.status_code == 201
    note = created.json()
    assert (note["title"], note["status"], note["access"]) == ("Ada", "active", [])
    assert note["organization_id"] and note["created_by"]
    url = f"{NOTES}/{note['id']}"
    assert admin.get(url).json() == note
    inkbox_emulator.advance_clock(1)
    updated = admin.patch(url, json={"body": "Updated body"}).json()
    assert (updated["body"], updated["title"]) == ("Updated body", "Ada")
    assert updated["updated_at"] > note["updated_at"]
    assert admin.patch(url, json={"title": None}).json()["title"] is None
    assert admin.patch(url, json={"body": None}).status_code == 422
    assert admin.patch(url, json={"body": ""}).status_code == 422
    assert admin.post(NOTES, json={"title": "no body"}).status_code == 422
    forged = admin.post(NOTES, json={"body": "x", "created_by": "me"})
    assert forged.status_code == 422 and forged.json()["detail"][0]["loc"] == ["body", "created_by"]
    assert admin.delete(url).status_code == 204
    assert admin.get(url).status_code == 404


def test_search_filter_and_order(inkbox_emulator, admin):
    """q matches title or body; identity_id keeps granted notes; order recent vs created."""
    first = admin.post(
        NOTES, json={"body": "Call back about the invoice", "title": "Billing"}
    ).json()
    inkbox_emulator.advance_clock(1)
    second = admin.post(NOTES, json={"body": "Prefers EMAIL"}).json()
    inkbox_emulator.advance_clock(1)
    admin.patch(f"{NOTES}/{first['id']}", json={"title": "Billing!"})
    assert [n["id"] for n in admin.get(NOTES).json()] == [first["id"], second["id"]]
    assert [n["id"] for n in admin.get(NOTES, params={"order": "created"}).json()] == [
        second["id"],
        first["id"],
    ]
    assert [n["id"] for n in admin.get(NOTES, params={"q": "billing"}).json()] == [first["id"]]
    assert [n["id"] for n in admin.get(NOTES, params={"q": "email"}).json()] == [second["id"]]
    assert [n["id"] for n in admin.get(NOTES, params={"limit": 1, "offset": 1}).json()] == [
        second["id"]
    ]
    admin.post(f"{NOTES}/{second['id']}/access", json={"identity_id": admin.ids["alice"]})
    assert [
        n["id"] for n in admin.get(NOTES, params={"identity_id": admin.ids["alice"]}).json()
    ] == [second["id"]]
    assert admin.get(NOTES, params={"limit": 201}).status_code == 422


def test_grants_and_agent_scope(inkbox_emulator, admin):
    """Explicit grants only; agents see granted notes, own what they write, revoke only self."""
    ids = admin.ids
    note = admin.post(NOTES, json={"body": "shared"}).json()
    access = f"{NOTES}/{note['id']}/access"
    grant = admin.post(access, json={"identity_id": ids["alice"]})
    assert grant.status_code == 201 and grant.json()["note_id"] == note["id"]
    assert admin.post(access, json={"identity_id": ids["alice"]}).status_code == 409
    assert (
        admin.post(access, json={"identity_id": "00000000-0000-4000-8000-000000000000"}).status_code
        == 404
    )
    assert (
        admin.post(access, json={"identity_id": None}).status_code == 422
    )  # no wildcard for notes
    admin.post(access, json={"identity_id": ids["bob"]})
    assert [a["identity_id"] for a in admin.get(access).json()] == [ids["alice"], ids["bob"]]
    private = admin.post(NOTES, json={"body": "admins only"}).json()
    with inkbox_emulator.client(inkbox_emulator.agent_key("alice")) as alice:
        assert [n["id"] for n in alice.get(NOTES).json()] == [note["id"]]
        assert alice.get(f"{NOTES}/{private['id']}").status_code == 404
        assert alice.get(NOTES, params={"identity_id": ids["bob"]}).status_code == 403
        assert (
            alice.patch(f"{NOTES}/{note['id']}", json={"body": "edited by alice"}).status_code
            == 200
        )
        assert alice.post(access, json={"identity_id": ids["alice"]}).status_code == 403
        assert alice.delete(f"{access}/{ids['bob']}").status_code == 403
        assert alice.delete(f"{NOTES}/{note['id']}").status_code == 403
        own = alice.post(NOTES, json={"body": "alice's own"}).json()
        assert [a["identity_id"] for a in own["access"]] == [ids["alice"]]
        assert own["created_by"] == ids["alice"]
        assert alice.delete(f"{NOTES}/{own['id']}").status_code == 204
        assert alice.delete(f"{access}/{ids['alice']}").status_code == 204
        assert alice.get(f"{NOTES}/{note['id']}").status_code == 404
    assert admin.delete(f"{access}/{ids['alice']}").status_code == 404
    assert admin.delete(f"{access}/{ids['bob']}").status_code == 204
    assert admin.get(f"{NOTES}/{note['id']}").json()["body"] == "edited by alice"
