"""The official SDKs' contacts and notes calls against our emulator.

Our SDK creates two identities and one contact before the script runs. The official script (one
per SDK version) creates, reads, lists, looks up, updates and deletes contacts, manages their
access grants (the guide-era grant/revoke only in 0.3.1, which 0.4.27 removed), imports and
exports vCards, and does the same round for notes and their grants. Our SDK then reads what
the official client wrote.
"""

from __future__ import annotations

from typing import Any

import pytest

from inkbox import ContactEmail, Inkbox
from inkbox_emulator.pytest_plugin import EmulatorHandle
from tests.interop.official import GUIDE_ERA, VERSIONS, run_official

VCARDS = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Grace Hopper\r\nN:Hopper;Grace;;;\r\n"
    "EMAIL;TYPE=work:grace@navy.example\r\nTEL;TYPE=cell:+15550002222\r\n"
    "ORG:US Navy\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Alan Turing\r\nN:Turing;Alan;;;\r\n"
    "EMAIL:alan@example.org\r\nEND:VCARD\r\n"
)

SCRIPT = r"""
import json, sys
from inkbox import Inkbox
from inkbox.contacts.types import ContactEmail, ContactPhone, ContactAddress
from inkbox.exceptions import InkboxAPIError

args = json.load(sys.stdin)
guide = args["version"] == "0.3.1"
out = {}


def api_error(fn):
    try:
        fn()
    except InkboxAPIError as e:
        return [type(e).__name__, e.status_code, e.detail if isinstance(e.detail, dict) else str(e.detail)]
    return None


def contact(c):
    return {
        "id": str(c.id),
        "given_name": c.given_name,
        "family_name": c.family_name,
        "company_name": c.company_name,
        "job_title": c.job_title,
        "emails": [[e.label, e.value] for e in c.emails],
        "phones": [[p.label, p.value] for p in c.phones],
        "addresses": [[a.label, a.city, a.country] for a in c.addresses],
        "access": sorted("*" if a.identity_id is None else str(a.identity_id) for a in c.access),
    }


def grants(items):
    return sorted("*" if a.identity_id is None else str(a.identity_id) for a in items)


with Inkbox(args["api_key"], base_url=args["base_url"]) as ib:
    ada = ib.contacts.create(
        given_name="Ada",
        family_name="Lovelace",
        company_name="Analytical Engines",
        emails=[ContactEmail(label="work", value="ada@example.com")],
        phones=[ContactPhone(label="mobile", value="+15551234567")],
        addresses=[ContactAddress(label="home", street="12 St James's Sq", city="London",
                                  region=None, postal_code="SW1Y", country="GB")],
    )
    out["created"] = contact(ada)
    out["got"] = contact(ib.contacts.get(str(ada.id)))
    out["listed"] = sorted(c.given_name for c in ib.contacts.list())
    out["q"] = [c.given_name for c in ib.contacts.list(q="ada", order="recent", limit=50, offset=0)]
    out["by_name"] = [c.given_name for c in ib.contacts.list(order="name")]
    out["page"] = [c.given_name for c in ib.contacts.list(order="name", limit=1, offset=1)]
    out["lookup"] = {
        "email": [c.given_name for c in ib.contacts.lookup(email="ada@example.com")],
        "email_domain": sorted(c.given_name for c in ib.contacts.lookup(email_domain="example.com")),
        "phone": [c.given_name for c in ib.contacts.lookup(phone="+15551234567")],
        "email_contains": [c.given_name for c in ib.contacts.lookup(email_contains="ada")],
        "phone_contains": sorted(c.given_name for c in ib.contacts.lookup(phone_contains="555123")),
    }
    try:
        ib.contacts.lookup(email="a@b.c", phone="+15551234567")
        out["lookup_two"] = None
    except ValueError:
        out["lookup_two"] = "ValueError"
    updated = ib.contacts.update(str(ada.id), job_title="Analyst", company_name=None)
    out["updated"] = contact(updated)
    out["access"] = grants(ib.contacts.access.list(str(ada.id)))

    if guide:
        private = ib.contacts.create(given_name="Private", access_identity_ids=[])
        out["private_access"] = grants(ib.contacts.access.list(str(private.id)))
        granted = ib.contacts.access.grant(str(private.id), identity_id=args["support_id"])
        out["granted"] = "*" if granted.identity_id is None else str(granted.identity_id)
        out["redundant"] = api_error(
            lambda: ib.contacts.access.grant(str(ada.id), identity_id=args["support_id"]))
        out["after_grant"] = grants(ib.contacts.access.list(str(private.id)))
        ib.contacts.access.revoke(str(private.id), args["support_id"])
        out["after_revoke"] = grants(ib.contacts.access.list(str(private.id)))
        out["wildcard"] = "*" if ib.contacts.access.grant(str(private.id), wildcard=True).identity_id is None else "?"
        out["after_wildcard"] = grants(ib.contacts.access.list(str(private.id)))
        explicit = ib.contacts.create(given_name="Explicit", access_identity_ids=[args["sales_id"]])
        out["explicit_access"] = grants(explicit.access)

    imported = ib.contacts.vcards.import_vcards(args["vcards"])
    out["imported"] = {
        "created_count": imported.created_count,
        "error_count": imported.error_count,
        "names": [r.contact.given_name if r.contact else None for r in imported.results],
        "statuses": [r.status for r in imported.results],
    }
    vcf = ib.contacts.vcards.export_vcard(str(ada.id))
    out["vcf"] = vcf
    out["bad_import"] = api_error(lambda: ib.contacts.vcards.import_vcards("not a vcard"))

    ib.contacts.delete(str(ada.id))
    out["deleted"] = api_error(lambda: ib.contacts.get(str(ada.id)))

    note = ib.notes.create(body="Customer prefers email follow-up.", title="Ada")
    out["note"] = [note.title, note.body, note.status, note.organization_id == args["org"], len(note.access)]
    out["note_got"] = [ib.notes.get(str(note.id)).body]
    ib.notes.create(body="Call on Tuesdays", title="Grace")
    out["notes_q"] = [n.title for n in ib.notes.list(q="email", order="recent", limit=50)]
    out["notes_all"] = [n.title for n in ib.notes.list(order="created")]
    granted = ib.notes.access.grant(str(note.id), identity_id=args["support_id"])
    out["note_granted"] = [str(granted.note_id) == str(note.id), str(granted.identity_id)]
    out["notes_for"] = [n.title for n in ib.notes.list(identity_id=args["support_id"])]
    out["note_access"] = grants(ib.notes.access.list(str(note.id)))
    out["note_updated"] = [ib.notes.update(str(note.id), body="Updated body").body]
    out["note_cleared"] = [ib.notes.update(str(note.id), title=None).title]
    out["note_null_body"] = api_error(lambda: ib.notes.update(str(note.id), body=None))
    ib.notes.access.revoke(str(note.id), args["support_id"])
    out["note_revoked"] = grants(ib.notes.access.list(str(note.id)))
    out["note_id"] = str(note.id)
    grace = [n for n in ib.notes.list() if n.title == "Grace"][0]
    ib.notes.delete(str(grace.id))
    out["note_deleted"] = api_error(lambda: ib.notes.get(str(grace.id)))
print(json.dumps(out))
"""


