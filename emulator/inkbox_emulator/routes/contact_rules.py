"""Mail and phone contact rules (the guide's owner-keyed routes, plus the org-wide lists).

Access (api-surface-B §5.1): list, get and create for admin and claimed agent keys on their own
mailbox/number; update, delete and the org-wide lists for admin keys only (403 otherwise).
"""

from __future__ import annotations

from typing import Any, Literal

from ..dispatch import Call, Reply
from ..errors import NotFound
from ..scoping import mailbox_for, require_claimed
from ..store import Row
from ..store import rules as store_rules
from ..world import rules as world_rules
from ._phone_common import number_for

Kind = Literal["mail", "phone"]


def _owner(call: Call, kind: Kind) -> tuple[str, str | None]:
    """(owner id, owning identity id) of the path's mailbox or number."""
    require_claimed(call.me, "Contact rules")
    if kind == "mail":
        mailbox = mailbox_for(call, call.path["email_address"])
        return mailbox["id"], mailbox.get("identity_id")
    number = number_for(call, call.path["phone_number_id"])
    return number["id"], number["agent_identity_id"]


def _rule(call: Call, kind: Kind) -> Row:
    owner_id, _ = _owner(call, kind)
    row = store_rules.rule_of_owner(call.store, kind, owner_id, call.path["rule_id"])
    if row is None:
        raise NotFound(f"Contact rule {call.path['rule_id']} not found")
    return row


def _list(call: Call, kind: Kind, owner_id: str | None) -> list[dict[str, Any]]:
    query = call.query
    rows = store_rules.rules_page(
        call.store,
        call.me.organization_id,
        kind,
        owner_id=owner_id,
        action=query.get("action"),
        match_type=query.get("match_type"),
        direction=query.get("direction"),
        limit=query.get("limit", 50),
        offset=query.get("offset", 0),
    )
    return [world_rules.rule_json(kind, r) for r in rows]


def _create(call: Call, kind: Kind) -> Reply:
    owner_id, identity_id = _owner(call, kind)
    row, new = world_rules.create_rule(
        call.world,
        kind,
        org_id=call.me.organization_id,
        owner_id=owner_id,
        identity_id=identity_id,
        body=call.json,
    )
    return Reply(world_rules.rule_json(kind, row), status=201 if new else 200)


def _update(call: Call, kind: Kind) -> dict[str, Any]:
    call.me.require_admin("Updating contact rules")
    row = world_rules.update_rule(call.world, _rule(call, kind), call.json)
    return world_rules.rule_json(kind, row)


def _delete(call: Call, kind: Kind) -> None:
    call.me.require_admin("Deleting contact rules")
    store_rules.rule_delete(call.store, _rule(call, kind)["id"])


# ── mail ──────────────────────────────────────────────────────────────────────


def list_mail_contact_rules(call: Call) -> list[dict[str, Any]]:
    return _list(call, "mail", _owner(call, "mail")[0])


def create_mail_contact_rule(call: Call) -> Reply:
    return _create(call, "mail")


def get_mail_contact_rule(call: Call) -> dict[str, Any]:
    return world_rules.rule_json("mail", _rule(call, "mail"))


def update_mail_contact_rule(call: Call) -> dict[str, Any]:
    return _update(call, "mail")


def delete_mail_contact_rule(call: Call) -> None:
    _delete(call, "mail")


def list_all_mail_contact_rules(call: Call) -> list[dict[str, Any]]:
    call.me.require_admin("Listing every mail contact rule")
    return _list(call, "mail", call.query.get("mailbox_id"))


# ── phone ─────────────────────────────────────────────────────────────────────


def list_phone_contact_rules(call: Call) -> list[dict[str, Any]]:
    return _list(call, "phone", _owner(call, "phone")[0])


def create_phone_contact_rule(call: Call) -> Reply:
    return _create(call, "phone")


def get_phone_contact_rule(call: Call) -> dict[str, Any]:
    return world_rules.rule_json("phone", _rule(call, "phone"))


def update_phone_contact_rule(call: Call) -> dict[str, Any]:
    return _update(call, "phone")


def delete_phone_contact_rule(call: Call) -> None:
    _delete(call, "phone")


def list_all_phone_contact_rules(call: Call) -> list[dict[str, Any]]:
    call.me.require_admin("Listing every phone contact rule")
    return _list(call, "phone", call.query.get("phone_number_id"))


routes = [
    list_mail_contact_rules,
    create_mail_contact_rule,
    get_mail_contact_rule,
    update_mail_contact_rule,
    delete_mail_contact_rule,
    list_all_mail_contact_rules,
    list_phone_contact_rules,
    create_phone_contact_rule,
    get_phone_contact_rule,
    update_phone_contact_rule,
    delete_phone_contact_rule,
    list_all_phone_contact_rules,
]
