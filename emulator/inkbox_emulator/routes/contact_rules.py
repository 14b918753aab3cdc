"""Mail and phone contact rules: the guide's owner-keyed routes, the current identity-keyed
ones (`/identities/{handle}/…-contact-rules`) and the org-wide lists, over the same rows.

Access (api-surface-B §5.1): list, get and create for admin and claimed agent keys on their own
mailbox/number/identity; update, delete and the org-wide lists for admin keys only (403
otherwise).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, Literal

import attrs

from ..dispatch import Call, Reply
from ..errors import NotFound
from ..scoping import identity_for, mailbox_for, require_claimed
from ..store import Row
from ..store import rules as store_rules
from ..world import rules as world_rules
from ._phone_common import number_for

Kind = Literal["mail", "phone"]
Json = Callable[[Row], dict[str, Any]]


@attrs.frozen
class _Scope:
    """Where a request's rules live: `owners` (the first is where new rules go), the identity
    new rules are recorded for, and how a rule is shown on this route."""

    kind: Kind
    owners: tuple[str, ...]
    identity_id: str | None
    show: Json


def _owner(call: Call, kind: Kind) -> _Scope:
    """The owner-keyed routes: the path's mailbox or number."""
    require_claimed(call.me, "Contact rules")
    if kind == "mail":
        mailbox = mailbox_for(call, call.path["email_address"])
        owner_id, identity_id = mailbox["id"], mailbox.get("identity_id")
    else:
        number = number_for(call, call.path["phone_number_id"])
        owner_id, identity_id = number["id"], number["agent_identity_id"]
    return _Scope(kind, (owner_id,), identity_id, partial(world_rules.rule_json, kind))


def _identity(call: Call, kind: Kind) -> _Scope:
    """The identity-keyed routes: the same rows, reached through the identity's channel
    (404 outside the organization, 403 for another agent's identity)."""
    require_claimed(call.me, "Contact rules")
    identity = identity_for(call, call.path["agent_handle"])
    owners = world_rules.identity_owners(call.world, kind, identity["id"])
    show = partial(world_rules.identity_rule_json, kind, identity_id=identity["id"])
    return _Scope(kind, owners, identity["id"], show)


def _rule(call: Call, scope: _Scope) -> Row:
    row = store_rules.rule_of_owner(call.store, scope.kind, scope.owners, call.path["rule_id"])
    if row is None:
        raise NotFound(f"Contact rule {call.path['rule_id']} not found")
    return row


def _list(
    call: Call, kind: Kind, owners: tuple[str, ...] | None, show: Json
) -> list[dict[str, Any]]:
    query = call.query
    rows = store_rules.rules_page(
        call.store,
        call.me.organization_id,
        kind,
        owners=owners,
        action=query.get("action"),
        match_type=query.get("match_type"),
        direction=query.get("direction"),
        limit=query.get("limit", 50),
        offset=query.get("offset", 0),
    )
    return [show(r) for r in rows]


def _list_of(call: Call, scope: _Scope) -> list[dict[str, Any]]:
    return _list(call, scope.kind, scope.owners, scope.show)


def _list_all(call: Call, kind: Kind, owner_param: str) -> list[dict[str, Any]]:
    """The org-wide list, narrowed to one mailbox/number and/or one identity's rules."""
    call.me.require_admin(f"Listing every {kind} contact rule")
    owners: tuple[str, ...] | None = None
    if owner_param in call.query:
        owners = (call.query[owner_param],)
    identity_id = call.query.get("agent_identity_id")
    if identity_id is not None:
        mine = world_rules.identity_owners(call.world, kind, identity_id)
        owners = mine if owners is None else tuple(o for o in owners if o in mine)
    return _list(call, kind, owners, partial(world_rules.rule_json, kind))


def _create(call: Call, scope: _Scope) -> Reply:
    row, new = world_rules.create_rule(
        call.world,
        scope.kind,
        org_id=call.me.organization_id,
        owner_id=scope.owners[0],
        identity_id=scope.identity_id,
        body=call.json,
    )
    return Reply(scope.show(row), status=201 if new else 200)