@pytest.fixture(scope="module", params=VERSIONS)
def run(request: pytest.FixtureRequest, emulator: EmulatorHandle) -> dict[str, Any]:
    """A contact made by our SDK; the official script; our SDK reads the outcome."""
    version: str = request.param
    emulator.reset()
    before = len(emulator.violations)
    with Inkbox(emulator.admin_key, base_url=emulator.url) as ours:
        sales = ours.create_identity("sales-agent")
        support = ours.create_identity("support-bot")
        ours.contacts.create(
            given_name="Charles",
            family_name="Babbage",
            emails=[ContactEmail(label="work", value="charles@example.com")],
        )
        payload = {
            "version": version,
            "api_key": emulator.admin_key,
            "base_url": emulator.url,
            "org": ours.whoami().organization_id,
            "sales_id": str(sales.id),
            "support_id": str(support.id),
            "vcards": VCARDS,
        }
        out: dict[str, Any] = run_official(version, SCRIPT, payload)
        out.update(version=version, sales_id=str(sales.id), support_id=str(support.id))
        out["ours_contacts"] = sorted(
            (c.given_name, c.family_name, [e.value for e in c.emails]) for c in ours.contacts.list()
        )
        note = ours.notes.get(out["note_id"])
        out["ours_note"] = (note.title, note.body)
    assert emulator.violations[before:] == []
    return out


