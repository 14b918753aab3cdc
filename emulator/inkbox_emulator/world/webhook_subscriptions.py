"""Webhook subscriptions: the event catalog, validation, fan-out of events, replay.

Every mail and text event goes to the mailbox's / number's own webhook URL (the guide-era
settings) and also to each active subscription that matches: owned by the event's identity,
carrying the event type, and scoped to that identity, or to the event's mailbox or number.
Each subscription gets its own signed delivery (the identity's signing key), retried with the
deliverer's backoff, every attempt logged for `list_webhook_deliveries`. A subscription with
`context_config` for `email` gets `data.context.email` on `message.received`: the earlier
messages of the thread (count or time window), slim items oldest first.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

import attrs

from ..clock import parse_iso
from ..errors import Conflict, Unprocessable
from ..store import Row, loads
from ..store import webhook_subscriptions as store_subs
from ..store.mail import thread_messages
from ..webhooks import Delivery
from .state import World

__all__ = [
    "CATALOG",
    "channel_of",
    "check_context_config",
    "check_event_types",
    "fan_out",
    "is_mixed",
    "matching",
    "replay_delivery",
]

# event type -> (channel, description); what a subscription may name. `phone.incoming_call` is
# the synchronous call-control callback, configured on the number, never subscribed to.
CATALOG: dict[str, tuple[str, str]] = {
    "message.received": ("mail", "An email arrived in the mailbox."),
    "message.sent": ("mail", "The mailbox sent an email."),
    "message.forwarded": ("mail", "The mailbox forwarded an email."),
    "message.delivered": ("mail", "An outbound email was delivered."),
    "message.bounced": ("mail", "An outbound email bounced."),
    "message.failed": ("mail", "An outbound email could not be sent."),
    "text.received": ("texts", "A text message arrived at the number."),
    "text.sent": ("texts", "The number sent a text message."),
    "text.delivered": ("texts", "The carrier confirmed delivery of a text."),
    "text.delivery_failed": ("texts", "A text could not be delivered."),
    "text.delivery_unconfirmed": ("texts", "The carrier never confirmed a text."),
    "call.ended": ("calls", "A call of the number ended."),
}

_CHANNEL_PREFIX = {"mail": "message.", "texts": "text.", "calls": "call."}
_CONTEXT_LIMITS = {"count": ("count", 50), "window": ("hours", 168)}


def channel_of(event_type: str) -> str:
    return CATALOG[event_type][0] if event_type in CATALOG else event_type.split(".", 1)[0]


def is_mixed(event_types: list[str]) -> bool:
    return len({channel_of(e) for e in event_types}) > 1


def check_event_types(
    event_types: list[str], *, mailbox: bool = False, phone: bool = False
) -> None:
    for index, event_type in enumerate(event_types):
        loc = ("body", "event_types", index)
        if event_type == "phone.incoming_call":
            raise Unprocessable.field(
                loc,
                "phone.incoming_call is not a subscription event; set the number's"
                " incoming-call action instead",
                value=event_type,
            )
        if event_type not in CATALOG:
            raise Unprocessable.field(
                loc,
                f"Unknown event type {event_type!r}; see GET /webhooks/catalog",
                value=event_type,
            )
        channel = CATALOG[event_type][0]
        if mailbox and channel != "mail":
            raise Unprocessable.field(
                loc, "A mailbox subscription carries message.* events only", value=event_type
            )
        if phone and channel == "mail":
            raise Unprocessable.field(
                loc,
                "A phone number subscription carries text.* and call.* events only",
                value=event_type,
            )


def check_context_config(config: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The stored form (every class present, unconfigured ones null); 422 naming the field."""
    if config is None:
        return None
    stored: dict[str, Any] = {"email": None, "texts": None, "calls": None}
    for klass, entry in config.items():
        loc = ("body", "context_config", klass)
        if klass not in stored:
            raise Unprocessable.field(loc, "Unknown context class; use email, texts or calls")
        if entry is None:
            continue
        mode = entry.get("mode") if isinstance(entry, dict) else None
        if mode not in _CONTEXT_LIMITS:
            raise Unprocessable.field((*loc, "mode"), "mode must be 'count' or 'window'")
        key, high = _CONTEXT_LIMITS[mode]
        value = entry.get(key)
        if set(entry) != {"mode", key} or not isinstance(value, int) or isinstance(value, bool):
            raise Unprocessable.field(
                loc, f"A {mode} context is {{'mode': {mode!r}, {key!r}: int}}"
            )
        if not 1 <= value <= high:
            raise Unprocessable.field((*loc, key), f"{key} must be between 1 and {high}")
        stored[klass] = {"mode": mode, key: value}
    return stored


