"""Voice AI settings (voice, instructions, authority), the voice catalog, and an identity's
incoming-call action.

An identity's incoming-call action is the call handling of its phone number (the same columns
`update_phone_number` edits), so both operations see and change one setting; an identity
without a number has none (404).
"""

from __future__ import annotations

from typing import Any

from ..dispatch import Call
from ..errors import NotFound
from ..store import Row
from ..store import phone as store_phone
from ..world import hosted_agent
from ..world import phone as world_phone
from ._phone_common import scoped_identity


def list_hosted_agent_voices(call: Call) -> dict[str, Any]:
    return hosted_agent.catalog_json()


def get_hosted_agent_config(call: Call) -> dict[str, Any]:
    identity_id = scoped_identity(
        call, call.query.get("agent_identity_id"), ("query", "agent_identity_id")
    )
    return hosted_agent.config_json(call.world, identity_id)


def set_hosted_agent_config(call: Call) -> dict[str, Any]:
    identity_id = scoped_identity(
        call, call.json.get("agent_identity_id"), ("body", "agent_identity_id")
    )
    return hosted_agent.set_config(call.world, identity_id, call.json)


def set_hosted_agent_authority_mode(call: Call) -> dict[str, Any]:
    call.me.require_admin("Changing the saved Voice AI authority")
    identity_id = scoped_identity(
        call, call.json["agent_identity_id"], ("body", "agent_identity_id")
    )
    return hosted_agent.set_authority(call.world, identity_id, call.json["authority_mode"])


def _number_of(call: Call, identity_id: str | None, loc: tuple[str, ...]) -> Row:
    resolved = scoped_identity(call, identity_id, loc)
    number = store_phone.number_of_identity(call.store, resolved)
    if number is None:
        raise NotFound(f"Identity {resolved} has no phone number")
    return number


def _action_json(number: Row) -> dict[str, Any]:
    return {
        "agent_identity_id": number["agent_identity_id"],
        **{k: number[k] for k in world_phone.CALL_FIELDS},
    }


def get_incoming_call_action(call: Call) -> dict[str, Any]:
    loc = ("query", "agent_identity_id")
    return _action_json(_number_of(call, call.query.get("agent_identity_id"), loc))


def set_incoming_call_action(call: Call) -> dict[str, Any]:
    number = _number_of(call, call.json.get("agent_identity_id"), ("body", "agent_identity_id"))
    changes = {k: v for k, v in call.json.items() if k in world_phone.CALL_FIELDS}
    row, _ = world_phone.update_number(call.world, number, changes)
    return _action_json(row)


routes = [
    list_hosted_agent_voices,
    get_hosted_agent_config,
    set_hosted_agent_config,
    set_hosted_agent_authority_mode,
    get_incoming_call_action,
    set_incoming_call_action,
]
