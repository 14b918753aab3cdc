"""Phone numbers in the simulated world: provisioning, call handling settings, SMS readiness,
release, and the identity channel (`IdentityPhoneNumber` in identity payloads; provisioned by
create_identity, assigned and unlinked the guide's way: an unlinked number stays live).

SMS readiness is computed lazily from the clock: a new local number is `pending` and becomes
`ready` `SMS_READY_DELAY` after provisioning (the guide's 10DLC propagation, ~10-15 min), the
next time anything reads it. Tests either advance the emulator clock or set the status
through the `/_emulator/phone-numbers/{id}/sms-status` hook. Toll-free numbers (guide era)
never become SMS-ready: toll-free sending was "coming soon" when the guide was written.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any, Literal

from .. import e164, rules_logic, telephony
from ..clock import iso, parse_iso
from ..errors import Conflict, NotFound, TooManyRequests, Unprocessable
from ..store import Row
from ..store import phone as store_phone
from ..store import rules as store_rules
from ..webhooks import webhook_url_problem
from .seams import IdentityChannel
from .state import World

__all__ = [
    "CALL_FIELDS",
    "CHANNEL",
    "MAX_ACTIVE_NUMBERS",
    "SMS_READY_DELAY",
    "assign_to_identity",
    "number_json",
    "provision",
    "refresh",
    "release",
    "update_number",
]

SMS_READY_DELAY = timedelta(minutes=10)
# The older docs cap an organisation at 3 active numbers (429). Plans differ; the emulator
# allows a few more so multi-identity tests fit, and still answers the documented 429.
MAX_ACTIVE_NUMBERS = 10


# ── reading ───────────────────────────────────────────────────────────────────


def refresh(world: World, row: Row) -> Row:
    """Bring a number's SMS registration up to the clock (pending -> ready once it is due)."""
    eta = row.get("sms_ready_eta")
    if row["sms_status"] == "pending" and eta and parse_iso(eta) <= world.clock.now():
        changes = {
            "sms_status": "ready",
            "sms_ready_at": eta,
            "sms_ready_eta": None,
            "updated_at": eta,
        }
        store_phone.number_update(world.store, row["id"], changes)
        row = {**row, **changes}
    return row


