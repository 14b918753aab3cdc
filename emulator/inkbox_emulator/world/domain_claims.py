"""Organization domain claims checked against a simulated DNS, and identity affiliations.

A claim starts `pending` with a TXT record to publish (`_inkbox-verification.<domain>` =
`inkbox-verification=<token>`). The emulator's DNS is a table that the test hook
`PUT /_emulator/dns/txt` fills; `verify` looks the record up there, as the real service asks
public DNS. Time-driven states are computed from the clock when a claim is read, so advancing
the clock (`/_emulator/clock/advance`) expires claims without a background job:

- `pending` → `pending_expired` once `pending_expires_at` (7 days after the claim) passes;
- a found record makes it `verified` for 30 days (`valid_until`); a later check that misses the
  record moves it to `grace`; a verified or grace claim past `valid_until` is `expired`.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from ..clock import iso, parse_iso
from ..errors import Conflict, Unprocessable
from ..store import Row
from ..store import domain_claims as db
from .state import World

__all__ = [
    "VERIFIER",
    "affiliation_json",
    "check_claim",
    "claim_domain",
    "claim_json",
    "effective_state",
]

VERIFIER = "inkbox.ai"
PENDING_FOR = timedelta(days=7)
VALID_FOR = timedelta(days=30)
RECHECK_EVERY = timedelta(days=1)
_DOMAIN = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def effective_state(world: World, row: Row) -> str:
    """The claim's state now: the stored one, aged by the clock."""
    now = world.clock.now()
    state: str = row["state"]
    if state == "pending" and now >= parse_iso(row["pending_expires_at"]):
        return "pending_expired"
    lapsed = row["valid_until"] and now >= parse_iso(row["valid_until"])
    if state in ("verified", "grace") and lapsed:
        return "expired"
    return state


def claim_json(world: World, row: Row) -> dict[str, Any]:
    """`OrganizationDomain`."""
    state = effective_state(world, row)
    checked = row["last_checked_at"]
    next_check = None
    if state in ("pending", "verified", "grace"):
        base = parse_iso(checked) if checked else world.clock.now()
        next_check = iso(base + RECHECK_EVERY)
    conflict = db.verified_elsewhere(world.store, row["organization_id"], row["domain"])
    recovery = None
    if state in {"pending_expired", "expired"}:
        recovery = "delete_and_reclaim"
    elif state == "grace":
        recovery = "restore_txt_record"
    return {
        "id": row["id"],
        "domain": row["domain"],
        "state": state,
        "dns_record": {"type": "TXT", "name": row["txt_name"], "value": row["txt_value"]},
        "verified_at": row["verified_at"],
        "last_checked_at": checked,
        "last_success_at": row["last_success_at"],
        "valid_until": row["valid_until"],
        "pending_expires_at": row["pending_expires_at"],
        "next_check_at": next_check,
        "last_check_result": row["last_check_result"],
        "ownership_conflict": conflict and state != "verified",
        "recovery_action": recovery,
        "created_at": row["created_at"],
    }


def claim_domain(world: World, org_id: str, raw: str) -> Row:
    domain = raw.strip().lower().rstrip(".")
    if not _DOMAIN.match(domain):
        raise Unprocessable.field(
            ("body", "domain"), "Give a bare domain name such as 'acme.com'", value=raw
        )
    if db.claim_of_domain(world.store, org_id, domain) is not None:
        raise Conflict(f"The organization already claims {domain}; verify or delete that claim")
    now = world.clock.now()
    row: Row = {
        "id": world.ids.uuid(),
        "organization_id": org_id,
        "domain": domain,
        "state": "pending",
        "txt_name": f"_inkbox-verification.{domain}",
        "txt_value": "inkbox-verification=" + world.ids.token(32),
        "pending_expires_at": iso(now + PENDING_FOR),
        "created_at": iso(now),
    }
    db.claim_insert(world.store, row)
    fresh = db.claim(world.store, org_id, row["id"])
    assert fresh is not None
    return fresh


def check_claim(world: World, row: Row) -> Row:
    """Look the TXT record up in the simulated DNS now and record the outcome."""
    state = effective_state(world, row)
    if state in ("pending_expired", "expired"):
        raise Conflict(
            f"The claim on {row['domain']} is {state}; delete it and claim the domain again"
        )
    now = world.clock.now()
    found = row["txt_value"] in db.txt_values(world.store, row["txt_name"])
    taken = db.verified_elsewhere(world.store, row["organization_id"], row["domain"])
    changes: Row = {"last_checked_at": iso(now)}
    if found and not taken:
        changes |= {
            "state": "verified",
            "last_success_at": iso(now),
            "valid_until": iso(now + VALID_FOR),
            "verified_at": row["verified_at"] or iso(now),
            "last_check_result": "verified",
        }
    else:
        changes["last_check_result"] = (
            "claimed_by_another_organization" if taken else "txt_record_not_found"
        )
        if state == "verified":
            changes["state"] = "grace"
    db.claim_update(world.store, row["id"], changes)
    fresh = db.claim(world.store, row["organization_id"], row["id"])
    assert fresh is not None
    return fresh


def affiliation_json(world: World, identity_id: str, org_id: str) -> dict[str, Any]:
    """`IdentityDomainAffiliation`: null fields when the identity has none (or its claim lapsed)."""
    link = db.affiliation(world.store, identity_id)
    row = db.claim(world.store, org_id, link["claim_id"]) if link else None
    if row is None:
        return {"domain_claim_id": None, "domain": None, "affiliation": None}
    asserted = None
    if effective_state(world, row) in ("verified", "grace"):
        asserted = {
            "domain": row["domain"],
            "verifier": VERIFIER,
            "last_success_at": row["last_success_at"],
            "valid_until": row["valid_until"],
        }
    return {"domain_claim_id": row["id"], "domain": row["domain"], "affiliation": asserted}
