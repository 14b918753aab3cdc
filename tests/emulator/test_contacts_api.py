"""Contacts in the emulator: CRUD with the guide's validation, search and reverse lookup,
wildcard and per-identity access (409 redundant grants), per-identity settings, key scopes,
and vCard import/export through the real parser."""

from __future__ import annotations

import httpx
import pytest

from inkbox_emulator import vcard

CONTACTS = "/api/v1/contacts"
ADA = {
    "given_name": "Ada",
    "family_name": "Lovelace",
    "emails": [{"label": "work", "value": "ada@example.com", "is_primary": True}],
    "phones": [{"label": "mobile", "value_e164": "+15551234567"}],
}


@pytest.fixture
def admin(admin):
    """The shared admin client (alice, bob) plus a third identity, carol."""
    admin.ids["carol"] = admin.post("/api/v1/identities/", json={"agent_handle": "carol"}).json()[
        "id"
    ]
    return admin


def _create(client: httpx.Client, **body) -> httpx.Response:
    return client.post(CONTACTS, json=body)


def test_contact_crud_per_the_guide(admin):
    """Create (wildcard access by default), get, merge-patch update, delete."""
    created = _create(admin, **ADA)
    assert created.status_code == 201
    contact = created.json()
    assert contact["preferred_name"] == "Ada Lovelace"  # synthesised
    assert contact["emails"] == [{"label": "work", "value": "ada@example.com", "is_primary": True}]
    assert contact["phones"] == [
        {"label": "mobile", "value_e164": "+15551234567", "is_primary": False}
    ]
    assert contact["websites"] == contact["addresses"] == contact["custom_fields"] == []
    assert [a["identity_id"] for a in contact["access"]] == [None]
    assert contact["status"] == "active"
    url = f"{CONTACTS}/{contact['id']}"
    assert admin.get(url).json() == contact
    updated = admin.patch(url, json={"job_title": "Analyst"}).json()
    assert updated["job_title"] == "Analyst" and updated["emails"] == contact["emails"]
    cleared = admin.patch(
        url, json={"emails": None, "job_title": None, "birthday": "1815-12-10"}
    ).json()
    assert (cleared["emails"], cleared["job_title"], cleared["birthday"]) == (
        [],
        None,
        "1815-12-10",
    )
    assert (
        admin.patch(
            url, json={"given_name": None, "family_name": None, "preferred_name": None}
        ).status_code
        == 400
    )
    assert admin.delete(url).status_code == 204
    assert admin.get(url).status_code == 404
    assert admin.delete(url).status_code == 404


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        ({"notes": "no name"}, 400, None),
        ({"given_name": "  "}, 400, None),
        (
            {"given_name": "A", "emails": [{"value": "not-an-email"}]},
            422,
            ["body", "emails", 0, "value"],
        ),
        (
            {"given_name": "A", "phones": [{"value_e164": "555-1234"}]},
            422,
            ["body", "phones", 0, "value_e164"],
        ),
        (
            {
                "given_name": "A",
                "emails": [
                    {"value": "a@x.io", "is_primary": True},
                    {"value": "b@x.io", "is_primary": True},
                ],
            },
            422,
            ["body", "emails"],
        ),
        (
            {"given_name": "A", "emails": [{"value": "a@x.io"}, {"value": "A@x.io"}]},
            422,
            ["body", "emails", 1, "value"],
        ),
        ({"given_name": "A" * 129}, 422, ["body", "given_name"]),
        ({"given_name": "A", "birthday": "10/12/1815"}, 422, ["body", "birthday"]),
    ],
)
def test_contact_validation(admin, body, status, field):
    """The FN rule is a 400; malformed emails, phones, primaries and sizes are 422s."""
    response = _create(admin, **body)
    assert response.status_code == status
    if field is not None:
        assert response.json()["detail"][0]["loc"] == field


def test_search_order_paging_and_lookup(admin):
    """q searches names/company/notes; order=name sorts; lookup needs exactly one filter."""
    _create(admin, **ADA)
    _create(
        admin,
        preferred_name="Grace Hopper",
        company_name="Navy",
        emails=[{"value": "grace@navy.mil"}],
    )
    _create(
        admin,
        company_name="Analytical Engines",
        notes="ada's employer",
        phones=[{"value_e164": "+442079460958"}],
    )
    assert [c["preferred_name"] for c in admin.get(CONTACTS, params={"q": "ADA"}).json()] == [
        "Analytical Engines",
        "Ada Lovelace",
    ]
    by_name = admin.get(CONTACTS, params={"order": "name", "limit": 2}).json()
    assert [c["preferred_name"] for c in by_name] == ["Ada Lovelace", "Analytical Engines"]
    assert [
        c["preferred_name"]
        for c in admin.get(CONTACTS, params={"order": "name", "offset": 2}).json()
    ] == ["Grace Hopper"]
    assert admin.get(CONTACTS, params={"order": "random"}).status_code == 422

    def names(**params):
        return [c["preferred_name"] for c in admin.get(f"{CONTACTS}/lookup", params=params).json()]

    assert names(email="ADA@example.com") == ["Ada Lovelace"]
    assert names(email_domain="navy.mil") == ["Grace Hopper"]
    assert names(email_contains="grace") == ["Grace Hopper"]
    assert names(phone="+15551234567") == ["Ada Lovelace"]
    assert names(phone_contains="7946") == ["Analytical Engines"]
    assert names(email="nobody@example.com") == []
    assert admin.get(f"{CONTACTS}/lookup").status_code == 422
    assert (
        admin.get(
            f"{CONTACTS}/lookup", params={"email": "a@b.c", "phone": "+15551234567"}
        ).status_code
        == 422
    )


