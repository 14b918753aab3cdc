"""The account families over raw HTTP: minted keys honoured, domain claims against the
simulated DNS, affiliations, the deprecation notice of the org-level signing-key routes."""

from __future__ import annotations

import json
from typing import Any


def _identity(emu: Any, handle: str) -> dict[str, Any]:
    with emu.client() as http:
        r = http.post("/api/v1/identities/", json={"agent_handle": handle})
        assert r.status_code == 201, r.text
        return dict(r.json())


def test_minted_key_acts_as_its_identity_only(inkbox_emulator: Any) -> None:
    a = _identity(inkbox_emulator, "acct-a")
    _identity(inkbox_emulator, "acct-b")
    with inkbox_emulator.client() as http:
        r = http.post("/api/v1/api-keys", json={"label": "a key", "scoped_identity_id": a["id"]})
        assert r.status_code == 201, r.text
        created = r.json()
        assert created["record"]["scoped_identity_id"] == a["id"]
        assert created["record"]["last4"] == created["api_key"][-4:]
        assert http.post("/api/v1/api-keys", json={"label": "admin"}).status_code == 403
    with inkbox_emulator.client(api_key=created["api_key"]) as agent:
        assert agent.get("/api/v1/identities/acct-a").status_code == 200
        assert agent.get("/api/v1/identities/acct-b").status_code == 403
        listed = agent.get("/api/v1/identities/").json()
        assert [i["agent_handle"] for i in listed] == ["acct-a"]
        r = agent.post("/api/v1/api-keys", json={"label": "x", "scoped_identity_id": a["id"]})
        assert r.status_code == 403


def test_domain_claim_verifies_against_simulated_dns(inkbox_emulator: Any) -> None:
    _identity(inkbox_emulator, "acct-c")
    with inkbox_emulator.client() as http:
        claim = http.post("/api/v1/organization-domains", json={"domain": "Acme.test"}).json()
        assert claim["state"] == "pending" and claim["domain"] == "acme.test"
        r = http.post(f"/api/v1/organization-domains/{claim['id']}/verify")
        assert r.json()["state"] == "pending"
        assert r.json()["last_check_result"] == "txt_record_not_found"
        body = {"domain_claim_id": claim["id"]}
        assert (
            http.put("/api/v1/identities/acct-c/domain-affiliation", json=body).status_code == 409
        )
        record = claim["dns_record"]
        inkbox_emulator.hook(
            "PUT", "/dns/txt", json={"name": record["name"], "value": record["value"]}
        )
        verified = http.post(f"/api/v1/organization-domains/{claim['id']}/verify").json()
        assert verified["state"] == "verified" and verified["valid_until"]
        aff = http.put("/api/v1/identities/acct-c/domain-affiliation", json=body)
        assert aff.status_code == 200, aff.text
        assert aff.json()["affiliation"]["domain"] == "acme.test"
        assert http.delete(f"/api/v1/organization-domains/{claim['id']}").status_code == 204
        gone = http.get("/api/v1/identities/acct-c/domain-affiliation").json()
        assert gone == {"domain_claim_id": None, "domain": None, "affiliation": None}


def test_org_signing_key_routes_carry_a_deprecation_notice(inkbox_emulator: Any) -> None:
    with inkbox_emulator.client() as http:
        r = http.get("/api/v1/signing-keys")
        notices = json.loads(r.headers["Inkbox-Notices"])
        assert notices[0]["code"] == "deprecated_endpoint"
        assert "Inkbox-Notices" not in http.get("/api/v1/identities/").headers
