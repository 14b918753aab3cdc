"""Contacts: create, update, list, lookup, access grants and vCards; the exact requests sent."""

from __future__ import annotations

import datetime
import uuid

import httpx
import pytest

from inkbox import (
    Contact,
    ContactAddress,
    ContactDate,
    ContactEmail,
    ContactPhone,
    ContactWebsite,
    RedundantContactAccessGrantError,
)

from . import _phone_contact_samples as s
from ._fake_api import FakeApi, query, reply

CONTACTS = "/api/v1/contacts"


def test_create_contact_guide_entries_map_to_wire(api: FakeApi) -> None:
    """ContactEmail/ContactPhone(label, value) become the wire's input shapes; reads map back."""
    api.on("POST", CONTACTS, reply(201, s.contact()))
    with api.sync() as ib:
        contact = ib.contacts.create(
            given_name="Ada",
            family_name="Lovelace",
            emails=[ContactEmail(label="work", value="ada@example.com")],
            phones=[ContactPhone(label="mobile", value="+15551234567")],
            websites=[ContactWebsite(label=None, value="https://ada.example")],
            dates=[ContactDate(label="anniversary", value="2020-05-01")],
            addresses=[ContactAddress(label="home", city="London", postal_code="N1")],
            birthday=datetime.date(1815, 12, 10),
        )
    assert api.bodies()[0] == {
        "given_name": "Ada",
        "family_name": "Lovelace",
        "emails": [{"value": "ada@example.com", "label": "work"}],
        "phones": [{"value_e164": "+15551234567", "label": "mobile"}],
        "websites": [{"url": "https://ada.example"}],
        "dates": [{"date": "2020-05-01", "label": "anniversary"}],
        "addresses": [{"label": "home", "city": "London", "postal": "N1"}],
        "birthday": "1815-12-10",
    }
    assert isinstance(contact, Contact)
    assert contact.phones[0].value == contact.phones[0].value_e164 == "+15551234567"
    assert isinstance(contact.emails[0], ContactEmail)
    assert contact.addresses[0].postal_code == "N1"
    assert contact.websites[0].value == "https://ada.example"
    assert contact.dates[0].value == datetime.date(2020, 5, 1)


@pytest.mark.parametrize(
    ("access", "sent"),
    [
        ("wildcard", None),
        (None, {"access_identity_ids": None}),
        ([], {"access_identity_ids": []}),
    ],
)
def test_create_contact_access_identity_ids(api: FakeApi, access: object, sent: object) -> None:
    """'wildcard' (default) omits the field, None sends null, [] sends an empty list."""
    api.on("POST", CONTACTS, reply(201, s.contact()))
    with api.sync() as ib:
        ib.contacts.create(given_name="Ada", access_identity_ids=access)  # type: ignore[arg-type]
    body = api.bodies()[0]
    extra = {k: v for k, v in body.items() if k == "access_identity_ids"}
    assert extra == (sent or {})


def test_create_contact_explicit_grants_and_bad_values(api: FakeApi) -> None:
    """A list of ids is sent as strings; a stray string or bad id fails locally."""
    ident = uuid.uuid4()
    api.on("POST", CONTACTS, reply(201, s.contact()))
    with api.sync() as ib:
        ib.contacts.create(given_name="Ada", access_identity_ids=[ident])
        with pytest.raises(ValueError, match="access_identity_ids must be"):
            ib.contacts.create(given_name="Ada", access_identity_ids="everyone")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match=r"access_identity_ids\[0\] must be a UUID"):
            ib.contacts.create(given_name="Ada", access_identity_ids=["agent-uuid"])
        with pytest.raises(TypeError, match=r"phones\[0\] must be a ContactPhone"):
            ib.contacts.create(given_name="Ada", phones=[ContactEmail(label=None, value="a@b.c")])  # type: ignore[list-item]
    assert api.bodies()[0]["access_identity_ids"] == [str(ident)]
    assert len(api.requests) == 1


def test_update_is_merge_patch_and_roundtrips_entries(api: FakeApi) -> None:
    """update() sends only the given keys; read-back entries can be sent back unchanged."""
    row = s.contact()
    api.on("PATCH", f"{CONTACTS}/{row['id']}", row)
    api.on("GET", f"{CONTACTS}/{row['id']}", row)
    with api.sync() as ib:
        contact = ib.contacts.get(row["id"])
        ib.contacts.update(str(contact.id), job_title="Analyst")
        ib.contacts.update(str(contact.id), emails=None, birthday=None, notes=None)
        ib.contacts.update(str(contact.id), phones=contact.phones, addresses=contact.addresses)
    bodies = api.bodies()[1:]
    assert bodies[0] == {"job_title": "Analyst"}
    assert bodies[1] == {"notes": None, "emails": None, "birthday": None}
    assert bodies[2] == {
        "phones": [{"value_e164": "+15551234567", "label": "mobile"}],
        "addresses": [
            {
                "label": "home",
                "street": "1 Main St",
                "city": "London",
                "postal": "N1",
                "country": "GB",
            }
        ],
    }


