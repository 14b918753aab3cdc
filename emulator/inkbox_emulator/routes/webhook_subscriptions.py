"""webhook_subscriptions: subscriptions of an identity, mailbox or phone number, and the catalog.

A subscription belongs to an identity (`agent_identity_id`, the canonical owner); one made with
the legacy `mailbox_id` / `phone_number_id` selector keeps that scope and carries only that
channel's events. Subscriptions whose event types span channels ("mixed") are visible and
changeable only with `scope=identity`, as on current servers. Deleted subscriptions vanish.
"""

from __future__ import annotations

from typing import Any

from ..dispatch import Call, Reply
from ..errors import Conflict, NotFound, Unprocessable
from ..scoping import forbid_other_identity, identity_or_404, visible_to
from ..store import Row, dumps
from ..store import webhook_subscriptions as store_subs
from ..store.core import identity_by_id, identity_update
from ..store.mail import mailbox_by_id
from ..store.phone import number_by_id
from ..world import webhook_subscriptions as subs

__all__ = ["routes"]

_OWNERS = ("mailbox_id", "phone_number_id", "agent_identity_id")


def subscription_json(row: Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "organization_id": row["organization_id"],
        "mailbox_id": row["mailbox_id"],
        "phone_number_id": row["phone_number_id"],
        "agent_identity_id": row["identity_id"],
        "url": row["url"],
        "event_types": row["event_types"],
        "status": row["status"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "owner_identity_id": row["identity_id"],
        "context_config": row["context_config"],
        "has_auth_token": row["auth_token"] is not None,
        "auth_token": row["auth_token"],
    }


def get_webhook_catalog(call: Call) -> dict[str, Any]:
    return {
        "supports_identity_subscriptions": True,
        "event_types": [
            {"event_type": name, "channel": channel, "description": text}
            for name, (channel, text) in subs.CATALOG.items()
        ],
    }


def _owner(call: Call, body: dict[str, Any]) -> tuple[str, str | None]:
    """(selector, owning identity id) of a create body: 404 outside the org, 403 for another
    agent's channel."""
    given = [name for name in _OWNERS if body.get(name) is not None]
    if len(given) != 1:
        raise Unprocessable.field(
            ("body", "agent_identity_id"),
            "Exactly one of mailbox_id, phone_number_id or agent_identity_id is required",
        )
    selector, me = given[0], call.me
    if selector == "mailbox_id":
        mailbox = mailbox_by_id(call.store, body["mailbox_id"])
        if mailbox is None or mailbox["organization_id"] != me.organization_id:
            raise NotFound("Mailbox not found")
        owner = mailbox["identity_id"]
    elif selector == "phone_number_id":
        number = number_by_id(call.store, me.organization_id, body["phone_number_id"])
        if number is None:
            raise NotFound("Phone number not found")
        owner = number["agent_identity_id"]
    else:
        owner = identity_or_404(call.store, me, body["agent_identity_id"])["id"]
    forbid_other_identity(me, owner)
    return selector, owner


def create_webhook_subscription(call: Call) -> Reply:
    body = call.json
    selector, owner = _owner(call, body)
    subs.check_event_types(
        body["event_types"],
        mailbox=selector == "mailbox_id",
        phone=selector == "phone_number_id",
    )
    context = subs.check_context_config(body.get("context_config"))
    now, sub_id = call.world.clock.now_iso(), call.world.ids.uuid()
    store_subs.subscription_insert(
        call.store,
        {
            "id": sub_id,
            "organization_id": call.me.organization_id,
            "identity_id": owner,
            "mailbox_id": body.get("mailbox_id"),
            "phone_number_id": body.get("phone_number_id"),
            "url": body["url"],
            "event_types": dumps(body["event_types"]),
            "context_config": dumps(context) if context is not None else None,
            "auth_token": body.get("auth_token"),
            "created_at": now,
            "updated_at": now,
        },
    )
    signing_key = None
    identity = identity_by_id(call.store, owner) if owner else None
    if owner is not None and identity is not None and identity["signing_key"] is None:
        # The identity's first key is minted here and shown once, as the live service does.
        signing_key = "whsec_" + call.world.ids.token(40)
        identity_update(
            call.store, owner, {"signing_key": signing_key, "signing_key_created_at": now}
        )
    row = store_subs.subscription(call.store, call.me.organization_id, sub_id)
    assert row is not None
    return Reply({**subscription_json(row), "signing_key": signing_key}, status=201)


def list_webhook_subscriptions(call: Call) -> dict[str, Any]:
    query = call.query
    if sum(query.get(name) is not None for name in _OWNERS) > 1:
        raise Unprocessable.field(
            ("query", "agent_identity_id"),
            "mailbox_id, phone_number_id and agent_identity_id are mutually exclusive",
        )
    mine = visible_to(call.me)
    rows = [
        row
        for row in store_subs.subscriptions(call.store, call.me.organization_id)
        if (mine is None or row["identity_id"] == mine)
        and (query.get("mailbox_id") in (None, row["mailbox_id"]))
        and (query.get("phone_number_id") in (None, row["phone_number_id"]))
        and (query.get("agent_identity_id") in (None, row["identity_id"]))
        and (query.get("url") in (None, row["url"]))
        and (query.get("event_type") is None or query["event_type"] in row["event_types"])
        and (query.get("scope") == "identity" or not subs.is_mixed(row["event_types"]))
    ]
    return {"subscriptions": [subscription_json(r) for r in rows]}


def _visible(call: Call) -> Row:
    row = store_subs.subscription(call.store, call.me.organization_id, call.path["sub_id"])
    if row is None:
        raise NotFound("Webhook subscription not found")
    forbid_other_identity(call.me, row["identity_id"])
    return row


def _require_scope(call: Call, event_types: list[str]) -> None:
    if subs.is_mixed(event_types) and call.query.get("scope") != "identity":
        raise Conflict("This subscription spans several channels; pass scope=identity to change it")


def get_webhook_subscription(call: Call) -> dict[str, Any]:
    return subscription_json(_visible(call))


def update_webhook_subscription(call: Call) -> dict[str, Any]:
    row, body = _visible(call), call.json
    changes: dict[str, Any] = {}
    event_types: list[str] = body.get("event_types") or row["event_types"]
    _require_scope(call, row["event_types"])
    _require_scope(call, event_types)
    if "event_types" in body:
        subs.check_event_types(
            event_types,
            mailbox=row["mailbox_id"] is not None,
            phone=row["phone_number_id"] is not None,
        )
        changes["event_types"] = dumps(event_types)
    if "url" in body:
        changes["url"] = body["url"]
    if "context_config" in body:
        context = subs.check_context_config(body["context_config"])
        changes["context_config"] = dumps(context) if context is not None else None
    if "auth_token" in body:
        changes["auth_token"] = body["auth_token"]
    if changes:
        changes["updated_at"] = call.world.clock.now_iso()
        store_subs.subscription_update(call.store, row["id"], changes)
    updated = store_subs.subscription(call.store, call.me.organization_id, row["id"])
    assert updated is not None
    return subscription_json(updated)


def delete_webhook_subscription(call: Call) -> None:
    row = _visible(call)
    _require_scope(call, row["event_types"])
    store_subs.subscription_update(
        call.store, row["id"], {"status": "deleted", "updated_at": call.world.clock.now_iso()}
    )


routes = [
    get_webhook_catalog,
    list_webhook_subscriptions,
    create_webhook_subscription,
    get_webhook_subscription,
    update_webhook_subscription,
    delete_webhook_subscription,
]
