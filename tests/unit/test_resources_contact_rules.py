"""Mail and phone contact rules: create, list, update, delete, duplicates; the requests sent."""

from __future__ import annotations

import uuid

import httpx
import pytest

from inkbox import (
    DuplicateContactRuleError,
    Inkbox,
    MailRuleAction,
    MailRuleMatchType,
    PhoneRuleAction,
    PhoneRuleMatchType,
)

from . import _phone_contact_samples as s
from ._fake_api import FakeApi, query, reply

MBX = "/api/v1/mail/mailboxes/box@inkboxmail.com/contact-rules"


def test_mail_rule_crud_accepts_enums_and_strings(api: FakeApi) -> None:
    """create/list/get/update/delete hit the mailbox's rule paths with the guide's bodies."""
    rule = s.mail_rule()
    api.on("POST", MBX, reply(201, rule))
    api.on("GET", MBX, [rule])
    api.on("GET", f"{MBX}/{rule['id']}", rule)
    api.on("PATCH", f"{MBX}/{rule['id']}", {**rule, "status": "paused"})
    api.on("DELETE", f"{MBX}/{rule['id']}", reply(204))
    with api.sync() as ib:
        created = ib.mail_contact_rules.create(
            "box@inkboxmail.com",
            action=MailRuleAction.ALLOW,
            match_type=MailRuleMatchType.DOMAIN,
            match_target="example.com",
        )
        ib.mail_contact_rules.create(
            "box@inkboxmail.com", action="allow", match_type="domain", match_target="example.com"
        )
        ib.mail_contact_rules.list("box@inkboxmail.com")
        ib.mail_contact_rules.get("box@inkboxmail.com", created.id)
        paused = ib.mail_contact_rules.update("box@inkboxmail.com", created.id, status="paused")
        ib.mail_contact_rules.delete("box@inkboxmail.com", created.id)
    bodies = api.bodies()
    expected = {"action": "allow", "match_type": "domain", "match_target": "example.com"}
    assert bodies[0] == bodies[1] == expected
    assert bodies[4] == {"status": "paused"}
    assert str(paused.status) == "paused"
    assert [r.method for r in api.requests] == ["POST", "POST", "GET", "GET", "PATCH", "DELETE"]


def test_duplicate_rule_raises_with_existing_id(api: FakeApi) -> None:
    """A 409 with existing_rule_id is a DuplicateContactRuleError carrying that id."""
    existing = uuid.uuid4()
    api.on(
        "POST",
        MBX,
        reply(
            409, {"detail": {"existing_rule_id": str(existing), "message": "rule already exists"}}
        ),
    )
    with api.sync() as ib, pytest.raises(DuplicateContactRuleError) as info:
        ib.mail_contact_rules.create(
            "box@inkboxmail.com", action="allow", match_type="domain", match_target="example.com"
        )
    assert info.value.existing_rule_id == existing


def test_list_all_and_bad_rule_inputs(api: FakeApi) -> None:
    """list_all narrows by owner id; unknown enum values and empty updates fail locally."""
    mailbox_id, number_id = str(uuid.uuid4()), str(uuid.uuid4())
    api.on("GET", "/api/v1/mail/contact-rules", [s.mail_rule()])
    api.on("GET", "/api/v1/phone/contact-rules", [s.phone_rule()])
    with api.sync() as ib:
        ib.mail_contact_rules.list_all(mailbox_id=mailbox_id)
        ib.phone_contact_rules.list_all(phone_number_id=number_id)
        sent = len(api.requests)
        with pytest.raises(ValueError, match="action must be one of 'allow', 'block'"):
            ib.mail_contact_rules.create(
                "box@inkboxmail.com", action="deny", match_type="domain", match_target="x.com"
            )
        with pytest.raises(ValueError, match="nothing to update"):
            ib.mail_contact_rules.update("box@inkboxmail.com", str(uuid.uuid4()))
        with pytest.raises(ValueError, match="apply_to needs action"):
            ib.phone_contact_rules.update(number_id, str(uuid.uuid4()), apply_to="inbound")
        with pytest.raises(ValueError, match="match_type must be one of 'exact_number'"):
            ib.phone_contact_rules.create(
                number_id, action="block", match_type="prefix", match_target="+1"
            )
    assert query(api.requests[0]) == {"mailbox_id": [mailbox_id]}
    assert query(api.requests[1]) == {"phone_number_id": [number_id]}
    assert len(api.requests) == sent == 2


