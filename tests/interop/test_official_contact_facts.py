"""The official 0.7.20 SDK's contact facts, merge, bulk delete, multi-contact vCard export,
`review_status` and `create(permissions=...)` against our emulator (0.3.1 has none of them).

Our SDK sets the scene (contacts, an email to Erin, facts, one learned from that email and one
already expired); the official script drives every new call, bad inputs included; our SDK then
reads what the official client changed.
"""

from __future__ import annotations

from typing import Any

import pytest

from inkbox import ContactEmail, ContactPhone, Inkbox
from inkbox_emulator.pytest_plugin import EmulatorHandle
from tests.interop.official import run_official

SCRIPT = r"""
import json, sys
from inkbox import Inkbox
from inkbox.contacts.types import ContactCreatePermissions, ContactEmail, ContactFactKind
from inkbox.exceptions import InkboxAPIError

args = json.load(sys.stdin)
out = {}


def api_error(fn):
    try:
        fn()
    except InkboxAPIError as e:
        return [type(e).__name__, e.status_code]
    except ValueError as e:
        return ["ValueError", str(e)]
    return None


def fact(f):
    return {
        "id": str(f.id), "contact_id": str(f.contact_id), "content": f.content,
        "kind": None if f.kind is None else str(f.kind), "origin": str(f.origin),
        "locked": f.locked_at is not None, "expires": f.expires_at is not None,
        "confidence": None if f.confidence is None else str(f.confidence),
        "citations": [[c.source_type, str(c.availability), str(c.source_id), c.source_url]
                      for c in f.citations],
    }


with Inkbox(args["api_key"], base_url=args["base_url"]) as ib:
    facts = ib.contacts.facts
    ada, dupe, third = args["ada"], args["dupe"], args["third"]
    made = facts.create(ada, content="Prefers mornings", kind=ContactFactKind.PREFERENCE)
    out["created"] = fact(made)
    out["listed"] = [fact(f) for f in facts.list(ada)]
    out["listed_all"] = sorted(f.content for f in facts.list(ada, include_expired=True))
    out["got"] = fact(facts.get(ada, args["learned"]))
    out["edited"] = fact(facts.update(ada, str(made.id), content="Prefers afternoons"))
    out["rekinded"] = fact(facts.update(ada, str(made.id), kind="profile"))
    gone = facts.delete(ada, args["ours_fact"])
    out["deleted"] = [str(gone.deleted_fact_id), gone.memory_count,
                      None if gone.latest_memory is None else gone.latest_memory.content]
    url = facts.get(ada, args["learned"]).citations[0].source_url
    detail = facts.resolve_citation_url(url)
    out["resolved_url"] = [detail.source_type, str(detail.source_id), detail.source_locator,
                           detail.source_url]
    cid = url.rsplit("/", 1)[1]
    same = facts.resolve_citation(ada, args["learned"], cid)
    out["resolved"] = [same.source_type, str(same.source_id), same.source_locator, same.source_url]
    out["bad_kind"] = api_error(lambda: facts.create(ada, content="x", kind="secret"))
    out["bad_fact"] = api_error(lambda: facts.get(ada, args["unknown"]))
    out["foreign_url"] = api_error(lambda: facts.resolve_citation_url("https://evil.example/x"))

    ib.contacts.update(third, review_status="unreviewed")
    out["unreviewed"] = [str(c.id) for c in ib.contacts.list(review_status=["unreviewed"])]
    out["review"] = str(ib.contacts.get(third).review_status)

    out["self_merge"] = api_error(lambda: ib.contacts.merge(ada, losing_contact_ids=[ada]))
    out["unknown_merge"] = api_error(
        lambda: ib.contacts.merge(ada, losing_contact_ids=[dupe, args["unknown"]]))
    merged = ib.contacts.merge(ada, losing_contact_ids=[dupe], field_sources={"company_name": dupe})
    out["merged"] = [str(merged.id), merged.company_name, [e.value for e in merged.emails],
                     [p.value for p in merged.phones], merged.memory_count,
                     None if merged.latest_memory is None else merged.latest_memory.content]

    exported = ib.contacts.vcards.export_vcards([ada, third])
    out["export"] = [exported.content_type, exported.contact_count,
                     exported.vcard.count("BEGIN:VCARD")]

    out["unknown_bulk"] = api_error(lambda: ib.contacts.bulk_delete([third, args["unknown"]]))
    bulk = ib.contacts.bulk_delete([third])
    out["bulk"] = [bulk.deleted_count, bulk.error_count,
                   [[str(r.contact_id), str(r.status), r.error] for r in bulk.results]]

    granted = ib.contacts.create(
        given_name="Grace",
        emails=[ContactEmail(label="work", value="grace@example.com")],
        permissions=ContactCreatePermissions(
            identity_id=args["erin"], emails={"grace@example.com": True}, memories=False),
    )
    out["granted"] = [str(granted.id), granted.given_name, str(granted.review_status)]
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def run(emulator: EmulatorHandle) -> dict[str, Any]:
    """The scene set by our SDK; the official 0.7.20 script; our SDK reads the outcome."""
    emulator.reset()
    before = len(emulator.violations)
    with Inkbox(emulator.admin_key, base_url=emulator.url) as ours:
        erin = ours.create_identity("erin")
        emulator.inject_email(
            to=erin.email_address, sender="ada@example.com", subject="Hi", body_text="Berlin"
        )
        message = next(iter(erin.iter_emails(direction="inbound")))
        ada = ours.contacts.create(
            given_name="Ada", emails=[ContactEmail(label="work", value="ada@example.com")]
        )
        dupe = ours.contacts.create(
            preferred_name="A. Lovelace",
            company_name="Analytical Engines",
            emails=[ContactEmail(label="home", value="ada.l@example.org")],
            phones=[ContactPhone(label="mobile", value="+15551230001")],
        )
        third = ours.contacts.create(given_name="Augusta")
        ours_fact = ours.contacts.facts.create(ada.id, content="Ours", kind="profile")
        ours.contacts.facts.create(dupe.id, content="Writes programs", kind="profile")
        learned = emulator.hook(
            "POST",
            f"/contacts/{ada.id}/facts",
            {
                "content": "Ships to Berlin",
                "kind": "preference",
                "confidence": 0.75,
                "citations": [{"source_type": "email_message", "source_id": str(message.id)}],
            },
        )
        emulator.hook(
            "POST",
            f"/contacts/{ada.id}/facts",
            {"content": "Was travelling", "kind": "context", "expires_at": "2001-01-01T00:00:00Z"},
        )
        payload = {
            "api_key": emulator.admin_key,
            "base_url": emulator.url,
            "ada": str(ada.id),
            "dupe": str(dupe.id),
            "third": str(third.id),
            "erin": str(erin.id),
            "ours_fact": str(ours_fact.id),
            "learned": learned["id"],
            "unknown": "00000000-0000-4000-8000-000000000000",
        }
        out: dict[str, Any] = run_official("0.7.20", SCRIPT, payload)
        out.update(payload, message_id=str(message.id), mailbox=erin.email_address)
        out["ours_facts"] = sorted(
            (f.content, str(f.kind), f.origin) for f in ours.contacts.facts.list(ada.id)
        )
        merged = ours.contacts.get(ada.id)
        out["ours_merged"] = (merged.company_name, [e.value for e in merged.emails])
        out["ours_contacts"] = sorted(c.given_name or "" for c in ours.contacts.list())
    assert emulator.violations[before:] == []
    return out


def test_fact_create_list_get(run: dict[str, Any]) -> None:
    """create answers a locked user fact; list hides the expired one unless asked; get reads a
    learned fact with its confidence and citation."""
    created = run["created"]
    assert (created["content"], created["kind"], created["origin"]) == (
        "Prefers mornings",
        "preference",
        "user",
    )
    assert (created["locked"], created["expires"], created["confidence"]) == (True, False, None)
    assert sorted(f["content"] for f in run["listed"]) == [
        "Ours",
        "Prefers mornings",
        "Ships to Berlin",
    ]
    assert run["listed_all"] == ["Ours", "Prefers mornings", "Ships to Berlin", "Was travelling"]
    got = run["got"]
    assert (got["origin"], got["confidence"], got["locked"]) == ("generated", "0.75", False)
    ((source_type, availability, source_id, url),) = got["citations"]
    assert (source_type, availability, source_id) == (
        "email_message",
        "available",
        run["message_id"],
    )
    assert url.startswith(f"{run['base_url']}/api/v1/contacts/{run['ada']}/facts/{run['learned']}/")


def test_fact_update_delete(run: dict[str, Any]) -> None:
    """update changes content, then kind alone; delete answers the remaining memory."""
    assert (run["edited"]["content"], run["edited"]["kind"]) == ("Prefers afternoons", "preference")
    assert (run["rekinded"]["content"], run["rekinded"]["kind"]) == (
        "Prefers afternoons",
        "profile",
    )
    assert run["deleted"][:2] == [run["ours_fact"], 2]


def test_citations_resolve(run: dict[str, Any]) -> None:
    """resolve_citation_url and resolve_citation name the email and its mailbox."""
    expected = [
        "email_message",
        run["message_id"],
        {"mailbox_email": run["mailbox"], "thread_id": run["resolved"][2]["thread_id"]},
        f"{run['base_url']}/api/v1/mail/mailboxes/{run['mailbox']}/messages/{run['message_id']}",
    ]
    assert run["resolved_url"] == expected
    assert run["resolved"] == expected


def test_bad_inputs(run: dict[str, Any]) -> None:
    """A bad kind is a 422, an unknown fact a 404, merging into itself a 422, an unknown id in
    a merge or bulk delete a 404 (nothing changes); the official client's URL check refuses a
    foreign path."""
    statuses = {k: run[k][1] for k in ("bad_kind", "bad_fact", "self_merge", "unknown_merge")}
    statuses["unknown_bulk"] = run["unknown_bulk"][1]
    assert statuses == {
        "bad_kind": 422,
        "bad_fact": 404,
        "self_merge": 422,
        "unknown_merge": 404,
        "unknown_bulk": 404,
    }
    assert run["foreign_url"] == ["ValueError", "source_url must be a contact citation URL"]


def test_merge(run: dict[str, Any]) -> None:
    """merge keeps the winner, takes the chosen company, joins emails and phones, moves facts."""
    assert run["merged"] == [
        run["ada"],
        "Analytical Engines",
        ["ada@example.com", "ada.l@example.org"],
        ["+15551230001"],
        3,
        run["merged"][5],
    ]
    assert run["ours_merged"] == ("Analytical Engines", ["ada@example.com", "ada.l@example.org"])
    assert ("Writes programs", "profile", "user") in run["ours_facts"]


def test_review_status_export_bulk_delete_and_permissions(run: dict[str, Any]) -> None:
    """review_status filters and updates; the export holds both cards; bulk delete reports
    each contact; create(permissions=...) goes through /contacts/with-permissions."""
    assert run["unreviewed"] == [run["third"]]
    assert run["review"] == "unreviewed"
    assert run["export"] == ["text/vcard; charset=utf-8", 2, 2]
    assert run["bulk"] == [1, 0, [[run["third"], "deleted", None]]]
    assert run["granted"][1:] == ["Grace", "confirmed"]
    assert run["ours_contacts"] == ["Ada", "Grace"]
