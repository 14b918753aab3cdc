"""Contact facts: list (expired ones on request), get, create/edit/delete (admin keys), and
citations resolved for the caller; a hook records what the service would learn from traffic.

Agent keys read the facts of the contacts they can see whose memories are shared with them.
"""

from __future__ import annotations

from typing import Any

from ..dispatch import Call, Hook, HookCall
from ..errors import Forbidden, NotFound
from ..store import Row
from ..store import contact_facts as store_facts
from ..store import contacts as store_contacts
from ..world import contact_facts as world_facts
from ..world import contact_policy
from .contacts import _contact


def _origin(call: Call) -> str:
    """scheme://host the caller reached us at: citation URLs point back to this API."""
    scheme = call.headers.get("x-forwarded-proto") or "http"
    return f"{scheme}://{call.headers.get('host', 'localhost')}"


def _readable_contact(call: Call) -> Row:
    contact = _contact(call)
    if call.me.is_agent:
        # Memories as the policy decides them (explicit decisions, defaults, then access).
        state = contact_policy.effective(call.world, contact, call.me.identity_id or "")
        if not state["memories"]:
            raise Forbidden("This contact's memories are not shared with this identity")
    return contact


def _fact(call: Call, contact: Row) -> Row:
    return world_facts.fact_or_404(call.world, contact, call.path["fact_id"])


def _json(call: Call, row: Row) -> dict[str, Any]:
    return world_facts.fact_json(call.world, call.me, _origin(call), row)


def list_contact_facts(call: Call) -> list[dict[str, Any]]:
    contact = _readable_contact(call)
    rows = store_facts.facts_of(
        call.store,
        contact["id"],
        now=call.world.clock.now_iso(),
        include_expired=bool(call.query.get("include_expired", False)),
    )
    return [_json(call, row) for row in rows]


def create_contact_fact(call: Call) -> dict[str, Any]:
    call.me.require_admin("Recording contact facts")
    row = world_facts.create_fact(
        call.world, _contact(call), call.json["content"], call.json["kind"]
    )
    return _json(call, row)


def get_contact_fact(call: Call) -> dict[str, Any]:
    return _json(call, _fact(call, _readable_contact(call)))


def update_contact_fact(call: Call) -> dict[str, Any]:
    call.me.require_admin("Editing contact facts")
    fact = _fact(call, _contact(call))
    return _json(call, world_facts.update_fact(call.world, fact, call.json))


def delete_contact_fact(call: Call) -> dict[str, Any]:
    call.me.require_admin("Deleting contact facts")
    return world_facts.delete_fact(call.world, _fact(call, _contact(call)))


def resolve_contact_fact_citation(call: Call) -> dict[str, Any]:
    fact = _fact(call, _readable_contact(call))
    return world_facts.resolve_citation(
        call.world, call.me, _origin(call), fact, call.path["citation_id"]
    )


# ── hooks ─────────────────────────────────────────────────────────────────────


def record_learned_fact(hook: HookCall) -> dict[str, Any]:
    """`{"content", "kind", "confidence"?, "expires_at"?, "citations"?: [{"source_type":
    "email_message"|"text_message"|"phone_call", "source_id"}]}`: a fact the service learned."""
    world = hook.world
    contact_id = str(hook.path["contact_id"])
    contact = store_contacts.contact(world.store, world.organization_id, contact_id)
    if contact is None:
        raise NotFound(f"Contact {contact_id} not found")
    row = world_facts.record_learned_fact(world, contact, hook.json)
    return {"id": row["id"], "contact_id": row["contact_id"], "expires_at": row["expires_at"]}


routes = [
    list_contact_facts,
    create_contact_fact,
    get_contact_fact,
    update_contact_fact,
    delete_contact_fact,
    resolve_contact_fact_citation,
]
hooks = [
    Hook(
        "POST",
        "/contacts/{contact_id}/facts",
        record_learned_fact,
        "Record a fact the service learned from a message, text or call",
    ),
]
