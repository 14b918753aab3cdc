"""Mail: mailboxes and their addresses, sending, delivery between the emulator's mailboxes,
threading, the outside world, and the mail webhooks.

Delivery model. A send from mailbox A stores an outbound message in A ("sent"). Every
recipient address (to, cc and bcc) that is a live mailbox of the emulator, in any organization,
gets its own inbound copy ("received") with the same RFC Message-ID; every other address gets a
row in `outside_mail` (what the rest of the internet received, readable through a hook).
Threads are per mailbox: a message joins the thread of the message it replies to (matched by
`In-Reply-To`, then by `References`) in that mailbox, else starts one. Contact rules decide:
an outbound recipient the mailbox's gate blocks fails the whole send with 403
`recipient_blocked`; an inbound sender the recipient's gate blocks is stored in a thread of its
own in the `blocked` folder.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .clock import iso
from .errors import Conflict, Forbidden, NotFound, TooManyRequests, Unprocessable
from .store import Row, organization, signup_of
from .store_mail import (
    attachment_insert,
    domain_by_name,
    mailbox_by_address,
    mailbox_insert,
    mailbox_of_identity,
    mailbox_storage_bytes,
    mailbox_update,
    mailboxes_by_local_part,
    message_by_id,
    message_by_rfc_id,
    message_insert,
    messages_sent_since,
    outside_insert,
    thread_by_id,
    thread_insert,
    thread_touch,
)
from .world import World

if TYPE_CHECKING:
    from .auth import Principal
    from .dispatch import Call

__all__ = [
    "STORAGE_LIMIT_BYTES",
    "create_mailbox_for",
    "deliver_inbound",
    "identity_mailbox_json",
    "inject_inbound",
    "mailbox_for",
    "mailbox_json",
    "message_detail_json",
    "message_json",
    "send_message",
    "thread_json",
]

STORAGE_LIMIT_BYTES = 2 * 1024**3
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
BLOCKED_EXTENSIONS = (".exe", ".bat", ".scr")
FOLDER_ORDER = ("inbox", "spam", "blocked", "archive")


# ── mailboxes ─────────────────────────────────────────────────────────────────


def mailbox_for(call: Call, address: str) -> Row:
    """The caller's mailbox at `address` (full address or local part): 404 / 403."""
    return mailbox_in_scope(call.world, call.me, address)


def mailbox_in_scope(world: World, me: Principal, address: str) -> Row:
    wanted = address.strip().lower()
    if "@" in wanted:
        row = mailbox_by_address(world.store, wanted)
        found = [row] if row is not None and row["organization_id"] == me.organization_id else []
    else:
        found = mailboxes_by_local_part(world.store, me.organization_id, wanted)
    if len(found) != 1:
        raise NotFound("Mailbox not found")
    mailbox = found[0]
    if me.is_agent and mailbox["identity_id"] != me.identity_id:
        raise Forbidden("This API key is scoped to another identity")
    return mailbox


def platform_domain(world: World) -> str:
    return world.config.mail_domain


def resolve_sending_domain(
    world: World, org_id: str, options: Mapping[str, Any], *, loc: tuple[str, ...]
) -> str:
    """`sending_domain` semantics: key absent -> org default; null -> platform; name -> verified."""
    platform = platform_domain(world)
    if "sending_domain" not in options:
        org = organization(world.store, org_id)
        return (org or {}).get("default_domain") or platform
    name = options["sending_domain"]
    if name is None or name.lower() == platform:
        return platform
    domain = domain_by_name(world.store, org_id, name)
    if domain is None or domain["status"] != "verified":
        raise Unprocessable.field(
            loc, f"{name!r} is not a verified sending domain of this organization", value=name
        )
    return str(domain["domain"])


