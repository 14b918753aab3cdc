"""Calls in the simulated world: placing outbound calls (with the organisation's rolling 24 h
quota), inbound calls injected by tests (run through the number's incoming-call action and
contact rules), transcripts, and hang-up.

Placed calls start `initiated`; the `/_emulator/calls/{id}/status` hook moves them on
(`ringing`, `answered`, `completed`, `failed`), since no carrier will.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

import attrs

from .. import e164
from ..auth import Principal
from ..clock import iso, parse_iso
from ..errors import BadRequest, Conflict, Forbidden, NotFound, TooManyRequests, Unprocessable
from ..scoping import forbid_other_identity
from ..store import Row, dumps, loads
from ..store import phone as store_phone
from ..store.core import identity_in_org
from . import contacts as world_contacts
from . import rules as world_rules
from .state import World

__all__ = [
    "CALLS_PER_DAY",
    "MINUTES_PER_DAY",
    "add_transcripts",
    "call_json",
    "hangup",
    "inbound",
    "place",
    "rate_limit",
    "set_status",
    "transcript_json",
]

CALLS_PER_DAY = 100
MINUTES_PER_DAY = 100
_WINDOW = timedelta(hours=24)
LIVE = ("initiated", "ringing", "answered")
ENDED = ("completed", "failed", "canceled")


def call_json(row: Row) -> dict[str, Any]:
    """`PhoneCall`: every key; the Voice AI lists are empty in the emulator."""
    return {
        "id": row["id"],
        "local_phone_number": row["local_phone_number"],
        "remote_phone_number": row["remote_phone_number"],
        "direction": row["direction"],
        "status": row["status"],
        "client_websocket_url": row["client_websocket_url"],
        "use_inkbox_tts": None if row["use_inkbox_tts"] is None else bool(row["use_inkbox_tts"]),
        "use_inkbox_stt": None if row["use_inkbox_stt"] is None else bool(row["use_inkbox_stt"]),
        "hangup_reason": row["hangup_reason"],
        "started_at": row["started_at"],
        "ended_at": row["ended_at"],
        "is_blocked": bool(row["is_blocked"]),
        "origin": row["origin"],
        "mode": row["mode"],
        "reason": row["reason"],
        "hosted_agent_authority_mode": row["hosted_agent_authority_mode"],
        "voicemail_detection": row["voicemail_detection"],
        "on_voicemail": row["on_voicemail"],
        "post_call_action_items": [],
        "forwardings": loads(row["forwardings"]) or [],
        "connections": None,
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def transcript_json(row: Row) -> dict[str, Any]:
    return {
        k: row[k]
        for k in ("id", "call_id", "seq", "ts_ms", "party", "text", "phone_number", "created_at")
    }


def rate_limit(world: World, org_id: str) -> tuple[dict[str, Any], dict[str, str]]:
    """`RateLimitInfo` and the X-RateLimit-* headers for the organisation's rolling 24 h."""
    now = world.clock.now()
    since = iso(now - _WINDOW)
    used, minutes = store_phone.call_usage_since(world.store, org_id, since)
    oldest = store_phone.oldest_outbound_call_since(world.store, org_id, since)
    info = {
        "calls_used": used,
        "calls_remaining": max(0, CALLS_PER_DAY - used),
        "calls_limit": CALLS_PER_DAY,
        "minutes_used": minutes,
        "minutes_remaining": round(max(0.0, MINUTES_PER_DAY - minutes), 2),
        "minutes_limit": MINUTES_PER_DAY,
    }
    reset = iso(parse_iso(oldest) + _WINDOW) if oldest else iso(now + _WINDOW)
    headers = {
        "X-RateLimit-Limit": str(CALLS_PER_DAY),
        "X-RateLimit-Remaining": str(info["calls_remaining"]),
        "X-RateLimit-Reset": reset,
    }
    return info, headers


def _check_place(body: Mapping[str, Any]) -> None:
    """The conditional shape the spec describes (422 naming the field)."""
    origination = body.get("origination") or "dedicated_number"
    mode = body.get("mode") or "client_websocket"
    if not e164.is_e164(body["to_number"]):
        raise Unprocessable.field(
            ("body", "to_number"), "must be an E.164 number", value=body["to_number"]
        )
    if origination == "dedicated_number" and not body.get("from_number"):
        raise Unprocessable.field(
            ("body", "from_number"), "required for dedicated_number origination"
        )
    if origination != "dedicated_number" and not body.get("agent_identity_id"):
        raise Unprocessable.field(
            ("body", "agent_identity_id"), f"required for {origination} origination"
        )
    if mode == "hosted_agent" and not body.get("reason"):
        raise Unprocessable.field(("body", "reason"), "required with mode hosted_agent")
    if mode != "hosted_agent" and body.get("reason") is not None:
        raise Unprocessable.field(
            ("body", "reason"), "only valid with mode hosted_agent", value=body["reason"]
        )
    if body.get("hosted_agent_authority_mode") == "yolo" and mode != "hosted_agent":
        raise Unprocessable.field(
            ("body", "hosted_agent_authority_mode"), "yolo needs mode hosted_agent"
        )
    if body.get("voicemail_message") is not None and body.get("on_voicemail") != "leave_message":
        raise Unprocessable.field(
            ("body", "voicemail_message"), "only with on_voicemail leave_message"
        )
    ws = body.get("client_websocket_url")
    if ws is not None and not str(ws).startswith(("wss://", "ws://localhost", "ws://127.0.0.1")):
        raise Unprocessable.field(
            ("body", "client_websocket_url"), "must be a wss:// URL", value=ws
        )