def test_access_grants_and_redundant_grant(inkbox_emulator, admin):
    """Wildcard + per-identity grant = 409 redundant_grant; reset; explicit grants; revoke."""
    ids = admin.ids
    contact = _create(admin, **ADA).json()
    access = f"{CONTACTS}/{contact['id']}/access"
    redundant = admin.post(access, json={"identity_id": ids["alice"]})
    assert redundant.status_code == 409
    assert redundant.json()["detail"] == {
        "error": "redundant_grant",
        "detail": "wildcard already implies this identity",
    }
    # revoking one identity from a wildcard contact materialises the others
    assert admin.delete(f"{access}/{ids['alice']}").status_code == 204
    assert sorted(a["identity_id"] for a in admin.get(access).json()) == sorted(
        [ids["bob"], ids["carol"]]
    )
    granted = admin.post(access, json={"identity_id": ids["alice"]})
    assert granted.status_code == 201 and granted.json()["contact_id"] == contact["id"]
    again = admin.post(access, json={"identity_id": ids["alice"]})
    assert again.status_code == 409 and isinstance(again.json()["detail"], str)
    assert (
        admin.post(access, json={"identity_id": "00000000-0000-4000-8000-000000000000"}).status_code
        == 404
    )
    reset = admin.post(access, json={"identity_id": None})
    assert reset.status_code == 201 and reset.json()["identity_id"] is None
    assert [a["identity_id"] for a in admin.get(access).json()] == [None]
    with inkbox_emulator.client(inkbox_emulator.agent_key("bob")) as bob:
        assert bob.post(access, json={"identity_id": ids["bob"]}).status_code == 403
        assert bob.delete(f"{access}/{ids['carol']}").status_code == 403
        assert bob.delete(f"{access}/{ids['bob']}").status_code == 204
        assert bob.get(f"{CONTACTS}/{contact['id']}").status_code == 404
        assert bob.get(access).status_code == 404


def test_create_time_access_and_agent_visibility(inkbox_emulator, admin):
    """access_identity_ids: [] is admin-only, a list grants those; agents see only theirs."""
    ids = admin.ids
    hidden = _create(admin, given_name="Hidden", access_identity_ids=[]).json()
    shared = _create(admin, given_name="Shared", access_identity_ids=[ids["alice"]]).json()
    everyone = _create(admin, given_name="Everyone", emails=[{"value": "all@example.com"}]).json()
    assert hidden["access"] == []
    assert [a["identity_id"] for a in shared["access"]] == [ids["alice"]]
    assert (
        _create(
            admin, given_name="X", access_identity_ids=["00000000-0000-4000-8000-000000000000"]
        ).status_code
        == 404
    )
    with inkbox_emulator.client(inkbox_emulator.agent_key("alice")) as alice:
        assert {c["given_name"] for c in alice.get(CONTACTS).json()} == {"Shared", "Everyone"}
        assert alice.get(f"{CONTACTS}/{hidden['id']}").status_code == 404
        assert [
            c["id"]
            for c in alice.get(f"{CONTACTS}/lookup", params={"email": "all@example.com"}).json()
        ] == [everyone["id"]]
        assert alice.post(CONTACTS, json={"given_name": "Nope"}).status_code == 403
        assert alice.patch(f"{CONTACTS}/{shared['id']}", json={"job_title": "x"}).status_code == 403
        assert alice.delete(f"{CONTACTS}/{shared['id']}").status_code == 403
    with inkbox_emulator.client(inkbox_emulator.agent_key("bob")) as bob:
        assert [c["given_name"] for c in bob.get(CONTACTS).json()] == ["Everyone"]


