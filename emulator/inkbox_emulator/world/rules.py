"""Contact rules in the simulated world: create/update with the server's slot semantics, and
the gates mail and phone traffic pass through.

Slots: per owner and target, each side (`inbound`, `outbound`) is covered by at most one rule.
Creating a rule for a side that is already covered answers 409 `{"existing_rule_id", ...}`
(the guide's `DuplicateContactRuleError`); creating one for the uncovered side of a target whose
other side already has a rule with the same action *consolidates* into that rule (now `both`)
and answers 200 with it, as the current server does ("matching rules can consolidate").
`apply_to` on update splits a `both` rule so the action changes on one side only.

Gates decide whether traffic to or from an address passes: `mail_gate` (the world's mail
gate seam, asked by mail delivery for every sender and recipient) and `phone_gate` (placed
and received calls, sent and received texts). Both read the matching active rule first, then
the owner's filter mode (the directional column, else `filter_mode`), through `rules_logic`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Literal

from .. import e164, rules_logic
from ..errors import Conflict, Unprocessable
from ..store import Row
from ..store import phone as store_phone
from ..store import rules as store_rules
from ..store.mail import mailbox_of_identity
from .seams import Verdict
from .state import World

__all__ = [
    "create_rule",
    "identity_owners",
    "identity_rule_json",
    "mail_gate",
    "phone_gate",
    "rule_json",
    "update_rule",
]

Kind = Literal["mail", "phone"]
_SIDES: Mapping[str, frozenset[str]] = {
    "inbound": frozenset({"inbound"}),
    "outbound": frozenset({"outbound"}),
    "both": frozenset({"inbound", "outbound"}),
}
_DOMAIN = re.compile(r"(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


def rule_json(kind: Kind, row: Row) -> dict[str, Any]:
    """`MailContactRule` / `PhoneContactRule`. Rows also carry `agent_identity_id`, which the
    identity-keyed parser of the current client needs on the shared org-wide list paths."""
    owner_key = "mailbox_id" if kind == "mail" else "phone_number_id"
    return {
        "id": row["id"],
        owner_key: row["owner_id"],
        "agent_identity_id": row["agent_identity_id"],
        "action": row["action"],
        "match_type": row["match_type"],
        "match_target": row["match_target"],
        "status": row["status"],
        "direction": row["direction"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def identity_rule_json(kind: Kind, row: Row, identity_id: str) -> dict[str, Any]:
    """`MailIdentityContactRule` / `PhoneIdentityContactRule`: the rule as the identity-keyed
    routes show it, keyed by the identity it was reached through."""
    body = rule_json(kind, row)
    del body["mailbox_id" if kind == "mail" else "phone_number_id"]
    return {**body, "agent_identity_id": identity_id}


def _channel_of(world: World, kind: Kind, identity_id: str) -> Row | None:
    if kind == "mail":
        return mailbox_of_identity(world.store, identity_id)
    return store_phone.number_of_identity(world.store, identity_id)


def identity_owners(world: World, kind: Kind, identity_id: str) -> tuple[str, ...]:
    """The owners whose rules are the identity's: its mailbox (or active number) first, where
    new rules go, then the identity itself (rules made while it had no such channel)."""
    channel = _channel_of(world, kind, identity_id)
    return (identity_id,) if channel is None else (channel["id"], identity_id)


def _channel_owners(kind: Kind, owner: Row) -> tuple[str, ...]:
    """The owners whose rules a mailbox or number obeys: its own and its identity's."""
    identity_id = owner.get("identity_id" if kind == "mail" else "agent_identity_id")
    return (owner["id"],) if identity_id is None else (owner["id"], identity_id)


def _check_target(kind: Kind, match_type: str, target: str) -> str:
    key = rules_logic.canonical_target(match_type, target)
    loc = ("body", "match_target")
    if kind == "phone":
        if match_type != "exact_number":
            raise Unprocessable.field(
                ("body", "match_type"), "phone rules match exact_number only", value=match_type
            )
        if not e164.is_e164(key):
            raise Unprocessable.field(loc, "must be an E.164 number", value=target)
    elif match_type == "exact_email" and not _EMAIL.fullmatch(key):
        raise Unprocessable.field(loc, "must be an email address", value=target)
    elif match_type == "domain" and not _DOMAIN.fullmatch(key):
        raise Unprocessable.field(loc, "must be a domain name", value=target)
    return key


def _duplicate(row: Row) -> Conflict:
    return Conflict({"existing_rule_id": row["id"], "message": "rule already exists"})


