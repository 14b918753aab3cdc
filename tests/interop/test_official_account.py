"""The official 0.7.20 client's account calls against our emulator, unchanged.

One script drives every new call of the families (API keys, organization domains and
identity affiliation, per-identity signing keys, the `identities` resource, response
metadata); our SDK sets state up before it and reads the outcome after it, so each value is
checked from both sides.
"""

from __future__ import annotations

from typing import Any

import pytest

from inkbox import Inkbox, PermissionDeniedError
from inkbox_emulator.pytest_plugin import EmulatorHandle
from tests.interop.official import run_official

SCRIPT = r"""
import json, sys
import httpx
from inkbox import (
    FilterMode, IdentityPhoneNumberCreateOptions, IdentityTunnelCreateOptions, Inkbox,
)
from inkbox.exceptions import InkboxAPIError

args = json.load(sys.stdin)
base = args["base_url"]
out = {}


def status_of(fn):
    try:
        fn()
    except InkboxAPIError as e:
        return e.status_code
    return None


def publish(name, value):
    httpx.put(base + "/_emulator/dns/txt", json={"name": name, "value": value}).raise_for_status()


with Inkbox(api_key=args["api_key"], base_url=base) as ib:
    # API keys
    created = ib.api_keys.create(label="from 0.7.20", scoped_identity_id=args["ours_id"])
    out["key"] = {
        "api_key": created.api_key,
        "scoped": str(created.record.scoped_identity_id),
        "label": created.record.label,
        "status": created.record.status.value,
        "last4": created.record.last4,
    }
    out["admin_key_refused"] = status_of(lambda: ib.api_keys.create(label="admin"))

    # organization domains + affiliation
    claim = ib.organization_domains.create("official.test")
    out["claim"] = {"id": claim.id, "state": claim.state.value, "name": claim.dns_record.name}
    out["unverified_affiliation"] = status_of(
        lambda: ib.identities.set_domain_affiliation("ours-agent", claim.id)
    )
    publish(claim.dns_record.name, claim.dns_record.value)
    verified = ib.organization_domains.verify(claim.id)
    out["verified"] = [verified.state.value, verified.last_check_result]
    out["got_state"] = ib.organization_domains.get(args["ours_claim"]).state.value
    page = ib.organization_domains.list(limit=1)
    out["page"] = [[c.domain for c in page.items], page.next_cursor is not None]
    rest = ib.organization_domains.list(cursor=page.next_cursor, limit=50)
    out["rest"] = [c.domain for c in rest.items]
    link = ib.identities.set_domain_affiliation("ours-agent", claim.id)
    out["link"] = [link.domain_claim_id, link.domain, link.affiliation.domain, link.affiliation.verifier]
    got = ib.identities.get_domain_affiliation("ours-agent")
    out["link_got"] = got.domain
    ib.identities.remove_domain_affiliation("ours-agent")
    out["link_removed"] = ib.identities.get_domain_affiliation("ours-agent").domain
    ib.identities.set_domain_affiliation("ours-agent", claim.id)
    doomed = ib.organization_domains.create("doomed.test")
    ib.organization_domains.delete(doomed.id)
    out["deleted_get"] = status_of(lambda: ib.organization_domains.get(doomed.id))

    # identities resource
    made = ib.identities.create(
        agent_handle="official-agent",
        display_name="Official",
        contact_sharing_enabled=False,
        tunnel=IdentityTunnelCreateOptions(tls_mode="passthrough"),
        phone_number=IdentityPhoneNumberCreateOptions(type="local"),
    )
    out["made"] = {
        "handle": made.agent_handle,
        "tunnel_tls": made.tunnel.tls_mode.value if made.tunnel else None,
        "has_number": made.phone_number is not None,
    }
    out["listed"] = sorted(i.agent_handle for i in ib.identities.list())
    ib.identities.update(
        "official-agent",
        description="updated",
        mail_inbound_filter_mode=FilterMode.WHITELIST,
        phone_filter_mode="whitelist",
        idempotency_key="official-update-1",
    )
    identity = ib.get_identity("official-agent")
    out["modes"] = [
        identity.mail_filter_mode.value,
        identity.mail_inbound_filter_mode.value,
        identity.mail_outbound_filter_mode.value,
        identity.phone_filter_mode.value,
        identity.contact_sharing_enabled,
        identity.tunnel.tls_mode.value if identity.tunnel else None,
    ]
    ib.identities.release_phone_number("official-agent")
    out["released"] = ib.identities.get("official-agent").phone_number is None
    out["release_again"] = status_of(lambda: ib.identities.release_phone_number("official-agent"))

    # signing keys
    out["status_before"] = ib.signing_keys.get_status("ours-agent").configured
    key = ib.signing_keys.create_or_rotate("ours-agent")
    out["ours_key"] = key.signing_key
    ident = ib.get_identity("official-agent")
    own = ident.create_signing_key()
    status = ident.get_signing_key_status()
    out["own_status"] = [status.configured, status.created_at.isoformat() == own.created_at.isoformat()]
    ident = ib.get_identity("official-agent")
    out["identity_key_props"] = [ident.signing_key_configured, ident.signing_key_created_at is not None]
    out["unknown_status"] = status_of(lambda: ib.signing_keys.get_status("nobody-at-all"))

    # response metadata
    answer = ib.with_response_metadata(lambda scoped: scoped.signing_keys.get_status().configured)
    out["metadata"] = [answer.data, [(n.code, n.level) for n in answer.notices or []]]

    ib.identities.delete("official-agent")
    out["deleted"] = status_of(lambda: ib.identities.get("official-agent"))

with Inkbox(api_key=created.api_key, base_url=base) as scoped:
    out["scoped_list"] = [i.agent_handle for i in scoped.identities.list()]
    out["scoped_other"] = status_of(lambda: scoped.identities.get("other-agent"))

print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def run(emulator: EmulatorHandle) -> dict[str, Any]:
    """Set up with our SDK, run the 0.7.20 script, read the outcome back with ours."""
    emulator.reset()
    before = len(emulator.violations)
    with Inkbox(emulator.admin_key, base_url=emulator.url) as ours:
        agent = ours.create_identity("ours-agent")
        ours.create_identity("other-agent")
        claim = ours.organization_domains.create("ours.test")
        emulator.set_txt_record(claim.dns_record.name, claim.dns_record.value)
        ours.organization_domains.verify(claim.id)
        payload = {
            "api_key": emulator.admin_key,
            "base_url": emulator.url,
            "ours_id": str(agent.id),
            "ours_claim": claim.id,
        }
        out: dict[str, Any] = run_official("0.7.20", SCRIPT, payload)
        out["ours_id"] = str(agent.id)
        out["ours_claim"] = claim.id
        out["ours_claims"] = {c.domain: c.state for c in ours.organization_domains.list()}
        out["ours_affiliation"] = ours.identities.get_domain_affiliation("ours-agent")
        out["ours_status"] = ours.signing_keys.get_status("ours-agent")
        with Inkbox(out["key"]["api_key"], base_url=emulator.url) as scoped:
            out["ours_scoped"] = [i.agent_handle for i in scoped.list_identities()]
            try:
                scoped.get_identity("other-agent")
                out["ours_scoped_other"] = None
            except PermissionDeniedError as exc:
                out["ours_scoped_other"] = exc.status_code
    assert emulator.violations[before:] == []
    return out


def test_api_key_minted_by_official_is_honoured_by_both(run: dict[str, Any]) -> None:
    key = run["key"]
    assert key["scoped"] == run["ours_id"]
    assert (key["label"], key["status"], key["last4"]) == (
        "from 0.7.20",
        "active",
        key["api_key"][-4:],
    )
    assert run["admin_key_refused"] == 403
    assert run["scoped_list"] == run["ours_scoped"] == ["ours-agent"]
    assert run["scoped_other"] == run["ours_scoped_other"] == 403


def test_domain_claims_and_affiliation(run: dict[str, Any]) -> None:
    assert run["claim"]["state"] == "pending"
    assert run["claim"]["name"] == "_inkbox-verification.official.test"
    assert run["unverified_affiliation"] == 409
    assert run["verified"] == ["verified", "verified"]
    assert run["got_state"] == "verified"  # a claim our SDK verified, read by 0.7.20
    assert run["page"] == [["official.test"], True]
    assert run["rest"] == ["ours.test"]
    assert run["link"] == [run["claim"]["id"], "official.test", "official.test", "inkbox.ai"]
    assert run["link_got"] == "official.test"
    assert run["link_removed"] is None
    assert run["deleted_get"] == 404
    assert {d: str(s) for d, s in run["ours_claims"].items()} == {
        "official.test": "verified",
        "ours.test": "verified",
    }
    ours = run["ours_affiliation"]
    assert (ours.domain_claim_id, ours.domain) == (run["claim"]["id"], "official.test")


def test_identities_resource(run: dict[str, Any]) -> None:
    assert run["made"] == {
        "handle": "official-agent",
        "tunnel_tls": "passthrough",
        "has_number": True,
    }
    assert run["listed"] == ["official-agent", "other-agent", "ours-agent"]
    assert run["modes"] == [
        "blacklist",
        "whitelist",
        "blacklist",
        "whitelist",
        False,
        "passthrough",
    ]
    assert run["released"] is True
    assert run["release_again"] == 404
    assert run["deleted"] == 404


def test_signing_keys_and_metadata(run: dict[str, Any]) -> None:
    assert run["status_before"] is False
    assert run["ours_status"].configured is True
    assert run["own_status"] == [True, True]
    assert run["identity_key_props"] == [True, True]
    assert run["unknown_status"] == 404
    configured, notices = run["metadata"]
    assert configured is True
    assert notices == [["deprecated_endpoint", "warning"]]
