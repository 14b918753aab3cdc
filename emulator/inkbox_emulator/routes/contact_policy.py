"""Contact permissions, communication policy, previews, the permission roster and
correspondence (0.7.20). The model is `world.contact_policy`; `update_contact_access_settings`
(in `contacts`) writes the same state.

Admin keys manage everything; an identity-scoped key may list its own identity's contact
previews and read its own correspondence (another identity's: 403).
"""

from __future__ import annotations

from typing import Any

from ..dispatch import Call
from ..errors import NotFound, Unprocessable
from ..scoping import forbid_other_identity, identity_for, identity_or_404
from ..store import Row
from ..store import contacts as store_contacts
from ..world import contact_policy as policy
from ..world import correspondence as world_correspondence
from .contacts import _contact

_ALL = 10**9


def _target(call: Call, what: str) -> tuple[Row, Row]:
    call.me.require_admin(what)
    return identity_for(call, call.path["agent_handle"]), _contact(call)


def get_contact_permissions(call: Call) -> dict[str, Any]:
    identity, contact = _target(call, "Contact permissions")
    return policy.permissions_view(call.world, contact, identity["id"])


def update_contact_permissions(call: Call) -> dict[str, Any]:
    identity, contact = _target(call, "Contact permissions")
    return policy.update_permissions(call.world, contact, identity["id"], call.json)


def get_contact_communication_policy(call: Call) -> dict[str, Any]:
    call.me.require_admin("Contact communication policies")
    contact = _contact(call)
    identity_id = call.query.get("identity_id")
    if identity_id is not None:
        identity_or_404(call.store, call.me, identity_id)
    return policy.policy_json(call.world, contact, identity_id)


def replace_contact_communication_policy(call: Call) -> dict[str, Any]:
    call.me.require_admin("Contact communication policies")
    return policy.replace(call.world, _contact(call), call.json)


def preview_contact_communication(call: Call) -> dict[str, Any]:
    call.me.require_admin("Contact communication previews")
    contact = _contact(call)
    identity = identity_or_404(call.store, call.me, call.query["identity_id"])
    return policy.preview_json(call.world, contact, identity["id"])


def _page(call: Call) -> tuple[int, int]:
    return call.query.get("limit", 50), call.query.get("offset", 0)


def list_identity_contact_communication_policies(call: Call) -> dict[str, Any]:
    identity = identity_for(call, call.path["agent_handle"])
    limit, offset = _page(call)
    rows = store_contacts.contacts_page(
        call.store,
        call.me.organization_id,
        visible_to=identity["id"],
        q=None,
        order="recent",
        limit=limit + 1,
        offset=offset,
    )
    return {
        "items": [policy.preview_json(call.world, r, identity["id"]) for r in rows[:limit]],
        "limit": limit,
        "offset": offset,
        "has_more": len(rows) > limit,
    }


def list_identity_contact_permissions(call: Call) -> dict[str, Any]:
    call.me.require_admin("The contact permission roster")
    identity = identity_for(call, call.path["agent_handle"])
    limit, offset = _page(call)
    rows = store_contacts.contacts_page(
        call.store,
        call.me.organization_id,
        visible_to=None,
        q=call.query.get("q") or None,
        order=call.query.get("order") or "recent",
        limit=_ALL,
        offset=0,
    )
    wanted = call.query.get("review_status") or []
    if wanted:
        rows = [r for r in rows if (r.get("review_status") or "confirmed") in wanted]
    page = rows[offset : offset + limit]
    return {
        "items": [policy.roster_entry(call.world, r, identity["id"]) for r in page],
        "limit": limit,
        "offset": offset,
        "has_more": len(rows) > offset + limit,
    }


def get_contact_correspondence(call: Call) -> dict[str, Any]:
    identity_id = call.query.get("identity_id")
    if call.me.is_agent:
        forbid_other_identity(call.me, identity_id or call.me.identity_id)
        identity_id = call.me.identity_id
    elif identity_id is None:
        raise Unprocessable.field(("query", "identity_id"), "required with an admin key")
    if identity_id is None:  # an agent key always names its identity
        raise NotFound("Identity not found")
    identity_or_404(call.store, call.me, identity_id)
    contact = _contact(call)
    return world_correspondence.correspondence(call.world, contact, identity_id, call.query)


routes = [
    get_contact_permissions,
    update_contact_permissions,
    get_contact_communication_policy,
    replace_contact_communication_policy,
    preview_contact_communication,
    list_identity_contact_communication_policies,
    list_identity_contact_permissions,
    get_contact_correspondence,
]
