"""vCard 4.0 writing (RFC 6350): escaping, RFC 6868 parameter values, folding at 75 octets,
CRLF line ends, and the labels `vcard.card_to_contact` reads back (TYPE tokens, or an
Apple-style `itemN.X-ABLabel` group for any other label)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["contact_to_vcard", "escape", "export_filename", "fold"]

_FOLD_OCTETS = 75
# Labels that can be written as TYPE tokens in 4.0; anything else goes out as X-ABLabel.
_EMAIL_TYPES = {"work", "home"}
_TEL_TYPES = {"work", "home", "fax", "pager", "video", "textphone", "voice", "text"}
_ADR_TYPES = {"work", "home"}


def escape(value: str) -> str:
    """Escape a text value (RFC 6350 §3.4): backslash, comma, semicolon and newlines."""
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _escape_param(value: str) -> str:
    """A parameter value, RFC 6868-escaped and quoted when it holds `:;,` or spaces."""
    text = value.replace("^", "^^").replace("\n", "^n").replace('"', "^'")
    return f'"{text}"' if re.search(r"[:;,\s]", text) else text


def fold(line: str) -> str:
    """Fold a content line to ≤75 octets per physical line, never splitting a UTF-8 sequence."""
    out: list[str] = []
    current = ""
    size = 0
    limit = _FOLD_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, _FOLD_OCTETS
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out)


def _basic_date(iso: str) -> str:
    return iso.replace("-", "")


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self._groups = 0

    def add(
        self,
        name: str,
        value: str,
        params: Sequence[tuple[str, str]] = (),
        group: str | None = None,
    ) -> None:
        head = f"{group}.{name}" if group else name
        for key, val in params:
            head += f";{key}={_escape_param(val)}"
        self.lines.append(fold(f"{head}:{value}"))

    def labelled(
        self,
        name: str,
        value: str,
        label: str | None,
        allowed: set[str],
        extra: Sequence[tuple[str, str]] = (),
    ) -> None:
        """Write a property whose label is a TYPE token when it can be, an X-ABLabel otherwise."""
        if not label:
            self.add(name, value, extra)
            return
        # Exact-case tokens only, so `Work` keeps its capital through an X-ABLabel.
        vtype = "cell" if name == "TEL" and label == "mobile" else label
        if vtype in allowed or (name == "TEL" and vtype == "cell"):
            self.add(name, value, [("TYPE", vtype), *extra])
            return
        self._groups += 1
        group = f"item{self._groups}"
        self.add(name, value, extra, group=group)
        self.add("X-ABLabel", escape(label), group=group)


def _text(contact: Mapping[str, Any], key: str) -> str:
    value = contact.get(key)
    return value if isinstance(value, str) else ""


def contact_to_vcard(contact: Mapping[str, Any]) -> str:
    """Write a contact (the wire `Contact` shape) as one vCard 4.0, CRLF-terminated."""
    w = _Writer()
    w.lines.append("BEGIN:VCARD")
    w.lines.append("VERSION:4.0")
    w.add("UID", f"urn:uuid:{contact['id']}")
    w.add("FN", escape(_display_name(contact)))
    parts = [
        _text(contact, k)
        for k in ("family_name", "given_name", "middle_name", "name_prefix", "name_suffix")
    ]
    if any(parts):
        w.add("N", ";".join(escape(p) for p in parts))
    if _text(contact, "company_name"):
        w.add("ORG", escape(_text(contact, "company_name")))
    if _text(contact, "job_title"):
        w.add("TITLE", escape(_text(contact, "job_title")))
    if _text(contact, "birthday"):
        w.add("BDAY", _basic_date(_text(contact, "birthday")))
    _write_lists(w, contact)
    if _text(contact, "notes"):
        w.add("NOTE", escape(_text(contact, "notes")))
    updated = contact.get("updated_at")
    if isinstance(updated, str):
        stamp = dt.datetime.fromisoformat(updated.replace("Z", "+00:00")).astimezone(dt.UTC)
        w.add("REV", stamp.strftime("%Y%m%dT%H%M%SZ"))
    w.lines.append("END:VCARD")
    return "\r\n".join(w.lines) + "\r\n"


def _write_lists(w: _Writer, contact: Mapping[str, Any]) -> None:
    for email in contact.get("emails") or []:
        pref = [("PREF", "1")] if email.get("is_primary") else []
        w.labelled("EMAIL", escape(email["value"]), email.get("label"), _EMAIL_TYPES, pref)
    for phone in contact.get("phones") or []:
        pref = [("PREF", "1")] if phone.get("is_primary") else []
        w.labelled(
            "TEL",
            f"tel:{phone['value_e164']}",
            phone.get("label"),
            _TEL_TYPES,
            [("VALUE", "uri"), *pref],
        )
    for site in contact.get("websites") or []:
        w.labelled("URL", site["url"], site.get("label"), {"work", "home"})
    for adr in contact.get("addresses") or []:
        street = adr.get("street") or ""
        fields = [
            "",
            "",
            street,
            adr.get("city") or "",
            adr.get("region") or "",
            adr.get("postal") or "",
        ]
        value = ";".join(escape(f) for f in [*fields, adr.get("country") or ""])
        w.labelled("ADR", value, adr.get("label"), _ADR_TYPES)
    anniversary_written = False
    for date in contact.get("dates") or []:
        label = date.get("label")
        # 4.0 allows one ANNIVERSARY; every other dated event rides Apple's X-ABDATE.
        if (label or "").lower() == "anniversary" and not anniversary_written:
            w.add("ANNIVERSARY", _basic_date(date["date"]))
            anniversary_written = True
        else:
            w.labelled("X-ABDATE", date["date"], label, set())
    for custom in contact.get("custom_fields") or []:
        w.add("X-INKBOX-FIELD", escape(custom["value"]), [("X-LABEL", custom["label"])])


def _display_name(contact: Mapping[str, Any]) -> str:
    if _text(contact, "preferred_name"):
        return _text(contact, "preferred_name")
    given = " ".join(p for p in (_text(contact, "given_name"), _text(contact, "family_name")) if p)
    return given or _text(contact, "company_name") or "Contact"


def export_filename(contact: Mapping[str, Any]) -> str:
    """A safe `Content-Disposition` filename derived from the contact's display name."""
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", _display_name(contact)).strip("_") or "contact"
    return f"{stem[:64]}.vcf"