def test_list_delete_and_lookup(api: FakeApi) -> None:
    """list sends its filters; lookup sends exactly one filter (a `+` percent-encoded)."""
    row = s.contact()
    api.on("GET", CONTACTS, [row])
    api.on("DELETE", f"{CONTACTS}/{row['id']}", reply(204))
    api.on("GET", f"{CONTACTS}/lookup", [row])
    with api.sync() as ib:
        ib.contacts.list(q="ada", order="recent", limit=50, offset=0)
        ib.contacts.delete(row["id"])
        found = ib.contacts.lookup(phone="+15551234567")
        ib.contacts.lookup(email_domain="example.com")
    assert query(api.requests[0]) == {
        "q": ["ada"],
        "order": ["recent"],
        "limit": ["50"],
        "offset": ["0"],
    }
    assert b"phone=%2B15551234567" in api.requests[2].url.query
    assert query(api.requests[3]) == {"email_domain": ["example.com"]}
    assert found[0].phones[0].value == "+15551234567"


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"email": "a@b.c", "phone": "+15550000000"},
        {"email_contains": "a", "phone_contains": "5"},
    ],
)
def test_lookup_needs_exactly_one_filter(api: FakeApi, kwargs: dict[str, str]) -> None:
    """lookup() with zero or several filters is a ValueError before any request."""
    with api.sync() as ib, pytest.raises(ValueError, match="exactly one of"):
        ib.contacts.lookup(**kwargs)
    assert api.requests == []


def test_contact_access_grant_revoke_and_redundant(api: FakeApi) -> None:
    """grant() sends identity_id or null (wildcard); a redundant grant is typed."""
    contact_id, ident = str(uuid.uuid4()), str(uuid.uuid4())
    path = f"{CONTACTS}/{contact_id}/access"
    api.on(
        "POST",
        path,
        reply(201, s.access_row(ident)),
        reply(201, s.access_row(None)),
        reply(
            409,
            {
                "detail": {
                    "error": "redundant_grant",
                    "detail": "wildcard already implies this identity",
                }
            },
        ),
    )
    api.on("GET", path, [s.access_row(None)])
    api.on("DELETE", f"{path}/{ident}", reply(204))
    with api.sync() as ib:
        ib.contacts.access.grant(contact_id, identity_id=ident)
        ib.contacts.access.grant(contact_id, wildcard=True)
        with pytest.raises(RedundantContactAccessGrantError) as info:
            ib.contacts.access.grant(contact_id, identity_id=ident)
        rows = ib.contacts.access.list(contact_id)
        ib.contacts.access.revoke(contact_id, ident)
        with pytest.raises(ValueError, match="either identity_id"):
            ib.contacts.access.grant(contact_id)
        with pytest.raises(ValueError, match="either identity_id"):
            ib.contacts.access.grant(contact_id, identity_id=ident, wildcard=True)
    assert api.bodies()[:2] == [{"identity_id": ident}, {"identity_id": None}]
    assert (info.value.error, info.value.detail_message) == (
        "redundant_grant",
        "wildcard already implies this identity",
    )
    assert rows[0].identity_id is None
    assert len(api.requests) == 5


def test_vcard_import_export_and_limits(api: FakeApi) -> None:
    """import_vcards posts text/vcard and offers created_ids/errors; limits fail locally."""
    good = s.contact()
    api.on(
        "POST",
        f"{CONTACTS}/import",
        {
            "created_count": 1,
            "error_count": 1,
            "results": [
                {
                    "index": 0,
                    "status": "created",
                    "contact": good,
                    "error": None,
                    "conflicting_contact_id": None,
                },
                {
                    "index": 1,
                    "status": "error",
                    "contact": None,
                    "error": "bad FN",
                    "conflicting_contact_id": None,
                },
            ],
        },
    )
    vcf = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada\r\nEND:VCARD\r\n"
    api.on(
        "GET",
        f"{CONTACTS}/{good['id']}.vcf",
        lambda r: httpx.Response(200, text=vcf, headers={"Content-Type": "text/vcard"}),
    )
    with api.sync() as ib:
        result = ib.contacts.vcards.import_vcards(vcf + vcf)
        exported = ib.contacts.vcards.export_vcard(good["id"])
        with pytest.raises(ValueError, match="5 MiB"):
            ib.contacts.vcards.import_vcards("x" * (5 * 1024 * 1024 + 1))
        with pytest.raises(ValueError, match="1000 cards"):
            ib.contacts.vcards.import_vcards(vcf * 1001)
    assert api.requests[0].headers["Content-Type"] == "text/vcard"
    assert api.requests[0].content == (vcf + vcf).encode()
    assert result.created_ids == [uuid.UUID(good["id"])]
    assert [(e.index, e.error) for e in result.errors] == [(1, "bad FN")]
    assert result.results[0].contact is not None
    assert result.results[0].contact.phones[0].value == "+15551234567"
    assert exported == vcf
    assert len(api.requests) == 2
