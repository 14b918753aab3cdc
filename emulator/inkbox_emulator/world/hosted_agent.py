"""Inkbox Voice AI in the simulated world: the voice catalog, each identity's settings, and the
conversations it holds on the calls it drives.

The emulator has no speech model: Voice AI's side of a call is a fixed script (a greeting that
states the call's reason, an acknowledgement of every line the other party says, a goodbye),
and its tool activity is what that script needs (`lookup_contact` when it answers,
`save_note` per line heard). What the other party says comes from the test (the inbound-call
hook's `say`, or the answering rule's for placed calls), so transcripts are deterministic.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from ..clock import iso
from ..errors import Forbidden, Unprocessable
from ..store import Row, dumps, loads
from ..store import phone as store_phone
from ..store import voice as store_voice
from .identities import identity_row
from .state import World

__all__ = [
    "DEFAULT_VOICE",
    "VOICES",
    "catalog_json",
    "config_json",
    "converse",
    "invocation_json",
    "leave_voicemail",
    "saved_authority",
    "set_authority",
    "set_config",
]

# id -> (name, description, available to the organisation)
VOICES: dict[str, tuple[str, str, bool]] = {
    "ava": ("Ava", "Warm, clear American English.", True),
    "leo": ("Leo", "Calm, low British English.", True),
    "mia": ("Mia", "Bright, quick American English.", True),
    "orion": ("Orion", "Studio narrator voice (premium plans only).", False),
}
DEFAULT_VOICE = "ava"
MODEL = "inkbox-voice-1"
# Milliseconds between two turns of the scripted conversation.
TURN_MS = 2500


def catalog_json() -> dict[str, Any]:
    return {
        "voices": [
            {
                "id": voice_id,
                "name": name,
                "description": description,
                "available": available,
                "preview_url": f"https://cdn.inkbox.ai/voices/{voice_id}.mp3",
            }
            for voice_id, (name, description, available) in VOICES.items()
        ],
        "default_voice": DEFAULT_VOICE,
    }


def _config_row(world: World, identity_id: str) -> Row:
    return store_voice.config_of(world.store, identity_id) or {
        "identity_id": identity_id,
        "voice": None,
        "instructions": None,
        "authority_mode": "contact_scoped",
    }


def config_json(world: World, identity_id: str) -> dict[str, Any]:
    row = _config_row(world, identity_id)
    return {
        "agent_identity_id": identity_id,
        "voice": row["voice"],
        "model": None,
        "effective_voice": row["voice"] or DEFAULT_VOICE,
        "effective_model": MODEL,
        "instructions": row["instructions"],
        "authority_mode": row["authority_mode"],
    }


def saved_authority(world: World, identity_id: str | None) -> str:
    if identity_id is None:
        return "contact_scoped"
    return str(_config_row(world, identity_id)["authority_mode"])


def set_config(world: World, identity_id: str, body: dict[str, Any]) -> dict[str, Any]:
    """Full replace of voice and instructions (422 for a voice the organisation cannot use)."""
    voice = body.get("voice")
    if voice is not None:
        known = VOICES.get(voice)
        if known is None:
            raise Unprocessable.field(
                ("body", "voice"),
                f"Unknown voice; one of {', '.join(VOICES)} (GET /phone/hosted-agent-voices)",
                value=voice,
            )
        if not known[2]:
            raise Unprocessable.field(
                ("body", "voice"), "This voice is not available to the organization", value=voice
            )
    changes = {
        "voice": voice,
        "instructions": body.get("instructions"),
        "updated_at": world.clock.now_iso(),
    }
    store_voice.config_upsert(world.store, identity_id, changes)
    return config_json(world, identity_id)


def set_authority(world: World, identity_id: str, mode: str) -> dict[str, Any]:
    changes = {"authority_mode": mode, "updated_at": world.clock.now_iso()}
    store_voice.config_upsert(world.store, identity_id, changes)
    return config_json(world, identity_id)


def check_call_authority(world: World, is_admin: bool, identity_id: str | None, mode: Any) -> str:
    """The authority a placed call runs with: the override, else the identity's saved one.
    Only an admin key may raise a call to `yolo` over a saved `contact_scoped`."""
    saved = saved_authority(world, identity_id)
    if mode == "yolo" and saved != "yolo" and not is_admin:
        raise Forbidden(
            "A yolo call needs an admin API key unless the identity's saved authority is yolo"
        )
    return str(mode or saved)


def invocation_json(row: Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "call_id": row["call_id"],
        "tool_name": row["tool_name"],
        "status": row["status"],
        "result": loads(row["result"]),
        "started_at": row["started_at"],
        "completed_at": row["completed_at"],
    }


def _speaker(world: World, call: Row) -> str:
    identity = identity_row(world, call["agent_identity_id"]) if call["agent_identity_id"] else None
    if identity is None:
        return "Inkbox"
    return str(identity["display_name"] or identity["agent_handle"])


def _say(world: World, call: Row, lines: Sequence[tuple[str, str]], at: datetime) -> None:
    seq = store_phone.next_transcript_seq(world.store, call["id"])
    for i, (party, text) in enumerate(lines):
        store_phone.transcript_insert(
            world.store,
            {
                "id": world.ids.uuid(),
                "call_id": call["id"],
                "seq": seq + i,
                "ts_ms": (seq + i) * TURN_MS,
                "party": party,
                "text": text,
                "phone_number": call["local_phone_number"],
                "created_at": iso(at + timedelta(milliseconds=(seq + i) * TURN_MS)),
            },
        )


def _tool(world: World, call: Row, name: str, result: dict[str, Any], at: datetime) -> None:
    store_voice.invocation_insert(
        world.store,
        {
            "id": world.ids.uuid(),
            "call_id": call["id"],
            "tool_name": name,
            "status": "succeeded",
            "result": dumps(result),
            "started_at": iso(at),
            "completed_at": iso(at + timedelta(milliseconds=300)),
        },
    )


def converse(world: World, call: Row, heard: Sequence[str], at: datetime) -> None:
    """Voice AI answers (or is answered): look the caller up, greet, acknowledge each line."""
    contact = world.contact_lookup(world, call["organization_id"], call["remote_phone_number"])
    _tool(
        world,
        call,
        "lookup_contact",
        {"found": contact is not None, "contact_id": contact["id"] if contact else None},
        at,
    )
    me = _speaker(world, call)
    if call["direction"] == "outbound":
        greeting = f"Hi, this is {me}'s assistant calling. {call['reason'] or ''}".strip()
    else:
        name = f", {contact['name']}" if contact and contact.get("name") else ""
        greeting = f"Hello{name}, you have reached {me}. How can I help?"
    lines: list[tuple[str, str]] = [("local", greeting)]
    for i, text in enumerate(heard):
        lines += [("remote", text), ("local", f"Thank you, I have noted: {text}")]
        _tool(
            world,
            call,
            "save_note",
            {"saved": True, "turn": i + 1},
            at + timedelta(milliseconds=(len(lines) - 1) * TURN_MS),
        )
    if heard:
        lines.append(("local", "Goodbye."))
    _say(world, call, lines, at)


def leave_voicemail(world: World, call: Row, at: datetime) -> None:
    """What Voice AI says after the beep: the call's message, else one built from its reason."""
    text = call["voicemail_message"] or (
        f"Hi, this is {_speaker(world, call)}'s assistant. I called about: "
        f"{call['reason'] or 'a quick question'}. Please call back."
    )
    _say(world, call, [("local", text)], at)
