"""Lookups shared by the phone-number-scoped families (numbers, calls, texts, phone rules)."""

from __future__ import annotations

from ..dispatch import Call
from ..errors import NotFound, Unprocessable
from ..scoping import forbid_other_identity, identity_or_404
from ..store import Row
from ..store import phone as store_phone
from ..world import phone as world_phone

__all__ = ["number_for", "scoped_identity", "visible_blocked"]


def number_for(call: Call, number_id: str, *, active: bool = True) -> Row:
    """The caller's number: 404 when it is not this org's (or released, if `active`), 403 when
    an agent key reaches for another identity's number."""
    row = store_phone.number_by_id(call.store, call.me.organization_id, number_id)
    if row is None:
        raise NotFound(f"Phone number {number_id} not found")
    forbid_other_identity(call.me, row["agent_identity_id"])
    if active and row["status"] != "active":
        raise NotFound(f"Phone number {number_id} has been released")
    return world_phone.refresh(call.world, row)


def visible_blocked(call: Call) -> bool | None:
    """The `is_blocked` filter of a call or text list: agent keys never see rows a contact rule
    blocked; admin keys filter as they ask."""
    return False if call.me.is_agent else call.query.get("is_blocked")


def scoped_identity(call: Call, identity_id: str | None, loc: tuple[str, ...]) -> str:
    """The identity an `agent_identity_id`-keyed phone call is about: an agent key's own when
    it names none (403 for another's), an admin key must name one (422) of its org (404)."""
    me = call.me
    if me.is_agent:
        identity_id = identity_id or me.identity_id
        forbid_other_identity(me, identity_id)
    elif identity_id is None:
        raise Unprocessable.field(loc, "Field required", kind="missing")
    else:
        identity_or_404(call.store, me, identity_id)
    return str(identity_id)
