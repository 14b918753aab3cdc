"""vCard text: a parser for 2.1/3.0/4.0 (RFC 2426, RFC 6350) and (re-exported from
`vcard_write`) a 4.0 serializer.

Pure functions, no I/O. `parse_cards` splits a document into cards and content lines
(unfolding, quoted-printable soft breaks, quoted and RFC 6868 parameter values);
`card_to_contact` maps one card onto the wire shape of a contact create body, and
`contact_to_vcard` writes a stored contact as vCard 4.0 (escaped, folded at 75 octets, CRLF).

Labels follow what address books actually write: `TYPE=` tokens (`cell` reads as the guide's
`mobile`), or an Apple-style group label (`item1.EMAIL` + `item1.X-ABLabel`), which the serializer
also uses for labels that are not vCard type tokens so that they survive a round trip.
"""

from __future__ import annotations

import datetime as dt
import quopri
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from inkbox_emulator import e164
from inkbox_emulator.vcard_write import contact_to_vcard, escape, export_filename, fold

__all__ = [
    "MAX_IMPORT_BYTES",
    "MAX_IMPORT_CARDS",
    "CardError",
    "ParsedCard",
    "Property",
    "card_to_contact",
    "contact_to_vcard",
    "escape",
    "export_filename",
    "fold",
    "parse_cards",
    "unescape",
]

MAX_IMPORT_BYTES = 5 * 1024 * 1024
MAX_IMPORT_CARDS = 1000


class CardError(ValueError):
    """One card cannot become a contact; the message is the per-card import error."""


@dataclass(frozen=True)
class Property:
    """One unfolded content line: `[group.]NAME;PARAM=a,b:value` (value still escaped)."""

    name: str
    value: str
    params: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    group: str | None = None

    def param(self, name: str) -> tuple[str, ...]:
        return self.params.get(name, ())

    @property
    def types(self) -> tuple[str, ...]:
        """Lower-cased TYPE values (`TYPE=work,cell` and `TYPE=work;TYPE=cell` alike)."""
        return tuple(t.lower() for t in self.param("TYPE"))


@dataclass(frozen=True)
class ParsedCard:
    """A BEGIN:VCARD…END:VCARD block: its properties, or why its lines could not be read."""

    properties: tuple[Property, ...]
    error: str | None = None
    complete: bool = True

    @property
    def version(self) -> str | None:
        found = self.first("VERSION")
        return found.value.strip() if found else None

    def all(self, name: str) -> list[Property]:
        return [p for p in self.properties if p.name == name]

    def first(self, name: str) -> Property | None:
        return next((p for p in self.properties if p.name == name), None)


# ───────────────────────────── reading ─────────────────────────────


def _physical_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _is_quoted_printable(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def _logical_lines(text: str) -> Iterator[str]:
    """Unfold: a line starting with space/tab continues the previous one (minus that one char).

    vCard 2.1 quoted-printable values instead end a line with `=` (a soft break) and go on at
    the start of the next line, which need not begin with whitespace.
    """
    current: str | None = None
    for line in _physical_lines(text):
        if current is not None and line[:1] in (" ", "\t"):
            current += line[1:]
            continue
        if current is not None and current.endswith("=") and _is_quoted_printable(current):
            current = current[:-1] + line
            continue
        if current is not None:
            yield current
        current = line
    if current is not None:
        yield current


def _split_unquoted(text: str, sep: str) -> list[str]:
    """Split on `sep` outside double quotes (parameter lists and multi-valued parameters)."""
    parts: list[str] = []
    buf: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
            buf.append(ch)
        elif ch == sep and not quoted:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf))
    return parts


_CARET = {"^^": "^", "^n": "\n", "^N": "\n", "^'": '"'}
_BARE_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}


def _param_value(raw: str) -> str:
    value = raw.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1]
    # RFC 6868 caret escapes inside parameter values.
    return re.sub(r"\^[\^nN']", lambda m: _CARET[m.group(0)], value)


def _parse_params(parts: Sequence[str]) -> dict[str, tuple[str, ...]]:
    params: dict[str, list[str]] = {}
    for part in parts:
        if not part:
            continue
        if "=" in part:
            key, _, raw = part.partition("=")
            key = key.strip().upper()
            values = [_param_value(v) for v in _split_unquoted(raw, ",")]
        else:
            # vCard 2.1 bare parameters: `TEL;WORK;VOICE:` and `;QUOTED-PRINTABLE`.
            bare = part.strip()
            key = "ENCODING" if bare.upper() in _BARE_ENCODINGS else "TYPE"
            values = [bare]
        if key == "TYPE":
            # RFC 6350 writes `TYPE="voice,home"`: a quoted list is still a list of types.
            values = [t for v in values for t in v.split(",")]
        params.setdefault(key, []).extend(v.strip() for v in values if v.strip())
    return {k: tuple(v) for k, v in params.items()}


