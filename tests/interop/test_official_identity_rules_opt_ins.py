"""The official 0.7.20 client's identity-keyed contact rules, SMS opt-ins and texts into a
conversation, against our emulator.

Our SDK sets up two identities (one with an SMS-ready number), a mail rule on the mailbox
route, an opt-out by STOP and an agent key of the other identity. The official script then
drives every new call, including bad inputs the server must refuse (an unknown rule, another
identity's rules through an agent key, a bad enum, a bad number). Afterwards our SDK reads
what it left: the same rule rows on the mailbox/number routes, the same consent rows, and the
gates they drive.
"""

from __future__ import annotations

from typing import Any

import pytest

from inkbox import Inkbox, InkboxAPIError, RecipientOptedOutError
from inkbox_emulator.pytest_plugin import EmulatorHandle
from tests.interop.official import run_official

CUSTOMER = "+15167251294"
FRIEND = "+15167251295"
STOPPED = "+15167251296"
BLOCKED = "+15550009999"

SCRIPT = r"""
import json, sys, uuid
from inkbox import Inkbox
from inkbox.exceptions import InkboxAPIError

args = json.load(sys.stdin)
out = {}


def value(x):
    return getattr(x, "value", x)


def rule(r):
    return [str(r.id), str(r.agent_identity_id), value(r.action), value(r.match_type),
            r.match_target, value(r.status), value(r.direction)]


def opt(r):
    return [str(r.id), r.receiver_number, value(r.status), value(r.source),
            r.opted_in_at is not None, r.opted_out_at is not None]


def refused(fn):
    try:
        fn()
        return None
    except InkboxAPIError as e:
        detail = e.detail if isinstance(e.detail, dict) else {}
        return [type(e).__name__, e.status_code, detail.get("error")]


with Inkbox(args["api_key"], base_url=args["base_url"]) as ib:
    mail = ib.mail_identity_contact_rules
    out["mail_seen"] = [rule(r) for r in mail.list("sales")]
    created = mail.create("sales", action="block", match_type="domain",
                          match_target="junk.example", direction="inbound")
    out["mail_created"] = rule(created)
    out["mail_get"] = rule(mail.get("sales", created.id))
    out["mail_list_block"] = sorted(r.match_target for r in mail.list("sales", action="block"))
    out["mail_all"] = sorted(r.match_target for r in mail.list_all(agent_identity_id=args["sales_id"]))
    out["mail_updated"] = rule(mail.update("sales", created.id, direction="both"))
    out["mail_unknown"] = refused(lambda: mail.get("sales", uuid.uuid4()))
    out["mail_bad_enum"] = refused(lambda: mail.create("sales", action="deny", match_type="domain",
                                                       match_target="x.example"))

    sales = ib.get_identity("sales")
    phone_rule = sales.create_phone_contact_rule(action="block", match_target=args["blocked"])
    out["phone_created"] = rule(phone_rule)
    out["phone_list"] = [rule(r) for r in sales.list_phone_contact_rules()]
    out["phone_get"] = rule(sales.get_phone_contact_rule(phone_rule.id))
    out["text_blocked"] = refused(lambda: sales.send_text(to=args["blocked"], text="hi"))
    split = sales.update_phone_contact_rule(phone_rule.id, action="allow", apply_to="outbound")
    out["phone_split"] = rule(split)
    out["phone_all"] = sorted((r.match_target, value(r.direction))
                              for r in ib.phone_identity_contact_rules.list_all(agent_identity_id=args["sales_id"]))
    sales.delete_phone_contact_rule(split.id)
    out["phone_after_delete"] = [r.match_target for r in sales.list_phone_contact_rules()]
    extra = sales.create_mail_contact_rule(action="allow", match_type="exact_email",
                                           match_target="boss@partner.example")
    out["identity_mail_list"] = sorted(r.match_target for r in sales.list_mail_contact_rules())
    out["identity_mail_get"] = rule(sales.get_mail_contact_rule(extra.id))
    out["identity_mail_update"] = rule(sales.update_mail_contact_rule(extra.id, action="block"))
    sales.delete_mail_contact_rule(extra.id)

    opts = ib.sms_opt_ins
    out["opt_stopped"] = opt(opts.get(args["stopped"]))
    out["opt_unknown"] = refused(lambda: opts.get(args["customer"]))
    out["opt_bad_number"] = refused(lambda: opts.get("5551234"))
    out["opt_bad_status"] = refused(lambda: opts.list(status="maybe"))
    out["text_not_opted_in"] = refused(lambda: sales.send_text(to=args["customer"], text="hi"))
    out["opt_in"] = opt(opts.opt_in(args["customer"]))
    opts.opt_in(args["friend"])
    first = sales.send_text(to=args["customer"], text="hello")
    group = sales.send_text(to=[args["customer"], args["friend"]], text="all of you")
    again = sales.send_text(conversation_id=group.conversation_id, text="again")
    out["conversation_reply"] = [str(again.conversation_id) == str(group.conversation_id),
                                 sorted(r.recipient_phone_number for r in again.recipients or [])]
    out["conversations"] = len(sales.list_text_conversations())
    out["conversations_groups"] = len(sales.list_text_conversations(include_groups=True))
    out["opt_list_in"] = sorted(r.receiver_number for r in opts.list(status="opted_in"))
    out["opt_list_page"] = len(opts.list(limit=1, offset=1))
    out["opt_out"] = opt(opts.opt_out(args["friend"]))
    out["text_opted_out"] = refused(lambda: sales.send_text(to=args["friend"], text="bye"))
    out["first_text"] = str(first.id)

with Inkbox(args["agent_key"], base_url=args["base_url"]) as agent:
    out["foreign_list"] = refused(lambda: agent.mail_identity_contact_rules.list("sales"))
    out["foreign_create"] = refused(lambda: agent.phone_identity_contact_rules.create(
        "sales", action="block", match_target="+15550001111"))
    out["agent_opt_in"] = refused(lambda: agent.sms_opt_ins.opt_in("+15550001111"))
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def run(emulator: EmulatorHandle) -> dict[str, Any]:
    emulator.reset()
    before = len(emulator.violations)
    with Inkbox(emulator.admin_key, base_url=emulator.url) as ours:
        sales = ours.create_identity("sales")
        ours.create_identity("other")
        number = sales.provision_phone_number(type="local")
        emulator.set_sms_status(str(number.id), "ready")
        emulator.inject_text(to=number.number, sender=STOPPED, text="STOP")
        assert sales.email_address is not None
        seeded = ours.mail_contact_rules.create(
            sales.email_address, action="allow", match_type="domain", match_target="friends.example"
        )
        payload = {
            "api_key": emulator.admin_key,
            "agent_key": emulator.agent_key("other"),
            "base_url": emulator.url,
            "sales_id": str(sales.id),
            "customer": CUSTOMER,
            "friend": FRIEND,
            "stopped": STOPPED,
            "blocked": BLOCKED,
        }
        out: dict[str, Any] = run_official("0.7.20", SCRIPT, payload)
        out.update(sales_id=str(sales.id), seeded=str(seeded.id), number_id=str(number.id))
        out["ours_mail_rules"] = sorted(
            (r.match_target, str(r.action), str(r.direction))
            for r in ours.mail_contact_rules.list(sales.email_address)
        )
        out["ours_phone_rules"] = sorted(
            (r.match_target, str(r.action), str(r.direction))
            for r in ours.phone_contact_rules.list(number.id)
        )
        emulator.inject_email(
            to=sales.email_address, sender="eve@junk.example", subject="Spam", body_text="x"
        )
        out["ours_blocked_folder"] = [
            t.subject for t in ours.threads.list(sales.email_address, folder="blocked")
        ]
        out["ours_opt_ins"] = {
            r.receiver_number: (str(r.status), str(r.source)) for r in ours.sms_opt_ins.list()
        }
        try:
            sales.send_text(to=FRIEND, text="still there?")
            out["ours_text_friend"] = None
        except InkboxAPIError as e:
            out["ours_text_friend"] = type(e).__name__
    assert emulator.violations[before:] == []
    return out


def test_identity_mail_rules_are_the_mailbox_rules(run: dict[str, Any]) -> None:
    """The official identity-keyed mail calls see our mailbox rule and make rules our mailbox
    route (and its gate) sees."""
    assert run["mail_seen"] == [
        [run["seeded"], run["sales_id"], "allow", "domain", "friends.example", "active", "both"]
    ]
    rule_id, identity_id, *rest = run["mail_created"]
    assert identity_id == run["sales_id"]
    assert rest == ["block", "domain", "junk.example", "active", "inbound"]
    assert run["mail_get"] == run["mail_created"]
    assert run["mail_list_block"] == ["junk.example"]
    assert run["mail_all"] == ["friends.example", "junk.example"]
    assert run["mail_updated"] == [rule_id, identity_id, *rest[:4], "both"]
    assert run["ours_mail_rules"] == [
        ("friends.example", "allow", "both"),
        ("junk.example", "block", "both"),
    ]
    assert run["ours_blocked_folder"] == ["Spam"]


def test_identity_shortcuts(run: dict[str, Any]) -> None:
    """`identity.*_contact_rule(s)` of the official client, mail and phone."""
    assert run["identity_mail_list"] == ["boss@partner.example", "friends.example", "junk.example"]
    assert run["identity_mail_get"][2:5] == ["allow", "exact_email", "boss@partner.example"]
    assert run["identity_mail_update"][2] == "block"
    _, identity_id, *rest = run["phone_created"]
    assert identity_id == run["sales_id"]
    assert rest == ["block", "exact_number", BLOCKED, "active", "both"]
    assert run["phone_list"] == [run["phone_created"]] and run["phone_get"] == run["phone_created"]
    assert run["text_blocked"] == ["RecipientBlockedError", 403, "recipient_blocked"]
    assert run["phone_split"][2:] == ["allow", "exact_number", BLOCKED, "active", "outbound"]
    assert run["phone_all"] == [[BLOCKED, "inbound"], [BLOCKED, "outbound"]]
    assert run["phone_after_delete"] == [BLOCKED]
    assert run["ours_phone_rules"] == [(BLOCKED, "block", "inbound")]


def test_rule_refusals(run: dict[str, Any]) -> None:
    """Unknown rule → 404; bad enum → 422; another identity's rules via an agent key → 403."""
    assert run["mail_unknown"][1] == 404
    assert run["mail_bad_enum"][1] == 422
    assert run["foreign_list"][1] == 403
    assert run["foreign_create"][1] == 403


