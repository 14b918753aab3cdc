"""Calls: place, list (identity-scoped and the guide-era number-scoped paths), get,
transcripts, hang up; hooks for inbound calls, transcripts and carrier status."""

from __future__ import annotations

from typing import Any

from .. import e164, timewindow
from ..dispatch import Call, Hook, HookCall, Reply
from ..errors import NotFound, Unprocessable
from ..scoping import forbid_other_identity
from ..store import Row
from ..store import phone as store_phone
from ..store import voice as store_voice
from ..world import calls as world_calls
from ..world import hosted_agent
from ._phone_common import number_for, scoped_identity, visible_blocked


def place_call(call: Call) -> Reply:
    me = call.me
    row = world_calls.place(call.world, me, call.json)
    info, headers = world_calls.rate_limit(call.world, me.organization_id)
    return Reply({**world_calls.call_json(row), "rate_limit": info}, headers=headers)


def list_calls(call: Call) -> list[dict[str, Any]]:
    me, query = call.me, call.query
    identity_id = scoped_identity(
        call, query.get("agent_identity_id"), ("query", "agent_identity_id")
    )
    world_calls.catch_up(call.world)
    since, until = timewindow.window(query)
    rows = store_phone.calls_page(
        call.store,
        me.organization_id,
        identity_id=identity_id,
        is_blocked=visible_blocked(call),
        since=since,
        until=until,
        limit=query["limit"],
        offset=query["offset"],
    )
    return [world_calls.call_json(r) for r in rows]


def _call_for(call: Call, call_id: str, number: Row | None = None) -> Row:
    world_calls.catch_up(call.world)
    row = store_phone.call_by_id(call.store, call.me.organization_id, call_id)
    if row is None or (number is not None and row["phone_number_id"] != number["id"]):
        raise NotFound(f"Call {call_id} not found")
    forbid_other_identity(call.me, row["agent_identity_id"])
    if call.me.is_agent and row["is_blocked"]:
        raise NotFound(f"Call {call_id} not found")
    return row


def get_call(call: Call) -> dict[str, Any]:
    return world_calls.call_json(_call_for(call, call.path["call_id"]))


def _transcripts(call: Call, row: Row) -> list[dict[str, Any]]:
    return [
        world_calls.transcript_json(t)
        for t in store_phone.transcripts_of_call(call.store, row["id"])
    ]


def list_call_transcripts(call: Call) -> list[dict[str, Any]]:
    return _transcripts(call, _call_for(call, call.path["call_id"]))


def hangup_call(call: Call) -> dict[str, Any]:
    row = _call_for(call, call.path["call_id"])
    return world_calls.call_json(world_calls.hangup(call.world, row))


def list_call_tool_invocations(call: Call) -> dict[str, Any]:
    row = _call_for(call, call.path["call_id"])
    limit, offset = call.query["limit"], call.query["offset"]
    rows = store_voice.invocations_page(call.store, row["id"], limit + 1, offset)
    return {
        "items": [hosted_agent.invocation_json(r) for r in rows[:limit]],
        "limit": limit,
        "offset": offset,
        "has_more": len(rows) > limit,
    }


def list_phone_number_calls(call: Call) -> list[dict[str, Any]]:
    number = number_for(call, call.path["phone_number_id"], active=False)
    world_calls.catch_up(call.world)
    rows = store_phone.calls_page(
        call.store,
        call.me.organization_id,
        phone_number_id=number["id"],
        is_blocked=visible_blocked(call),
        limit=call.query["limit"],
        offset=call.query["offset"],
    )
    return [world_calls.call_json(r) for r in rows]


def get_phone_number_call(call: Call) -> dict[str, Any]:
    number = number_for(call, call.path["phone_number_id"], active=False)
    return world_calls.call_json(_call_for(call, call.path["call_id"], number))


def list_phone_number_call_transcripts(call: Call) -> list[dict[str, Any]]:
    number = number_for(call, call.path["phone_number_id"], active=False)
    return _transcripts(call, _call_for(call, call.path["call_id"], number))


# ── hooks ─────────────────────────────────────────────────────────────────────


def inbound_call(hook: HookCall) -> dict[str, Any]:
    """`{"to": our number, "from": caller, "say"?: [lines], "talk_seconds"?: n}` -> the
    PhoneCall as the number's action left it (`say`: what the caller tells Voice AI)."""
    to, caller = hook.json.get("to"), hook.json.get("from")
    if not isinstance(caller, str) or not e164.is_e164(caller):
        raise Unprocessable.field(("body", "from"), "must be an E.164 number", value=caller)
    number = store_phone.live_number_by_e164(hook.world.store, str(to))
    if number is None:
        raise NotFound(f"{to} is not an active number of this emulator")
    world_calls.catch_up(hook.world)
    row = world_calls.inbound(
        hook.world, number, caller, hook.json.get("say"), hook.json.get("talk_seconds")
    )
    return world_calls.call_json(row)


def _hook_call(hook: HookCall) -> Row:
    world_calls.catch_up(hook.world)
    row = store_phone.call_any_org(hook.world.store, hook.path["call_id"])
    if row is None:
        raise NotFound("Call not found")
    return row


def add_call_transcripts(hook: HookCall) -> list[dict[str, Any]]:
    """`{"segments": [{"party": "remote", "text": "...", "ts_ms"?: 1200}]}` -> the new segments."""
    rows = world_calls.add_transcripts(hook.world, _hook_call(hook), hook.json.get("segments"))
    return [world_calls.transcript_json(r) for r in rows]


def set_answering(hook: HookCall) -> dict[str, Any]:
    """`{"to"?, "outcome": "answer"|"voicemail"|"reject"|null, "ring_seconds"?, "talk_seconds"?,
    "say"?}` -> the rule now in force for calls placed to `to` (every number when omitted)."""
    return world_calls.set_answering(hook.world, hook.json)


def set_call_status(hook: HookCall) -> dict[str, Any]:
    """`{"status": "answered"|"completed"|..., "hangup_reason"?}` -> the PhoneCall."""
    row = world_calls.set_status(
        hook.world, _hook_call(hook), str(hook.json.get("status")), hook.json.get("hangup_reason")
    )
    return world_calls.call_json(row)


routes = [
    place_call,
    list_calls,
    get_call,
    list_call_transcripts,
    hangup_call,
    list_call_tool_invocations,
    list_phone_number_calls,
    get_phone_number_call,
    list_phone_number_call_transcripts,
]
hooks = [
    Hook("POST", "/calls/inbound", inbound_call, "A call rings one of our numbers"),
    Hook(
        "POST", "/calls/{call_id}/transcripts", add_call_transcripts, "Append transcript segments"
    ),
    Hook("POST", "/calls/{call_id}/status", set_call_status, "Move a call along its lifecycle"),
    Hook("PUT", "/calls/answering", set_answering, "How placed calls to a number get answered"),
]
