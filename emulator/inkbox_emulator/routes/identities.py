"""identities: create (with mailbox and channels), list, get, update, delete, and the guide-era
assign/unlink of a mailbox or phone number."""

from __future__ import annotations

from typing import Any

from ..dispatch import Call
from ..errors import Conflict, NotFound, Unprocessable
from ..scoping import identity_for, visible_identities
from ..store.core import identity_by_id
from ..store.mail import mailbox_by_id, mailbox_of_identity, mailbox_update
from ..world import IdentityChannel
from ..world.identities import (
    FILTER_MODE_FIELDS,
    identity_json,
    normalize_handle,
    update_identity_fields,
)
from ..world.identities import create_identity as create
from ..world.identities import delete_identity as delete

__all__ = ["routes"]


def create_identity(call: Call) -> dict[str, Any]:
    call.me.require_admin("Creating an identity")
    body = call.json
    handle = normalize_handle(body["agent_handle"])
    if body.get("claim_imessage_number") and not body.get("imessage_enabled"):
        raise Unprocessable.field(
            ("body", "claim_imessage_number"),
            "claim_imessage_number requires imessage_enabled",
            value=True,
        )
    row = create(call.world, call.me.organization_id, body, handle=handle)
    return identity_json(call.world, row)


def list_identities(call: Call) -> list[dict[str, Any]]:
    return [identity_json(call.world, row) for row in visible_identities(call.store, call.me)]


def get_identity(call: Call) -> dict[str, Any]:
    return identity_json(call.world, identity_for(call, call.path["agent_handle"]))


def update_identity(call: Call) -> dict[str, Any]:
    row = identity_for(call, call.path["agent_handle"])
    body = call.json
    if any(name in body for name in FILTER_MODE_FIELDS):
        call.me.require_admin("Changing a filter mode")
    if "agent_handle" in body and call.me.is_agent:
        call.me.require_admin("Renaming an identity")
    if body.get("claim_imessage_number") and body.get("imessage_number_id"):
        raise Unprocessable.field(
            ("body", "imessage_number_id"),
            "Give either claim_imessage_number or imessage_number_id",
        )
    return identity_json(call.world, update_identity_fields(call.world, row, body))


def delete_identity(call: Call) -> None:
    delete(call.world, identity_for(call, call.path["agent_handle"]))


def assign_identity_mailbox(call: Call) -> dict[str, Any]:
    row = identity_for(call, call.path["agent_handle"])
    mailbox = mailbox_by_id(call.store, call.json["mailbox_id"].lower())
    if mailbox is None or mailbox["organization_id"] != call.me.organization_id:
        raise NotFound("Mailbox not found")
    if mailbox["identity_id"] == row["id"]:
        return identity_json(call.world, row)
    if mailbox["identity_id"] is not None:
        raise Conflict("This mailbox is already assigned to another identity")
    if mailbox_of_identity(call.store, row["id"]) is not None:
        raise Conflict("This identity already has a mailbox; unlink it first")
    mailbox_update(
        call.store,
        mailbox["id"],
        {"identity_id": row["id"], "updated_at": call.world.clock.now_iso()},
    )
    return identity_json(call.world, row)


def unlink_identity_mailbox(call: Call) -> None:
    row = identity_for(call, call.path["agent_handle"])
    mailbox = mailbox_of_identity(call.store, row["id"])
    if mailbox is None:
        raise NotFound("This identity has no mailbox")
    mailbox_update(
        call.store, mailbox["id"], {"identity_id": None, "updated_at": call.world.clock.now_iso()}
    )


def _phone_channel(call: Call) -> IdentityChannel:
    for channel in call.world.channels:
        if channel.field == "phone_number":
            return channel
    raise NotFound("Phone numbers are not simulated by this emulator build")


def assign_identity_phone_number(call: Call) -> dict[str, Any]:
    row = identity_for(call, call.path["agent_handle"])
    channel = _phone_channel(call)
    if channel.assign is None:
        raise NotFound("Assigning phone numbers is not simulated by this emulator build")
    channel.assign(call.world, row, call.json["phone_number_id"].lower())
    fresh = identity_by_id(call.store, row["id"])
    assert fresh is not None
    return identity_json(call.world, fresh)


def unlink_identity_phone_number(call: Call) -> None:
    row = identity_for(call, call.path["agent_handle"])
    channel = _phone_channel(call)
    if channel.summary is None or channel.summary(call.world, row) is None:
        raise NotFound("This identity has no phone number")
    if channel.on_delete is not None:
        channel.on_delete(call.world, row)


routes = [
    create_identity,
    list_identities,
    get_identity,
    update_identity,
    delete_identity,
    assign_identity_mailbox,
    unlink_identity_mailbox,
    assign_identity_phone_number,
    unlink_identity_phone_number,
]