def create_mailbox_for(
    world: World, identity: Row, options: Mapping[str, Any], *, legacy: bool = False
) -> Row:
    """Provision (or adopt) the identity's mailbox.

    On the platform domain the local part is the handle (`email_local_part` is honoured only by
    the guide-era `create_mailbox` and on custom domains). An unowned mailbox of the same org at
    the same address (left by a deleted identity) is adopted rather than refused.
    """
    store = world.store
    org_id = identity["organization_id"]
    if "sending_domain_id" in options:  # the guide-era create_mailbox names a domain row id
        domain = _domain_from_id(world, org_id, options["sending_domain_id"])
    else:
        domain = resolve_sending_domain(
            world, org_id, options, loc=("body", "mailbox", "sending_domain")
        )
    local = identity["agent_handle"]
    if (legacy or domain != platform_domain(world)) and options.get("email_local_part"):
        local = str(options["email_local_part"])
    address = f"{local}@{domain}".lower()
    now = world.clock.now_iso()
    existing = mailbox_by_address(store, address)
    if existing is not None:
        if existing["organization_id"] == org_id and existing["identity_id"] is None:
            mailbox_update(
                store, existing["id"], {"identity_id": identity["id"], "updated_at": now}
            )
            adopted = mailbox_by_address(store, address)
            assert adopted is not None
            return adopted
        raise Conflict(
            {
                "error": "agent_handle_unavailable",
                "code": "agent_handle_unavailable",
                "blocking_namespace": "mail",
                "message": f"The address {address} is already taken",
            }
        )
    row: Row = {
        "id": world.ids.uuid(),
        "organization_id": org_id,
        "identity_id": identity["id"],
        "email_address": address,
        "sending_domain": domain,
        "display_name": options.get("display_name"),
        "created_at": now,
        "updated_at": now,
    }
    mailbox_insert(store, row)
    created = mailbox_by_address(store, address)
    assert created is not None
    return created


def _domain_from_id(world: World, org_id: str, domain_id: str | None) -> str:
    from .store_mail import domain_by_id

    if domain_id is None:
        return platform_domain(world)
    domain = domain_by_id(world.store, org_id, domain_id)
    if domain is None or domain["status"] != "verified":
        raise Unprocessable.field(
            ("body", "sending_domain_id"),
            "Not a verified sending domain of this organization",
            value=domain_id,
        )
    return str(domain["domain"])


