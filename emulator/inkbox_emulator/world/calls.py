"""Calls in the simulated world: placing outbound calls (with the organisation's rolling 24 h
quota), inbound calls injected by tests (run through the number's incoming-call action and
contact rules), transcripts, and hang-up.

Placed calls start `initiated`; the `/_emulator/calls/{id}/status` hook moves them on
(`ringing`, `answered`, `completed`, `failed`), since no carrier will. Unless an answering rule
(`PUT /_emulator/calls/answering`) covers the number called: then the call rings, and once the
emulator clock passes `ring_seconds` it is answered, reaches voicemail (and follows its
`on_voicemail`) or is rejected, and after `talk_seconds` the other party hangs up. Voice AI
calls hold their scripted conversation when answered (`world/hosted_agent.py`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

import attrs

from .. import e164
from ..auth import Principal
from ..clock import iso, parse_iso
from ..errors import BadRequest, Conflict, Forbidden, NotFound, TooManyRequests, Unprocessable
from ..scoping import forbid_other_identity
from ..store import Row, dumps, loads
from ..store import phone as store_phone
from ..store import voice as store_voice
from ..store.core import identity_in_org
from . import contacts as world_contacts
from . import hosted_agent
from . import rules as world_rules
from .state import World

__all__ = [
    "CALLS_PER_DAY",
    "MINUTES_PER_DAY",
    "add_transcripts",
    "call_json",
    "catch_up",
    "hangup",
    "inbound",
    "place",
    "rate_limit",
    "set_answering",
    "set_status",
    "transcript_json",
]

CALLS_PER_DAY = 100
MINUTES_PER_DAY = 100
_WINDOW = timedelta(hours=24)
LIVE = ("initiated", "ringing", "answered")
ENDED = ("completed", "failed", "canceled")
OUTCOMES = ("answer", "voicemail", "reject")
# How long Voice AI's voicemail message takes before it hangs up.
VOICEMAIL_SECONDS = 8.0
# `voicemail_detection` (deprecated) as the `on_voicemail` it stands for.
_DETECTION = {"enabled": "hang_up", "disabled": "ignore"}


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
    detection, chosen = body.get("voicemail_detection"), body.get("on_voicemail")
    # `enabled` (detect voicemail) agrees with both hang_up and leave_message.
    agreeing = {"enabled": ("hang_up", "leave_message"), "disabled": ("ignore",)}
    if detection is not None and chosen is not None and chosen not in agreeing[detection]:
        raise Unprocessable.field(
            ("body", "voicemail_detection"), f"contradicts on_voicemail {chosen}"
        )
    if body.get("voicemail_message") is not None and _on_voicemail(body) != "leave_message":
        raise Unprocessable.field(
            ("body", "voicemail_message"), "only with on_voicemail leave_message"
        )
    ws = body.get("client_websocket_url")
    if ws is not None and mode == "hosted_agent":
        raise Unprocessable.field(
            ("body", "client_websocket_url"), "Voice AI calls have no client WebSocket", value=ws
        )
    if ws is not None and not str(ws).startswith(("wss://", "ws://localhost", "ws://127.0.0.1")):
        raise Unprocessable.field(
            ("body", "client_websocket_url"), "must be a wss:// URL", value=ws
        )


def _on_voicemail(body: Mapping[str, Any]) -> str:
    """What the call does at a voicemail beep: asked for, else the deprecated alias's meaning,
    else the mode's default."""
    if body.get("on_voicemail"):
        return str(body["on_voicemail"])
    if body.get("voicemail_detection"):
        return _DETECTION[body["voicemail_detection"]]
    return "leave_message" if body.get("mode") == "hosted_agent" else "hang_up"


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
    authority = hosted_agent.check_call_authority(
        world, not me.is_agent, identity_id, body.get("hosted_agent_authority_mode")
    )
    now = world.clock.now_iso()
    mode = body.get("mode") or "client_websocket"
    on_voicemail = _on_voicemail(body)
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
        client_websocket_url=None
        if mode == "hosted_agent"
        else body.get("client_websocket_url") or (number or {}).get("client_websocket_url"),
        use_inkbox_tts=int(mode == "hosted_agent"),
        use_inkbox_stt=int(mode == "hosted_agent"),
        origin=origination,
        mode=mode,
        reason=body.get("reason"),
        hosted_agent_authority_mode=authority,
        voicemail_detection="disabled" if on_voicemail == "ignore" else "enabled",
        on_voicemail=on_voicemail,
        voicemail_message=body.get("voicemail_message"),
    )
    rule = store_voice.rule_for(world.store, body["to_number"])
    if rule is not None:
        row["status"] = "ringing"
    store_phone.call_insert(world.store, row)
    if rule is not None:
        _schedule(
            world,
            row["id"],
            parse_iso(now) + timedelta(seconds=rule["ring_seconds"]),
            rule["outcome"],
            say=loads(rule["say"]),
            talk_seconds=rule["talk_seconds"],
        )
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
    return _end(world, row, changes)


def _end(world: World, row: Row, changes: Row) -> Row:
    """Write an ending (or any change) and forget the call's pending steps once it ended."""
    store_phone.call_update(world.store, row["id"], changes)
    if changes.get("status") in ENDED:
        store_voice.steps_clear(world.store, row["id"])
    return {**row, **changes}


# ── the simulated carrier: answering rules and pending steps ─────────────────