_NAME = re.compile(r"^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)$")


def _parse_line(line: str) -> Property:
    head, sep, value = _split_head(line)
    if not sep:
        raise CardError(f"malformed content line (no ':'): {line[:60]!r}")
    parts = _split_unquoted(head, ";")
    match = _NAME.match(parts[0].strip())
    if match is None:
        raise CardError(f"malformed property name: {parts[0][:60]!r}")
    params = _parse_params(parts[1:])
    if "QUOTED-PRINTABLE" in (e.upper() for e in params.get("ENCODING", ())):
        charset = (params.get("CHARSET") or ("utf-8",))[0]
        decoded = quopri.decodestring(value.encode("latin-1", "replace"))
        try:
            value = decoded.decode(charset, "replace")
        except LookupError:  # a charset Python does not know: UTF-8 is the best guess
            value = decoded.decode("utf-8", "replace")
    return Property(name=match.group(2).upper(), value=value, params=params, group=match.group(1))


def _split_head(line: str) -> tuple[str, str, str]:
    """Split `name;params:value` at the first colon that is not inside a quoted parameter."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return line[:i], ":", line[i + 1 :]
    return line, "", ""


def parse_cards(text: str) -> list[ParsedCard]:
    """Split a vCard document into cards, in order.

    Lines outside a card are ignored. A card whose lines cannot be read, or that never reaches
    `END:VCARD`, is returned with `error` set (unterminated ones also with `complete=False`) so
    that the importer can report it at its index. Nested `BEGIN:VCARD` (2.1 `AGENT`) is skipped.
    """
    cards: list[ParsedCard] = []
    lines: list[str] | None = None
    depth = 0
    for line in _logical_lines(text):
        stripped = line.strip()
        upper = stripped.upper()
        if upper == "BEGIN:VCARD":
            if lines is None:
                lines, depth = [], 1
            else:
                depth += 1
            continue
        if upper == "END:VCARD" and lines is not None:
            depth -= 1
            if depth == 0:
                cards.append(_card_from_lines(lines))
                lines = None
            continue
        if lines is not None and depth == 1 and stripped:
            lines.append(line)
    if lines is not None:
        cards.append(ParsedCard((), error="card is missing END:VCARD", complete=False))
    return cards


def _card_from_lines(lines: Sequence[str]) -> ParsedCard:
    props: list[Property] = []
    for line in lines:
        try:
            props.append(_parse_line(line))
        except CardError as exc:
            return ParsedCard(tuple(props), error=str(exc))
    return ParsedCard(tuple(props))


# ───────────────────────────── values ─────────────────────────────

_UNESCAPE = {"n": "\n", "N": "\n", "\\": "\\", ",": ",", ";": ";", ":": ":"}


def unescape(value: str) -> str:
    """Undo text escaping (`\\n`, `\\,`, `\\;`, `\\\\`); unknown escapes keep their character."""
    return re.sub(r"\\(.)", lambda m: _UNESCAPE.get(m.group(1), m.group(1)), value, flags=re.DOTALL)


def _split_raw(value: str, sep: str) -> list[str]:
    """Split on `sep` where it is not backslash-escaped; the parts keep their escapes."""
    parts: list[str] = []
    buf: list[str] = []
    escaped = False
    for ch in value:
        if escaped:
            buf.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == sep:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    if escaped:
        buf.append("\\")
    parts.append("".join(buf))
    return parts


def _structured(value: str, size: int) -> list[str]:
    """Components of a structured value (N, ADR, ORG), still escaped, padded to `size`."""
    raw = _split_raw(value, ";")
    return raw + [""] * (size - len(raw))


def _component(raw: str, joiner: str) -> str | None:
    """One structured component: its comma-separated list values joined, or None when empty."""
    items = [unescape(p).strip() for p in _split_raw(raw, ",")]
    text = joiner.join(i for i in items if i)
    return text or None


def _parse_date(value: str) -> str | None:
    """A vCard date (`1985-04-12`, `19850412`, or a date-time) as `YYYY-MM-DD`; None if yearless."""
    text = value.strip().split("T", 1)[0]
    for fmt in ("%Y-%m-%d", "%Y%m%d"):
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


# ───────────────────────────── labels ─────────────────────────────

# TYPE tokens that say nothing a label should carry.
_NOISE_TYPES = {
    "pref",
    "internet",
    "x400",
    "voice",
    "msg",
    "text",
    "dom",
    "intl",
    "postal",
    "parcel",
}
_TYPE_TO_LABEL = {"cell": "mobile", "iphone": "mobile", "mobile": "mobile"}
_APPLE_LABEL = re.compile(r"^_\$!<(.+)>!\$_$")


def _group_labels(card: ParsedCard) -> dict[str, str]:
    labels: dict[str, str] = {}
    for prop in card.properties:
        if prop.group and prop.name == "X-ABLABEL":
            text = unescape(prop.value).strip()
            apple = _APPLE_LABEL.match(text)
            label = (apple.group(1) if apple else text).strip()
            if label:
                labels[prop.group.lower()] = label.lower() if apple else label
    return labels


def _label(prop: Property, group_labels: Mapping[str, str]) -> str | None:
    if prop.group and prop.group.lower() in group_labels:
        return group_labels[prop.group.lower()]
    # X-LABEL is ours (custom dates); 4.0's LABEL on ADR is the printable address, not a tag.
    explicit = prop.param("X-LABEL")
    if explicit:
        return explicit[0]
    types = [t for t in prop.types if t not in _NOISE_TYPES]
    if not types:
        # A number typed only `voice` or `text` still deserves that label.
        types = [t for t in prop.types if t in {"voice", "text"}]
    if not types:
        return None
    return _TYPE_TO_LABEL.get(types[0], types[0])


def _pref_rank(prop: Property) -> int | None:
    """Preference (lower is stronger): `PREF=1` (4.0) or `TYPE=pref` (2.1/3.0); None if unmarked."""
    for raw in prop.param("PREF"):
        if raw.isdigit():
            return int(raw)
    return 1 if "pref" in prop.types else None


def _mark_primary(items: list[dict[str, Any]], ranks: list[int | None]) -> None:
    """At most one primary per list (the contact validator rejects two): the strongest PREF wins."""
    ranked = [(r, i) for i, r in enumerate(ranks) if r is not None]
    if ranked:
        items[min(ranked)[1]]["is_primary"] = True


# ───────────────────────────── card → contact ─────────────────────────────


def card_to_contact(card: ParsedCard) -> dict[str, Any]:
    """Map a parsed card onto a contact create body (the wire shape of `ContactCreate`).

    Raises:
        CardError: the card is unreadable, has an unsupported VERSION, has no name at all, or
            carries a phone number that is not a phone number.
    """
    if card.error is not None:
        raise CardError(card.error)
    version = card.version
    if version is not None and version not in {"2.1", "3.0", "4.0"}:
        raise CardError(f"unsupported vCard VERSION {version!r}")
    labels = _group_labels(card)
    body: dict[str, Any] = {}
    _names(card, body)
    _scalars(card, body)
    _emails(card, labels, body)
    _phones(card, labels, body)
    _websites(card, labels, body)
    _addresses(card, labels, body)
    _dates(card, labels, body)
    _custom_fields(card, body)
    if not any(
        body.get(k) for k in ("preferred_name", "given_name", "family_name", "company_name")
    ):
        raise CardError("card has no name: FN, N or ORG is required")
    return body


def _names(card: ParsedCard, body: dict[str, Any]) -> None:
    fn = card.first("FN")
    if fn is not None and unescape(fn.value).strip():
        body["preferred_name"] = unescape(fn.value).strip()
    n = card.first("N")
    if n is not None:
        family, given, middle, prefix, suffix = _structured(n.value, 5)[:5]
        for key, raw in (
            ("family_name", family),
            ("given_name", given),
            ("middle_name", middle),
            ("name_prefix", prefix),
            ("name_suffix", suffix),
        ):
            value = _component(raw, " ")
            if value:
                body[key] = value
    nickname = card.first("NICKNAME")
    if "preferred_name" not in body and nickname is not None:
        # NICKNAME is a comma list; the first one stands in for a missing FN (2.1 cards).
        first = _component(_split_raw(nickname.value, ",")[0], " ")
        if first:
            body["preferred_name"] = first


def _scalars(card: ParsedCard, body: dict[str, Any]) -> None:
    org = card.first("ORG")
    if org is not None:
        # ORG is `name;unit;unit…`; the organisation name is the company.
        company = _component(_structured(org.value, 1)[0], ", ")
        if company:
            body["company_name"] = company
    title = card.first("TITLE")
    if title is not None and unescape(title.value).strip():
        body["job_title"] = unescape(title.value).strip()
    bday = card.first("BDAY")
    if bday is not None and "text" not in (v.lower() for v in bday.param("VALUE")):
        birthday = _parse_date(bday.value)
        if birthday:
            body["birthday"] = birthday
    notes = [unescape(p.value).strip() for p in card.all("NOTE")]
    if any(notes):
        body["notes"] = "\n\n".join(n for n in notes if n)


def _labelled(item: dict[str, Any], prop: Property, labels: Mapping[str, str]) -> dict[str, Any]:
    """`item` with the property's label, when it has one."""
    label = _label(prop, labels)
    if label:
        item["label"] = label
    return item


