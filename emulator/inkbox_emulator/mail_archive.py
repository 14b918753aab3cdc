"""Reading an uploaded mail archive for an import job: mbox, one `.eml`, or a zip of `.eml`.

`read_archive` parses the whole archive before anything is filed, so a malformed one fails
the job as a whole (`ArchiveError` with a reason a person can act on) and imports nothing.
A readable archive yields one `ArchiveMessage` per message, or an `ArchiveFailure` for a
message that cannot be filed (no sender); the job reports those one by one.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import io
import mailbox
import os
import re
import tempfile
import zipfile
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from typing import Any

import attrs

__all__ = ["ArchiveError", "ArchiveFailure", "ArchiveMessage", "detect_format", "read_archive"]

_FROM_QUOTE = re.compile(rb"^>(>*From )", re.MULTILINE)
_HEADERS = ("from", "to", "subject", "date", "message-id", "received")


class ArchiveError(ValueError):
    """The archive as a whole cannot be read; the message says why."""


@attrs.frozen
class ArchiveMessage:
    index: int
    message_id: str
    from_address: str
    from_name: str | None
    to: list[str]
    cc: list[str]
    subject: str | None
    sent_at: datetime | None
    in_reply_to: str | None
    refs: list[str]
    body_text: str | None
    body_html: str | None
    attachments: list[dict[str, Any]]


@attrs.frozen
class ArchiveFailure:
    index: int
    message_id: str | None
    reason: str


def detect_format(data: bytes) -> str:
    if data.startswith(b"PK\x03\x04"):
        return "zip"
    if data.startswith(b"From "):
        return "mbox"
    return "eml"


def read_archive(data: bytes, source_format: str) -> list[ArchiveMessage | ArchiveFailure]:
    """Every message of the archive, in archive order (raises `ArchiveError` if malformed)."""
    if not data.strip():
        raise ArchiveError("The uploaded archive is empty")
    kind = detect_format(data) if source_format == "auto" else source_format
    if kind == "mbox":
        raws = _mbox_messages(data)
    elif kind == "zip":
        raws = _zip_messages(data)
    else:
        raws = [data]
        if not _has_headers(_parse(data)):
            raise ArchiveError(
                "Not an RFC 822 message: no mail headers (From, To, Subject, Date, Message-ID)"
                " were found; upload an mbox file, an .eml file or a zip of .eml files"
            )
    if not raws:
        raise ArchiveError(f"The {kind} archive holds no messages")
    return [_read_one(index, raw) for index, raw in enumerate(raws)]


def _mbox_messages(data: bytes) -> list[bytes]:
    if not data.startswith(b"From "):
        raise ArchiveError("Not an mbox archive: an mbox file starts with a 'From ' line")
    # `mailbox.mbox` reads a path; the upload lives in memory, so it goes through a temp file.
    fd, path = tempfile.mkstemp(suffix=".mbox")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        box = mailbox.mbox(path, create=False)
        try:
            # Read as mboxrd (what exporters such as Google Takeout write): one `>` comes off
            # every quoted `>From ` line.
            return [_FROM_QUOTE.sub(rb"\1", box.get_bytes(key)) for key in box.iterkeys()]
        finally:
            box.close()
    finally:
        os.unlink(path)


def _zip_messages(data: bytes) -> list[bytes]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = sorted(
                n for n in archive.namelist() if n.lower().endswith(".eml") and "__MACOSX" not in n
            )
            if not names:
                raise ArchiveError("The zip archive holds no .eml files")
            return [archive.read(name) for name in names]
    except zipfile.BadZipFile as exc:
        raise ArchiveError(f"Not a readable zip archive: {exc}") from None


def _parse(raw: bytes) -> EmailMessage:
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def _has_headers(message: EmailMessage) -> bool:
    return any(message.get(name) is not None for name in _HEADERS)


def _header(message: EmailMessage, name: str) -> str | None:
    try:
        value = message.get(name)
    except (ValueError, IndexError):  # an unparseable structured header reads as absent
        return None
    return str(value).strip() or None if value is not None else None


def _read_one(index: int, raw: bytes) -> ArchiveMessage | ArchiveFailure:
    message = _parse(raw)
    message_id = _header(message, "message-id")
    if not _has_headers(message):
        return ArchiveFailure(index, None, "No mail headers")
    name, address = parseaddr(_header(message, "from") or "")
    if "@" not in address:
        return ArchiveFailure(index, message_id, "No sender address in the From header")
    if message_id is None:
        # Stable for the same bytes, so re-importing the archive still skips it as a duplicate.
        message_id = f"<import.{hashlib.sha256(raw).hexdigest()[:32]}@inkbox.invalid>"
    text, html_body, attachments = _bodies(message)
    return ArchiveMessage(
        index=index,
        message_id=message_id,
        from_address=address.lower(),
        from_name=name or None,
        to=_addresses(message, "to"),
        cc=_addresses(message, "cc"),
        subject=_header(message, "subject"),
        sent_at=_date(_header(message, "date")),
        in_reply_to=_header(message, "in-reply-to"),
        refs=(_header(message, "references") or "").split(),
        body_text=text,
        body_html=html_body,
        attachments=attachments,
    )


def _addresses(message: EmailMessage, name: str) -> list[str]:
    values = [str(v) for v in message.get_all(name, [])]
    return [a.lower() for _, a in getaddresses(values) if "@" in a]


def _date(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


def _bodies(message: EmailMessage) -> tuple[str | None, str | None, list[dict[str, Any]]]:
    text = html_body = None
    attachments: list[dict[str, Any]] = []
    for part in message.walk() if message.is_multipart() else [message]:
        if part.is_multipart():
            continue
        content_type = part.get_content_type()
        filename = part.get_filename()
        if filename or part.get_content_disposition() == "attachment":
            content = part.get_payload(decode=True) or b""
            assert isinstance(content, bytes)
            attachments.append(
                {
                    "filename": filename or "attachment",
                    "content_type": content_type,
                    "content_id": None,
                    "size": len(content),
                    "content": content,
                }
            )
        elif content_type == "text/plain" and text is None:
            text = _text(part)
        elif content_type == "text/html" and html_body is None:
            html_body = _text(part)
    return text, html_body, attachments


def _text(part: Any) -> str | None:
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # an unknown charset: keep the bytes readable
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("utf-8", "replace")
    return str(content) if content else None
