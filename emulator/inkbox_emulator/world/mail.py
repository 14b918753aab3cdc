"""Mail: sending, delivery between the emulator's mailboxes, threading, the outside world,
inbound injection and the mail webhooks (mailboxes themselves are `world.mailboxes`'s, the
message and thread JSON `mail_json`'s).

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

from ..clock import iso
from ..errors import Forbidden, NotFound, TooManyRequests, Unprocessable
from ..mail_json import message_json
from ..store import Row
from ..store.core import identity_by_id, signup_of
from ..store.mail import (
    attachment_insert,
    attachments_of,
    mailbox_by_address,
    message_by_id,
    message_by_rfc_id,
    message_insert,
    messages_sent_since,
    outside_insert,
    thread_by_id,
    thread_insert,
    thread_touch,
)
from . import webhook_subscriptions as subscriptions
from .identities import agent_identity_ref
from .state import World

if TYPE_CHECKING:
    from ..auth import Principal

__all__ = ["deliver_inbound", "file_message", "forward_message", "inject_inbound", "send_message"]

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
BLOCKED_EXTENSIONS = (".exe", ".bat", ".scr")


# ── sending ───────────────────────────────────────────────────────────────────


def send_message(world: World, me: Principal, mailbox: Row, body: Mapping[str, Any]) -> Row:
    """`send_mail_message`: store, deliver, record, notify. Returns the outbound row."""
    recipients = body["recipients"]
    to = _clean(recipients["to"], ("body", "recipients", "to"))
    cc = _clean(recipients.get("cc") or [], ("body", "recipients", "cc"))
    bcc = _clean(recipients.get("bcc") or [], ("body", "recipients", "bcc"))
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
            raise Forbidden(verdict.refusal(address))
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
    rfc_id = _new_message_id(world, mailbox["sending_domain"])
    message: Row = {
        "message_id": rfc_id,
        "from_address": mailbox["email_address"],
        "from_display_name": _sender_name(world, mailbox),
        "to_addresses": to,
        "cc_addresses": cc or None,
        "subject": body["subject"],
        "in_reply_to": in_reply_to,
        "refs": references,
        **_content_columns(text, html_body, attachments),
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


def forward_message(
    world: World, me: Principal, mailbox: Row, original: Row, body: Mapping[str, Any]
) -> Row:
    """`forward_mail_message`: a new message (in a thread of its own) carrying `original`.

    `inline` quotes the original below the caller's note and re-attaches its files when
    `include_original_attachments`; `wrapped` attaches the whole original as `message/rfc822`.
    The result goes out exactly as a send would (gates, limits, delivery, webhooks).
    """
    recipients = body["recipients"]
    if not any(recipients.get(k) for k in ("to", "cc", "bcc")):
        raise Unprocessable.field(
            ("body", "recipients"), "At least one address across to, cc and bcc is required"
        )
    subject = body.get("subject")
    if subject is None:
        original_subject = original["subject"] or ""
        prefixed = re.match(r"(?i)\s*(fwd?):", original_subject)
        subject = original_subject if prefixed else f"Fwd: {original_subject}"
    note_text, note_html = body.get("body_text"), body.get("body_html")
    header = (
        "---------- Forwarded message ---------\n"
        f"From: {original['from_address']}\n"
        f"Subject: {original['subject'] or ''}\n"
        f"To: {', '.join(original['to_addresses'])}\n"
    )
    files: list[dict[str, Any]] = list(body.get("additional_attachments") or [])
    if body.get("mode", "inline") == "wrapped":
        text = note_text if note_text is not None else ""
        html_body = note_html
        files.append(
            {
                "filename": "forwarded-message.eml",
                "content_type": "message/rfc822",
                "content_base64": base64.b64encode(_rfc822(original)).decode(),
            }
        )
    else:
        quoted = original["body_text"] or original["snippet"] or ""
        text = "\n\n".join(p for p in (note_text, header + "\n" + quoted) if p)
        html_body = None
        if note_html is not None or original["body_html"] is not None:
            html_body = (
                (note_html or "")
                + "<blockquote>"
                + (original["body_html"] or html.escape(quoted))
                + "</blockquote>"
            )
        if body.get("include_original_attachments", True):
            files = [
                {
                    "filename": a["filename"],
                    "content_type": a["content_type"],
                    "content_base64": base64.b64encode(a["content"]).decode(),
                }
                for a in attachments_of(world.store, original["id"])
            ] + files
    send_body: dict[str, Any] = {
        "recipients": {
            "to": recipients.get("to") or [],
            **{k: recipients[k] for k in ("cc", "bcc") if recipients.get(k)},
        },
        "subject": subject,
        "body_text": text,
        "attachments": files,
    }
    if html_body is not None:
        send_body["body_html"] = html_body
    return send_message(world, me, mailbox, send_body)


def _rfc822(message: Row) -> bytes:
    lines = [
        f"Message-ID: {message['message_id']}",
        f"From: {message['from_address']}",
        f"To: {', '.join(message['to_addresses'])}",
        f"Subject: {message['subject'] or ''}",
        f"Date: {message['created_at']}",
        "Content-Type: text/plain; charset=utf-8",
        "",
        message["body_text"] or message["snippet"] or "",
    ]
    return "\r\n".join(lines).encode()


def deliver_inbound(
    world: World,
    mailbox: Row,
    message: Mapping[str, Any],
    attachments: Sequence[Mapping[str, Any]] = (),
) -> Row:
    """Store an inbound copy of `message` in `mailbox`, threaded, gated, notified."""
    verdict = world.mail_gate(world, mailbox, message["from_address"], "inbound")
    thread_id = _thread_of(world, mailbox, message) if verdict.allowed else None
    folder = "inbox" if verdict.allowed else "blocked"
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


def file_message(
    world: World,
    mailbox: Row,
    fields: Mapping[str, Any],
    attachments: Sequence[Mapping[str, Any]],
    *,
    created_at: str,
) -> Row:
    """File a message that was delivered elsewhere (a mail import) in its thread, dated
    `created_at`: no contact-rule gate and no webhook, as it is history, not new mail."""
    row = {**fields, **_content_columns(fields["body_text"], fields["body_html"], attachments)}
    thread_id = _thread_of(world, mailbox, row)
    return _store_message(world, mailbox, row, attachments, thread=thread_id, now=created_at)


def _thread_of(world: World, mailbox: Row, message: Mapping[str, Any]) -> str | None:
    """The thread a message joins: that of the first message it answers or references."""
    for rfc in [message.get("in_reply_to"), *reversed(message.get("refs") or [])]:
        if not rfc:
            continue
        parent = message_by_rfc_id(world.store, mailbox["id"], rfc)
        if parent is not None and parent["thread_id"]:
            thread = thread_by_id(world.store, mailbox["id"], parent["thread_id"])
            if thread is not None and thread["folder"] != "blocked":
                return str(thread["id"])
    return None


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
        decoded.append(_attachment(name, item["content_type"], cid, content))
    return decoded


def _attachment(
    filename: str, content_type: str, content_id: str | None, content: bytes
) -> dict[str, Any]:
    return {
        "filename": filename,
        "content_type": content_type,
        "content_id": content_id,
        "size": len(content),
        "content": content,
    }


def attachment_meta(attachment: Mapping[str, Any]) -> dict[str, Any]:
    meta = {
        "filename": attachment["filename"],
        "content_type": attachment["content_type"],
        "size": attachment["size"],
    }
    if attachment.get("content_id"):
        meta["content_id"] = attachment["content_id"]
    return meta


def _content_columns(
    text: str | None, html_body: str | None, attachments: Sequence[Mapping[str, Any]]
) -> dict[str, Any]:
    """The message columns its text, HTML and attachments decide (sent and injected alike)."""
    return {
        "snippet": snippet(text, html_body),
        "body_text": text,
        "body_html": html_body,
        "has_attachments": bool(attachments),
        "attachment_metadata": [attachment_meta(a) for a in attachments] or None,
        "size_bytes": len(text or "") + len(html_body or "") + sum(a["size"] for a in attachments),
    }


def _new_message_id(world: World, domain: str) -> str:
    """A fresh RFC 5322 Message-ID at `domain`."""
    return f"<{world.ids.uuid().replace('-', '')}@{domain}>"


# One address: no control characters (a CR/LF would inject a header), a local part and a
# domain with a dot; `Name <addr>` has the address checked.
_ADDRESS = re.compile(r"[^\s@<>(),;:\"\[\]]+@[^\s@<>(),;:\"\[\]]+\.[^\s@<>(),;:\"\[\].]+")


def _clean(addresses: Iterable[str], loc: tuple[str, ...] = ("body", "to")) -> list[str]:
    out = []
    for index, raw in enumerate(addresses):
        if not isinstance(raw, str):
            raise Unprocessable.field((*loc, index), "must be an email address", value=raw)
        address = raw.strip()
        if not address:
            continue
        bare = address[address.rfind("<") + 1 : -1] if address.endswith(">") else address
        if any(ord(c) < 0x20 or c == "\x7f" for c in address) or not _ADDRESS.fullmatch(bare):
            raise Unprocessable.field(
                (*loc, index), "must be an email address like name@example.com", value=raw
            )
        out.append(address.lower())
    return out


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
    _clean([sender], ("body", "from"))
    if not isinstance(to, str | list) or not isinstance(body.get("cc") or [], list):
        raise Unprocessable("'to' and 'cc' are an address or a list of addresses")
    to_list = _clean([to] if isinstance(to, str) else to, ("body", "to"))
    cc = _clean(body.get("cc") or [], ("body", "cc"))
    attachments = []
    for item in body.get("attachments") or []:
        try:
            content = base64.b64decode(item["content_base64"], validate=True)
        except (binascii.Error, ValueError, KeyError):
            raise Unprocessable("attachments need filename and base64 content_base64") from None
        attachments.append(
            _attachment(
                item.get("filename", "attachment"),
                item.get("content_type", "application/octet-stream"),
                item.get("content_id"),
                content,
            )
        )
    in_reply_to = body.get("in_reply_to")
    refs = list(body.get("references") or ([in_reply_to] if in_reply_to else []))
    text, html_body = body.get("body_text"), body.get("body_html")
    message = {
        "message_id": body.get("message_id") or _new_message_id(world, sender.split("@")[-1]),
        "from_address": sender.strip().lower(),
        "from_display_name": body.get("from_name"),
        "to_addresses": to_list,
        "cc_addresses": cc or None,
        "subject": body.get("subject"),
        "in_reply_to": in_reply_to,
        "refs": refs or None,
        **_content_columns(text, html_body, attachments),
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
    scope = {"identity_id": mailbox["identity_id"], "mailbox_id": mailbox["id"]}
    subscribed = subscriptions.matching(world, event_type, mailbox["organization_id"], **scope)
    if not mailbox["webhook_url"] and not subscribed:
        return
    envelope = world.event(event_type, _mail_event_data(world, mailbox, message, event_type))
    world.emit_webhook(
        mailbox["webhook_url"], event_type, envelope, identity_id=mailbox["identity_id"]
    )
    subscriptions.fan_out(world, envelope, organization_id=mailbox["organization_id"], **scope)


def _mail_event_data(world: World, mailbox: Row, message: Row, event_type: str) -> dict[str, Any]:
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
            owner = other["identity_id"] if other else None
            agent = agent_identity_ref(world, owner) if owner else None
            if agent is not None:
                agents.append({"bucket": bucket, "address": address, **agent})
    return {"message": payload, "contacts": contacts, "agent_identities": agents}