def _get(call: Call, scope: _Scope) -> dict[str, Any]:
    return scope.show(_rule(call, scope))


def _update(call: Call, scope: _Scope) -> dict[str, Any]:
    call.me.require_admin("Updating contact rules")
    return scope.show(world_rules.update_rule(call.world, _rule(call, scope), call.json))


def _delete(call: Call, scope: _Scope) -> None:
    call.me.require_admin("Deleting contact rules")
    store_rules.rule_delete(call.store, _rule(call, scope)["id"])


# ── mail ────────────────────────────────────────────────────────────────────────


def list_mail_contact_rules(call: Call) -> list[dict[str, Any]]:
    return _list_of(call, _owner(call, "mail"))


def create_mail_contact_rule(call: Call) -> Reply:
    return _create(call, _owner(call, "mail"))


def get_mail_contact_rule(call: Call) -> dict[str, Any]:
    return _get(call, _owner(call, "mail"))


def update_mail_contact_rule(call: Call) -> dict[str, Any]:
    return _update(call, _owner(call, "mail"))


def delete_mail_contact_rule(call: Call) -> None:
    _delete(call, _owner(call, "mail"))


def list_all_mail_contact_rules(call: Call) -> list[dict[str, Any]]:
    return _list_all(call, "mail", "mailbox_id")


def list_mail_identity_contact_rules(call: Call) -> list[dict[str, Any]]:
    return _list_of(call, _identity(call, "mail"))


def create_mail_identity_contact_rule(call: Call) -> Reply:
    return _create(call, _identity(call, "mail"))


def get_mail_identity_contact_rule(call: Call) -> dict[str, Any]:
    return _get(call, _identity(call, "mail"))


def update_mail_identity_contact_rule(call: Call) -> dict[str, Any]:
    return _update(call, _identity(call, "mail"))


def delete_mail_identity_contact_rule(call: Call) -> None:
    _delete(call, _identity(call, "mail"))


# ── phone ───────────────────────────────────────────────────────────────────────


def list_phone_contact_rules(call: Call) -> list[dict[str, Any]]:
    return _list_of(call, _owner(call, "phone"))


def create_phone_contact_rule(call: Call) -> Reply:
    return _create(call, _owner(call, "phone"))


def get_phone_contact_rule(call: Call) -> dict[str, Any]:
    return _get(call, _owner(call, "phone"))


def update_phone_contact_rule(call: Call) -> dict[str, Any]:
    return _update(call, _owner(call, "phone"))


def delete_phone_contact_rule(call: Call) -> None:
    _delete(call, _owner(call, "phone"))


def list_all_phone_contact_rules(call: Call) -> list[dict[str, Any]]:
    return _list_all(call, "phone", "phone_number_id")


def list_phone_identity_contact_rules(call: Call) -> list[dict[str, Any]]:
    return _list_of(call, _identity(call, "phone"))


def create_phone_identity_contact_rule(call: Call) -> Reply:
    return _create(call, _identity(call, "phone"))


def get_phone_identity_contact_rule(call: Call) -> dict[str, Any]:
    return _get(call, _identity(call, "phone"))


def update_phone_identity_contact_rule(call: Call) -> dict[str, Any]:
    return _update(call, _identity(call, "phone"))


def delete_phone_identity_contact_rule(call: Call) -> None:
    _delete(call, _identity(call, "phone"))


routes = [
    list_mail_contact_rules,
    create_mail_contact_rule,
    get_mail_contact_rule,
    update_mail_contact_rule,
    delete_mail_contact_rule,
    list_all_mail_contact_rules,
    list_mail_identity_contact_rules,
    create_mail_identity_contact_rule,
    get_mail_identity_contact_rule,
    update_mail_identity_contact_rule,
    delete_mail_identity_contact_rule,
    list_phone_contact_rules,
    create_phone_contact_rule,
    get_phone_contact_rule,
    update_phone_contact_rule,
    delete_phone_contact_rule,
    list_all_phone_contact_rules,
    list_phone_identity_contact_rules,
    create_phone_identity_contact_rule,
    get_phone_identity_contact_rule,
    update_phone_identity_contact_rule,
    delete_phone_identity_contact_rule,
]
