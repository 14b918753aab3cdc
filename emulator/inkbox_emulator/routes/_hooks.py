"""Generic test hooks under `/_emulator/` (documented in README; not part of the Inkbox API).

Phone, text and call hooks live with their family's routes (ARCHITECTURE.md §7).
"""

from __future__ import annotations

from typing import Any

from ..dispatch import Hook, HookCall, Reply
from ..errors import NotFound, Unprocessable
from ..faults import parse_faults
from ..store.core import count_identities, delivery_log, identity_by_handle, organization, signup_of
from ..store.mail import count_messages, domain_by_name, domain_insert, domain_update, outside_mail
from ..world.identities import mint_agent_key
from ..world.mail import inject_inbound
from .domains import domain_json

__all__ = ["hooks"]


def reset(call: HookCall) -> dict[str, Any]:
    call.world.reset()
    return {"admin_api_key": call.world.admin_key, "organization_id": call.world.organization_id}


def state(call: HookCall) -> dict[str, Any]:
    world = call.world
    return {
        "organization_id": world.organization_id,
        "identities": count_identities(world.store),
        "messages": count_messages(world.store),
        "faults": world.faults.plan.describe(),
        "fault_counts": dict(world.faults.counts),
        "clock_offset_seconds": world.clock.offset_seconds,
        "now": world.clock.now_iso(),
    }


def mint_api_key(call: HookCall) -> dict[str, Any]:
    """An agent-scoped (claimed) key for an identity, as the console would make one."""
    handle = str(call.json.get("agent_handle", "")).removeprefix("@")
    identity = identity_by_handle(call.world.store, handle)
    if identity is None:
        raise NotFound(f"No identity {handle!r}")
    secret, key_id = mint_agent_key(
        call.world,
        identity,
        label=call.json.get("label") or f"{handle} agent key",
        created_by="emulator",
        creator_type="system",
    )
    return {"api_key": secret, "key_id": key_id, "identity_id": identity["id"]}


def set_faults(call: HookCall) -> dict[str, Any]:
    try:
        plan = parse_faults(call.json.get("spec"))
    except ValueError as exc:
        raise Unprocessable(str(exc)) from None
    seed = call.json.get("seed")
    call.world.faults.replace(plan, seed if isinstance(seed, int) else None)
    return {"faults": plan.describe()}


def advance_clock(call: HookCall) -> dict[str, Any]:
    seconds = call.json.get("seconds")
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        raise Unprocessable("seconds must be a number >= 0")
    try:
        call.world.clock.advance(float(seconds))
    except (ValueError, OverflowError) as exc:
        raise Unprocessable(str(exc)) from None
    return {"now": call.world.clock.now_iso()}


def webhook_log(call: HookCall) -> list[dict[str, Any]]:
    rows = delivery_log(
        call.world.store, url=call.query.get("url"), event_type=call.query.get("event_type")
    )
    return [{k: v for k, v in row.items() if k != "seq"} for row in rows]


def inject_email(call: HookCall) -> dict[str, Any]:
    """Mail from the outside world to the emulator's mailboxes (each `to`/`cc` that is one)."""
    delivered = inject_inbound(call.world, call.json)
    return {**delivered[0], "deliveries": delivered}


async def flush_webhooks(call: HookCall) -> dict[str, Any]:
    await call.world.webhooks.idle()
    return {"flushed": True}


def outside(call: HookCall) -> list[dict[str, Any]]:
    return [
        {k: v for k, v in row.items() if k != "seq"}
        for row in outside_mail(call.world.store, call.query.get("to"))
    ]


def signup_code(call: HookCall) -> dict[str, Any]:
    identity = identity_by_handle(call.world.store, call.path["agent_handle"].removeprefix("@"))
    row = signup_of(call.world.store, identity["id"]) if identity else None
    if row is None:
        raise NotFound("No such signup")
    return {
        "verification_code": row["verification_code"],
        "human_email": row["human_email"],
        "claim_status": "agent_claimed" if row["claimed_at"] else "agent_unclaimed",
    }


def add_domain(call: HookCall) -> Reply:
    """Register a custom sending domain (the console's job; the spec has no such operation)."""
    name = str(call.json.get("domain", "")).strip().lower()
    status = call.json.get("status", "verified")
    if "." not in name:
        raise Unprocessable("'domain' must be a domain name")
    world = call.world
    org_id = call.json.get("organization_id") or world.organization_id
    now = world.clock.now_iso()
    existing = domain_by_name(world.store, org_id, name)
    verified_at = now if status == "verified" else None
    if existing is None:
        domain_insert(
            world.store,
            {
                "id": f"sending_domain_{world.ids.uuid()}",
                "organization_id": org_id,
                "domain": name,
                "status": status,
                "verified_at": verified_at,
                "created_at": now,
            },
        )
    else:
        domain_update(
            world.store,
            existing["id"],
            {"status": status, "verified_at": existing["verified_at"] or verified_at},
        )
    row = domain_by_name(world.store, org_id, name)
    assert row is not None
    org = organization(world.store, org_id) or {}
    return Reply(
        domain_json(row, org.get("default_domain")), status=201 if existing is None else 200
    )


hooks = [
    Hook("POST", "/reset", reset, "Wipe all state (the admin key survives)"),
    Hook("GET", "/state", state, "Counts, faults, clock"),
    Hook("POST", "/api-keys", mint_api_key, "Mint an agent-scoped key: {agent_handle}"),
    Hook("PUT", "/faults", set_faults, "Replace the fault plan: {spec, seed?}"),
    Hook("POST", "/clock/advance", advance_clock, "Move the clock forward: {seconds}"),
    Hook("GET", "/webhooks", webhook_log, "Webhook delivery log (?url=&event_type=)"),
    Hook("POST", "/webhooks/flush", flush_webhooks, "Wait until queued deliveries were attempted"),
    Hook(
        "POST",
        "/mail/inbound",
        inject_email,
        "Deliver mail from outside: {from, to, subject, body_text?, ...}",
    ),
    Hook("GET", "/mail/outside", outside, "Mail sent to addresses outside the emulator (?to=)"),
    Hook("GET", "/signups/{agent_handle}", signup_code, "A signup's verification code"),
    Hook("POST", "/domains", add_domain, "Register a custom sending domain: {domain, status?}"),
]