def number_json(
    world: World, row: Row, *, notice: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """`PhoneNumber` (and `IdentityPhoneNumber`): every key, nullable ones as None."""
    row = refresh(world, row)
    return {
        "id": row["id"],
        "number": row["number"],
        "type": row["type"],
        "status": row["status"],
        "sms_status": row["sms_status"],
        "sms_error_code": row["sms_error_code"],
        "sms_error_detail": row["sms_error_detail"],
        "sms_ready_at": row["sms_ready_at"],
        "incoming_call_action": row["incoming_call_action"],
        "client_websocket_url": row["client_websocket_url"],
        "incoming_call_webhook_url": row["incoming_call_webhook_url"],
        # Guide-era field (the 0.3.1 client reads it; the guide's texts webhooks go there).
        "incoming_text_webhook_url": row["incoming_text_webhook_url"],
        "forwarding_target_type": row["forwarding_target_type"],
        "forwarding_phone_number": row["forwarding_phone_number"],
        "forwarding_sip_uri": row["forwarding_sip_uri"],
        "filter_mode": row["filter_mode"],
        "inbound_filter_mode": row["inbound_filter_mode"] or row["filter_mode"],
        "outbound_filter_mode": row["outbound_filter_mode"] or row["filter_mode"],
        "state": row["state"],
        "country": row["country"],
        "agent_identity_id": row["agent_identity_id"],
        "filter_mode_change_notice": dict(notice) if notice else None,
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


# ── provisioning ──────────────────────────────────────────────────────────────


def provision(world: World, identity: Row, options: Mapping[str, Any]) -> Row:
    """Buy a number for `identity` (which must have none) and return its row.

    `options` is `ProvisionPhoneNumberRequest` or create_identity's `phone_number` object:
    `type` (`local` default, `toll_free` guide era), `state`, and the call-handling fields.
    """
    kind: Literal["local", "toll_free"]
    requested = options.get("type") or "local"
    state = options.get("state")
    if requested == "local":
        kind = "local"
    elif requested == "toll_free":
        kind = "toll_free"
    else:
        raise Unprocessable.field(
            ("body", "type"), "type must be 'local' or 'toll_free'", value=requested
        )
    if kind == "toll_free" and state:
        raise Unprocessable.field(
            ("body", "state"), "state applies only to local numbers", value=state
        )
    if state is not None:
        state = str(state).upper()
        if state not in telephony.AREA_CODES:
            raise Unprocessable.field(("body", "state"), "not a US state code", value=state)
    org_id = identity["organization_id"]
    if store_phone.number_of_identity(world.store, identity["id"]) is not None:
        raise Conflict(f"Identity '{identity['agent_handle']}' already has a phone number")
    if store_phone.count_active_numbers(world.store, org_id) >= MAX_ACTIVE_NUMBERS:
        raise TooManyRequests(
            f"The organization already has {MAX_ACTIVE_NUMBERS} active phone numbers",
            retry_after=3600,
        )
    found = telephony.allocate_number(
        world.ids, lambda n: store_phone.number_taken(world.store, n), kind=kind, state=state
    )
    if found is None:
        raise NotFound("No phone numbers are available for that request")
    number, number_state = found
    now = world.clock.now()
    row: Row = {
        "id": world.ids.uuid(),
        "organization_id": org_id,
        "agent_identity_id": identity["id"],
        "number": number,
        "type": kind,
        "status": "active",
        "sms_status": "pending",
        "sms_error_code": None,
        "sms_error_detail": None,
        "sms_ready_at": None,
        "sms_ready_eta": iso(now + SMS_READY_DELAY) if kind == "local" else None,
        "incoming_call_action": "auto_reject",
        "client_websocket_url": None,
        "incoming_call_webhook_url": None,
        "incoming_text_webhook_url": None,
        "forwarding_target_type": None,
        "forwarding_phone_number": None,
        "forwarding_sip_uri": None,
        "filter_mode": "blacklist",
        "inbound_filter_mode": None,
        "outbound_filter_mode": None,
        "state": number_state,
        "country": "US",
        "created_at": iso(now),
        "updated_at": iso(now),
        "released_at": None,
    }
    # create_identity's phone_number object may set call handling (and the guide-era
    # text webhook) up front; the same rules as a PATCH apply.
    keys = (*CALL_FIELDS, "incoming_text_webhook_url")
    settings = {k: options[k] for k in keys if options.get(k) is not None}
    row.update(_checked_settings(row, settings, prefix=("body",)))
    store_phone.number_insert(world.store, row)
    return row


CALL_FIELDS = (
    "incoming_call_action",
    "client_websocket_url",
    "incoming_call_webhook_url",
    "forwarding_target_type",
    "forwarding_phone_number",
    "forwarding_sip_uri",
)
_ACTIONS = ("auto_accept", "auto_reject", "webhook", "hosted_agent", "forward")


_URL_FIELDS = (
    ("client_websocket_url", "wss"),
    ("incoming_call_webhook_url", "https"),
    ("incoming_text_webhook_url", "https"),
)


def _checked_settings(
    current: Mapping[str, Any], changes: Mapping[str, Any], *, prefix: tuple[str, ...]
) -> Row:
    """Merge call-handling `changes` into `current`, enforce the conditional shape (422), and
    return the columns to write. Clearing a `forward` target without switching the action away
    in the same request fails the forward check, as the server's does."""
    merged = {**{k: current.get(k) for k in CALL_FIELDS}, **changes}

    def bad(field: str, msg: str) -> Unprocessable:
        value = changes.get(field, merged.get(field))
        return Unprocessable.field((*prefix, field), msg, value=value)

    action = merged["incoming_call_action"]
    if action not in _ACTIONS:
        raise bad("incoming_call_action", f"must be one of {', '.join(_ACTIONS)}")
    for field, scheme in _URL_FIELDS:
        url = changes.get(field) if field == "incoming_text_webhook_url" else merged[field]
        problem = None if url is None else webhook_url_problem(url, scheme)
        if problem is not None:
            raise bad(field, problem)
    if action == "auto_accept" and not merged["client_websocket_url"]:
        raise bad("client_websocket_url", "auto_accept needs a client_websocket_url")
    if action == "webhook" and not merged["incoming_call_webhook_url"]:
        raise bad("incoming_call_webhook_url", "webhook needs an incoming_call_webhook_url")
    phone, sip = merged["forwarding_phone_number"], merged["forwarding_sip_uri"]
    if phone is not None and not e164.is_e164(phone):
        raise bad("forwarding_phone_number", "must be an E.164 number")
    if sip is not None and not str(sip).lower().startswith(("sip:", "sips:")):
        raise bad("forwarding_sip_uri", "must be a sip: or sips: URI")
    if action == "forward":
        target = {"phone": (phone, sip), "sip": (sip, phone)}.get(merged["forwarding_target_type"])
        if target is None or not target[0] or target[1]:
            raise bad("forwarding_target_type", "forward needs a type and exactly its one target")
    columns = {k: merged[k] for k in CALL_FIELDS}
    if "incoming_text_webhook_url" in changes:
        columns["incoming_text_webhook_url"] = changes["incoming_text_webhook_url"]
    return columns


def update_number(
    world: World, row: Row, body: Mapping[str, Any]
) -> tuple[Row, dict[str, Any] | None]:
    """Apply a `PhoneNumberUpdate` (already admin-checked for `filter_mode`).

    Returns the new row and the filter-mode change notice (None unless the mode changed).
    """
    changes: Row = {}
    call_changes = {k: body[k] for k in (*CALL_FIELDS, "incoming_text_webhook_url") if k in body}
    if call_changes:
        changes.update(_checked_settings(row, call_changes, prefix=("body",)))
    notice = None
    mode = body.get("filter_mode")
    if mode is not None and mode != row["filter_mode"]:
        changes.update(filter_mode=mode, inbound_filter_mode=None, outbound_filter_mode=None)
        notice = rules_logic.change_notice(
            mode, lambda action: store_rules.count_active(world.store, "phone", row["id"], action)
        )
    if changes:
        changes["updated_at"] = world.clock.now_iso()
        store_phone.number_update(world.store, row["id"], changes)
    return {**row, **changes}, notice


def release(world: World, row: Row) -> None:
    now = world.clock.now_iso()
    store_phone.number_update(
        world.store,
        row["id"],
        {"status": "released", "agent_identity_id": None, "released_at": now, "updated_at": now},
    )


def assign_to_identity(world: World, identity: Row, phone_number_id: str) -> Row:
    """Link an existing, unlinked, active number of the identity's organisation (404 / 409)."""
    row = store_phone.number_by_id(world.store, identity["organization_id"], phone_number_id)
    if row is None or row["status"] != "active":
        raise NotFound(f"Phone number {phone_number_id} not found")
    if row["agent_identity_id"] == identity["id"]:
        return row
    if row["agent_identity_id"] is not None:
        raise Conflict("That phone number is linked to another identity")
    if store_phone.number_of_identity(world.store, identity["id"]) is not None:
        raise Conflict(f"Identity '{identity['agent_handle']}' already has a phone number")
    changes = {"agent_identity_id": identity["id"], "updated_at": world.clock.now_iso()}
    store_phone.number_update(world.store, row["id"], changes)
    return {**row, **changes}


# ── the identity channel ─────────────────────────────────────────────────────


def _summary(world: World, identity: Row) -> dict[str, Any] | None:
    row = store_phone.number_of_identity(world.store, identity["id"])
    return None if row is None else number_json(world, row)


def _provision(world: World, identity: Row, options: Any) -> None:
    if options is None:
        return
    if not isinstance(options, Mapping):
        raise Unprocessable.field(("body", "phone_number"), "must be an object", value=options)
    try:
        provision(world, identity, options)
    except Unprocessable as exc:
        # Name the field inside create_identity's body, not a top-level one.
        items = exc.detail if isinstance(exc.detail, list) else []
        raise Unprocessable(
            [{**e, "loc": ["body", "phone_number", *e["loc"][1:]]} for e in items] or exc.detail
        ) from None


_IDENTITY_MODES = {
    "phone_filter_mode": "filter_mode",
    "phone_inbound_filter_mode": "inbound_filter_mode",
    "phone_outbound_filter_mode": "outbound_filter_mode",
}


def _on_update(world: World, identity: Row, changes: Mapping[str, Any]) -> None:
    row = store_phone.number_of_identity(world.store, identity["id"])
    if row is None:
        return  # the identity keeps its own mode; rules apply once it gets a number
    update: Row = {
        column: changes[key] for key, column in _IDENTITY_MODES.items() if key in changes
    }
    if "filter_mode" in update:
        update.setdefault("inbound_filter_mode", None)
        update.setdefault("outbound_filter_mode", None)
    if update:
        update["updated_at"] = world.clock.now_iso()
        store_phone.number_update(world.store, row["id"], update)


def _on_delete(world: World, identity: Row) -> None:
    """The guide's unlink: the number leaves the identity but stays the org's, live, and can be
    assigned again (identity delete and `DELETE /identities/{h}/phone_number` alike)."""
    row = store_phone.number_of_identity(world.store, identity["id"])
    if row is not None:
        changes = {"agent_identity_id": None, "updated_at": world.clock.now_iso()}
        store_phone.number_update(world.store, row["id"], changes)


def _assign(world: World, identity: Row, phone_number_id: str) -> None:
    assign_to_identity(world, identity, phone_number_id)


CHANNEL = IdentityChannel("phone_number", _summary, _provision, _on_update, _on_delete, _assign)
