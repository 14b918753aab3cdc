"""Texts of one phone number: send (gated), list, search, conversations, read/delete; hooks for
inbound texts and for settling outbound delivery."""

from __future__ import annotations

from typing import Any

from .. import e164, timewindow
from ..dispatch import Call, Hook, HookCall, Reply
from ..errors import NotFound, Unprocessable
from ..store import Row
from ..store import phone as store_phone
from ..world import texts as world_texts
from ._phone_common import number_for, visible_blocked


def _number(call: Call) -> Row:
    row = number_for(call, call.path["phone_number_id"])
    # The carrier confirms earlier sends before anyone looks (see world_texts.settle).
    world_texts.settle(call.world, phone_number_id=row["id"])
    return row


def send_text(call: Call) -> Reply:
    number = number_for(call, call.path["phone_number_id"])
    row, headers = world_texts.send(call.world, number, call.json)
    return Reply(world_texts.text_json(row), status=201, headers=headers)


def list_texts(call: Call) -> list[dict[str, Any]]:
    number, query = _number(call), call.query
    since, until = timewindow.window(query)
    rows = store_phone.texts_page(
        call.store,
        number["id"],
        is_read=query.get("is_read"),
        is_blocked=visible_blocked(call),
        since=since,
        until=until,
        limit=query["limit"],
        offset=query["offset"],
    )
    return [world_texts.text_json(r) for r in rows]


def search_texts(call: Call) -> list[dict[str, Any]]:
    call.me.require_admin("Searching texts")
    number = _number(call)
    rows = store_phone.texts_page(
        call.store,
        number["id"],
        q=call.query["q"],
        is_blocked=call.query.get("is_blocked"),
        limit=call.query["limit"],
    )
    return [world_texts.text_json(r) for r in rows]


def list_text_conversations(call: Call) -> list[dict[str, Any]]:
    number, query = _number(call), call.query
    since, until = timewindow.window(query)
    rows = store_phone.conversation_summaries(
        call.store,
        number["id"],
        include_groups=bool(query.get("include_groups")),
        is_blocked=visible_blocked(call),
        since=since,
        until=until,
        limit=query["limit"],
        offset=query["offset"],
    )
    return [world_texts.conversation_json(r) for r in rows]


def _conversation(call: Call, number: Row) -> Row:
    """The conversation a path names: an E.164 remote number or a conversation id."""
    key = call.path["remote_number"]
    if e164.is_e164(key):
        row = store_phone.conversation_by_remote(call.store, number["id"], key)
    else:
        row = store_phone.conversation_by_id(call.store, number["id"], key)
    if row is None:
        raise NotFound(f"No conversation with {key} on this number")
    return row


def get_text_conversation(call: Call) -> list[dict[str, Any]]:
    number = _number(call)
    conversation = _conversation(call, number)
    rows = store_phone.texts_page(
        call.store,
        number["id"],
        conversation_id=conversation["id"],
        is_blocked=visible_blocked(call),
        limit=call.query["limit"],
        offset=call.query["offset"],
    )
    return [world_texts.text_json(r) for r in rows]


def update_text_conversation(call: Call) -> dict[str, Any]:
    number = _number(call)
    conversation = _conversation(call, number)
    if "is_read" not in call.json:
        raise Unprocessable.field(("body", "is_read"), "Field required", kind="missing")
    is_read = bool(call.json["is_read"])
    count = store_phone.mark_conversation_read(
        call.store, conversation["id"], is_read, call.world.clock.now_iso()
    )
    return {
        "remote_phone_number": None
        if conversation["is_group"]
        else conversation["participants"][0],
        "conversation_id": conversation["id"],
        "is_read": is_read,
        "updated_count": count,
    }


def _text(call: Call, number: Row) -> Row:
    row = store_phone.text_by_id(call.store, number["id"], call.path["text_id"])
    if row is None or (call.me.is_agent and row["is_blocked"]):
        raise NotFound(f"Text {call.path['text_id']} not found")
    return row


def get_text(call: Call) -> dict[str, Any]:
    return world_texts.text_json(_text(call, _number(call)))


def update_text(call: Call) -> dict[str, Any]:
    number = _number(call)
    row = _text(call, number)
    changes: dict[str, Any] = {}
    if "status" in call.json:
        call.me.require_admin("Deleting texts")
        changes["deleted_at"] = call.world.clock.now_iso()
    if "is_read" in call.json:
        changes["is_read"] = int(bool(call.json["is_read"]))
    if changes:
        changes["updated_at"] = call.world.clock.now_iso()
        store_phone.text_update(call.store, row["id"], changes)
    return world_texts.text_json({**row, **changes})


# ── hooks ─────────────────────────────────────────────────────────────────────


def inbound_text(hook: HookCall) -> dict[str, Any]:
    """`{"to": our number, "from": "+1…", "text"?, "media"?: [{content_type, size?, url?}]}`."""
    body = hook.json
    sender, text = body.get("from"), body.get("text")
    if not isinstance(sender, str) or not e164.is_e164(sender):
        raise Unprocessable.field(("body", "from"), "must be an E.164 number", value=sender)
    if text is not None and not isinstance(text, str):
        raise Unprocessable.field(("body", "text"), "must be a string", value=text)
    media = world_texts.inbound_media(body.get("media"))
    if not text and not media:
        raise Unprocessable.field(("body", "text"), "send text or media")
    number = store_phone.live_number_by_e164(hook.world.store, str(body.get("to")))
    if number is None:
        raise NotFound(f"{body.get('to')} is not an active number of this emulator")
    world_texts.settle(hook.world, phone_number_id=number["id"])
    return world_texts.text_json(
        world_texts.deliver_inbound(hook.world, number, sender, text, media)
    )


def settle_texts(hook: HookCall) -> dict[str, int]:
    """Let the carrier confirm every queued outbound text now (emits their webhooks)."""
    return {"settled": world_texts.settle(hook.world)}


routes = [
    send_text,
    list_texts,
    search_texts,
    list_text_conversations,
    get_text_conversation,
    update_text_conversation,
    get_text,
    update_text,
]
hooks = [
    Hook("POST", "/texts/inbound", inbound_text, "A text arrives at one of our numbers"),
    Hook("POST", "/texts/settle", settle_texts, "Deliver every queued outbound text now"),
]