def set_answering(world: World, body: Mapping[str, Any]) -> dict[str, Any]:
    """Hook: how calls placed to `to` (every number when omitted) are answered.

    `{"to"?, "outcome": "answer"|"voicemail"|"reject"|null, "ring_seconds"?: 0,
    "talk_seconds"?: null, "say"?: [lines]}`; a null outcome removes the rule.
    """
    to = body.get("to") or "*"
    if to != "*" and not e164.is_e164(to):
        raise Unprocessable.field(("body", "to"), "must be an E.164 number", value=to)
    outcome = body.get("outcome")
    if outcome is None:
        store_voice.rule_delete(world.store, to)
        return {"to": to, "outcome": None}
    if outcome not in OUTCOMES:
        raise Unprocessable.field(
            ("body", "outcome"), f"one of {', '.join(OUTCOMES)}", value=outcome
        )
    ring, talk = body.get("ring_seconds", 0), body.get("talk_seconds")
    for name, value in (("ring_seconds", ring), ("talk_seconds", talk)):
        if value is not None and (not isinstance(value, int | float) or value < 0):
            raise Unprocessable.field(("body", name), "seconds, 0 or more", value=value)
    say = _lines(body.get("say"))
    store_voice.rule_put(
        world.store,
        {
            "remote_number": to,
            "outcome": outcome,
            "ring_seconds": float(ring),
            "talk_seconds": None if talk is None else float(talk),
            "say": dumps(say),
        },
    )
    return {"to": to, "outcome": outcome, "ring_seconds": ring, "talk_seconds": talk, "say": say}


def _lines(say: Any) -> list[str]:
    if say is None:
        return []
    if not isinstance(say, list) or not all(isinstance(x, str) and x for x in say):
        raise Unprocessable.field(("body", "say"), "a list of non-empty strings", value=say)
    return say


def _schedule(
    world: World,
    call_id: str,
    due: datetime,
    step: str,
    *,
    say: Sequence[str] = (),
    talk_seconds: float | None = None,
) -> None:
    store_voice.step_insert(
        world.store,
        {
            "call_id": call_id,
            "due_at": iso(due),
            "step": step,
            "say": dumps(list(say)),
            "talk_seconds": talk_seconds,
        },
    )


def catch_up(world: World) -> None:
    """Apply every pending step the emulator clock has reached, each at its own time."""
    for step in store_voice.due_steps(world.store, world.clock.now_iso()):
        store_voice.step_delete(world.store, step["seq"])
        row = store_phone.call_any_org(world.store, step["call_id"])
        if row is not None and row["status"] in LIVE:
            _apply(world, row, step)


def _apply(world: World, row: Row, step: Row) -> None:
    at, when, kind = parse_iso(step["due_at"]), step["due_at"], step["step"]
    if kind == "voicemail" and row["on_voicemail"] == "ignore":
        kind = "answer"  # no detection: whatever picks up is treated as a person
    answered = {"status": "answered", "started_at": when, "updated_at": when}
    ended = {"status": "completed", "ended_at": when, "updated_at": when}
    if kind == "reject":
        _end(world, row, {**ended, "status": "canceled", "hangup_reason": "rejected"})
    elif kind in ("end", "voicemail_end"):
        reason = "voicemail" if kind == "voicemail_end" else "remote"
        _end(world, row, {**ended, "hangup_reason": reason})
    elif kind == "voicemail" and row["on_voicemail"] == "hang_up":
        _end(world, row, {**ended, "started_at": when, "hangup_reason": "voicemail"})
    elif kind == "voicemail":
        row = _end(world, row, answered)
        if row["mode"] == "hosted_agent":
            hosted_agent.leave_voicemail(world, row, at)
        _schedule(world, row["id"], at + timedelta(seconds=VOICEMAIL_SECONDS), "voicemail_end")
    else:
        row = _end(world, row, answered)
        _answered(world, row, at, loads(step["say"]), step["talk_seconds"])


def _answered(
    world: World, row: Row, at: datetime, say: Sequence[str], talk_seconds: float | None
) -> None:
    if row["mode"] == "hosted_agent":
        hosted_agent.converse(world, row, say, at)
    if talk_seconds is not None:
        _schedule(world, row["id"], at + timedelta(seconds=talk_seconds), "end")


# ── test hooks' world ─────────────────────────────────────────────────────────


def inbound(
    world: World,
    number: Row,
    caller: str,
    say: Any = None,
    talk_seconds: float | None = None,
) -> Row:
    """A call from `caller` rings `number`; its contact rules and incoming-call action decide.

    `auto_accept` / `hosted_agent` answer at once (Voice AI holds its conversation with the
    caller's `say` lines), `auto_reject` and blocked callers are rejected, `forward` answers
    by forwarding, `webhook` posts `phone.incoming_call` to the number's webhook and leaves
    the call ringing (the emulator's hooks cannot wait for the answer; move it on with the
    status hook). With `talk_seconds`, an answered caller hangs up that long after.
    """
    lines = _lines(say)
    if talk_seconds is not None and (not isinstance(talk_seconds, int | float) or talk_seconds < 0):
        raise Unprocessable.field(
            ("body", "talk_seconds"), "seconds, 0 or more", value=talk_seconds
        )
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
        hosted_agent_authority_mode=hosted_agent.saved_authority(
            world, number["agent_identity_id"]
        ),
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
    if row["status"] == "answered":
        _answered(world, row, parse_iso(now), lines, talk_seconds)
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
    return _end(world, row, changes)


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
