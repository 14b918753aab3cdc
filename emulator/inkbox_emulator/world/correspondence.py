"""A contact's correspondence with one identity: the mail in its mailbox from or to the
contact's addresses, the texts of its number with the contact's numbers, and its calls with
them — read from the emulator's own state. iMessage and Slack have no resource here.

Items of all channels merge by time (`desc` by default). Each channel gives at most its limit;
when one had more, the page stops at the newest cut among the channels that were cut short,
so the `next_cursor` page (items strictly beyond that point) misses nothing.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from ..clock import iso
from ..errors import Unprocessable
from ..store import Row
from ..store import contact_policy as store_policy
from ..store.mail import mailbox_of_identity, messages_for_search
from ..store.phone import number_of_identity, transcripts_of_call
from .state import World

__all__ = ["CHANNELS", "correspondence"]

CHANNELS = ("email", "sms", "imessage", "calls", "slack")
_DEFAULT_LIMIT = 20
_FAILED = frozenset({"failed", "blocked", "bounced", "undelivered"})
_ABRIDGED_KEEP = 2  # transcript turns kept at each end of an abridged transcript


def _channels(raw: str | None) -> list[str]:
    if raw is None:
        return list(CHANNELS)
    wanted = [c.strip() for c in raw.split(",") if c.strip()]
    for name in wanted:
        if name not in CHANNELS:
            raise Unprocessable.field(
                ("query", "channels"), f"unknown channel (one of {', '.join(CHANNELS)})", value=name
            )
    return list(dict.fromkeys(wanted))


def _moment(value: Any, field: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return iso(value)
    try:
        return iso(datetime.fromisoformat(str(value).replace("Z", "+00:00")))
    except ValueError:
        raise Unprocessable.field(
            ("query", field), "not an ISO 8601 datetime", value=value
        ) from None


def _cursor(raw: str | None) -> tuple[str, str] | None:
    if raw is None:
        return None
    try:
        moment, source = json.loads(base64.urlsafe_b64decode(raw.encode()).decode())
        return str(moment), str(source)
    except (ValueError, TypeError):
        raise Unprocessable.field(
            ("query", "cursor"), "not a cursor of this list", value=raw
        ) from None


def _encode(key: tuple[str, str]) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(key)).encode()).decode()


def _common(row_id: str, direction: str, moment: str, identity_id: str, status: str | None) -> Row:
    return {
        "source_id": row_id,
        "direction": direction,
        "occurred_at": moment,
        "identity_id": identity_id,
        "status": status,
        "detail_url": None,
    }


def _mail(world: World, identity_id: str, emails: set[str], content: str) -> list[Row] | None:
    mailbox = mailbox_of_identity(world.store, identity_id)
    if mailbox is None:
        return None
    items: list[Row] = []
    for m in messages_for_search(world.store, mailbox["id"]):
        to, cc, bcc = m["to_addresses"] or [], m["cc_addresses"] or [], m["bcc_addresses"] or []
        others = [m["from_address"]] if m["direction"] == "inbound" else [*to, *cc, *bcc]
        if not any(a.lower() in emails for a in others):
            continue
        items.append(
            {
                "channel": "email",
                **_common(m["id"], m["direction"], m["created_at"], identity_id, m["status"]),
                "mailbox_email": mailbox["email_address"],
                "thread_id": m["thread_id"],
                "from_address": m["from_address"],
                "to_addresses": to,
                "cc_addresses": cc,
                "bcc_addresses": bcc,
                "subject": m["subject"],
                "snippet": None if content == "metadata" else m["snippet"],
                "body_text": m["body_text"] if content == "full" else None,
                "content_unavailable": False,
                "attachments": [
                    {
                        "filename": a.get("filename"),
                        "content_type": a.get("content_type"),
                        "size": a.get("size"),
                    }
                    for a in m["attachment_metadata"] or []
                ],
            }
        )
    return items


def _texts(world: World, identity_id: str, phones: list[str], content: str) -> list[Row] | None:
    number = number_of_identity(world.store, identity_id)
    if number is None:
        return None
    items: list[Row] = []
    for t in store_policy.texts_with(world.store, number["id"], phones):
        matched = t["remote_phone_number"] if t["remote_phone_number"] in phones else None
        matched = matched or next(p for p in t["conv_participants"] if p in phones)
        media = t["media"] or []
        items.append(
            {
                "channel": "sms",
                **_common(
                    t["id"],
                    t["direction"],
                    t["created_at"],
                    identity_id,
                    "blocked" if t["is_blocked"] else t["delivery_status"],
                ),
                "conversation_id": t["conversation_id"],
                "local_resource_id": number["id"],
                "local_phone_number": t["local_phone_number"],
                "sender_phone_number": t["sender_phone_number"],
                "participants": t["conv_participants"],
                "matched_contact_phone": matched,
                "is_group": bool(t["conv_is_group"]),
                "text": None if content == "metadata" else t["text"],
                "media": {"count": len(media)} if media else None,
            }
        )
    return items


def _transcript(world: World, call_id: str, mode: str) -> list[Row] | None:
    if mode == "none":
        return None
    turns: list[Row] = [
        {
            "id": r["id"],
            "seq": r["seq"],
            "party": r["party"],
            "text": r["text"],
            "ts_ms": r["ts_ms"],
            "marker": None,
            "omitted_turns": None,
            "omitted_ms": None,
            "phone_number": r["phone_number"],
        }
        for r in transcripts_of_call(world.store, call_id)
    ]
    if mode == "full" or len(turns) <= 2 * _ABRIDGED_KEEP + 1:
        return turns
    head, cut, tail = (
        turns[:_ABRIDGED_KEEP],
        turns[_ABRIDGED_KEEP:-_ABRIDGED_KEEP],
        turns[-_ABRIDGED_KEEP:],
    )
    marker: Row = {
        **dict.fromkeys(("id", "seq", "party", "text", "ts_ms", "phone_number")),
        "marker": "abridged",
        "omitted_turns": len(cut),
        "omitted_ms": tail[0]["ts_ms"] - cut[0]["ts_ms"],
    }
    return [*head, marker, *tail]


def _duration(call: Row) -> int | None:
    if not call["started_at"] or not call["ended_at"]:
        return None
    start = datetime.fromisoformat(call["started_at"].replace("Z", "+00:00"))
    end = datetime.fromisoformat(call["ended_at"].replace("Z", "+00:00"))
    return max(0, int((end - start).total_seconds()))


def _calls(world: World, identity_id: str, phones: list[str], mode: str) -> list[Row] | None:
    number = number_of_identity(world.store, identity_id)
    if number is None:
        return None
    items: list[Row] = []
    for c in store_policy.calls_with(world.store, identity_id, number["id"], phones):
        transcript = _transcript(world, c["id"], mode)
        items.append(
            {
                "channel": "calls",
                **_common(c["id"], c["direction"], c["created_at"], identity_id, c["status"]),
                "remote_phone_number": c["remote_phone_number"],
                "local_phone_number": c["local_phone_number"],
                "started_at": c["started_at"],
                "ended_at": c["ended_at"],
                "duration_seconds": _duration(c),
                "transcript": transcript,
                "transcript_abridged": any(t["marker"] for t in transcript or []),
                "transcript_unavailable": False,
            }
        )
    return items


def correspondence(
    world: World, contact: Row, identity_id: str, query: Mapping[str, Any]
) -> dict[str, Any]:
    """`ContactCorrespondence` for the query parameters of `get_contact_correspondence`."""
    channels = _channels(query.get("channels"))
    after, before = _moment(query.get("after"), "after"), _moment(query.get("before"), "before")
    cursor = _cursor(query.get("cursor"))
    descending = (query.get("order") or "desc") == "desc"
    content = query.get("content") or "preview"
    transcripts = query.get("transcripts") or "none"
    include_failed = bool(query.get("include_failed", False))
    emails = {e["value"].lower() for e in contact["emails"]}
    phones = [p["value_e164"] for p in contact["phones"]]
    per_channel = query.get("limit_per_channel") or _DEFAULT_LIMIT
    limits = {
        "email": query.get("email_limit") or per_channel,
        "sms": query.get("sms_limit") or per_channel,
        "imessage": query.get("imessage_limit") or per_channel,
        "calls": query.get("calls_limit") or per_channel,
        "slack": per_channel,
    }

    def key(item: Row) -> tuple[str, str]:
        return (item["occurred_at"], item["source_id"])

    def beyond(item: Row) -> bool:
        if cursor is None:
            return True
        return key(item) < cursor if descending else key(item) > cursor

    results: list[Row] = []
    taken: list[Row] = []
    cuts: list[tuple[str, str]] = []
    for channel in channels:
        has_identifier = bool(emails) if channel == "email" else bool(phones)
        found: list[Row] | None = None
        if channel == "email" and has_identifier:
            found = _mail(world, identity_id, emails, content)
        elif channel == "sms" and has_identifier:
            found = _texts(world, identity_id, phones, content)
        elif channel == "calls" and has_identifier:
            found = _calls(world, identity_id, phones, transcripts)
        if channel in ("email", "sms", "calls") and not has_identifier:
            results.append({"channel": channel, "status": "no_identifier", "returned": 0})
            continue
        if found is None:
            results.append({"channel": channel, "status": "no_resource", "returned": 0})
            continue
        rows = [
            r
            for r in found
            if (after is None or r["occurred_at"] >= after)
            and (before is None or r["occurred_at"] < before)
            and (include_failed or (r["status"] or "") not in _FAILED)
            and beyond(r)
        ]
        rows.sort(key=key, reverse=descending)
        if len(rows) > limits[channel]:
            rows = rows[: limits[channel]]
            cuts.append(key(rows[-1]))
        taken += rows
        results.append({"channel": channel, "status": "available", "returned": len(rows)})
    next_cursor = None
    if cuts:
        stop = max(cuts) if descending else min(cuts)
        taken = [r for r in taken if (key(r) >= stop if descending else key(r) <= stop)]
        next_cursor = _encode(stop)
        for result in results:
            if result["status"] == "available":
                result["returned"] = sum(1 for r in taken if r["channel"] == result["channel"])
    taken.sort(key=key, reverse=descending)
    return {
        "contact_id": contact["id"],
        "identity_id": identity_id,
        "items": taken,
        "channels": results,
        "next_cursor": next_cursor,
    }
