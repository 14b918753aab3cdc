"""Texts in the simulated world: sending through the guide's gates, inbound injection with
STOP/START keywords, conversations, and outbound delivery settling.

Delivery: a send answers `queued`; the carrier "confirms" it on the next request that looks at
that number's texts (or `POST /_emulator/texts/settle`), which moves it to `sent` and then
`delivered` and emits `text.sent` / `text.delivered`. A text to a number that lives in this
emulator also arrives there as an inbound text (like mail between mailboxes).

Webhooks go to the sending/receiving number's guide-era `incoming_text_webhook_url`, the one
place the guide says delivery state arrives.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from .. import e164, telephony
from ..clock import iso, parse_iso
from ..errors import Conflict, Forbidden, NotFound, TooManyRequests, Unprocessable
from ..store import Row, dumps, loads
from ..store import phone as store_phone
from ..store import sms_opt_ins as store_opt_ins
from . import contacts as world_contacts
from . import phone as world_phone
from . import rules as world_rules
from . import webhook_subscriptions as subscriptions
from .identities import agent_identity_ref
from .state import World

__all__ = [
    "SMS_DAILY_RECIPIENT_CAP",
    "consent_json",
    "conversation_json",
    "deliver_inbound",
    "send",
    "set_consent",
    "settle",
    "text_json",
]

# 0.7.20 README: 100 recipient sends per number per rolling 24 h (a group of 3 counts 3).
SMS_DAILY_RECIPIENT_CAP = 100
_WINDOW = timedelta(hours=24)
_MAX_TEXT = 1600
_MAX_MEDIA = 10


# ── serializers ───────────────────────────────────────────────────────────────


def text_json(row: Row) -> dict[str, Any]:
    """`TextMessage`: every key (the outbound lifecycle keys too, null on inbound rows)."""
    return {
        "id": row["id"],
        "direction": row["direction"],
        "local_phone_number": row["local_phone_number"],
        "remote_phone_number": row["remote_phone_number"],
        "text": row["text"],
        "type": row["type"],
        "media": loads(row["media"]),
        "is_read": bool(row["is_read"]),
        "delivery_status": row["delivery_status"],
        "origin": row["origin"],
        "error_code": row["error_code"],
        "error_detail": row["error_detail"],
        "sent_at": row["sent_at"],
        "delivered_at": row["delivered_at"],
        "failed_at": row["failed_at"],
        "is_blocked": bool(row["is_blocked"]),
        "conversation_id": row["conversation_id"],
        "sender_phone_number": row["sender_phone_number"],
        "recipients": loads(row["recipients"]),
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def conversation_json(summary: Row) -> dict[str, Any]:
    """`TextConversationSummary` from `store.phone.conversation_summaries` rows."""
    latest = summary["latest"]
    participants = list(summary["participants"])
    return {
        "id": summary["id"],
        "remote_phone_number": None if summary["is_group"] else participants[0],
        "participants": participants,
        "is_group": summary["is_group"],
        "latest_text": latest["text"],
        "latest_direction": latest["direction"],
        "latest_type": latest["type"],
        "latest_has_media": bool(loads(latest["media"])),
        "latest_message_at": latest["created_at"],
        "unread_count": int(summary["unread_count"] or 0),
        "total_count": int(summary["total_count"]),
    }


def _recipient(number: str) -> dict[str, Any]:
    return {
        "recipient_phone_number": number,
        "delivery_status": "queued",
        "carrier": None,
        "line_type": None,
        "error_code": None,
        "error_detail": None,
        "sent_at": None,
        "delivered_at": None,
        "failed_at": None,
    }


# ── webhooks ──────────────────────────────────────────────────────────────────


def _emit(world: World, number: Row, event_type: str, row: Row) -> None:
    url = number.get("incoming_text_webhook_url")
    org_id = number["organization_id"]
    scope = {"identity_id": number["agent_identity_id"], "phone_number_id": number["id"]}
    if not url and not subscriptions.matching(world, event_type, org_id, **scope):
        return
    remotes = [row["remote_phone_number"]] if row["remote_phone_number"] else []
    if not remotes:
        remotes = [r["recipient_phone_number"] for r in loads(row["recipients"]) or []]
    contacts = [c for c in (world_contacts.lookup(world, org_id, r) for r in remotes) if c]
    owner = number["agent_identity_id"]
    agent = agent_identity_ref(world, owner) if owner else None
    data = {
        "text_message": text_json(row),
        "contacts": contacts,
        "agent_identities": [agent] if agent else [],
        "recipient_phone_number": row["remote_phone_number"],
    }
    envelope = world.event(event_type, data)
    world.emit_webhook(url, event_type, envelope, identity_id=number["agent_identity_id"])
    subscriptions.fan_out(world, envelope, organization_id=org_id, **scope)


# ── settling outbound delivery ────────────────────────────────────────────────


def settle(world: World, *, phone_number_id: str | None = None) -> int:
    """Let the carrier confirm every outbound text written before this moment.

    Returns how many texts were settled. Called at the start of text reads, so a send's own
    response stays `queued` and the next look at the number sees `delivered`.
    """
    now = world.clock.now_iso()
    settled = 0
    for row in store_phone.unsettled_outbound(world.store, phone_number_id=phone_number_id):
        number = store_phone.number_any_org(world.store, row["phone_number_id"])
        recipients = loads(row["recipients"]) or []
        for item in recipients:
            item.update(
                delivery_status="delivered", sent_at=item["sent_at"] or now, delivered_at=now
            )
        sent = {
            **row,
            "delivery_status": "sent",
            "sent_at": row["sent_at"] or now,
            "updated_at": now,
        }
        sent["recipients"] = dumps(
            [{**r, "delivery_status": "sent", "delivered_at": None} for r in recipients]
        )
        delivered = {
            **sent,
            "delivery_status": "delivered",
            "delivered_at": now,
            "recipients": dumps(recipients),
        }
        store_phone.text_update(
            world.store,
            row["id"],
            {
                k: delivered[k]
                for k in ("delivery_status", "sent_at", "delivered_at", "recipients", "updated_at")
            },
        )
        if number is not None:
            if row["delivery_status"] == "queued":
                _emit(world, number, "text.sent", sent)
            _emit(world, number, "text.delivered", delivered)
        settled += 1
    return settled


# ── sending ───────────────────────────────────────────────────────────────────


def _recipients_of(
    number: Row, body: Mapping[str, Any], world: World
) -> tuple[list[str], Row | None]:
    """The E.164 recipients of a send and the conversation it names (if by id)."""
    has_to, has_conv = body.get("to") is not None, body.get("conversation_id") is not None
    if has_to == has_conv:
        raise Unprocessable.field(("body", "to"), "send exactly one of to or conversation_id")
    if has_conv:
        conv = store_phone.conversation_by_id(world.store, number["id"], body["conversation_id"])
        if conv is None:
            raise NotFound(f"Conversation {body['conversation_id']} not found on this number")
        return list(conv["participants"]), conv
    raw = body["to"]
    numbers = [raw] if isinstance(raw, str) else list(raw)
    out: list[str] = []
    for i, value in enumerate(numbers):
        loc: tuple[str | int, ...] = ("body", "to") if isinstance(raw, str) else ("body", "to", i)
        if not e164.is_e164(value):
            raise Unprocessable.field(loc, "must be an E.164 number", value=value)
        if value == number["number"]:
            raise Unprocessable.field(loc, "a number cannot text itself", value=value)
        if value not in out:
            out.append(value)
    if len(out) > 1 and any(not n.startswith("+1") for n in out):
        raise Unprocessable.field(
            ("body", "to"), "group recipients must be US/CA numbers", value=raw
        )
    return out, None


def _content(body: Mapping[str, Any]) -> tuple[str | None, list[dict[str, Any]] | None]:
    text = body.get("text")
    urls = body.get("media_urls") or []
    if text is not None and len(text) > _MAX_TEXT:
        raise Unprocessable.field(
            ("body", "text"), f"at most {_MAX_TEXT} characters", value=len(text)
        )
    if (text is None or not text.strip()) and not urls:
        raise Unprocessable.field(("body", "text"), "send text (with non-whitespace) or media_urls")
    if len(urls) > _MAX_MEDIA:
        raise Unprocessable.field(
            ("body", "media_urls"), f"at most {_MAX_MEDIA} media URLs", value=len(urls)
        )
    media = []
    for i, url in enumerate(urls):
        if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
            raise Unprocessable.field(
                ("body", "media_urls", i), "must be an http(s) URL", value=url
            )
        media.append({"content_type": _content_type(url), "size": 0, "url": url})
    return (text if text and text.strip() else None), (media or None)


def _content_type(url: str) -> str:
    import mimetypes

    guessed, _ = mimetypes.guess_type(urlsplit(url).path)
    return guessed or "application/octet-stream"


def _rate_window(world: World, number: Row, adding: int) -> dict[str, str]:
    """Enforce the per-number cap; returns the X-RateLimit-* headers of this send."""
    now = world.clock.now()
    since = iso(now - _WINDOW)
    rows = store_phone.recipient_sends_since(world.store, number["id"], since)
    used = sum(len(loads(r["recipients"]) or [None]) for r in rows)
    reset = iso(parse_iso(rows[0]["created_at"]) + _WINDOW) if rows else iso(now + _WINDOW)
    if used + adding > SMS_DAILY_RECIPIENT_CAP:
        retry = max(1, int((parse_iso(reset) - now).total_seconds()))
        raise TooManyRequests(
            {
                "error": "sender_rate_limited",
                "message": f"This number may text {SMS_DAILY_RECIPIENT_CAP} recipients per rolling 24 hours.",
            },
            retry_after=retry,
        )
    return {
        "X-RateLimit-Limit": str(SMS_DAILY_RECIPIENT_CAP),
        "X-RateLimit-Remaining": str(SMS_DAILY_RECIPIENT_CAP - used - adding),
        "X-RateLimit-Reset": reset,
    }


def send(world: World, number: Row, body: Mapping[str, Any]) -> tuple[Row, dict[str, str]]:
    """Send a text from `number` (active, the caller's); returns the stored row and headers.

    Raises the guide's gates in order: 409 `sender_sms_pending`, 403 `recipient_blocked`,
    403 `recipient_opted_out`, 403 `recipient_not_opted_in`, then 429 `sender_rate_limited`.
    """
    settle(world, phone_number_id=number["id"])
    number = world_phone.refresh(world, number)
    recipients, conversation = _recipients_of(number, body, world)
    text, media = _content(body)
    refusal = telephony.check_sender(
        sender_type=number["type"], sender_sms_status=number["sms_status"]
    )
    if refusal is not None:
        raise Conflict(refusal.detail())
    for remote in recipients:
        verdict = world_rules.phone_gate(world, number, remote, "outbound")
        if not verdict.allowed:
            raise Forbidden(verdict.refusal(remote))
    org_id = number["organization_id"]
    refusal = telephony.check_recipients(
        recipients,
        opt_status=store_opt_ins.opt_status(world.store, org_id, recipients),
        own_numbers=store_phone.active_numbers_of_org(world.store, org_id),
    )
    if refusal is not None:
        raise Forbidden(refusal.detail())
    headers = _rate_window(world, number, len(recipients))
    now = world.clock.now_iso()
    if conversation is None:
        conversation = store_phone.conversation_get_or_create(
            world.store,
            phone_number_id=number["id"],
            participants=recipients,
            new_id=world.ids.uuid(),
            now=now,
        )
    row = _outbound_row(
        world, number, conversation, recipients, text=text, media=media, origin="user_initiated"
    )
    store_phone.text_insert(world.store, row)
    for remote in recipients:
        target = store_phone.live_number_by_e164(world.store, remote)
        if target is not None:
            deliver_inbound(world, target, number["number"], text, media)
    return row, headers


def _text_row(
    world: World,
    number: Row,
    conversation: Row,
    *,
    text: str | None,
    media: list[dict[str, Any]] | None,
    **columns: Any,
) -> Row:
    """A new `texts` row of `number` in `conversation`; `columns` set what differs by direction
    (the defaults are an unread, unblocked, user-initiated text without delivery state)."""
    now = world.clock.now_iso()
    return {
        "id": world.ids.uuid(),
        "organization_id": number["organization_id"],
        "phone_number_id": number["id"],
        "conversation_id": conversation["id"],
        "local_phone_number": number["number"],
        "text": text,
        "type": "mms" if media else "sms",
        "media": dumps(media),
        "is_read": 0,
        "is_blocked": 0,
        "delivery_status": None,
        "origin": "user_initiated",
        "error_code": None,
        "error_detail": None,
        "sent_at": None,
        "delivered_at": None,
        "failed_at": None,
        "recipients": None,
        "created_at": now,
        "updated_at": now,
        "deleted_at": None,
        **columns,
    }


def _outbound_row(
    world: World,
    number: Row,
    conversation: Row,
    recipients: Sequence[str],
    *,
    text: str | None,
    media: list[dict[str, Any]] | None,
    origin: str,
) -> Row:
    return _text_row(
        world,
        number,
        conversation,
        text=text,
        media=media,
        direction="outbound",
        remote_phone_number=recipients[0] if len(recipients) == 1 else None,
        sender_phone_number=number["number"],
        is_read=1,
        delivery_status="queued",
        origin=origin,
        recipients=dumps([_recipient(r) for r in recipients]),
    )


# ── consent (the gate `send` reads) ───────────────────────────────────────────


def set_consent(world: World, org_id: str, number: str, status: str, source: str) -> Row:
    """Record that `number` opted in or out of the organization's texts (by an inbound
    STOP/START: `sms`; by the opt-in API: `api`); returns the consent row."""
    row = store_opt_ins.opt_in_row(world.store, org_id, number)
    row_id = row["id"] if row is not None else world.ids.uuid()
    now = world.clock.now_iso()
    store_opt_ins.set_opt_status(
        world.store, org_id, number, status, source=source, now=now, new_id=row_id
    )
    stored = store_opt_ins.opt_in_row(world.store, org_id, number)
    assert stored is not None
    return stored


def consent_json(row: Row) -> dict[str, Any]:
    """`SmsOptIn`."""
    return {
        "id": row["id"],
        "organization_id": row["organization_id"],
        "receiver_number": row["remote_number"],
        "status": row["status"],
        "source": row["source"],
        "opted_in_at": row["opted_in_at"],
        "opted_out_at": row["opted_out_at"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


# ── inbound ───────────────────────────────────────────────────────────────────


def deliver_inbound(
    world: World, number: Row, sender: str, text: str | None, media: list[dict[str, Any]] | None
) -> Row:
    """A text from `sender` arrives at `number`: keywords, rules, storage, auto reply, webhook."""
    now = world.clock.now_iso()
    org_id = number["organization_id"]
    conversation = store_phone.conversation_get_or_create(
        world.store,
        phone_number_id=number["id"],
        participants=[sender],
        new_id=world.ids.uuid(),
        now=now,
    )
    blocked = not world_rules.phone_gate(world, number, sender, "inbound").allowed
    row = _text_row(
        world,
        number,
        conversation,
        text=text,
        media=media,
        direction="inbound",
        remote_phone_number=sender,
        sender_phone_number=sender,
        is_blocked=int(blocked),
    )
    store_phone.text_insert(world.store, row)
    keyword = telephony.keyword_of(text)
    if keyword in ("stop", "start"):
        # Carrier keywords work even from blocked senders: opting out is the recipient's right.
        set_consent(world, org_id, sender, "opted_out" if keyword == "stop" else "opted_in", "sms")
    if keyword is not None and number["type"] == "local":
        reply = _outbound_row(
            world,
            number,
            conversation,
            [sender],
            text=telephony.auto_reply_text(keyword),
            media=None,
            origin="auto_reply",
        )
        store_phone.text_insert(world.store, reply)
    if not blocked:
        _emit(world, number, "text.received", row)
    return row


def inbound_media(items: Any) -> list[dict[str, Any]] | None:
    """Normalise the hook's `media` list: `content_type` required, `size`/`url` filled in."""
    if not items:
        return None
    if not isinstance(items, list):
        raise Unprocessable.field(("body", "media"), "must be a list", value=items)
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("content_type"), str):
            raise Unprocessable.field(("body", "media", i), "needs content_type", value=item)
        out.append(
            {
                "content_type": item["content_type"],
                "size": int(item.get("size") or 0),
                "url": item.get("url") or f"https://media.inkbox.invalid/mms/{i}?X-Expires=3600",
            }
        )
    return out