def identity_mailbox_json(world: World, row: Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "email_address": row["email_address"],
        "sending_domain": row["sending_domain"],
        "display_name": row["display_name"],
        "filter_mode": row["filter_mode"],
        "inbound_filter_mode": row["inbound_filter_mode"],
        "outbound_filter_mode": row["outbound_filter_mode"],
        "agent_identity_id": row["identity_id"],
        "filter_mode_change_notice": None,
        "signature_html": row["signature_html"],
        "signature_text": row["signature_text"],
        "signature_enabled": bool(row["signature_enabled"]),
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def mailbox_json(world: World, row: Row, notice: dict[str, Any] | None = None) -> dict[str, Any]:
    body = identity_mailbox_json(world, row)
    body["filter_mode_change_notice"] = notice
    body["webhook_url"] = row["webhook_url"]
    body["storage_used_bytes"] = mailbox_storage_bytes(world.store, row["id"])
    body["storage_limit_bytes"] = STORAGE_LIMIT_BYTES
    return body


# ── messages: JSON ────────────────────────────────────────────────────────────


def message_json(row: Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "mailbox_id": row["mailbox_id"],
        "thread_id": row["thread_id"],
        "message_id": row["message_id"],
        "from_address": row["from_address"],
        "from_display_name": row["from_display_name"],
        "to_addresses": row["to_addresses"],
        "cc_addresses": row["cc_addresses"],
        "subject": row["subject"],
        "snippet": row["snippet"],
        "direction": row["direction"],
        "status": row["status"],
        "is_read": row["is_read"],
        "is_starred": row["is_starred"],
        "has_attachments": row["has_attachments"],
        "first_opened_at": None,
        "open_count": 0,
        "import_job_id": None,
        "created_at": row["created_at"],
    }


def message_detail_json(row: Row, own_address: str) -> dict[str, Any]:
    body = message_json(row)
    if row["direction"] == "inbound":
        others = [
            a
            for a in [*row["to_addresses"], *(row["cc_addresses"] or [])]
            if a.lower() != own_address
        ]
        reply_all = {"to": [row["from_address"]], "cc": _unique(others)}
    else:
        reply_all = {"to": list(row["to_addresses"]), "cc": list(row["cc_addresses"] or [])}
    body.update(
        {
            "body_text": row["body_text"],
            "body_html": row["body_html"],
            "bcc_addresses": row["bcc_addresses"],
            "in_reply_to": row["in_reply_to"],
            "references": row["refs"],
            "attachment_metadata": row["attachment_metadata"],
            "ses_message_id": None,
            "updated_at": row["updated_at"],
            "reply_all_recipients": reply_all,
        }
    )
    return body


def thread_json(row: Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "mailbox_id": row["mailbox_id"],
        "subject": row["subject"],
        "folder": row["folder"],
        "message_count": row["message_count"],
        "last_message_at": row["last_message_at"],
        "created_at": row["created_at"],
    }


# ── sending ───────────────────────────────────────────────────────────────────


def send_message(world: World, me: Principal, mailbox: Row, body: Mapping[str, Any]) -> Row:
    """`send_mail_message`: store, deliver, record, notify. Returns the outbound row."""
    recipients = body["recipients"]
    to = _clean(recipients["to"])
    cc = _clean(recipients.get("cc") or [])
    bcc = _clean(recipients.get("bcc") or [])
    if body.get("track_opens") and not body.get("body_html"):
        raise Unprocessable.field(
            ("body", "track_opens"), "track_opens requires body_html", value=True
        )
    attachments = _decode_attachments(
        body.get("attachments") or [], has_html=bool(body.get("body_html"))
    )
    _check_signup_limits(world, me, mailbox, [*to, *cc, *bcc])
    for address in [*to, *cc, *bcc]:
        verdict = world.mail_gate(world, mailbox, address, "outbound")
        if not verdict.allowed:
            raise Forbidden(
                {
                    "error": "recipient_blocked",
                    "matched_rule_id": verdict.rule_id,
                    "address": address,
                    "reason": verdict.reason
                    or f"{address} is blocked by this mailbox's contact rules",
                }
            )
    store = world.store
    now = world.clock.now_iso()
    text, html_body = body.get("body_text"), body.get("body_html")
    if mailbox["signature_enabled"]:
        if text is not None and mailbox["signature_text"]:
            text = f"{text}\n\n{mailbox['signature_text']}"
        if html_body is not None and mailbox["signature_html"]:
            html_body = f"{html_body}{mailbox['signature_html']}"
    parent = _reply_parent(world, mailbox, body.get("in_reply_to_message_id"))
    in_reply_to: str | None = body.get("in_reply_to_message_id")
    references: list[str] | None = None
    if parent is not None:
        in_reply_to = parent["message_id"]
        references = [*(parent["refs"] or []), parent["message_id"]]
    elif in_reply_to:
        references = [in_reply_to]
    rfc_id = f"<{world.ids.uuid().replace('-', '')}@{mailbox['sending_domain']}>"
    from_name = _sender_name(world, mailbox)
    message: Row = {
        "message_id": rfc_id,
        "from_address": mailbox["email_address"],
        "from_display_name": from_name,
        "to_addresses": to,
        "cc_addresses": cc or None,
        "subject": body["subject"],
        "snippet": snippet(text, html_body),
        "body_text": text,
        "body_html": html_body,
        "in_reply_to": in_reply_to,
        "refs": references,
        "has_attachments": bool(attachments),
        "attachment_metadata": [attachment_meta(a) for a in attachments] or None,
        "size_bytes": len(text or "") + len(html_body or "") + sum(a["size"] for a in attachments),
        "track_opens": bool(body.get("track_opens")),
    }
    sent = _store_message(
        world,
        mailbox,
        {
            **message,
            "bcc_addresses": bcc or None,
            "direction": "outbound",
            "status": "sent",
            "is_read": True,
        },
        attachments,
        thread=parent["thread_id"] if parent is not None else None,
        now=now,
    )
    _emit(world, mailbox, sent, "message.sent")
    for address in _unique([*to, *cc, *bcc]):
        target = mailbox_by_address(store, address)
        if target is not None:
            deliver_inbound(world, target, message, attachments)
        else:
            outside_insert(
                store,
                {
                    "id": world.ids.uuid(),
                    "kind": "message",
                    "from_address": mailbox["email_address"],
                    "to_address": address,
                    "subject": body["subject"],
                    "body_text": text,
                    "body_html": html_body,
                    "message_id": rfc_id,
                    "in_reply_to": in_reply_to,
                    "attachment_metadata": message["attachment_metadata"],
                    "created_at": now,
                },
            )
    return sent


def deliver_inbound(
    world: World,
    mailbox: Row,
    message: Mapping[str, Any],
    attachments: Sequence[Mapping[str, Any]] = (),
) -> Row:
    """Store an inbound copy of `message` in `mailbox`, threaded, gated, notified."""
    verdict = world.mail_gate(world, mailbox, message["from_address"], "inbound")
    thread_id: str | None = None
    folder = "inbox"
    if verdict.allowed:
        for rfc in [message.get("in_reply_to"), *reversed(message.get("refs") or [])]:
            if not rfc:
                continue
            parent = message_by_rfc_id(world.store, mailbox["id"], rfc)
            if parent is not None and parent["thread_id"]:
                thread = thread_by_id(world.store, mailbox["id"], parent["thread_id"])
                if thread is not None and thread["folder"] != "blocked":
                    thread_id = thread["id"]
                    break
    else:
        folder = "blocked"
    row = {
        **{k: v for k, v in message.items() if k != "bcc_addresses"},
        "bcc_addresses": None,
        "direction": "inbound",
        "status": "received",
        "is_read": False,
    }
    stored = _store_message(
        world, mailbox, row, attachments, thread=thread_id, now=world.clock.now_iso(), folder=folder
    )
    _emit(world, mailbox, stored, "message.received")
    return stored


def _store_message(
    world: World,
    mailbox: Row,
    fields: Mapping[str, Any],
    attachments: Sequence[Mapping[str, Any]],
    *,
    thread: str | None,
    now: str,
    folder: str = "inbox",
) -> Row:
    store = world.store
    if thread is None:
        thread = world.ids.uuid()
        thread_insert(
            store,
            {
                "id": thread,
                "mailbox_id": mailbox["id"],
                "subject": fields.get("subject"),
                "folder": folder,
                "message_count": 0,
                "last_message_at": now,
                "last_seq": 0,
                "created_at": now,
            },
        )
    message_pk = world.ids.uuid()
    seq = message_insert(
        store,
        {
            **fields,
            "id": message_pk,
            "mailbox_id": mailbox["id"],
            "thread_id": thread,
            "created_at": now,
            "updated_at": now,
        },
    )
    thread_touch(store, thread, now, seq)
    for attachment in attachments:
        attachment_insert(
            store,
            {
                "id": world.ids.uuid(),
                "message_id": message_pk,
                "filename": attachment["filename"],
                "content_type": attachment["content_type"],
                "content_id": attachment.get("content_id"),
                "size": attachment["size"],
                "content": attachment["content"],
            },
        )
    stored = message_by_id(store, mailbox["id"], message_pk)
    assert stored is not None
    return stored


def _reply_parent(world: World, mailbox: Row, reference: str | None) -> Row | None:
    """The replied-to message: by RFC Message-ID, or (the guide's example) by Inkbox UUID."""
    if not reference:
        return None
    parent = message_by_rfc_id(world.store, mailbox["id"], reference)
    if parent is None and re.fullmatch(r"[0-9a-fA-F-]{36}", reference):
        parent = message_by_id(world.store, mailbox["id"], reference.lower())
    return parent


def _sender_name(world: World, mailbox: Row) -> str | None:
    from .store import identity_by_id

    if mailbox["display_name"]:
        return str(mailbox["display_name"])
    if mailbox["identity_id"]:
        identity = identity_by_id(world.store, mailbox["identity_id"])
        if identity is not None and identity["display_name"]:
            return str(identity["display_name"])
    return None


def _check_signup_limits(
    world: World, me: Principal, mailbox: Row, recipients: Iterable[str]
) -> None:
    """An unclaimed agent may mail only its human, a few times a day."""
    if me.claimed or me.identity_id is None:
        return
    signup = signup_of(world.store, me.identity_id)
    if signup is None:
        return
    human = signup["human_email"].lower()
    for address in recipients:
        if address != human:
            raise Forbidden(
                {
                    "error": "recipient_not_allowed",
                    "message": f"Until its human verifies it, this agent may only email {human}",
                    "address": address,
                }
            )
    day_start = datetime.combine(world.clock.now().date(), time(), tzinfo=UTC)
    if (
        messages_sent_since(world.store, mailbox["id"], iso(day_start))
        >= world.config.unclaimed_daily_sends
    ):
        retry = int((day_start + timedelta(days=1) - world.clock.now()).total_seconds()) + 1
        raise TooManyRequests(
            {
                "error": "daily_send_limit_reached",
                "message": "Unclaimed agents may send "
                f"{world.config.unclaimed_daily_sends} emails per day",
            },
            retry_after=retry,
        )


def _decode_attachments(
    items: Sequence[Mapping[str, Any]], *, has_html: bool
) -> list[dict[str, Any]]:
    decoded: list[dict[str, Any]] = []
    total = 0
    seen_cids: set[str] = set()
    for index, item in enumerate(items):
        loc = ("body", "attachments", index)
        name = item["filename"]
        if name.lower().endswith(BLOCKED_EXTENSIONS):
            raise Unprocessable.field(
                (*loc, "filename"),
                f"Attachments of type {name.rsplit('.', 1)[-1]!r} are not allowed",
                value=name,
            )
        try:
            content = base64.b64decode(item["content_base64"], validate=True)
        except (binascii.Error, ValueError):
            raise Unprocessable.field((*loc, "content_base64"), "Not valid base64") from None
        cid = item.get("content_id")
        if cid is not None:
            if not has_html:
                raise Unprocessable.field(
                    (*loc, "content_id"), "Inline images need body_html", value=cid
                )
            if not item["content_type"].lower().startswith("image/"):
                raise Unprocessable.field(
                    (*loc, "content_id"), "Inline attachments must be images", value=cid
                )
            if cid in seen_cids:
                raise Unprocessable.field(
                    (*loc, "content_id"), "content_id must be unique", value=cid
                )
            seen_cids.add(cid)
        total += len(content)
        if total > MAX_ATTACHMENT_BYTES:
            raise Unprocessable.field(("body", "attachments"), "Attachments exceed 25 MB in total")
        decoded.append(
            {
                "filename": name,
                "content_type": item["content_type"],
                "content_id": cid,
                "size": len(content),
                "content": content,
            }
        )
    return decoded


def attachment_meta(attachment: Mapping[str, Any]) -> dict[str, Any]:
    meta = {
        "filename": attachment["filename"],
        "content_type": attachment["content_type"],
        "size": attachment["size"],
    }
    if attachment.get("content_id"):
        meta["content_id"] = attachment["content_id"]
    return meta


def _clean(addresses: Iterable[str]) -> list[str]:
    return [a.strip().lower() for a in addresses if a.strip()]


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def snippet(text: str | None, html_body: str | None) -> str | None:
    source = text if text else (html.unescape(_TAG.sub(" ", html_body)) if html_body else None)
    if source is None:
        return None
    return _SPACE.sub(" ", source).strip()[:200] or None


def inject_inbound(world: World, body: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The `/_emulator/mail/inbound` hook: mail from outside to every emulator mailbox among
    `to` and `cc`; returns the stored inbound messages (404 when none is ours)."""
    sender, to = body.get("from"), body.get("to")
    if not isinstance(sender, str) or "@" not in sender or not to:
        raise Unprocessable("'from' (an address) and 'to' are required")
    to_list = _clean([to] if isinstance(to, str) else to)
    cc = _clean(body.get("cc") or [])
    attachments = []
    for item in body.get("attachments") or []:
        try:
            content = base64.b64decode(item["content_base64"], validate=True)
        except (binascii.Error, ValueError, KeyError):
            raise Unprocessable("attachments need filename and base64 content_base64") from None
        attachments.append(
            {
                "filename": item.get("filename", "attachment"),
                "content_type": item.get("content_type", "application/octet-stream"),
                "content_id": item.get("content_id"),
                "size": len(content),
                "content": content,
            }
        )
    in_reply_to = body.get("in_reply_to")
    refs = list(body.get("references") or ([in_reply_to] if in_reply_to else []))
    text, html_body = body.get("body_text"), body.get("body_html")
    message = {
        "message_id": body.get("message_id")
        or f"<{world.ids.uuid().replace('-', '')}@{sender.split('@')[-1]}>",
        "from_address": sender.strip().lower(),
        "from_display_name": body.get("from_name"),
        "to_addresses": to_list,
        "cc_addresses": cc or None,
        "subject": body.get("subject"),
        "snippet": snippet(text, html_body),
        "body_text": text,
        "body_html": html_body,
        "in_reply_to": in_reply_to,
        "refs": refs or None,
        "has_attachments": bool(attachments),
        "attachment_metadata": [attachment_meta(a) for a in attachments] or None,
        "size_bytes": len(text or "") + len(html_body or "") + sum(a["size"] for a in attachments),
    }
    delivered = []
    for address in _unique([*to_list, *cc]):
        mailbox = mailbox_by_address(world.store, address)
        if mailbox is not None:
            delivered.append(message_json(deliver_inbound(world, mailbox, message, attachments)))
    if not delivered:
        raise NotFound("None of the recipients is a mailbox of this emulator")
    return delivered


# ── webhooks ──────────────────────────────────────────────────────────────────


def _emit(world: World, mailbox: Row, message: Row, event_type: str) -> None:
    if not mailbox["webhook_url"]:
        return
    world.emit_webhook(
        mailbox["webhook_url"],
        event_type,
        world.event(event_type, _mail_event_data(world, mailbox, message, event_type)),
        identity_id=mailbox["identity_id"],
    )


def _mail_event_data(world: World, mailbox: Row, message: Row, event_type: str) -> dict[str, Any]:
    from .store import identity_by_id

    received = event_type == "message.received"
    text = message["body_text"] or message["snippet"]
    payload = {
        "id": message["id"],
        "mailbox_id": message["mailbox_id"],
        "thread_id": message["thread_id"],
        "message_id": message["message_id"],
        "from_address": message["from_address"],
        "to_addresses": message["to_addresses"],
        "cc_addresses": message["cc_addresses"],
        "bcc_addresses": None if received else message["bcc_addresses"],
        "subject": message["subject"],
        "snippet": message["snippet"],
        "email_address": mailbox["email_address"],
        "body": text if received else None,
        "body_state": ("complete" if text is not None else "unavailable") if received else None,
        "body_truncated": False if received else None,
        "body_total_chars": len(text or "") if received else None,
        "body_included_chars": len(text or "") if received else None,
        "direction": message["direction"],
        "status": message["status"],
        "has_attachments": message["has_attachments"],
        "created_at": message["created_at"],
    }
    if received:
        buckets = [("from", [message["from_address"]]), ("cc", message["cc_addresses"] or [])]
    else:
        buckets = [
            ("to", message["to_addresses"]),
            ("cc", message["cc_addresses"] or []),
            ("bcc", message["bcc_addresses"] or []),
        ]
    contacts: list[dict[str, Any]] = []
    agents: list[dict[str, Any]] = []
    for bucket, addresses in buckets:
        for address in addresses:
            contact = world.contact_lookup(world, mailbox["organization_id"], address)
            if contact is not None:
                contacts.append(
                    {
                        "bucket": bucket,
                        "address": address,
                        "id": contact["id"],
                        "name": contact.get("name"),
                    }
                )
            other = mailbox_by_address(world.store, address)
            if other is not None and other["identity_id"]:
                identity = identity_by_id(world.store, other["identity_id"])
                if identity is not None:
                    agents.append(
                        {
                            "bucket": bucket,
                            "address": address,
                            "id": identity["id"],
                            "agent_handle": identity["agent_handle"],
                            "display_name": identity["display_name"],
                        }
                    )
    return {"message": payload, "contacts": contacts, "agent_identities": agents}


# ── query helpers ─────────────────────────────────────────────────────────────


def time_bounds(query: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """`start_datetime` / `end_datetime` (a bare date = the whole day in `tz`) as ISO bounds."""
    try:
        zone = ZoneInfo(query.get("tz") or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        raise Unprocessable.field(
            ("query", "tz"), "Unknown time zone", value=query.get("tz")
        ) from None
    bounds: list[str | None] = []
    for name, end in (("start_datetime", False), ("end_datetime", True)):
        raw = query.get(name)
        if raw is None:
            bounds.append(None)
            continue
        try:
            if len(raw) == 10:
                day = datetime.fromisoformat(raw).date()
                moment = datetime.combine(day, time.max if end else time.min, tzinfo=zone)
            else:
                moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
                if moment.tzinfo is None:
                    moment = moment.replace(tzinfo=zone)
        except ValueError:
            raise Unprocessable.field(
                ("query", name), "Not an ISO date or date-time", value=raw
            ) from None
        bounds.append(iso(moment))
    return bounds[0], bounds[1]


def encode_cursor(seq: int) -> str:
    return base64.urlsafe_b64encode(f"seq:{seq}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int | None:
    if cursor is None:
        return None
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        kind, _, number = text.partition(":")
        if kind != "seq":
            raise ValueError
        return int(number)
    except (ValueError, UnicodeDecodeError):
        raise Unprocessable.field(("query", "cursor"), "Invalid cursor", value=cursor) from None


def folders_sorted(folders: Iterable[str]) -> list[str]:
    present = set(folders)
    return [f for f in FOLDER_ORDER if f in present]


def mailbox_of(world: World, identity_id: str) -> Row | None:
    return mailbox_of_identity(world.store, identity_id)
