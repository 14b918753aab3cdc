"""Contact facts and the batch contact operations in the emulator, on the wire: the learned-fact
hook, purged citations, facts leaving with their contact, what a merge does to access, and that
a refused merge or bulk delete changes nothing."""

from __future__ import annotations

CONTACTS = "/api/v1/contacts"
ALICE_MAILBOX = "/api/v1/mail/mailboxes/alice@inkboxmail.com"


def fact_rows(inkbox_emulator) -> int:
    store = inkbox_emulator._server.state.world.store
    row = store.one("SELECT count(*) AS n FROM contact_facts")
    return int(row["n"])


def contact(admin, name, email, **fields):
    created = admin.post(
        CONTACTS, json={"given_name": name, "emails": [{"value": email}], **fields}
    )
    assert created.status_code == 201, created.text
    return created.json()


def fact(admin, contact_id, content="x", kind="profile"):
    made = admin.post(f"{CONTACTS}/{contact_id}/facts", json={"content": content, "kind": kind})
    assert made.status_code == 201, made.text
    return made.json()


def test_facts_leave_with_their_contact(inkbox_emulator, admin):
    """Deleting a contact, or several at once, deletes their fact rows and citations."""
    one, two, three = (contact(admin, n, f"{n}@example.com") for n in ("one", "two", "three"))
    for c in (one, two, three):
        fact(admin, c["id"])
    assert fact_rows(inkbox_emulator) == 3
    assert admin.delete(f"{CONTACTS}/{one['id']}").status_code == 204
    assert fact_rows(inkbox_emulator) == 2
    done = admin.post(f"{CONTACTS}/bulk-delete", json={"contact_ids": [two["id"], three["id"]]})
    assert done.status_code == 200 and done.json()["deleted_count"] == 2
    assert fact_rows(inkbox_emulator) == 0


def test_refused_batches_change_nothing(inkbox_emulator, admin):
    """A repeated id is a 422 and an unknown one a 404 naming it; no row changes."""
    ada = contact(admin, "Ada", "ada@example.com")
    bob = contact(admin, "Bob", "bob@example.com")
    fact(admin, bob["id"])
    unknown = "00000000-0000-4000-8000-000000000001"
    repeated = admin.post(f"{CONTACTS}/bulk-delete", json={"contact_ids": [ada["id"], ada["id"]]})
    assert repeated.status_code == 422
    missing = admin.post(f"{CONTACTS}/bulk-delete", json={"contact_ids": [ada["id"], unknown]})
    assert missing.status_code == 404 and unknown in missing.json()["detail"]
    merge = admin.post(
        f"{CONTACTS}/{ada['id']}/merge", json={"losing_contact_ids": [bob["id"], unknown]}
    )
    assert merge.status_code == 404
    assert len(admin.get(CONTACTS).json()) == 2 and fact_rows(inkbox_emulator) == 1
    assert admin.get(f"{CONTACTS}/{ada['id']}").json() == ada


def test_merge_carries_access_rows_and_settings(admin):
    """Identities granted a losing contact see the winner; their tuned settings move over."""
    hidden = contact(admin, "Ada", "ada@example.com", access_identity_ids=[])
    granted = contact(
        admin, "Augusta", "augusta@example.com", access_identity_ids=[admin.ids["bob"]]
    )
    tuned = admin.patch(
        f"/api/v1/identities/bob/contacts/{granted['id']}/access", json={"memories": False}
    )
    assert tuned.status_code == 200
    merged = admin.post(
        f"{CONTACTS}/{hidden['id']}/merge", json={"losing_contact_ids": [granted["id"]]}
    ).json()
    assert [a["identity_id"] for a in merged["access"]] == [admin.ids["bob"]]
    settings = admin.get(f"/api/v1/identities/bob/contacts/{hidden['id']}/access").json()
    assert settings["memories"] is False


def test_learned_facts_cite_their_source_until_it_is_deleted(inkbox_emulator, admin):
    """The hook checks its input; a citation whose message was deleted reads as purged and
    resolving it is a 404."""
    ada = contact(admin, "Ada", "ada@example.com")
    hook = f"/contacts/{ada['id']}/facts"
    inkbox_emulator.inject_email(to="alice@inkboxmail.com", sender="ada@example.com", subject="Hi")
    message = admin.get(f"{ALICE_MAILBOX}/messages").json()["items"][0]
    learned = inkbox_emulator.hook(
        "POST",
        hook,
        {
            "content": "Likes Berlin",
            "kind": "preference",
            "citations": [{"source_type": "email_message", "source_id": message["id"]}],
        },
    )
    url = f"{CONTACTS}/{ada['id']}/facts/{learned['id']}"
    (citation,) = admin.get(url).json()["citations"]
    assert citation["availability"] == "available"
    citation_id = citation["source_url"].rsplit("/", 1)[1]
    assert admin.delete(f"{ALICE_MAILBOX}/threads/{message['thread_id']}").status_code == 204
    (purged,) = admin.get(url).json()["citations"]
    assert (purged["availability"], purged["source_id"], purged["source_url"]) == (
        "purged",
        None,
        None,
    )
    assert admin.get(f"{url}/citations/{citation_id}").status_code == 404

    http = inkbox_emulator._http
    bad_kind = http.post(f"/_emulator{hook}", json={"content": "x", "kind": "secret"})
    assert bad_kind.status_code == 422
    bad_source = http.post(
        f"/_emulator{hook}",
        json={
            "content": "x",
            "kind": "profile",
            "citations": [{"source_type": "fax", "source_id": "1"}],
        },
    )
    assert bad_source.status_code == 422
    missing = http.post(
        f"/_emulator{hook}",
        json={
            "content": "x",
            "kind": "profile",
            "citations": [{"source_type": "phone_call", "source_id": message["id"]}],
        },
    )
    assert missing.status_code == 404
    no_contact = http.post(
        "/_emulator/contacts/00000000-0000-4000-8000-000000000001/facts",
        json={"content": "x", "kind": "profile"},
    )
    assert no_contact.status_code == 404


def test_agents_export_only_the_contacts_they_see(inkbox_emulator, admin):
    """An agent's multi-contact export treats a contact hidden from it as unknown (404)."""
    seen = contact(admin, "Ada", "ada@example.com")
    hidden = contact(admin, "Bob", "bob@example.com", access_identity_ids=[])
    with inkbox_emulator.client(inkbox_emulator.agent_key("alice")) as agent:
        ok = agent.post(f"{CONTACTS}/vcard-export", json={"contact_ids": [seen["id"]]})
        assert ok.status_code == 200 and ok.json()["contact_count"] == 1
        refused = agent.post(
            f"{CONTACTS}/vcard-export", json={"contact_ids": [seen["id"], hidden["id"]]}
        )
        assert refused.status_code == 404


def test_plain_create_refuses_permissions(admin):
    """`permissions` belong to /contacts/with-permissions, which requires them."""
    body = {"given_name": "Ada", "permissions": {"identity_id": admin.ids["alice"]}}
    assert admin.post(CONTACTS, json=body).status_code == 422
    assert admin.post(f"{CONTACTS}/with-permissions", json={"given_name": "Ada"}).status_code == 422
    assert admin.post(f"{CONTACTS}/with-permissions", json=body).status_code == 201
