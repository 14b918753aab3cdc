"""SMS consent of recipient numbers: the rows `send_text`'s opt-in gate reads, listed, read and
set by admin keys (agent keys get 403). Inbound STOP/START texts write the same rows
(`world.texts.deliver_inbound`).

The real server lets only organizations running their own 10DLC campaign set consent through
the API (409 `customer_campaign_required` otherwise); the emulator's organizations all may.
"""

from __future__ import annotations

from typing import Any

from .. import e164
from ..dispatch import Call
from ..errors import NotFound, Unprocessable
from ..store import sms_opt_ins as store_opt_ins
from ..world import texts as world_texts


def _receiver(call: Call) -> str:
    call.me.require_admin("SMS opt-ins")
    number = call.path["receiver_number"]
    if not e164.is_e164(number):
        raise Unprocessable.field(
            ("path", "receiver_number"), "must be an E.164 number", value=number
        )
    return str(number)


def list_sms_opt_ins(call: Call) -> list[dict[str, Any]]:
    call.me.require_admin("SMS opt-ins")
    rows = store_opt_ins.opt_ins_page(
        call.store,
        call.me.organization_id,
        status=call.query.get("status"),
        limit=call.query.get("limit", 50),
        offset=call.query.get("offset", 0),
    )
    return [world_texts.consent_json(r) for r in rows]


def get_sms_opt_in(call: Call) -> dict[str, Any]:
    number = _receiver(call)
    row = store_opt_ins.opt_in_row(call.store, call.me.organization_id, number)
    if row is None:
        raise NotFound(f"No SMS opt-in record for {number}")
    return world_texts.consent_json(row)


def _set(call: Call, status: str) -> dict[str, Any]:
    number = _receiver(call)
    row = world_texts.set_consent(call.world, call.me.organization_id, number, status, "api")
    return world_texts.consent_json(row)


def opt_in_sms_recipient(call: Call) -> dict[str, Any]:
    return _set(call, "opted_in")


def opt_out_sms_recipient(call: Call) -> dict[str, Any]:
    return _set(call, "opted_out")


routes = [list_sms_opt_ins, get_sms_opt_in, opt_in_sms_recipient, opt_out_sms_recipient]
