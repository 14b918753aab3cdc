"""Phone numbers: list, provision, get, update, release, transcript search; and the SMS
registration hook (`PUT /_emulator/phone-numbers/{id}/sms-status`)."""

from __future__ import annotations

from typing import Any

from ..clock import iso
from ..dispatch import Call, Hook, HookCall
from ..errors import NotFound, Unprocessable
from ..scoping import identity_for
from ..store import phone as store_phone
from ..world import calls as world_calls
from ..world import phone as world_phone
from ._phone_common import number_for


def list_phone_numbers(call: Call) -> list[dict[str, Any]]:
    me = call.me
    rows = store_phone.numbers_of_org(call.store, me.organization_id, identity_id=me.identity_id)
    return [world_phone.number_json(call.world, r) for r in rows]


def provision_phone_number(call: Call) -> dict[str, Any]:
    body = call.json
    identity = identity_for(call, body["agent_handle"])
    row = world_phone.provision(call.world, identity, body)
    return world_phone.number_json(call.world, row)


def get_phone_number(call: Call) -> dict[str, Any]:
    row = number_for(call, call.path["phone_number_id"], active=False)
    return world_phone.number_json(call.world, row)


def update_phone_number(call: Call) -> dict[str, Any]:
    row = number_for(call, call.path["phone_number_id"])
    if "filter_mode" in call.json:
        call.me.require_admin("Changing filter_mode")
    row, notice = world_phone.update_number(call.world, row, call.json)
    return world_phone.number_json(call.world, row, notice=notice)


def release_phone_number(call: Call) -> None:
    row = number_for(call, call.path["phone_number_id"])
    world_phone.release(call.world, row)


def search_phone_number_transcripts(call: Call) -> list[dict[str, Any]]:
    row = number_for(call, call.path["phone_number_id"], active=False)
    q = call.query["q"]
    rows = store_phone.search_transcripts(
        call.store, row["id"], q, call.query.get("party"), call.query["limit"]
    )
    return [world_calls.transcript_json(r) for r in rows]


def set_sms_status(hook: HookCall) -> dict[str, Any]:
    """Test hook: finish (or fail, or restart) a number's SMS registration now."""
    row = store_phone.number_any_org(hook.world.store, hook.path["phone_number_id"])
    if row is None:
        raise NotFound("Phone number not found")
    status = hook.json.get("sms_status")
    if status not in ("pending", "ready", "assignment_failed"):
        raise Unprocessable.field(
            ("body", "sms_status"), "pending, ready or assignment_failed", value=status
        )
    now = hook.world.clock.now()
    changes: dict[str, Any] = {"sms_status": status, "updated_at": iso(now)}
    if status == "ready":
        changes.update(
            sms_ready_at=iso(now), sms_ready_eta=None, sms_error_code=None, sms_error_detail=None
        )
    elif status == "pending":
        changes.update(sms_ready_at=None, sms_ready_eta=iso(now + world_phone.SMS_READY_DELAY))
    else:
        changes.update(
            sms_ready_at=None,
            sms_ready_eta=None,
            sms_error_code=hook.json.get("sms_error_code") or "assignment_failed",
            sms_error_detail=hook.json.get("sms_error_detail")
            or "Campaign assignment retries exhausted",
        )
    store_phone.number_update(hook.world.store, row["id"], changes)
    return world_phone.number_json(hook.world, {**row, **changes})


routes = [
    list_phone_numbers,
    provision_phone_number,
    get_phone_number,
    update_phone_number,
    release_phone_number,
    search_phone_number_transcripts,
]
hooks = [
    Hook(
        "PUT",
        "/phone-numbers/{phone_number_id}/sms-status",
        set_sms_status,
        "Set a number's sms_status",
    ),
]