def place(world: World, me: Principal, body: Mapping[str, Any]) -> Row:
    """CA-1: record an outbound call placed with the key `me`.

    400 when the from number is not active, 403 when it is another org's or another identity's
    or the recipient is blocked, 404 when it is nobody's, 429 over the daily quota.
    """
    _check_place(body)
    org_id = me.organization_id
    origination = body.get("origination") or "dedicated_number"
    number: Row | None = None
    identity_id = body.get("agent_identity_id")
    if origination == "dedicated_number":
        number = _from_number(world, org_id, body["from_number"])
        identity_id = number["agent_identity_id"]
    elif identity_in_org(world.store, org_id, str(identity_id)) is None:
        raise NotFound(f"Identity {identity_id} not found")
    forbid_other_identity(me, identity_id)
    if number is not None:
        verdict = world_rules.phone_gate(world, number, body["to_number"], "outbound")
        if not verdict.allowed:
            raise Forbidden(verdict.refusal(body["to_number"]))
    info, _ = rate_limit(world, org_id)
    if info["calls_remaining"] <= 0 or info["minutes_remaining"] <= 0:
        raise TooManyRequests(
            f"The organization placed {CALLS_PER_DAY} calls or talked {MINUTES_PER_DAY} minutes in 24 hours",
            retry_after=3600,
        )
    now = world.clock.now_iso()
    mode = body.get("mode") or "client_websocket"
    on_voicemail = body.get("on_voicemail")
    if on_voicemail is None and body.get("voicemail_detection") == "disabled":
        on_voicemail = "ignore"
    row = _call_row(
        world,
        now,
        organization_id=org_id,
        phone_number_id=number["id"] if number else None,
        agent_identity_id=identity_id,
        local_phone_number=number["number"] if number else None,
        remote_phone_number=body["to_number"],
        direction="outbound",
        status="initiated",
        client_websocket_url=body.get("client_websocket_url")
        or (number or {}).get("client_websocket_url"),
        use_inkbox_tts=int(mode == "hosted_agent"),
        use_inkbox_stt=int(mode == "hosted_agent"),
        origin=origination,
        mode=mode,
        reason=body.get("reason"),
        hosted_agent_authority_mode=body.get("hosted_agent_authority_mode") or "contact_scoped",
        voicemail_detection=body.get("voicemail_detection") or "enabled",
        on_voicemail=on_voicemail or "hang_up",
        voicemail_message=body.get("voicemail_message"),
    )
    store_phone.call_insert(world.store, row)
    return row


def _call_row(world: World, now: str, **columns: Any) -> Row:
    """A new `calls` row; `columns` set what differs between placed and received calls (the
    defaults are a call that has not started, unblocked, without voicemail settings)."""
    return {
        "id": world.ids.uuid(),
        "hangup_reason": None,
        "started_at": None,
        "ended_at": None,
        "is_blocked": 0,
        "reason": None,
        "hosted_agent_authority_mode": "contact_scoped",
        "voicemail_detection": "enabled",
        "on_voicemail": None,
        "voicemail_message": None,
        "forwardings": "[]",
        "created_at": now,
        "updated_at": now,
        **columns,
    }


def _from_number(world: World, org_id: str, from_number: str) -> Row:
    target = store_phone.live_number_by_e164(world.store, from_number)
    if target is not None and target["organization_id"] != org_id:
        raise Forbidden(f"{from_number} belongs to another organization")
    if target is None:
        released = [
            r for r in store_phone.numbers_of_org(world.store, org_id) if r["number"] == from_number
        ]
        if released:
            raise BadRequest(f"{from_number} is not active (status {released[-1]['status']})")
        raise NotFound(f"{from_number} is not a number of this organization")
    return target


def hangup(world: World, row: Row) -> Row:
    """CA-5: end a live call from outside (409 once it ended)."""
    if row["status"] not in LIVE:
        raise Conflict(f"The call already ended (status {row['status']})")
    now = world.clock.now_iso()
    changes = {"status": "completed", "hangup_reason": "local", "ended_at": now, "updated_at": now}
    if row["status"] != "answered":
        changes["status"] = "canceled"
    store_phone.call_update(world.store, row["id"], changes)
    return {**row, **changes}


# ── test hooks' world ─────────────────────────────────────────────────────────


