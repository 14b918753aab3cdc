"""mailboxes: list, get, update (filter mode, signature, guide-era display name and webhook),
search, and the guide-era create and delete."""

from __future__ import annotations

import re
from typing import Any

from .. import rules_logic
from ..dispatch import Call
from ..errors import Conflict, Forbidden, Unprocessable
from ..mail_json import message_json
from ..scoping import identity_for, mailbox_for, visible_to
from ..store.mail import (
    mailbox_by_id,
    mailbox_of_identity,
    mailbox_update,
    mailboxes,
    messages_for_search,
)
from ..webhooks import webhook_url_problem
from ..world.mailboxes import create_mailbox_for, mailbox_json

__all__ = ["routes"]


def list_mailboxes(call: Call) -> list[dict[str, Any]]:
    rows = mailboxes(call.store, call.me.organization_id, visible_to(call.me))
    return [mailbox_json(call.world, r) for r in rows]


def get_mailbox(call: Call) -> dict[str, Any]:
    return mailbox_json(call.world, mailbox_for(call, call.path["email_address"]))


def update_mailbox(call: Call) -> dict[str, Any]:
    mailbox = mailbox_for(call, call.path["email_address"])
    body = call.json
    changes: dict[str, Any] = {}
    notice = None
    if "filter_mode" in body:
        call.me.require_admin("Changing filter_mode")
        if body["filter_mode"] != mailbox["filter_mode"]:
            changes["filter_mode"] = body["filter_mode"]
            notice = rules_logic.change_notice(
                body["filter_mode"],
                lambda action: call.world.mail_rule_count(call.world, mailbox, action),
            )
    # The guide's display_name and webhook_url are honoured (current servers answer 422).
    for name in (
        "display_name",
        "webhook_url",
        "signature_html",
        "signature_text",
        "signature_enabled",
    ):
        if name in body:
            changes[name] = body[name]
    url = changes.get("webhook_url")
    problem = None if url is None else webhook_url_problem(url)
    if problem is not None:
        raise Unprocessable.field(("body", "webhook_url"), problem, value=url)
    if changes:
        changes["updated_at"] = call.world.clock.now_iso()
        mailbox_update(call.store, mailbox["id"], changes)
    fresh = mailbox_by_id(call.store, mailbox["id"])
    assert fresh is not None
    return mailbox_json(call.world, fresh, notice)


def search_mailbox(call: Call) -> dict[str, Any]:
    mailbox = mailbox_for(call, call.path["email_address"])
    terms = [t for t in re.findall(r"\w+", call.query["q"].lower()) if t]
    if not terms:
        return {"items": [], "next_cursor": None, "has_more": False}
    scored = []
    for message in messages_for_search(call.store, mailbox["id"]):
        haystack = " ".join(
            str(part or "")
            for part in (
                message["subject"],
                message["body_text"],
                message["body_html"],
                message["from_address"],
                " ".join(message["to_addresses"]),
                message["from_display_name"],
            )
        ).lower()
        words = re.findall(r"\w+", haystack)
        hits = sum(words.count(term) for term in terms)
        if all(term in words for term in terms):
            scored.append((hits, message["seq"], message))
    scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return {
        "items": [message_json(m) for _, _, m in scored[: call.query["limit"]]],
        "next_cursor": None,
        "has_more": False,
    }


def create_mailbox(call: Call) -> dict[str, Any]:
    if not call.me.claimed:
        raise Forbidden("Unclaimed agents cannot create mailboxes")
    identity = identity_for(call, call.json["agent_handle"])
    if mailbox_of_identity(call.store, identity["id"]) is not None:
        raise Conflict("This identity already has a mailbox")
    options = {k: v for k, v in call.json.items() if k != "agent_handle"}
    return mailbox_json(call.world, create_mailbox_for(call.world, identity, options, legacy=True))


def delete_mailbox(call: Call) -> None:
    mailbox = mailbox_for(call, call.path["email_address"])
    now = call.world.clock.now_iso()
    mailbox_update(
        call.store, mailbox["id"], {"deleted_at": now, "identity_id": None, "updated_at": now}
    )


routes = [
    list_mailboxes,
    get_mailbox,
    update_mailbox,
    search_mailbox,
    create_mailbox,
    delete_mailbox,
]
