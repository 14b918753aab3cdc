"""message_sends: which message an idempotency key already sent, answered from the
idempotency records the dispatcher keeps for every send (`store.core`), for as long as it
replays them (7 days), whichever API key of the organization made the send."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ..dispatch import REPLAY_WINDOW, Call
from ..errors import NotFound, Unprocessable
from ..scoping import forbid_other_identity
from ..store.core import idempotency_records
from ..store.mail import mailbox_by_id
from ..store.phone import number_by_id

__all__ = ["routes"]


def _mailbox_of(path: dict[str, Any], answer: dict[str, Any]) -> str:
    # The path names the mailbox by address or local part; the answer says which one it was.
    return str(answer.get("mailbox_id", ""))


def _number_of(path: dict[str, Any], answer: dict[str, Any]) -> str:
    return str(path.get("phone_number_id", ""))


# The public operation names of sends -> (sender kind, the operationId whose records answer,
# how a record names its sender).
_OPERATIONS: dict[str, tuple[str, str, Callable[[dict[str, Any], dict[str, Any]], str]]] = {
    "mail.send": ("mailbox", "send_mail_message", _mailbox_of),
    "mail.reply_all": ("mailbox", "reply_all_mail_message", _mailbox_of),
    "text.send": ("phone_number", "send_text", _number_of),
}


def lookup_message_send(call: Call) -> dict[str, Any]:
    kind, sender_id = call.query["sender_kind"], call.query["sender_id"].lower()
    operation = call.query["operation"]
    known = _OPERATIONS.get(operation)
    if known is None or known[0] != kind:
        valid = sorted(name for name, spec in _OPERATIONS.items() if spec[0] == kind)
        raise Unprocessable.field(
            ("query", "operation"),
            f"{operation!r} is no send operation of a {kind}; one of {valid}",
            value=operation,
        )
    me = call.me
    if kind == "mailbox":
        mailbox = mailbox_by_id(call.store, sender_id)
        owner = mailbox["identity_id"] if mailbox is not None else None
        if mailbox is None or mailbox["organization_id"] != me.organization_id:
            raise NotFound("Mailbox not found")
    else:
        number = number_by_id(call.store, me.organization_id, sender_id)
        if number is None:
            raise NotFound("Phone number not found")
        owner = number["agent_identity_id"]
    forbid_other_identity(me, owner)
    _, op_id, sender_of = known
    since = call.world.clock.ago_iso(REPLAY_WINDOW)
    key = call.header["Idempotency-Key"]
    for record in idempotency_records(call.store, me.organization_id, op_id, key, since):
        path = json.loads(record["scope"].split(":", 2)[2])
        answer = json.loads(record["body"]) if record["body"] else {}
        if sender_of(path, answer).lower() == sender_id:
            return {"message_id": answer["id"]}
    raise NotFound("No message was sent with this idempotency key by this sender")


routes = [lookup_message_send]
