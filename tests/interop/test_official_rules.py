"""The official SDKs' mail and phone contact-rule calls against our emulator.

Our SDK creates an identity with a mailbox and an SMS-ready number. The official script (one per
SDK version) creates, lists, gets, updates, deletes and org-lists mail and phone rules, gets
`DuplicateContactRuleError` (with `existing_rule_id`) for a duplicate, and is refused a text to
a blocked number. Afterwards the emulator hooks and our SDK check that the rules it left are
enforced: mail from a blocked domain lands in the `blocked` folder, a send to it is refused.
"""

from __future__ import annotations

from typing import Any

import pytest

from inkbox import Inkbox, InkboxAPIError
from inkbox_emulator.pytest_plugin import EmulatorHandle
from tests.interop.official import GUIDE_ERA, VERSIONS, run_official

SALES = "sales-agent@inkboxmail.com"
BLOCKED = "+15550009999"

SCRIPT = r"""
import json, sys
from inkbox import (
    Inkbox, DuplicateContactRuleError, MailRuleAction, MailRuleMatchType,
    PhoneRuleAction, PhoneRuleMatchType,
)
from inkbox.exceptions import InkboxAPIError

args = json.load(sys.stdin)
guide = args["version"] == "0.3.1"
out = {}


def value(x):
    return getattr(x, "value", x)


def rule(r, owner):
    return [str(r.id), str(getattr(r, owner)), value(r.action), value(r.match_type), r.match_target,
            value(r.status)]


with Inkbox(args["api_key"], base_url=args["base_url"]) as ib:
    mail = ib.mail_contact_rules
    email = args["email"]
    mailbox_id = args["mailbox_id"]
    allow = mail.create(email, action=MailRuleAction.ALLOW, match_type=MailRuleMatchType.DOMAIN,
                        match_target="example.com")
    out["mail_created"] = rule(allow, "mailbox_id")
    block = mail.create(email, action="block", match_type="domain", match_target="blocked.example")
    exact = mail.create(email, action="block", match_type="exact_email", match_target="spam@junk.example")
    out["mail_list"] = sorted(r.match_target for r in mail.list(email))
    out["mail_list_block"] = sorted(r.match_target for r in mail.list(email, action="block"))
    out["mail_get"] = rule(mail.get(email, allow.id), "mailbox_id")
    try:
        mail.create(email, action="allow", match_type="domain", match_target="example.com")
        out["mail_duplicate"] = None
    except DuplicateContactRuleError as e:
        out["mail_duplicate"] = [type(e).__name__, e.status_code, str(e.existing_rule_id)]
    out["mail_all"] = sorted(r.match_target for r in mail.list_all(mailbox_id=mailbox_id))
    out["mail_all_org"] = len(mail.list_all())
    if guide:
        out["mail_paused"] = rule(mail.update(email, allow.id, status="paused"), "mailbox_id")
    out["mail_action"] = rule(mail.update(email, exact.id, action="allow"), "mailbox_id")
    mail.delete(email, exact.id)
    out["mail_after_delete"] = sorted(r.match_target for r in mail.list(email))
    try:
        mail.get(email, exact.id)
        out["mail_deleted_get"] = None
    except InkboxAPIError as e:
        out["mail_deleted_get"] = e.status_code
    out["mail_block_id"] = str(block.id)

    phone = ib.phone_contact_rules
    number_id = args["number_id"]
    blocked = phone.create(number_id, action=PhoneRuleAction.BLOCK,
                           match_type=PhoneRuleMatchType.EXACT_NUMBER, match_target=args["blocked"])
    out["phone_created"] = rule(blocked, "phone_number_id")
    other = phone.create(number_id, action="allow", match_type="exact_number", match_target="+15550008888")
    out["phone_list"] = sorted(r.match_target for r in phone.list(number_id))
    out["phone_get"] = rule(phone.get(number_id, blocked.id), "phone_number_id")
    try:
        phone.create(number_id, action="block", match_type="exact_number", match_target=args["blocked"])
        out["phone_duplicate"] = None
    except DuplicateContactRuleError as e:
        out["phone_duplicate"] = [type(e).__name__, e.status_code, str(e.existing_rule_id)]
    out["phone_all"] = sorted(r.match_target for r in phone.list_all(phone_number_id=number_id))
    if guide:
        out["phone_paused"] = rule(phone.update(number_id, other.id, status="paused"), "phone_number_id")
    out["phone_action"] = rule(phone.update(number_id, other.id, action="block"), "phone_number_id")
    phone.delete(number_id, other.id)
    out["phone_after_delete"] = sorted(r.match_target for r in phone.list(number_id))

    sales = ib.get_identity("sales-agent")
    try:
        sales.send_text(to=args["blocked"], text="Hi")
        out["text_blocked"] = None
    except InkboxAPIError as e:
        out["text_blocked"] = [type(e).__name__, e.status_code, e.detail.get("error"),
                               str(getattr(e, "matched_rule_id", None) or e.detail.get("matched_rule_id"))]
    out["phone_rule_id"] = str(blocked.id)
print(json.dumps(out))
"""


