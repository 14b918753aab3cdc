"""The official 0.7.20 client's contact permissions, access settings, communication policy and
correspondence calls against our emulator.

Our SDK creates two identities, a contact and real traffic with it (mail both ways, an inbound
call with a transcript). The official script reads and changes access, permissions and the
policy (a stale revision included), previews, lists the identity's contacts and the roster, and
reads the correspondence. Our SDK then reads the state the official client left.
"""

from __future__ import annotations

from typing import Any

import pytest

from inkbox import ContactEmail, ContactPhone, Inkbox
from inkbox_emulator.pytest_plugin import EmulatorHandle
from tests.interop.official import run_official

ADA_MAIL = "ada@example.com"
ADA_HOME = "ada@home.example"
ADA_PHONE = "+15550107777"

SCRIPT = r"""
import json, sys
from inkbox import Inkbox
from inkbox.contacts.types import ContactChannelAccessUpdate, ContactReviewStatus
from inkbox.contacts.resources.communication_policy import (
    ContactAddressUpdate, ContactVisibilityPolicy, ContactVisibilityDecisions,
    ContactIdentityVisibilityDecisions,
)
from inkbox.contacts.resources.correspondence import ContactCorrespondenceOptions
from inkbox.exceptions import InkboxAPIError

args = json.load(sys.stdin)
out = {}
ada, alice, bob = args["ada"], args["alice_id"], args["bob_id"]


def api_error(fn):
    try:
        fn()
    except InkboxAPIError as e:
        return [type(e).__name__, e.status_code, e.detail if isinstance(e.detail, dict) else str(e.detail)]
    return None


def access(a):
    return {"email": [a.email.visible, a.email.inbound_contactable, a.email.outbound_contactable],
            "phone": [a.phone.visible, a.phone.inbound_contactable, a.phone.outbound_contactable],
            "profile": a.profile, "memories": a.memories}


def perms(p):
    return {"emails": p.emails, "phones": p.phones, "inbound_emails": p.inbound_emails,
            "inbound_phones": p.inbound_phones, "profile": p.profile, "memories": p.memories}


def policy(p):
    return {"revision": p.revision, "identity_id": str(p.identity_id) if p.identity_id else None,
            "addresses": [[a.kind, a.value, a.label, a.inbound_action, a.outbound_action,
                           a.allowed_inbound, a.allowed_outbound] for a in p.addresses],
            "effective": [p.effective_visibility.profile, p.effective_visibility.memories]
                         if p.effective_visibility else None,
            "defaults": [p.visibility.defaults.profile, p.visibility.defaults.memories],
            "identities": [[str(r.identity_id), r.profile, r.memories] for r in p.visibility.identities]}


def preview(v):
    return {"identity_id": str(v.identity_id), "name": v.contact.given_name if v.contact else None,
            "emails": [e.value for e in v.contact.emails] if v.contact else None,
            "flags": [v.email, v.phone, v.full_profile, v.inbound_email, v.outbound_email,
                      v.inbound_phone, v.outbound_phone],
            "visibility": [v.visibility.profile, v.visibility.memories]}


with Inkbox(args["api_key"], base_url=args["base_url"]) as ib:
    out["access_start"] = access(ib.contacts.access.get("alice", ada))
    out["access_set"] = access(ib.contacts.access.update(
        "alice", ada, email=ContactChannelAccessUpdate(outbound_contactable=[args["mail"]]), memories=False))
    out["perms"] = perms(ib.contacts.permissions.get("alice", ada))
    out["perms_set"] = perms(ib.contacts.permissions.update(
        "alice", ada, phones={args["phone"]: False}, memories=True))
    out["perms_dir"] = perms(ib.contacts.permissions.update(
        "alice", ada, inbound_emails={args["home"]: False}))
    got = ib.contacts.communication_policy.get(ada, alice)
    out["policy"] = policy(got)
    out["policy_bare"] = policy(ib.contacts.communication_policy.get(ada))
    replaced = ib.contacts.communication_policy.replace(
        ada, expected_revision=got.revision, identity_id=alice,
        addresses=[ContactAddressUpdate("phone", args["phone"], "inherit", expected_action="block")],
        visibility=ContactVisibilityPolicy(
            ContactVisibilityDecisions("inherit", "inherit"),
            [ContactIdentityVisibilityDecisions(bob, "block", "block")]),
    )
    out["replaced"] = policy(replaced)
    out["stale"] = api_error(lambda: ib.contacts.communication_policy.replace(
        ada, expected_revision=got.revision, identity_id=alice, addresses=[]))
    out["preview_alice"] = preview(ib.contacts.communication_policy.preview(ada, alice))
    out["preview_bob"] = preview(ib.contacts.communication_policy.preview(ada, bob))
    page = ib.contacts.communication_policy.list_for_identity("alice", limit=1, offset=0)
    out["for_alice"] = [[preview(v)["name"] for v in page.items], page.limit, page.offset, page.has_more]
    bob_page = ib.get_identity("bob").list_contact_communication_policies()
    out["for_bob"] = [preview(v)["name"] for v in bob_page.items]
    roster = ib.contacts.communication_policy.list_management_for_identity(
        "bob", order="name", review_status=[ContactReviewStatus.CONFIRMED])
    out["roster"] = [[e.contact.given_name, e.revision, e.effective.email, e.effective.phone,
                      e.effective.profile, e.visibility.identity_override.profile,
                      e.access.profile if e.access else None, e.contact.review_status] for e in roster.items]
    out["roster_q"] = [e.contact.given_name for e in ib.contacts.communication_policy.list_management_for_identity(
        "bob", q="charl").items]
    out["bad_order"] = api_error(lambda: ib.contacts.communication_policy.list_management_for_identity(
        "bob", order="oldest"))
    result = ib.contacts.correspondence.get(ada, ContactCorrespondenceOptions(
        identity_id=alice, content="full", transcripts="full"))
    out["corr"] = {
        "contact_id": str(result.contact_id), "identity_id": str(result.identity_id),
        "channels": [[c.channel, c.status, c.returned] for c in result.channels],
        "items": [[type(i).__name__, i.channel, i.direction, getattr(i, "subject", None),
                   getattr(i, "body_text", None), getattr(i, "remote_phone_number", None),
                   [t.text for t in (getattr(i, "transcript", None) or [])]] for i in result.items],
        "next_cursor": result.next_cursor,
    }
    limited = ib.contacts.correspondence.list(ada, ContactCorrespondenceOptions(
        identity_id=alice, channels=["email"], limit_per_channel=1, order="asc", content="metadata"))
    out["corr_page"] = [[i.subject, i.snippet] for i in limited.items] + [limited.next_cursor is not None]
    out["corr_no_identity"] = api_error(lambda: ib.contacts.correspondence.get(ada))
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def run(emulator: EmulatorHandle) -> dict[str, Any]:
    emulator.reset()
    before = len(emulator.violations)
    with Inkbox(emulator.admin_key, base_url=emulator.url) as ours:
        alice = ours.create_identity("alice")
        bob = ours.create_identity("bob")
        phone = alice.provision_phone_number(type="local")
        ada = ours.contacts.create(
            given_name="Ada",
            emails=[
                ContactEmail(label="work", value=ADA_MAIL),
                ContactEmail(label="home", value=ADA_HOME),
            ],
            phones=[ContactPhone(label="mobile", value=ADA_PHONE)],
        )
        ours.contacts.create(given_name="Charles")
        assert alice.mailbox is not None
        alice.send_email(to=[ADA_MAIL], subject="Hello Ada", body_text="From alice")
        emulator.inject_email(
            to=alice.mailbox.email_address, sender=ADA_HOME, subject="Re: Hello", body_text="Hi"
        )
        call = emulator.inject_call(to=phone.number, sender=ADA_PHONE)
        emulator.hook(
            "POST",
            f"/calls/{call['id']}/transcripts",
            {"segments": [{"party": "remote", "text": "Hello?"}, {"party": "local", "text": "Hi"}]},
        )
        payload = {
            "api_key": emulator.admin_key,
            "base_url": emulator.url,
            "ada": str(ada.id),
            "alice_id": str(alice.id),
            "bob_id": str(bob.id),
            "mail": ADA_MAIL,
            "home": ADA_HOME,
            "phone": ADA_PHONE,
        }
        out: dict[str, Any] = run_official("0.7.20", SCRIPT, payload)
        out.update(alice_id=str(alice.id), bob_id=str(bob.id), ada_id=str(ada.id))
        perms = ours.contacts.permissions.get("alice", ada.id)
        out["ours_perms"] = (perms.outbound_emails.to_dict(), perms.inbound_emails.to_dict())
        policy = ours.contacts.communication_policy.get(ada.id, alice.id)
        out["ours_policy"] = (
            policy.revision,
            [(r.identity_id, r.profile) for r in policy.visibility.identities],
        )
        out["ours_bob_list"] = [p.contact for p in bob.list_contact_communication_policies().items]
    assert emulator.violations[before:] == []
    return out


def test_access_settings(run: dict[str, Any]) -> None:
    """access.get derives from the legacy model; access.update sets one direction."""
    assert run["access_start"] == {
        "email": [True, [ADA_MAIL, ADA_HOME], [ADA_MAIL, ADA_HOME]],
        "phone": [True, [ADA_PHONE], [ADA_PHONE]],
        "profile": True,
        "memories": True,
    }
    assert run["access_set"]["email"] == [True, [ADA_MAIL, ADA_HOME], [ADA_MAIL]]
    assert run["access_set"]["memories"] is False


def test_permissions(run: dict[str, Any]) -> None:
    """permissions mirror the access settings; shared and directional updates."""
    assert run["perms"]["emails"] == {ADA_MAIL: True, ADA_HOME: False}  # outbound side
    assert run["perms"]["inbound_emails"] == {ADA_MAIL: True, ADA_HOME: True}
    assert run["perms"]["memories"] is False
    assert run["perms_set"]["phones"] == {ADA_PHONE: False}
    assert run["perms_set"]["inbound_phones"] == {ADA_PHONE: False}
    assert run["perms_set"]["memories"] is True
    assert run["perms_dir"]["inbound_emails"] == {ADA_MAIL: True, ADA_HOME: False}


def test_policy_get_and_replace(run: dict[str, Any]) -> None:
    """get reports explicit and effective decisions at a revision; replace bumps it; a stale
    revision is a 409 the official client raises as a conflict."""
    policy = run["policy"]
    assert policy["revision"] == 3 and policy["identity_id"] == run["alice_id"]
    assert policy["addresses"] == [
        ["email", ADA_MAIL, "work", "inherit", "allow", True, True],
        ["email", ADA_HOME, "home", "block", "block", False, False],
        ["phone", ADA_PHONE, "mobile", "block", "block", False, False],
    ]
    assert policy["effective"] == [True, True]
    assert run["policy_bare"]["addresses"] == [] and run["policy_bare"]["effective"] is None
    replaced = run["replaced"]
    assert replaced["revision"] == 4
    assert replaced["addresses"][2] == [
        "phone",
        ADA_PHONE,
        "mobile",
        "inherit",
        "inherit",
        True,
        True,
    ]
    assert replaced["identities"] == [[run["bob_id"], "block", "block"]]
    name, status, detail = run["stale"]
    assert (status, detail["error"], detail["current_revision"]) == (
        409,
        "communication_policy_revision_conflict",
        4,
    )
    assert name == "InkboxAPIError"  # 0.7.20 has no class of its own for it


def test_previews_and_lists(run: dict[str, Any]) -> None:
    alice = run["preview_alice"]
    assert alice["name"] == "Ada" and alice["emails"] == [ADA_MAIL, ADA_HOME]
    assert alice["flags"] == [True, True, True, True, True, True, True]
    bob = run["preview_bob"]
    assert (bob["name"], bob["flags"][:3], bob["visibility"]) == (
        None,
        [False, False, False],
        [False, False],
    )
    assert run["for_alice"][1:] == [1, 0, True]
    assert run["for_bob"] == ["Charles"]  # Ada is hidden from bob
    assert run["roster"] == [
        ["Ada", 4, "none", "none", False, "block", False, "confirmed"],
        ["Charles", 0, "no_identifiers", "no_identifiers", True, "inherit", True, "confirmed"],
    ]
    assert run["roster_q"] == ["Charles"]
    assert run["bad_order"][1] == 422


def test_correspondence(run: dict[str, Any]) -> None:
    corr = run["corr"]
    assert (corr["contact_id"], corr["identity_id"]) == (run["ada_id"], run["alice_id"])
    assert corr["channels"] == [
        ["email", "available", 2],
        ["sms", "available", 0],
        ["imessage", "no_resource", 0],
        ["calls", "available", 1],
        ["slack", "no_resource", 0],
    ]
    kinds = sorted((i[0], i[2]) for i in corr["items"])
    assert kinds == [
        ("CallCorrespondenceItem", "inbound"),
        ("EmailCorrespondenceItem", "inbound"),
        ("EmailCorrespondenceItem", "outbound"),
    ]
    sent = next(i for i in corr["items"] if i[3] == "Hello Ada")
    assert sent[4] == "From alice"
    call = next(i for i in corr["items"] if i[1] == "calls")
    assert call[5] == ADA_PHONE and call[6] == ["Hello?", "Hi"]
    assert corr["next_cursor"] is None
    assert run["corr_page"] == [["Hello Ada", None], True]
    assert run["corr_no_identity"][1] == 422


def test_our_sdk_reads_official_changes(run: dict[str, Any]) -> None:
    outbound, inbound = run["ours_perms"]
    assert outbound == {ADA_MAIL: True, ADA_HOME: False}
    assert inbound == {ADA_MAIL: True, ADA_HOME: False}
    revision, identities = run["ours_policy"]
    assert revision == 4 and [(str(i), p) for i, p in identities] == [(run["bob_id"], "block")]
    assert [c.given_name for c in run["ours_bob_list"] if c] == ["Charles"]