def test_contact_create_get(run: dict[str, Any]) -> None:
    """contacts.create stores every field (wildcard access by default); get returns the same."""
    created = run["created"]
    assert (created["given_name"], created["family_name"], created["company_name"]) == (
        "Ada",
        "Lovelace",
        "Analytical Engines",
    )
    assert created["emails"] == [["work", "ada@example.com"]]
    assert created["phones"] == [["mobile", "+15551234567"]]
    assert created["addresses"] == [["home", "London", "GB"]]
    assert created["access"] == ["*"]
    assert run["got"] == created


def test_contact_list_and_lookup(run: dict[str, Any]) -> None:
    """list (q, order, limit/offset) and every lookup filter find the right contacts."""
    assert run["listed"] == ["Ada", "Charles"]
    assert run["q"] == ["Ada"]
    assert run["by_name"] == ["Ada", "Charles"]
    assert run["page"] == ["Charles"]
    assert run["lookup"] == {
        "email": ["Ada"],
        "email_domain": ["Ada", "Charles"],
        "phone": ["Ada"],
        "email_contains": ["Ada"],
        "phone_contains": ["Ada"],
    }
    assert run["lookup_two"] == "ValueError"


def test_contact_update_delete(run: dict[str, Any]) -> None:
    """update merges (None clears); delete makes get 404."""
    updated = run["updated"]
    assert (updated["job_title"], updated["company_name"]) == ("Analyst", None)
    assert updated["emails"] == [["work", "ada@example.com"]]
    assert run["deleted"][1] == 404


def test_contact_access_list(run: dict[str, Any]) -> None:
    """access.list shows the wildcard grant."""
    assert run["access"] == ["*"]


def test_vcards(run: dict[str, Any]) -> None:
    """import_vcards creates one contact per card; export_vcard returns the contact's vCard."""
    assert run["imported"] == {
        "created_count": 2,
        "error_count": 0,
        "names": ["Grace", "Alan"],
        "statuses": ["created", "created"],
    }
    vcf = run["vcf"]
    assert vcf.startswith("BEGIN:VCARD")
    assert vcf.rstrip().endswith("END:VCARD")
    assert "Lovelace" in vcf and "ada@example.com" in vcf and "+15551234567" in vcf
    assert run["bad_import"][1] in {400, 422}


def test_our_sdk_reads_official_contacts(run: dict[str, Any]) -> None:
    """Our SDK lists what the official client created and imported (and not what it deleted)."""
    names = [c[0] for c in run["ours_contacts"]]
    assert "Ada" not in names
    assert ("Grace", "Hopper", ["grace@navy.example"]) in run["ours_contacts"]
    assert ("Alan", "Turing", ["alan@example.org"]) in run["ours_contacts"]
    assert ("Charles", "Babbage", ["charles@example.com"]) in run["ours_contacts"]


@pytest.mark.parametrize("run", [GUIDE_ERA], indirect=True)
def test_guide_era_contact_grants(run: dict[str, Any]) -> None:
    """access_identity_ids, access.grant/revoke, wildcard and the redundant-grant 409 (0.3.1)."""
    assert run["private_access"] == []
    assert run["granted"] == run["support_id"]
    assert run["after_grant"] == [run["support_id"]]
    assert run["after_revoke"] == []
    assert run["wildcard"] == "*"
    assert run["after_wildcard"] == ["*"]
    assert run["explicit_access"] == [run["sales_id"]]
    name, status, detail = run["redundant"]
    assert (name, status, detail["error"]) == (
        "RedundantContactAccessGrantError",
        409,
        "redundant_grant",
    )


def test_notes(run: dict[str, Any]) -> None:
    """notes create/get/list (q, order, identity_id)/update/delete."""
    assert run["note"] == ["Ada", "Customer prefers email follow-up.", "active", True, 0]
    assert run["note_got"] == ["Customer prefers email follow-up."]
    assert run["notes_q"] == ["Ada"]
    assert run["notes_all"] == ["Grace", "Ada"]  # order="created": newest first
    assert run["notes_for"] == ["Ada"]
    assert run["note_updated"] == ["Updated body"]
    assert run["note_cleared"] == [None]
    assert run["note_null_body"][1] == 422
    assert run["note_deleted"][1] == 404
    assert run["ours_note"] == (None, "Updated body")


def test_note_access(run: dict[str, Any]) -> None:
    """notes.access grant/list/revoke for one identity."""
    assert run["note_granted"] == [True, run["support_id"]]
    assert run["note_access"] == [run["support_id"]]
    assert run["note_revoked"] == []
