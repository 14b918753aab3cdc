"""The official SDKs' identity, whoami, mailbox and domain calls against our emulator.

One script per SDK version runs the guide's calls in a row (identity create/get/list/update/
delete, whoami with an admin and an agent key, mailboxes list/get/update, domains list and
set_default, the guide-era mailbox create/delete and assign/unlink); our SDK sets up state
before it and reads the result after it. Tests assert on the values both sides saw.
"""

from __future__ import annotations

from typing import Any

import pytest

from inkbox import Inkbox
from inkbox_emulator.pytest_plugin import EmulatorHandle
from tests.interop.official import GUIDE_ERA, VERSIONS, run_official

SCRIPT = r"""
import json, sys
from inkbox import Inkbox, SendingDomainStatus
from inkbox.exceptions import InkboxAPIError

args = json.load(sys.stdin)
guide = args["version"] == "0.3.1"
out = {}


def api_error(fn):
    try:
        fn()
    except InkboxAPIError as e:
        return [e.status_code, e.detail if isinstance(e.detail, (str, dict, list)) else str(e.detail)]
    return None


def mailbox(m):
    return {
        "id": str(m.id),
        "email_address": m.email_address,
        "sending_domain": m.sending_domain,
        "filter_mode": str(getattr(m.filter_mode, "value", m.filter_mode)),
        "agent_identity_id": None if m.agent_identity_id is None else str(m.agent_identity_id),
        "display_name": getattr(m, "display_name", "n/a"),
    }


with Inkbox(args["api_key"], base_url=args["base_url"]) as ib:
    identity = ib.create_identity("sales-agent")
    out["created"] = {
        "id": str(identity.id),
        "agent_handle": identity.agent_handle,
        "email_address": identity.email_address,
        "mailbox": identity.mailbox.email_address,
        "phone_number": identity.phone_number,
    }
    got = ib.get_identity("sales-agent")
    out["got"] = {
        "id": str(got.id),
        "agent_handle": got.agent_handle,
        "email_address": got.email_address,
        "mailbox_id": str(got.mailbox.id),
        "mailbox_identity": str(got.mailbox.agent_identity_id),
    }
    out["listed"] = sorted(
        [s.agent_handle, s.email_address, str(s.id)] for s in ib.list_identities()
    )
    out["missing"] = api_error(lambda: ib.get_identity("nobody-here"))

    who = ib.whoami()
    out["whoami"] = [who.auth_type, who.auth_subtype, who.organization_id]

    out["mailboxes"] = sorted((mailbox(m) for m in ib.mailboxes.list()), key=lambda m: m["email_address"])
    out["mailbox"] = mailbox(ib.mailboxes.get("sales-agent@inkboxmail.com"))
    flipped = ib.mailboxes.update("sales-agent@inkboxmail.com", filter_mode="whitelist")
    notice = flipped.filter_mode_change_notice
    out["flipped"] = [
        str(getattr(flipped.filter_mode, "value", flipped.filter_mode)),
        [notice.redundant_rule_count, str(getattr(notice.redundant_rule_action, "value", notice.redundant_rule_action)),
         str(getattr(notice.new_filter_mode, "value", notice.new_filter_mode))],
    ]
    again = ib.mailboxes.update("sales-agent@inkboxmail.com", filter_mode="whitelist")
    out["flipped_again_notice"] = again.filter_mode_change_notice

    out["domains"] = sorted(
        [d.domain, str(getattr(d.status, "value", d.status)), d.is_default, d.id.startswith("sending_domain_")]
        for d in ib.domains.list()
    )
    out["verified"] = [d.domain for d in ib.domains.list(status=SendingDomainStatus.VERIFIED)]
    out["set_default"] = ib.domains.set_default("mail.acme.com")
    out["default_now"] = [d.domain for d in ib.domains.list() if d.is_default]
    custom = ib.create_identity("custom-bot", sending_domain="mail.acme.com")
    out["custom"] = [custom.email_address, custom.mailbox.sending_domain]
    out["cleared"] = ib.domains.set_default("inkboxmail.com")

    if guide:
        out["display_name"] = mailbox(ib.mailboxes.update("sales-agent@inkboxmail.com", display_name="Sales Desk"))["display_name"]
        hook = ib.mailboxes.update("sales-agent@inkboxmail.com", webhook_url="https://example.com/hook")
        out["webhook_set"] = hook.webhook_url
        out["webhook_cleared"] = ib.mailboxes.update("sales-agent@inkboxmail.com", webhook_url=None).webhook_url

        original = identity.mailbox.id
        identity.unlink_mailbox()
        out["unlinked"] = [identity.mailbox, ib.get_identity("sales-agent").email_address]
        acme = ib.domains.list(status=SendingDomainStatus.VERIFIED)[0]
        spare = ib.mailboxes.create(agent_handle="sales-agent", email_local_part="spare-box", sending_domain_id=acme.id)
        out["spare"] = mailbox(spare)
        out["spare_linked"] = identity.refresh().email_address
        identity.unlink_mailbox()
        linked = identity.assign_mailbox(str(original))
        out["assigned"] = [linked.email_address, identity.refresh().email_address]
        ib.mailboxes.delete("spare-box@mail.acme.com")
        out["deleted_mailbox"] = api_error(lambda: ib.mailboxes.get("spare-box@mail.acme.com"))
        out["second_mailbox"] = api_error(
            lambda: ib.mailboxes.create(agent_handle="sales-agent", sending_domain_id=None))

        identity.update(new_handle="new-name")
        out["renamed"] = [identity.agent_handle, ib.get_identity("new-name").agent_handle]
        out["old_handle"] = api_error(lambda: ib.get_identity("sales-agent"))
        out["refreshed"] = identity.refresh().agent_handle
    else:
        identity.update(display_name="Sales Desk")
        out["display_name"] = ib.get_identity("sales-agent").display_name

    agent = Inkbox(args["agent_key"], base_url=args["base_url"])
    who = agent.whoami()
    out["agent_whoami"] = [who.auth_type, who.auth_subtype, who.organization_id]
    out["agent_listed"] = [s.agent_handle for s in agent.list_identities()]
    out["agent_filter_mode"] = api_error(
        lambda: agent.mailboxes.update(args["agent_mailbox"], filter_mode="whitelist")
    )
    out["agent_set_default"] = api_error(lambda: agent.domains.set_default("mail.acme.com"))
    agent.close()

    identity.delete()
    out["after_delete"] = sorted(s.agent_handle for s in ib.list_identities())
    out["deleted_get"] = api_error(lambda: ib.get_identity(identity.agent_handle))
print(json.dumps(out))
"""