def test_sms_opt_ins(run: dict[str, Any]) -> None:
    """Consent rows: STOP recorded as `sms`; opt_in/opt_out as `api`; they gate texts."""
    _, number, *rest = run["opt_stopped"]
    assert [number, *rest] == [STOPPED, "opted_out", "sms", False, True]
    assert run["opt_unknown"][1] == 404
    assert run["opt_bad_number"][1] == 422
    assert run["opt_bad_status"][1] == 422
    assert run["text_not_opted_in"][1:] == [403, "recipient_not_opted_in"]
    assert run["opt_in"][1:] == [CUSTOMER, "opted_in", "api", True, False]
    assert run["opt_list_in"] == [CUSTOMER, FRIEND]
    assert run["opt_list_page"] == 1
    assert run["opt_out"][1:] == [FRIEND, "opted_out", "api", False, True]
    assert run["text_opted_out"][1:] == [403, "recipient_opted_out"]
    assert run["agent_opt_in"][1] == 403
    assert run["ours_opt_ins"] == {
        CUSTOMER: ("opted_in", "api"),
        FRIEND: ("opted_out", "api"),
        STOPPED: ("opted_out", "sms"),
    }
    assert run["ours_text_friend"] == RecipientOptedOutError.__name__


def test_texts_into_a_conversation_and_groups(run: dict[str, Any]) -> None:
    """send_text(conversation_id=) reaches the conversation's participants; group
    conversations are listed only with include_groups."""
    assert run["conversation_reply"] == [True, [CUSTOMER, FRIEND]]
    assert run["conversations"] == 2  # with CUSTOMER, and with STOPPED (its STOP)
    assert run["conversations_groups"] == 3