def _preferred_list(
    card: ParsedCard,
    name: str,
    labels: Mapping[str, str],
    key: str,
    clean: Callable[[str], str | None],
) -> list[dict[str, Any]]:
    """`{key: value, label?, is_primary?}` for every `name` property whose unescaped value
    `clean` keeps (None or "" drops it), each value once (case-insensitively); the strongest
    PREF is the primary."""
    items: list[dict[str, Any]] = []
    ranks: list[int | None] = []
    seen: set[str] = set()
    for prop in card.all(name):
        value = clean(unescape(prop.value).strip())
        if not value or value.lower() in seen:
            continue
        seen.add(value.lower())
        items.append(_labelled({key: value}, prop, labels))
        ranks.append(_pref_rank(prop))
    _mark_primary(items, ranks)
    return items


def _email_value(raw: str) -> str:
    return raw[7:] if raw.lower().startswith("mailto:") else raw


def _phone_value(raw: str) -> str | None:
    if not raw:
        return None
    number = e164.normalize(raw)
    if number is None:
        raise CardError(f"TEL {raw!r} is not a valid E.164 phone number")
    return number


def _emails(card: ParsedCard, labels: Mapping[str, str], body: dict[str, Any]) -> None:
    items = _preferred_list(card, "EMAIL", labels, "value", _email_value)
    if items:
        body["emails"] = items