def create_rule(
    world: World,
    kind: Kind,
    *,
    org_id: str,
    owner_id: str,
    identity_id: str | None,
    body: Mapping[str, Any],
) -> tuple[Row, bool]:
    """Create (or consolidate into) a rule; returns the row and whether it is new (201 vs 200)."""
    match_type = body.get("match_type") or ("exact_number" if kind == "phone" else "")
    key = _check_target(kind, match_type, body["match_target"])
    direction = body.get("direction") or "both"
    sides = _SIDES[direction]
    existing = store_rules.rules_of_target(world.store, kind, owner_id, match_type, key)
    for row in existing:
        if _SIDES[row["direction"]] & sides:
            raise _duplicate(row)
    now = world.clock.now_iso()
    for row in existing:
        if row["action"] == body["action"] and row["status"] == "active":
            changes = {"direction": "both", "updated_at": now}
            store_rules.rule_update(world.store, row["id"], changes)
            return {**row, **changes}, False
    row = {
        "id": world.ids.uuid(),
        "organization_id": org_id,
        "kind": kind,
        "owner_id": owner_id,
        "agent_identity_id": identity_id,
        "action": body["action"],
        "match_type": match_type,
        "match_target": body["match_target"].strip(),
        "match_key": key,
        "status": "active",
        "direction": direction,
        "created_at": now,
        "updated_at": now,
    }
    store_rules.rule_insert(world.store, row)
    return row, True


def update_rule(world: World, rule: Row, body: Mapping[str, Any]) -> Row:
    """Apply `action` / `direction` / `status` / `apply_to`; returns the rule now covering the
    edited side (a split creates it)."""
    if not any(k in body for k in ("action", "direction", "status", "apply_to")):
        raise Unprocessable.field(("body",), "Provide action, direction or status")
    apply_to = body.get("apply_to")
    if apply_to is not None and ("action" not in body or "direction" in body):
        raise Unprocessable.field(
            ("body", "apply_to"), "apply_to needs action and excludes direction", value=apply_to
        )
    now = world.clock.now_iso()
    changes: Row = {}
    if "status" in body:
        changes["status"] = body["status"]
    if apply_to is not None and rule["direction"] == "both" and body["action"] != rule["action"]:
        # Split: the old rule keeps the other side and its action; a new one takes this side.
        other = "outbound" if apply_to == "inbound" else "inbound"
        store_rules.rule_update(
            world.store, rule["id"], {**changes, "direction": other, "updated_at": now}
        )
        split = {k: v for k, v in rule.items() if k != "seq"}  # seq is the new row's rowid
        split.update(changes, id=world.ids.uuid(), direction=apply_to, action=body["action"])
        split.update(created_at=now, updated_at=now)
        store_rules.rule_insert(world.store, split)
        return split
    if apply_to is not None and apply_to not in _SIDES[rule["direction"]]:
        raise Unprocessable.field(
            ("body", "apply_to"), f"this rule does not cover {apply_to}", value=apply_to
        )
    if "action" in body:
        changes["action"] = body["action"]
    if "direction" in body and body["direction"] != rule["direction"]:
        siblings = store_rules.rules_of_target(
            world.store, rule["kind"], rule["owner_id"], rule["match_type"], rule["match_key"]
        )
        for other_rule in siblings:
            if (
                other_rule["id"] != rule["id"]
                and _SIDES[other_rule["direction"]] & _SIDES[body["direction"]]
            ):
                raise _duplicate(other_rule)
        changes["direction"] = body["direction"]
    if changes:
        changes["updated_at"] = now
        store_rules.rule_update(world.store, rule["id"], changes)
    return {**rule, **changes}


# ── gates ─────────────────────────────────────────────────────────────────────


def _mode(owner: Row, direction: str) -> str:
    directional = owner.get(f"{direction}_filter_mode")
    return str(directional or owner.get("filter_mode") or "blacklist")


def _gate(
    world: World, kind: Kind, owner: Row, address: str, direction: Literal["inbound", "outbound"]
) -> Verdict:
    """Is traffic with `address` (the other party: sender or caller when inbound, recipient
    when outbound) let through by the owner's rules and filter mode?"""
    rules = store_rules.rules_of_owner(world.store, kind, _channel_owners(kind, owner))
    decision = rules_logic.decide(_mode(owner, direction), rules, address, direction, kind=kind)
    return Verdict(not decision.blocked, decision.matched_rule_id, decision.reason)


def mail_gate(
    world: World, mailbox: Row, address: str, direction: Literal["inbound", "outbound"]
) -> Verdict:
    """A mailbox's gate, asked by mail delivery for every sender and recipient."""
    return _gate(world, "mail", mailbox, address, direction)


def mail_rule_count(world: World, mailbox: Row, action: str) -> int:
    """Active mail rules of a mailbox with `action` (a filter-mode change notice's count)."""
    return store_rules.count_active(world.store, "mail", mailbox["id"], action)


def phone_gate(
    world: World, number: Row, remote: str, direction: Literal["inbound", "outbound"]
) -> Verdict:
    """A phone number's gate (voice and SMS share it)."""
    return _gate(world, "phone", number, remote, direction)
