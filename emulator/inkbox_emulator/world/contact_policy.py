"""What an identity may see of, and do with, a contact (0.7.20 permissions, access settings and
communication policy): one model read through four views.

The state per (contact, identity) is three layers, the first that decides wins:

1. explicit decisions (`allow` / `block`): the identity's profile and memories, and each of the
   contact's addresses per direction, saved by `replace_contact_communication_policy`,
   `update_contact_permissions` or `update_contact_access_settings`;
2. the contact's visibility defaults (profile and memories, for every identity);
3. `inherit`: the legacy access model (a wildcard row or one naming the identity) with the
   identity's stored access settings, and for addresses the identity's contact rules — the
   mailbox's for email, the phone number's for SMS and calls (`rules_logic` via
   `world.rules`) — so a rule blocking an address shows as not allowed.

Nothing is allowed while the profile is hidden, and memories follow the profile. Every change
bumps the contact's policy `revision`; a replace naming another revision (or an address
decision other than the one it expects to replace) is a 409 and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal

from ..errors import Conflict, NotFound, Unprocessable
from ..store import Row
from ..store import contact_policy as store_policy
from ..store import contacts as store_contacts
from ..store.core import identity_in_org
from ..store.mail import mailbox_of_identity
from ..store.phone import number_of_identity
from . import contacts as world_contacts
from . import rules as world_rules
from .state import World

__all__ = [
    "access_view",
    "coverage",
    "create_permissions",
    "effective",
    "filter_contact",
    "permissions_view",
    "policy_json",
    "preview_json",
    "replace",
    "roster_entry",
    "update_access",
    "update_permissions",
]

Kind = Literal["email", "phone"]
Side = Literal["inbound", "outbound"]
SIDES: tuple[Side, ...] = ("inbound", "outbound")
_CHANNEL: dict[Kind, str] = {"email": "emails", "phone": "phones"}
_REVISION_CONFLICT = "communication_policy_revision_conflict"


def _key(kind: str, value: str) -> str:
    return f"{kind}:{value.lower() if kind == 'email' else value}"


def addresses_of(contact: Row) -> list[tuple[Kind, str, str | None]]:
    """`(kind, value, label)` of every email address, then every number, in card order."""
    out: list[tuple[Kind, str, str | None]] = [
        ("email", e["value"], e.get("label")) for e in contact["emails"]
    ]
    out += [("phone", p["value_e164"], p.get("label")) for p in contact["phones"]]
    return out


def _base(world: World, contact: Row, identity_id: str) -> dict[str, Any]:
    stored = store_contacts.settings_get(world.store, contact["id"], identity_id)
    return stored or world_contacts.default_settings(world, contact, identity_id)


def _decide(explicit: str, default: str, fallback: bool) -> bool:
    if explicit != "inherit":
        return explicit == "allow"
    if default != "inherit":
        return default == "allow"
    return fallback


def _gate(world: World, identity_id: str, kind: Kind) -> Callable[[str, Side], bool]:
    """`(address, direction) -> allowed` by the identity's contact rules (no mailbox or number:
    no rules to ask)."""
    if kind == "email":
        mailbox = mailbox_of_identity(world.store, identity_id)
        if mailbox is None:
            return lambda _a, _d: True
        return lambda a, d: world_rules.mail_gate(world, mailbox, a, d).allowed
    number = number_of_identity(world.store, identity_id)
    if number is None:
        return lambda _a, _d: True
    return lambda a, d: world_rules.phone_gate(world, number, a, d).allowed


def effective(world: World, contact: Row, identity_id: str) -> dict[str, Any]:
    """The identity's decisions and effective access: `profile`, `memories`, `visible` per
    kind, and `addresses` (kind, value, label, `<side>_action`, `allowed_<side>`)."""
    base = _base(world, contact, identity_id)
    mine = store_policy.identity_policy(world.store, contact["id"], identity_id)
    defaults = store_policy.policy(world.store, contact["id"])["defaults"]
    profile = _decide(mine["profile"], defaults["profile"], bool(base["profile"]))
    memories = profile and _decide(mine["memories"], defaults["memories"], bool(base["memories"]))
    gates = {kind: _gate(world, identity_id, kind) for kind in ("email", "phone")}
    rows: list[dict[str, Any]] = []
    for kind, value, label in addresses_of(contact):
        decided = store_policy.decisions(mine["addresses"].get(_key(kind, value)))
        row: dict[str, Any] = {"kind": kind, "value": value, "label": label}
        for side in SIDES:
            listed = {v.lower() for v in base[kind][f"{side}_contactable"]}
            inherited = (
                bool(base[kind]["visible"])
                and (value.lower() in listed)
                and gates[kind](value, side)
            )
            row[f"{side}_action"] = decided[side]
            row[f"allowed_{side}"] = profile and _decide(decided[side], "inherit", inherited)
        rows.append(row)
    visible = {
        kind: profile
        and (
            bool(base[kind]["visible"])
            or any(r["allowed_inbound"] or r["allowed_outbound"] for r in rows if r["kind"] == kind)
        )
        for kind in ("email", "phone")
    }
    return {"profile": profile, "memories": memories, "visible": visible, "addresses": rows}


def _bump(world: World, contact_id: str) -> int:
    current = store_policy.policy(world.store, contact_id)
    revision = int(current["revision"]) + 1
    store_policy.policy_put(
        world.store, contact_id, revision, current["defaults"], world.clock.now_iso()
    )
    return revision


def _save_mine(world: World, contact_id: str, identity_id: str, mine: Row) -> None:
    store_policy.identity_policy_put(
        world.store, contact_id, identity_id, mine, world.clock.now_iso()
    )


# ── views ─────────────────────────────────────────────────────────────────────


def access_view(world: World, contact: Row, identity_id: str) -> dict[str, Any]:
    """`ContactAccessSettings`: group visibility and the addresses allowed per direction."""
    state = effective(world, contact, identity_id)
    out: dict[str, Any] = {"profile": state["profile"], "memories": state["memories"]}
    for kind in ("email", "phone"):
        rows = [r for r in state["addresses"] if r["kind"] == kind]
        out[kind] = {
            "visible": state["visible"][kind],
            "contactable": [r["value"] for r in rows if r["allowed_outbound"]],
            "inbound_contactable": [r["value"] for r in rows if r["allowed_inbound"]],
            "outbound_contactable": [r["value"] for r in rows if r["allowed_outbound"]],
        }
    return out


def permissions_view(world: World, contact: Row, identity_id: str) -> dict[str, Any]:
    """`ContactPermissions`: yes/no per address; the shared maps are the outbound side."""
    state = effective(world, contact, identity_id)
    out: dict[str, Any] = {"profile": state["profile"], "memories": state["memories"]}
    for kind, channel in _CHANNEL.items():
        rows = [r for r in state["addresses"] if r["kind"] == kind]
        for side in SIDES:
            out[f"{side}_{channel}"] = {r["value"]: r[f"allowed_{side}"] for r in rows}
        out[channel] = dict(out[f"outbound_{channel}"])
    return out


def _visibility_json(world: World, contact_id: str) -> dict[str, Any]:
    return {
        "defaults": store_policy.policy(world.store, contact_id)["defaults"],
        "identities": [
            {"identity_id": r["identity_id"], "profile": r["profile"], "memories": r["memories"]}
            for r in store_policy.identity_overrides(world.store, contact_id)
        ],
    }


def policy_json(world: World, contact: Row, identity_id: str | None) -> dict[str, Any]:
    """`ContactCommunicationPolicy`; the address rows and effective visibility need an identity."""
    addresses: list[dict[str, Any]] = []
    visibility = None
    if identity_id is not None:
        state = effective(world, contact, identity_id)
        visibility = {"profile": state["profile"], "memories": state["memories"]}
        addresses = [
            {
                **r,
                "action": r["outbound_action"],
                "allowed": r["allowed_outbound"],
            }
            for r in state["addresses"]
        ]
    return {
        "contact_id": contact["id"],
        "revision": store_policy.policy(world.store, contact["id"])["revision"],
        "identity_id": identity_id,
        "addresses": addresses,
        "effective_visibility": visibility,
        "visibility": _visibility_json(world, contact["id"]),
    }


def filter_contact(world: World, contact: Row, identity_id: str) -> dict[str, Any] | None:
    """The contact as the identity reads it: None with the profile hidden; a hidden group's
    addresses left out."""
    state = effective(world, contact, identity_id)
    if not state["profile"]:
        return None
    out = world_contacts.contact_json(world, contact)
    for kind, channel in _CHANNEL.items():
        if not state["visible"][kind]:
            out[channel] = []
    return out


def preview_json(world: World, contact: Row, identity_id: str) -> dict[str, Any]:
    """`ContactCommunicationPreview`."""
    state = effective(world, contact, identity_id)
    out: dict[str, Any] = {
        "identity_id": identity_id,
        "contact": filter_contact(world, contact, identity_id),
        "full_profile": state["profile"],
        "visibility": {"profile": state["profile"], "memories": state["memories"]},
    }
    for kind in ("email", "phone"):
        rows = [r for r in state["addresses"] if r["kind"] == kind]
        for side in SIDES:
            out[f"{side}_{kind}"] = any(r[f"allowed_{side}"] for r in rows)
        out[kind] = out[f"outbound_{kind}"]
    return out


def coverage(rows: list[dict[str, Any]], side: str) -> str:
    """`IdentifierPermission` of some addresses in one direction."""
    if not rows:
        return "no_identifiers"
    allowed = sum(1 for r in rows if r[f"allowed_{side}"])
    return "all" if allowed == len(rows) else "none" if allowed == 0 else "some"


def roster_entry(world: World, contact: Row, identity_id: str) -> dict[str, Any]:
    """`ContactPermissionEntry` of the management roster."""
    state = effective(world, contact, identity_id)
    mine = store_policy.identity_policy(world.store, contact["id"], identity_id)
    policy = store_policy.policy(world.store, contact["id"])
    effective_json: dict[str, Any] = {"profile": state["profile"], "memories": state["memories"]}
    for kind in ("email", "phone"):
        rows = [r for r in state["addresses"] if r["kind"] == kind]
        for side in SIDES:
            effective_json[f"{side}_{kind}"] = coverage(rows, side)
        effective_json[kind] = effective_json[f"outbound_{kind}"]
    card = world_contacts.contact_json(world, contact)
    return {
        "contact": {
            "id": contact["id"],
            "preferred_name": contact["preferred_name"],
            "given_name": contact["given_name"],
            "family_name": contact["family_name"],
            "company_name": contact["company_name"],
            "review_status": contact.get("review_status") or "confirmed",
            "emails": card["emails"],
            "phones": card["phones"],
        },
        "revision": policy["revision"],
        "visibility": {
            "defaults": policy["defaults"],
            "identity_override": {"profile": mine["profile"], "memories": mine["memories"]},
        },
        "effective": effective_json,
        "access": access_view(world, contact, identity_id),
    }


# ── changes ───────────────────────────────────────────────────────────────────


def _decision(flag: bool) -> str:
    return "allow" if flag else "block"


def update_access(
    world: World, contact: Row, identity_id: str, patch: Mapping[str, Any]
) -> dict[str, Any]:
    """Apply a `ContactAccessSettingsUpdate`: the lists sent become explicit decisions for
    every address of their kind and direction, `profile`/`memories` explicit decisions."""
    merged = world_contacts.merge_settings(contact, access_view(world, contact, identity_id), patch)
    now = world.clock.now_iso()
    store_contacts.settings_put(
        world.store,
        contact["id"],
        identity_id,
        _new_base(world, contact, identity_id, patch, merged),
        now,
    )
    mine = store_policy.identity_policy(world.store, contact["id"], identity_id)
    for kind in ("email", "phone"):
        group = patch.get(kind) or {}
        for list_key, sides in (
            ("contactable", SIDES),
            ("inbound_contactable", ("inbound",)),
            ("outbound_contactable", ("outbound",)),
        ):
            if list_key not in group:
                continue
            listed = {v.lower() for v in group[list_key]}
            for k, value, _label in addresses_of(contact):
                if k == kind:
                    for side in sides:
                        _set(mine, k, value, side, _decision(value.lower() in listed))
    if "profile" in patch:
        mine["profile"] = _decision(bool(merged["profile"]))
    if "memories" in patch or patch.get("profile") is False:
        mine["memories"] = _decision(bool(merged["memories"]))
    _save_mine(world, contact["id"], identity_id, mine)
    _bump(world, contact["id"])
    return access_view(world, contact, identity_id)


def _new_base(
    world: World, contact: Row, identity_id: str, patch: Mapping[str, Any], merged: Row
) -> dict[str, Any]:
    """The stored settings after an access update: only what the request changed replaces the
    old ones. (The merged view is effective — rule verdicts included — and stored whole it
    would keep an address blocked after the rule that blocked it is gone.)"""
    base = _base(world, contact, identity_id)
    out: dict[str, Any] = {**base, "email": dict(base["email"]), "phone": dict(base["phone"])}
    hiding = patch.get("profile") is False
    for kind in ("email", "phone"):
        group = patch.get(kind)
        if group is None:
            if hiding:  # hiding the profile hides the groups the request leaves out
                out[kind] = dict(merged[kind])
            continue
        if "visible" in group:
            out[kind]["visible"] = group["visible"]
        for side in SIDES:
            for key in ("contactable", f"{side}_contactable"):
                if key in group:
                    out[kind][f"{side}_contactable"] = list(group[key])
    if "profile" in patch:
        out["profile"] = merged["profile"]
    if "memories" in patch or hiding:
        out["memories"] = merged["memories"]
    return out


def _set(mine: Row, kind: str, value: str, side: str, action: str) -> None:
    key = _key(kind, value)
    pair = store_policy.decisions(mine["addresses"].get(key))
    pair[side] = action
    mine["addresses"][key] = pair


def _owned_value(contact: Row, kind: Kind, value: str, loc: tuple[str | int, ...]) -> str:
    for k, owned, _label in addresses_of(contact):
        if k == kind and _key(k, owned) == _key(kind, value):
            return owned
    raise Unprocessable.field(loc, f"not an {kind} address of this contact", value=value)


def update_permissions(
    world: World, contact: Row, identity_id: str, patch: Mapping[str, Any]
) -> dict[str, Any]:
    """Apply a `ContactPermissionsUpdate`: each address named becomes an explicit decision."""
    maps: list[tuple[Kind, str, tuple[Side, ...]]] = []
    for kind, channel in _CHANNEL.items():
        directional = [f"{side}_{channel}" for side in SIDES if f"{side}_{channel}" in patch]
        if channel in patch and directional:
            raise Unprocessable.field(
                ("body", channel), f"{channel} cannot be combined with {', '.join(directional)}"
            )
        if channel in patch:
            maps.append((kind, channel, SIDES))
        maps += [
            (kind, f"{side}_{channel}", (side,)) for side in SIDES if f"{side}_{channel}" in patch
        ]
    if patch.get("profile") is False and (
        patch.get("memories") is True or any(any(patch[m].values()) for _k, m, _s in maps)
    ):
        raise Unprocessable.field(
            ("body", "profile"),
            "Profile cannot be disabled while email, phone, or memories is enabled",
        )
    mine = store_policy.identity_policy(world.store, contact["id"], identity_id)
    for kind, name, sides in maps:
        for value, flag in patch[name].items():
            owned = _owned_value(contact, kind, value, ("body", name, value))
            for side in sides:
                _set(mine, kind, owned, side, _decision(bool(flag)))
    if "profile" in patch:
        mine["profile"] = _decision(bool(patch["profile"]))
    if "memories" in patch:
        mine["memories"] = _decision(bool(patch["memories"]))
    if patch.get("profile") is False:
        # Hiding the profile hides everything the same request leaves out (as access does).
        mine["memories"] = "block"
        for kind, value, _label in addresses_of(contact):
            for side in SIDES:
                _set(mine, kind, value, side, "block")
    _save_mine(world, contact["id"], identity_id, mine)
    _bump(world, contact["id"])
    return permissions_view(world, contact, identity_id)


def create_permissions(world: World, contact: Row, permissions: Mapping[str, Any]) -> None:
    """Save the `ContactCreatePermissions` sent with a new contact as any later change would
    be: the yes/no maps as a permissions update, the group objects as an access update."""
    identity_id = permissions["identity_id"]
    if identity_in_org(world.store, contact["organization_id"], identity_id) is None:
        raise NotFound(f"Identity {identity_id} not found")
    patch = {k: v for k, v in permissions.items() if k != "identity_id"}
    if {"emails", "phones"} & set(patch) and {"email", "phone"} & set(patch):
        raise Unprocessable.field(
            ("body", "permissions"),
            "use the emails/phones maps or the email/phone groups, not both",
        )
    if {"email", "phone"} & set(patch):
        update_access(world, contact, identity_id, patch)
    else:
        update_permissions(world, contact, identity_id, patch)


def _stale(message: str, revision: int) -> Conflict:
    return Conflict({"error": _REVISION_CONFLICT, "message": message, "current_revision": revision})


def _check_visibility(world: World, contact: Row, visibility: Mapping[str, Any]) -> None:
    defaults = visibility["defaults"]
    if defaults["profile"] == "block" and defaults["memories"] != "block":
        raise Unprocessable.field(
            ("body", "visibility", "defaults"), "memories must be block while profile is block"
        )
    for i, row in enumerate(visibility["identities"]):
        if identity_in_org(world.store, contact["organization_id"], row["identity_id"]) is None:
            raise NotFound(f"Identity {row['identity_id']} not found")
        profile = _decide(row["profile"], "inherit", defaults["profile"] != "block")
        memories = _decide(row["memories"], "inherit", defaults["memories"] != "block")
        if memories and not profile:
            raise Unprocessable.field(
                ("body", "visibility", "identities", i),
                "Profile cannot be disabled while memories is enabled",
            )


def replace(world: World, contact: Row, body: Mapping[str, Any]) -> dict[str, Any]:
    """`replace_contact_communication_policy` under optimistic concurrency."""
    identity_id = body["identity_id"]
    if identity_in_org(world.store, contact["organization_id"], identity_id) is None:
        raise NotFound(f"Identity {identity_id} not found")
    current = store_policy.policy(world.store, contact["id"])
    if body["expected_revision"] != current["revision"]:
        raise _stale(
            f"The policy is at revision {current['revision']}, not {body['expected_revision']};"
            " re-read it and apply your change to that revision.",
            current["revision"],
        )
    now = world.clock.now_iso()
    visibility = body.get("visibility")
    if visibility is not None:
        _check_visibility(world, contact, visibility)
        store_policy.reset_visibility(world.store, contact["id"], now)
        store_policy.policy_put(
            world.store, contact["id"], current["revision"], dict(visibility["defaults"]), now
        )
        for row in visibility["identities"]:
            other = store_policy.identity_policy(world.store, contact["id"], row["identity_id"])
            other.update(profile=row["profile"], memories=row["memories"])
            _save_mine(world, contact["id"], row["identity_id"], other)
    mine = store_policy.identity_policy(world.store, contact["id"], identity_id)
    for i, update in enumerate(body["addresses"]):
        loc = ("body", "addresses", i)
        owned = _owned_value(contact, update["kind"], update["value"], (*loc, "value"))
        direction = update.get("direction", "both")
        sides = SIDES if direction == "both" else (direction,)
        pair = store_policy.decisions(mine["addresses"].get(_key(update["kind"], owned)))
        for side in sides:
            expected = update.get(f"expected_{side}_action", update.get("expected_action"))
            if expected is None:
                raise Unprocessable.field(
                    loc, f"expected_action or expected_{side}_action is required"
                )
            if expected != pair[side]:
                raise _stale(
                    f"{owned} is {pair[side]} for {side} traffic, not {expected}; re-read the"
                    " policy.",
                    current["revision"],
                )
            _set(mine, update["kind"], owned, side, update["action"])
    _save_mine(world, contact["id"], identity_id, mine)
    state = effective(world, contact, identity_id)
    explicit_allow = any(a == "allow" for pair in mine["addresses"].values() for a in pair.values())
    if not state["profile"] and explicit_allow:
        raise Unprocessable.field(
            ("body", "addresses"), "Profile cannot be disabled while email or phone is enabled"
        )
    _bump(world, contact["id"])
    return policy_json(world, contact, identity_id)