def test_per_identity_access_settings(inkbox_emulator, admin):
    """0.7.20 settings: derived from the access model, tunable, validated, admin-only."""
    contact = _create(admin, **ADA, access_identity_ids=[admin.ids["alice"]]).json()
    url = f"/api/v1/identities/alice/contacts/{contact['id']}/access"
    settings = admin.get(url).json()
    assert settings["profile"] is True and settings["email"]["contactable"] == ["ada@example.com"]
    assert (
        admin.get(f"/api/v1/identities/bob/contacts/{contact['id']}/access").json()["profile"]
        is False
    )
    tuned = admin.patch(
        url, json={"phone": {"visible": False, "contactable": []}, "memories": False}
    ).json()
    assert tuned["phone"] == {
        "visible": False,
        "contactable": [],
        "inbound_contactable": [],
        "outbound_contactable": [],
    }
    assert admin.get(url).json() == tuned
    bad = admin.patch(url, json={"email": {"contactable": ["someone@else.com"]}})
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == [
        "body",
        "email",
        "contactable",
        0,
    ]
    assert admin.patch(url, json={"profile": False, "memories": True}).status_code == 422
    hidden = admin.patch(url, json={"profile": False}).json()
    assert (
        hidden["profile"],
        hidden["memories"],
        hidden["email"]["visible"],
        hidden["email"]["contactable"],
    ) == (
        False,
        False,
        False,
        [],
    )
    assert admin.get(f"/api/v1/identities/ghost/contacts/{contact['id']}/access").status_code == 404
    with inkbox_emulator.client(inkbox_emulator.agent_key("alice")) as alice:
        assert alice.get(url).status_code == 403


VCF = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovelace;Ada;;;\r\nFN:Ada Lovelace\r\n"
    "EMAIL;TYPE=WORK:ada@example.com\r\nTEL;TYPE=CELL:+1 555 123 4567\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nEMAIL:nameless@example.com\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Grace Hopper\r\nORG:Navy\r\nEND:VCARD\r\n"
)


def _import(
    client: httpx.Client, content: bytes | str, content_type: str = "text/vcard"
) -> httpx.Response:
    data = content.encode() if isinstance(content, str) else content
    return client.post(f"{CONTACTS}/import", content=data, headers={"Content-Type": content_type})


def test_vcard_import_reports_each_card(admin):
    """created / error / conflict per card, at its index; counts add up."""
    existing = _create(admin, given_name="Old", emails=[{"value": "ADA@example.com"}]).json()
    result = _import(admin, VCF)
    assert result.status_code == 200
    body = result.json()
    assert [r["status"] for r in body["results"]] == ["conflict", "error", "created"]
    assert [r["index"] for r in body["results"]] == [0, 1, 2]
    assert body["results"][0]["conflicting_contact_id"] == existing["id"]
    assert "no name" in body["results"][1]["error"]
    created = body["results"][2]["contact"]
    assert (created["preferred_name"], created["company_name"]) == ("Grace Hopper", "Navy")
    assert (body["created_count"], body["error_count"]) == (1, 2)
    assert admin.get(f"{CONTACTS}/{created['id']}").status_code == 200


def test_vcard_import_refusals(admin):
    """No card -> 422, not UTF-8 -> 400, wrong type and too many cards are refused."""
    assert _import(admin, "hello").status_code == 422
    assert _import(admin, b"BEGIN:VCARD\r\nFN:\xff\xfe\r\nEND:VCARD\r\n").status_code == 400
    assert _import(admin, VCF, "application/json").status_code in (415, 422)
    many = "BEGIN:VCARD\r\nFN:X\r\nEND:VCARD\r\n" * 1001
    assert _import(admin, many).status_code in (413, 422)
    assert _import(admin, VCF, "text/x-vcard; charset=utf-8").status_code == 200


def test_vcard_export_round_trips(admin):
    """Export is vCard 4.0 with a download name; importing it elsewhere gives the same contact."""
    contact = _create(
        admin,
        **ADA,
        company_name="Engines; Ltd",
        notes="Line 1\nLine 2",
        addresses=[
            {"label": "home", "street": "12 Sq", "city": "London", "postal": "SW1", "country": "UK"}
        ],
        dates=[{"label": "anniversary", "date": "1835-07-08"}],
        custom_fields=[{"label": "Engine", "value": "Analytical"}],
    ).json()
    exported = admin.get(f"{CONTACTS}/{contact['id']}.vcf", headers={"Accept": "text/vcard"})
    assert exported.status_code == 200
    assert exported.headers["content-type"].startswith("text/vcard")
    assert 'filename="Ada_Lovelace.vcf"' in exported.headers["content-disposition"]
    text = exported.text
    assert "VERSION:4.0\r\n" in text and "ORG:Engines\\; Ltd\r\n" in text
    back = vcard.card_to_contact(vcard.parse_cards(text)[0])
    for key in ("preferred_name", "given_name", "family_name", "company_name", "notes"):
        assert back[key] == contact[key]
    assert back["addresses"][0]["city"] == "London"
    assert back["custom_fields"] == contact["custom_fields"]
    admin.delete(f"{CONTACTS}/{contact['id']}")
    assert _import(admin, text).json()["results"][0]["status"] == "created"
    assert admin.get(f"{CONTACTS}/00000000-0000-4000-8000-000000000000.vcf").status_code == 404