@pytest.fixture(scope="module", params=VERSIONS)
def run(request: pytest.FixtureRequest, emulator: EmulatorHandle) -> dict[str, Any]:
    """An identity with mailbox and number; the official script; the rules' effects checked."""
    version: str = request.param
    emulator.reset()
    before = len(emulator.violations)
    with Inkbox(emulator.admin_key, base_url=emulator.url) as ours:
        sales = ours.create_identity("sales-agent")
        number = sales.provision_phone_number(type="local", state="NY")
        emulator.set_sms_status(str(number.id), "ready")
        assert sales.mailbox is not None
        payload = {
            "version": version,
            "api_key": emulator.admin_key,
            "base_url": emulator.url,
            "email": SALES,
            "mailbox_id": str(sales.mailbox.id),
            "number_id": str(number.id),
            "blocked": BLOCKED,
        }
        out: dict[str, Any] = run_official(version, SCRIPT, payload)
        out.update(version=version, mailbox_id=str(sales.mailbox.id), number_id=str(number.id))

        emulator.inject_email(to=SALES, sender="eve@blocked.example", subject="Spam", body_text="x")
        emulator.inject_email(to=SALES, sender="bob@example.com", subject="Hello", body_text="y")
        out["ours_folders"] = {
            str(folder): [t.subject for t in ours.threads.list(SALES, folder=folder)]
            for folder in ("inbox", "blocked")
        }
        try:
            sales.send_email(to=["eve@blocked.example"], subject="Re: Spam", body_text="no")
            out["ours_send_blocked"] = None
        except InkboxAPIError as e:
            out["ours_send_blocked"] = [e.status_code, e.detail]
        out["ours_rules"] = sorted(
            (r.match_target, str(r.action), str(r.status))
            for r in ours.mail_contact_rules.list(SALES)
        )
    assert emulator.violations[before:] == []
    return out


def test_mail_rule_create_get_list(run: dict[str, Any]) -> None:
    """Mail rules: create (active), get, list with and without an action filter."""
    _, mailbox_id, *rest = run["mail_created"]
    assert mailbox_id == run["mailbox_id"]
    assert rest == ["allow", "domain", "example.com", "active"]
    assert run["mail_get"] == run["mail_created"]
    assert run["mail_list"] == ["blocked.example", "example.com", "spam@junk.example"]
    assert run["mail_list_block"] == ["blocked.example", "spam@junk.example"]


def test_mail_rule_duplicate(run: dict[str, Any]) -> None:
    """A duplicate (match_type, match_target) raises DuplicateContactRuleError with the id."""
    assert run["mail_duplicate"] == ["DuplicateContactRuleError", 409, run["mail_created"][0]]


def test_mail_rule_list_all_update_delete(run: dict[str, Any]) -> None:
    """list_all(mailbox_id=...), update(action=...), delete then get -> 404."""
    assert run["mail_all"] == ["blocked.example", "example.com", "spam@junk.example"]
    assert run["mail_all_org"] == 3
    assert run["mail_action"][2:] == ["allow", "exact_email", "spam@junk.example", "active"]
    assert run["mail_after_delete"] == ["blocked.example", "example.com"]
    assert run["mail_deleted_get"] == 404


def test_mail_rules_are_enforced(run: dict[str, Any]) -> None:
    """The block rule left by the official client blocks inbound mail and outbound sends."""
    assert run["ours_folders"] == {"inbox": ["Hello"], "blocked": ["Spam"]}
    status, detail = run["ours_send_blocked"]
    assert status == 403
    assert detail["error"] == "recipient_blocked"
    assert detail["matched_rule_id"] == run["mail_block_id"]


def test_phone_rules(run: dict[str, Any]) -> None:
    """Phone rules: create/get/list/list_all/update/delete and the duplicate error."""
    rule_id, number_id, *rest = run["phone_created"]
    assert number_id == run["number_id"]
    assert rest == ["block", "exact_number", BLOCKED, "active"]
    assert run["phone_get"] == run["phone_created"]
    assert run["phone_list"] == ["+15550008888", BLOCKED]
    assert run["phone_all"] == ["+15550008888", BLOCKED]
    assert run["phone_duplicate"] == ["DuplicateContactRuleError", 409, rule_id]
    assert run["phone_action"][2:4] == ["block", "exact_number"]
    assert run["phone_after_delete"] == [BLOCKED]


def test_phone_rules_are_enforced(run: dict[str, Any]) -> None:
    """A text to the blocked number is refused with the rule's id."""
    name, status, error, rule_id = run["text_blocked"]
    assert (status, error, rule_id) == (403, "recipient_blocked", run["phone_rule_id"])
    if run["version"] == GUIDE_ERA:
        assert name == "RecipientBlockedError"


@pytest.mark.parametrize("run", [GUIDE_ERA], indirect=True)
def test_guide_era_pause(run: dict[str, Any]) -> None:
    """update(status="paused") pauses a mail or phone rule (0.3.1; removed in 0.5.5)."""
    assert run["mail_paused"][2:] == ["allow", "domain", "example.com", "paused"]
    assert run["phone_paused"][2:] == ["allow", "exact_number", "+15550008888", "paused"]
    assert ("example.com", "allow", "paused") in run["ours_rules"]