def inbound(world: World, number: Row, caller: str) -> Row:
    """A call from `caller` rings `number`; its contact rules and incoming-call action decide.

    `auto_accept` / `hosted_agent` answer at once, `auto_reject` and blocked callers are
    rejected, `forward` answers by forwarding, `webhook` posts `phone.incoming_call` to the
    number's webhook and leaves the call ringing (the emulator's hooks cannot wait for the
    answer; move it on with the status hook).
    """
    now = world.clock.now_iso()
    action = number["incoming_call_action"]
    blocked = not world_rules.phone_gate(world, number, caller, "inbound").allowed
    row = _call_row(
        world,
        now,
        organization_id=number["organization_id"],
        phone_number_id=number["id"],
        agent_identity_id=number["agent_identity_id"],
        local_phone_number=number["number"],
        remote_phone_number=caller,
        direction="inbound",
        status="ringing",
        client_websocket_url=number["client_websocket_url"],
        use_inkbox_tts=int(action == "hosted_agent"),
        use_inkbox_stt=int(action == "hosted_agent"),
        is_blocked=int(blocked),
        origin="dedicated_number",
        mode="hosted_agent" if action == "hosted_agent" else "client_websocket",
    )
    if blocked or action == "auto_reject":
        row.update(status="canceled", hangup_reason="rejected", ended_at=now)
    elif action in ("auto_accept", "hosted_agent"):
        row.update(status="answered", started_at=now)
    elif action == "forward":
        target_type = number["forwarding_target_type"]
        target = (
            number["forwarding_phone_number"]
            if target_type == "phone"
            else number["forwarding_sip_uri"]
        )
        forwarding = {
            "id": world.ids.uuid(),
            "trigger": "incoming_action",
            "status": "forwarded",
            "target_type": target_type,
            "target": target,
            "requested_at": now,
            "dialing_at": now,
            "forwarded_at": now,
            "ended_at": None,
            "failure_code": None,
        }
        row.update(status="answered", started_at=now, forwardings=dumps([forwarding]))
    store_phone.call_insert(world.store, row)
    if action == "webhook" and not blocked and number["incoming_call_webhook_url"]:
        payload = {
            **{k: v for k, v in call_json(row).items() if k in _INCOMING_KEYS},
            "rate_limit": rate_limit(world, number["organization_id"])[0],
            "contacts": [
                c for c in [world_contacts.lookup(world, number["organization_id"], caller)] if c
            ],
            "agent_identities": [],
        }
        delivery = world.delivery(
            number["incoming_call_webhook_url"],
            "phone.incoming_call",
            payload,
            identity_id=number["agent_identity_id"],
        )
        # Logged for `list_webhook_deliveries(phone_number_id=...)`, as the live service does.
        world.emit_delivery(
            attrs.evolve(
                delivery, organization_id=number["organization_id"], phone_number_id=number["id"]
            )
        )
    return row


_INCOMING_KEYS = (
    "id",
    "local_phone_number",
    "remote_phone_number",
    "direction",
    "status",
    "client_websocket_url",
    "use_inkbox_tts",
    "use_inkbox_stt",
    "hangup_reason",
    "started_at",
    "ended_at",
    "created_at",
    "updated_at",
)


def set_status(world: World, row: Row, status: str, hangup_reason: str | None) -> Row:
    """Move a call along its lifecycle (hook): answered stamps `started_at`, an end `ended_at`."""
    if status not in (*LIVE, *ENDED):
        raise Unprocessable.field(
            ("body", "status"), f"one of {', '.join((*LIVE, *ENDED))}", value=status
        )
    if row["status"] in ENDED:
        raise Conflict(f"The call already ended (status {row['status']})")
    now = world.clock.now_iso()
    changes: Row = {"status": status, "updated_at": now}
    if status == "answered" and row["started_at"] is None:
        changes["started_at"] = now
    if status in ENDED:
        changes.update(
            ended_at=now,
            hangup_reason=hangup_reason or ("remote" if status == "completed" else None),
        )
    store_phone.call_update(world.store, row["id"], changes)
    return {**row, **changes}


def add_transcripts(world: World, call: Row, segments: Any) -> list[Row]:
    """Append transcript segments (hook): `[{party, text, ts_ms?}]`, numbered after the last."""
    if not isinstance(segments, list) or not segments:
        raise Unprocessable.field(("body", "segments"), "a non-empty list of {party, text, ts_ms?}")
    seq = store_phone.next_transcript_seq(world.store, call["id"])
    rows = []
    for i, segment in enumerate(segments):
        if (
            not isinstance(segment, dict)
            or segment.get("party") not in ("local", "remote")
            or not isinstance(segment.get("text"), str)
        ):
            raise Unprocessable.field(
                ("body", "segments", i), "needs party (local|remote) and text", value=segment
            )
        row = {
            "id": world.ids.uuid(),
            "call_id": call["id"],
            "seq": seq + i,
            "ts_ms": int(segment.get("ts_ms", (seq + i) * 1000)),
            "party": segment["party"],
            "text": segment["text"],
            "phone_number": call["local_phone_number"],
            "created_at": world.clock.now_iso(),
        }
        store_phone.transcript_insert(world.store, row)
        rows.append(row)
    return rows