@pytest.fixture(scope="module", params=VERSIONS)
def run(request: pytest.FixtureRequest, emulator: EmulatorHandle) -> dict[str, Any]:
    """Set up with our SDK, run the official script, read the outcome back with ours."""
    version: str = request.param
    emulator.reset()
    before = len(emulator.violations)
    emulator.add_domain("mail.acme.com")
    emulator.add_domain("pending.acme.com", status="pending")
    with Inkbox(emulator.admin_key, base_url=emulator.url) as ours:
        support = ours.create_identity("support-bot")
        payload = {
            "version": version,
            "api_key": emulator.admin_key,
            "base_url": emulator.url,
            "agent_key": emulator.agent_key("support-bot"),
            "agent_mailbox": "support-bot@inkboxmail.com",
        }
        out: dict[str, Any] = run_official(version, SCRIPT, payload)
        out["version"] = version
        out["support_id"] = str(support.id)
        out["org"] = ours.whoami().organization_id
        out["ours_identities"] = sorted(
            (s.agent_handle, s.email_address) for s in ours.list_identities()
        )
        out["ours_mailboxes"] = {
            m.email_address: (
                m.display_name,
                str(m.filter_mode),
                None if m.agent_identity_id is None else str(m.agent_identity_id),
            )
            for m in ours.mailboxes.list()
        }
    assert emulator.violations[before:] == []
    return out


def test_create_get_list(run: dict[str, Any]) -> None:
    """create_identity comes with a mailbox; get and list see the same identity."""
    created = run["created"]
    assert created["agent_handle"] == "sales-agent"
    assert created["email_address"] == created["mailbox"] == "sales-agent@inkboxmail.com"
    assert created["phone_number"] is None
    assert run["got"]["id"] == created["id"]
    assert run["got"]["email_address"] == "sales-agent@inkboxmail.com"
    assert run["got"]["mailbox_identity"] == created["id"]
    assert run["listed"] == [
        ["sales-agent", "sales-agent@inkboxmail.com", created["id"]],
        ["support-bot", "support-bot@inkboxmail.com", run["support_id"]],
    ]
    assert run["missing"][0] == 404