def fan_out(
    world: World,
    envelope: dict[str, Any],
    *,
    organization_id: str,
    identity_id: str | None,
    mailbox_id: str | None = None,
    phone_number_id: str | None = None,
) -> None:
    """Queue one signed delivery of `envelope` per matching subscription (after commit)."""
    event_type = envelope["event_type"]
    scope = {
        "identity_id": identity_id,
        "mailbox_id": mailbox_id,
        "phone_number_id": phone_number_id,
    }
    for sub in matching(world, event_type, organization_id, **scope):
        payload = envelope
        if sub["context_config"] and event_type == "message.received":
            payload = _with_mail_context(world, envelope, sub["context_config"])
        world.emit_delivery(_delivery(world, sub, event_type, payload))


def matching(
    world: World,
    event_type: str,
    organization_id: str,
    *,
    identity_id: str | None,
    mailbox_id: str | None = None,
    phone_number_id: str | None = None,
) -> list[Row]:
    """The active subscriptions an event of this identity / mailbox / number goes to."""
    found = []
    for sub in store_subs.subscriptions(world.store, organization_id):
        if event_type not in sub["event_types"]:
            continue
        if sub["mailbox_id"] is not None:
            hit = sub["mailbox_id"] == mailbox_id
        elif sub["phone_number_id"] is not None:
            hit = sub["phone_number_id"] == phone_number_id
        else:
            hit = identity_id is not None and sub["identity_id"] == identity_id
        if hit:
            found.append(sub)
    return found


def _delivery(world: World, sub: Row, event_type: str, payload: Any) -> Delivery:
    return attrs.evolve(
        world.delivery(sub["url"], event_type, payload, identity_id=sub["identity_id"]),
        subscription_id=sub["id"],
        organization_id=sub["organization_id"],
        auth_token=sub["auth_token"],
    )


def _with_mail_context(
    world: World, envelope: dict[str, Any], config: Mapping[str, Any]
) -> dict[str, Any]:
    setting = config.get("email")
    if not setting:
        return envelope
    message = envelope["data"]["message"]
    earlier = (
        [m for m in thread_messages(world.store, message["thread_id"]) if m["id"] != message["id"]]
        if message.get("thread_id")
        else []
    )
    block: dict[str, Any] = {"scope": "thread", "mode": setting["mode"], "truncated": False}
    if setting["mode"] == "count":
        block["requested"] = setting["count"]
        earlier = earlier[-setting["count"] :]
    else:
        block["hours"] = setting["hours"]
        since = world.clock.now() - timedelta(hours=setting["hours"])
        earlier = [m for m in earlier if parse_iso(m["created_at"]) >= since]
    block["items"] = [
        {
            "id": m["id"],
            "direction": m["direction"],
            "from_address": m["from_address"],
            "to_addresses": m["to_addresses"],
            "created_at": m["created_at"],
            "subject": m["subject"],
            "snippet": m["snippet"],
            "email_address": message.get("email_address"),
        }
        for m in earlier
    ]
    payload = copy.deepcopy(envelope)
    payload["data"]["context"] = {"email": block}
    return payload


async def replay_delivery(world: World, attempt: Row) -> Row:
    """Send a logged event once more, to its subscription's current URL (same event id)."""
    if attempt["subscription_id"] is None:
        raise Unprocessable("Only subscription deliveries can be replayed")
    with world.store.transaction():
        sub = store_subs.subscription(
            world.store, attempt["organization_id"], attempt["subscription_id"]
        )
        if sub is None:
            raise Conflict("The subscription of this delivery was deleted")
        if attempt["event_type"] not in sub["event_types"]:
            raise Conflict("The subscription no longer carries this event type")
        delivery = attrs.evolve(
            _delivery(world, sub, attempt["event_type"], loads(attempt["request_payload"])),
            is_replay=True,
        )
    await world.webhooks.call(delivery)
    row = store_subs.last_attempt(world.store, delivery.id)
    assert row is not None
    return row