def _phones(card: ParsedCard, labels: Mapping[str, str], body: dict[str, Any]) -> None:
    items = _preferred_list(card, "TEL", labels, "value_e164", _phone_value)
    if items:
        body["phones"] = items


def _websites(card: ParsedCard, labels: Mapping[str, str], body: dict[str, Any]) -> None:
    items: list[dict[str, Any]] = []
    for prop in card.all("URL"):
        url = unescape(prop.value).strip()
        if not url:
            continue
        items.append(_labelled({"url": url}, prop, labels))
    if items:
        body["websites"] = items


def _addresses(card: ParsedCard, labels: Mapping[str, str], body: dict[str, Any]) -> None:
    items: list[dict[str, Any]] = []
    for prop in card.all("ADR"):
        # ADR = PO box; extended; street; locality; region; postal code; country.
        pobox, extended, street, city, region, postal, country = _structured(prop.value, 7)[:7]
        street_lines = [
            part
            for part in (
                _component(street, "\n"),
                _component(extended, " "),
                _component(pobox, " "),
            )
            if part
        ]
        item: dict[str, Any] = {}
        for key, value in (
            ("street", "\n".join(street_lines) or None),
            ("city", _component(city, " ")),
            ("region", _component(region, " ")),
            ("postal", _component(postal, " ")),
            ("country", _component(country, " ")),
        ):
            if value:
                item[key] = value
        if item:
            items.append(_labelled(item, prop, labels))
    if items:
        body["addresses"] = items


def _dates(card: ParsedCard, labels: Mapping[str, str], body: dict[str, Any]) -> None:
    items: list[dict[str, Any]] = []
    for prop in card.properties:
        if prop.name in {"ANNIVERSARY", "X-ANNIVERSARY"}:
            label: str | None = "anniversary"
        elif prop.name == "X-ABDATE":
            label = _label(prop, labels)
        else:
            continue
        date = _parse_date(prop.value)
        if date is None:
            continue
        item: dict[str, Any] = {"date": date}
        if label:
            item["label"] = label
        items.append(item)
    if items:
        body["dates"] = items


def _custom_fields(card: ParsedCard, body: dict[str, Any]) -> None:
    items = []
    for prop in card.all("X-INKBOX-FIELD"):
        label = (prop.param("X-LABEL") or ("",))[0]
        value = unescape(prop.value)
        if label and value:
            items.append({"label": label, "value": value})
    if items:
        body["custom_fields"] = items