def test_phone_rule_create_and_list(api: FakeApi) -> None:
    """Phone rules post action, match_type (default exact_number) and the E.164 target."""
    number_id = str(uuid.uuid4())
    path = f"/api/v1/phone/numbers/{number_id}/contact-rules"
    api.on("POST", path, reply(201, s.phone_rule()))
    api.on("GET", path, [s.phone_rule()])
    with api.sync() as ib:
        ib.phone_contact_rules.create(
            number_id,
            action=PhoneRuleAction.BLOCK,
            match_type=PhoneRuleMatchType.EXACT_NUMBER,
            match_target="+15551234567",
        )
        ib.phone_contact_rules.create(number_id, action="block", match_target="+15551234567")
        rules = ib.phone_contact_rules.list(number_id)
    bodies = api.bodies()
    assert (
        bodies[0]
        == bodies[1]
        == {
            "action": "block",
            "match_type": "exact_number",
            "match_target": "+15551234567",
        }
    )
    assert rules[0].match_target == "+15551234567"


@pytest.mark.parametrize("segment", [".", "..", "a/b", "../contact-rules", " "])
def test_a_path_changing_segment_is_refused_before_any_request(segment: str) -> None:
    """`list('..')` would be normalised to the org-wide rules: every path parameter of every
    generated operation refuses what would change the path, with a ValueError naming it."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=[])

    with httpx.Client(transport=httpx.MockTransport(handler)) as own:
        with Inkbox("k", base_url="http://localhost", http_client=own) as ib:
            with pytest.raises(ValueError, match="email_address"):
                list(ib.mail_contact_rules.list(segment))
            with pytest.raises(ValueError, match="email_address"):
                ib.mailboxes.get(segment)
            with pytest.raises(ValueError, match="agent_handle"):
                ib.get_identity(segment)
    assert sent == []


def test_identity_keyed_rules_use_the_identity_paths(api: FakeApi) -> None:
    """The identity-keyed resources address rules by handle; `update` sends no status, and
    `list_all` filters the shared org-wide list by identity."""
    identity_id = s.uid()
    mail = s.mail_rule(agent_identity_id=identity_id)
    del mail["mailbox_id"]
    phone = s.phone_rule(agent_identity_id=identity_id)
    del phone["phone_number_id"]
    mail_path = "/api/v1/identities/bot/mail-contact-rules"
    phone_path = "/api/v1/identities/bot/phone-contact-rules"
    api.on("POST", mail_path, reply(201, mail))
    api.on("PATCH", f"{mail_path}/{mail['id']}", mail)
    api.on("GET", phone_path, [phone])
    api.on("DELETE", f"{phone_path}/{phone['id']}", reply(204))
    api.on("GET", "/api/v1/phone/contact-rules", [s.phone_rule(agent_identity_id=identity_id)])
    with api.sync() as ib:
        created = ib.mail_identity_contact_rules.create(
            "bot", action="block", match_type="domain", match_target="x.com", direction="inbound"
        )
        ib.mail_identity_contact_rules.update("bot", created.id, action="allow", apply_to="inbound")
        listed = ib.phone_identity_contact_rules.list("bot", direction="outbound", limit=5)
        ib.phone_identity_contact_rules.delete("bot", listed[0].id)
        everything = ib.phone_identity_contact_rules.list_all(agent_identity_id=identity_id)
        sent = len(api.requests)
        with pytest.raises(ValueError, match="agent_handle must not be empty"):
            ib.mail_identity_contact_rules.get("", created.id)
        with pytest.raises(ValueError, match="agent_identity_id must be a UUID"):
            ib.mail_identity_contact_rules.list_all(agent_identity_id="bot")
    assert str(created.agent_identity_id) == identity_id
    assert str(everything[0].agent_identity_id) == identity_id
    bodies = api.bodies()
    assert bodies[0] == {
        "action": "block",
        "match_type": "domain",
        "match_target": "x.com",
        "direction": "inbound",
    }
    assert bodies[1] == {"action": "allow", "apply_to": "inbound"}
    assert query(api.requests[2]) == {"direction": ["outbound"], "limit": ["5"]}
    assert query(api.requests[4]) == {"agent_identity_id": [identity_id]}
    assert len(api.requests) == sent == 5
