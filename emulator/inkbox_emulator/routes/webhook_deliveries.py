"""webhook_deliveries: the per-attempt log of subscription deliveries, and replay.

Every HTTP attempt the emulator made for a subscription (first try, retries, replays) is a
row, newest first. Agent keys see only their own identity's. Replay sends the logged body
again (same event id) with a fresh request id, timestamp and signature, once, and answers the
new attempt.
"""

from __future__ import annotations

from typing import Any

from ..dispatch import Call
from ..errors import NotFound
from ..scoping import forbid_other_identity, visible_to
from ..store import Row
from ..store import webhook_subscriptions as store_subs
from ..world import webhook_subscriptions as subs

__all__ = ["routes"]


def delivery_json(row: Row) -> dict[str, Any]:
    replayable = row["subscription_id"] is not None
    return {
        "id": row["id"],
        "organization_id": row["organization_id"],
        "webhook_subscription_id": row["subscription_id"],
        "phone_number_id": row["phone_number_id"],
        "event_id": row["event_id"],
        "event_type": row["event_type"],
        "url": row["url"],
        "request_payload": row["request_payload"],
        "response_status": row["response_status"],
        "response_body": row["response_body"],
        "error_detail": row["error_detail"],
        "duration_ms": row["duration_ms"],
        "is_replay": bool(row["is_replay"]),
        "created_at": row["created_at"],
        "replayable": replayable,
        "replay_unavailable_reason": None
        if replayable
        else "Incoming-call deliveries are not replayable",
    }


def list_webhook_deliveries(call: Call) -> dict[str, Any]:
    query = call.query
    success = query.get("success")
    rows = store_subs.attempts_page(
        call.store,
        call.me.organization_id,
        {
            "identity": visible_to(call.me),
            "subscription": query.get("subscription_id"),
            "phone": query.get("phone_number_id"),
            "event": query.get("event_type"),
            "success": None if success is None else int(success),
            "limit": query["limit"],
            "offset": query["offset"],
        },
    )
    return {"deliveries": [delivery_json(r) for r in rows]}


async def replay_webhook_delivery(call: Call) -> dict[str, Any]:
    row = store_subs.attempt(call.store, call.me.organization_id, call.path["delivery_id"])
    if row is None:
        raise NotFound("Webhook delivery not found")
    forbid_other_identity(call.me, row["identity_id"])
    return delivery_json(await subs.replay_delivery(call.world, row))


routes = [list_webhook_deliveries, replay_webhook_delivery]
