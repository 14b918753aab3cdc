"""organization_domains: domain claims verified against the simulated DNS (admin only), and
the domain affiliation of identities. The DNS test hook lives here too."""

from __future__ import annotations

from typing import Any

from ..dispatch import Call, Hook, HookCall
from ..errors import Conflict, NotFound, Unprocessable
from ..scoping import identity_for
from ..store import domain_claims as db
from ..world.domain_claims import (
    affiliation_json,
    check_claim,
    claim_domain,
    claim_json,
    effective_state,
)

__all__ = ["hooks", "routes"]


def _claim(call: Call) -> dict[str, Any]:
    row = db.claim(call.store, call.me.organization_id, call.path["claim_id"])
    if row is None:
        raise NotFound("Domain claim not found")
    return row


def create_organization_domain(call: Call) -> dict[str, Any]:
    call.me.require_admin("Claiming a domain")
    row = claim_domain(call.world, call.me.organization_id, call.json["domain"])
    return claim_json(call.world, row)


def list_organization_domains(call: Call) -> dict[str, Any]:
    call.me.require_admin("Listing domain claims")
    limit: int = call.query["limit"]
    before = None
    if "cursor" in call.query:
        try:
            before = int(call.query["cursor"])
        except ValueError:
            raise Unprocessable.field(
                ("query", "cursor"), "Not a cursor this list handed out", value=call.query["cursor"]
            ) from None
    rows = db.claims_page(call.store, call.me.organization_id, before, limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    return {
        "items": [claim_json(call.world, r) for r in rows],
        "next_cursor": str(rows[-1]["seq"]) if more else None,
        "has_more": more,
    }


def get_organization_domain(call: Call) -> dict[str, Any]:
    call.me.require_admin("Reading a domain claim")
    return claim_json(call.world, _claim(call))


def verify_organization_domain(call: Call) -> dict[str, Any]:
    call.me.require_admin("Verifying a domain claim")
    return claim_json(call.world, check_claim(call.world, _claim(call)))


def delete_organization_domain(call: Call) -> None:
    call.me.require_admin("Releasing a domain claim")
    db.claim_delete(call.store, _claim(call)["id"])


def get_identity_domain_affiliation(call: Call) -> dict[str, Any]:
    identity = identity_for(call, call.path["agent_handle"])
    return affiliation_json(call.world, identity["id"], call.me.organization_id)


def set_identity_domain_affiliation(call: Call) -> dict[str, Any]:
    identity = identity_for(call, call.path["agent_handle"])
    call.me.require_admin("Setting a domain affiliation")
    row = db.claim(call.store, call.me.organization_id, call.json["domain_claim_id"])
    if row is None:
        raise NotFound("Domain claim not found")
    state = effective_state(call.world, row)
    if state != "verified":
        raise Conflict(f"The claim on {row['domain']} is {state}; verify it first")
    db.affiliation_set(call.store, identity["id"], row["id"], call.world.clock.now_iso())
    return affiliation_json(call.world, identity["id"], call.me.organization_id)


def remove_identity_domain_affiliation(call: Call) -> None:
    identity = identity_for(call, call.path["agent_handle"])
    call.me.require_admin("Removing a domain affiliation")
    db.affiliation_remove(call.store, identity["id"])


def set_txt_record(call: HookCall) -> dict[str, Any]:
    """Publish (`value` given) or clear (`value` null) TXT records at `name`."""
    name = str(call.json.get("name", "")).strip().lower().rstrip(".")
    if not name:
        raise Unprocessable("name is required")
    value = call.json.get("value")
    if value is None:
        db.txt_clear(call.world.store, name)
    else:
        db.txt_set(call.world.store, name, str(value))
    return {"name": name, "values": db.txt_values(call.world.store, name)}


routes = [
    create_organization_domain,
    list_organization_domains,
    get_organization_domain,
    verify_organization_domain,
    delete_organization_domain,
    get_identity_domain_affiliation,
    set_identity_domain_affiliation,
    remove_identity_domain_affiliation,
]

hooks = [
    Hook("PUT", "/dns/txt", set_txt_record, "Publish or clear a TXT record: {name, value|null}"),
]