def test_whoami(run: dict[str, Any]) -> None:
    """whoami answers for the admin key and for an agent-scoped key."""
    assert run["whoami"] == ["api_key", "api_key.admin_scoped", run["org"]]
    assert run["agent_whoami"] == ["api_key", "api_key.agent_scoped.claimed", run["org"]]


def test_agent_key_scope(run: dict[str, Any]) -> None:
    """An agent key lists only its identity and gets 403 on admin-only calls."""
    assert run["agent_listed"] == ["support-bot"]
    assert run["agent_filter_mode"][0] == 403
    assert run["agent_set_default"][0] == 403


def test_mailboxes_list_get(run: dict[str, Any]) -> None:
    """mailboxes.list/get return the identities' mailboxes with their fields."""
    listed = {m["email_address"]: m for m in run["mailboxes"]}
    assert sorted(listed) == ["sales-agent@inkboxmail.com", "support-bot@inkboxmail.com"]
    mine = listed["sales-agent@inkboxmail.com"]
    assert mine["agent_identity_id"] == run["created"]["id"]
    assert mine["sending_domain"] == "inkboxmail.com"
    assert mine["filter_mode"] == "blacklist"
    assert run["mailbox"] == mine


def test_mailbox_filter_mode_notice(run: dict[str, Any]) -> None:
    """A filter_mode flip returns the change notice; a no-op flip returns none."""
    assert run["flipped"] == ["whitelist", [0, "block", "whitelist"]]
    assert run["flipped_again_notice"] is None


def test_domains(run: dict[str, Any]) -> None:
    """domains.list (with a status filter) and set_default, then an identity on the domain."""
    assert run["domains"] == [
        ["mail.acme.com", "verified", False, True],
        ["pending.acme.com", "pending", False, True],
    ]
    assert run["verified"] == ["mail.acme.com"]
    assert run["set_default"] == "mail.acme.com"
    assert run["default_now"] == ["mail.acme.com"]
    assert run["custom"] == ["custom-bot@mail.acme.com", "mail.acme.com"]
    assert run["cleared"] is None


def test_update_display_name(run: dict[str, Any]) -> None:
    """The display name set by the official SDK is what our SDK reads."""
    assert run["display_name"] == "Sales Desk"
    if run["version"] == GUIDE_ERA:  # on the mailbox in the guide's era
        assert run["ours_mailboxes"]["sales-agent@inkboxmail.com"][0] == "Sales Desk"


def test_delete(run: dict[str, Any]) -> None:
    """delete() removes the identity from list and get; its mailbox stays (unlinked)."""
    assert run["after_delete"] == ["custom-bot", "support-bot"]
    assert run["deleted_get"][0] == 404
    assert [h for h, _ in run["ours_identities"]] == ["custom-bot", "support-bot"]
    if run["version"] != GUIDE_ERA:
        kept = run["ours_mailboxes"]["sales-agent@inkboxmail.com"]
        assert kept[2] is None


@pytest.mark.parametrize("run", [GUIDE_ERA], indirect=True)
def test_guide_era_mailbox_calls(run: dict[str, Any]) -> None:
    """Guide-era mailbox update/create/delete and identity assign/unlink (0.3.1 only)."""
    assert run["webhook_set"] == "https://example.com/hook"
    assert run["webhook_cleared"] is None
    assert run["unlinked"] == [None, None]
    assert run["spare"]["email_address"] == "spare-box@mail.acme.com"
    assert run["spare"]["sending_domain"] == "mail.acme.com"
    assert run["spare"]["agent_identity_id"] == run["created"]["id"]
    assert run["spare_linked"] == "spare-box@mail.acme.com"
    assert run["assigned"] == ["sales-agent@inkboxmail.com", "sales-agent@inkboxmail.com"]
    assert run["deleted_mailbox"][0] == 404
    assert run["second_mailbox"][0] == 409  # an identity has one mailbox
    assert "spare-box@mail.acme.com" not in run["ours_mailboxes"]
    assert run["ours_mailboxes"]["sales-agent@inkboxmail.com"][2] is None  # unlinked by delete()


@pytest.mark.parametrize("run", [GUIDE_ERA], indirect=True)
def test_guide_era_rename(run: dict[str, Any]) -> None:
    """identity.update(new_handle=...) renames; the old handle is 404 (0.3.1 only)."""
    assert run["renamed"] == ["new-name", "new-name"]
    assert run["old_handle"][0] == 404
    assert run["refreshed"] == "new-name"
