"""Contact bodies: the checks the JSON schema cannot state, and the stored shape of each list.

Used by create, update (JSON merge patch) and the vCard importer alike, so a card is held to
exactly the rules of `POST /api/v1/contacts`:

- 400 when no name is left (one of given/family/company/preferred name must be non-empty:
  vCard's FN rule);
- 422 for an email that is not an address, a phone that is not E.164, the same email or
  number twice on one contact, or more than one `is_primary` in a list.

`preferred_name` is synthesised from the name parts when the caller leaves it out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from inkbox_emulator import e164
from inkbox_emulator.errors import BadRequest, Unprocessable, field_error

__all__ = ["LIST_FIELDS", "SCALAR_FIELDS", "apply_patch", "check_contact", "store_lists"]

SCALAR_FIELDS: tuple[str, ...] = (
    "preferred_name",
    "name_prefix",
    "given_name",
    "middle_name",
    "family_name",
    "name_suffix",
    "company_name",
    "job_title",
    "birthday",
    "notes",
)
LIST_FIELDS: tuple[str, ...] = (
    "emails",
    "phones",
    "websites",
    "dates",
    "addresses",
    "custom_fields",
)
_NAME_FIELDS = ("given_name", "family_name", "company_name", "preferred_name")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_ADDRESS_KEYS = ("street", "city", "region", "postal", "country")


def _is_email(value: str) -> bool:
    return _EMAIL.fullmatch(value) is not None


# The lists whose values must be well formed and unique (emails case-insensitively; E.164
# numbers have no case): list, value key, check, message when bad, name in the duplicate message.
_UNIQUE_LISTS: tuple[tuple[str, str, Callable[[str], bool], str, str], ...] = (
    ("emails", "value", _is_email, "not a valid email address", "email"),
    ("phones", "value_e164", e164.is_e164, "not an E.164 number", "phone"),
)


def store_lists(body: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The six lists in their response shape (every key present, defaults filled)."""
    out: dict[str, list[dict[str, Any]]] = {}
    out["emails"] = [
        {
            "label": e.get("label"),
            "value": e["value"].strip(),
            "is_primary": bool(e.get("is_primary")),
        }
        for e in body.get("emails") or []
    ]
    out["phones"] = [
        {
            "label": p.get("label"),
            "value_e164": p["value_e164"].strip(),
            "is_primary": bool(p.get("is_primary")),
        }
        for p in body.get("phones") or []
    ]
    out["websites"] = [
        {"label": w.get("label"), "url": w["url"]} for w in body.get("websites") or []
    ]
    out["dates"] = [{"label": d.get("label"), "date": d["date"]} for d in body.get("dates") or []]
    out["addresses"] = [
        {"label": a.get("label"), **{k: a.get(k) for k in _ADDRESS_KEYS}}
        for a in body.get("addresses") or []
    ]
    out["custom_fields"] = [
        {"label": c["label"], "value": c["value"]} for c in body.get("custom_fields") or []
    ]
    return out


def _is_date(value: Any) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return len(value) == 10


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check_contact(contact: Mapping[str, Any]) -> dict[str, Any]:
    """Validate a complete contact (after create defaults or a merge patch) and fill defaults.

    Returns the contact with `preferred_name` synthesised when it was blank.

    Raises:
        BadRequest: no name at all.
        Unprocessable: a bad or repeated email/phone, or two primaries in one list.
    """
    if all(_blank(contact.get(k)) for k in _NAME_FIELDS):
        raise BadRequest(
            "A contact needs a name: one of given_name, family_name, company_name or "
            "preferred_name must be non-empty"
        )
    errors: list[dict[str, Any]] = []
    for name, key, valid, invalid, what in _UNIQUE_LISTS:
        seen: set[str] = set()
        for i, item in enumerate(contact.get(name) or []):
            value = item[key].strip()
            where = ("body", name, i, key)
            if not valid(value):
                errors.append(field_error(where, invalid, value=value))
            elif value.lower() in seen:
                errors.append(field_error(where, f"duplicate {what} on this contact", value=value))
            seen.add(value.lower())
    # `format: date` is not enforced by the request validator; the server's model is.
    dated: list[tuple[tuple[str | int, ...], Any]] = [
        (("body", "birthday"), contact.get("birthday"))
    ]
    dated += [
        (("body", "dates", i, "date"), d.get("date"))
        for i, d in enumerate(contact.get("dates") or [])
    ]
    for loc, value in dated:
        if value is not None and not _is_date(value):
            errors.append(field_error(loc, "not a YYYY-MM-DD date", value=value))
    for name in ("emails", "phones"):
        if sum(1 for item in contact.get(name) or [] if item.get("is_primary")) > 1:
            errors.append(field_error(("body", name), "at most one entry may be is_primary"))
    if errors:
        raise Unprocessable(errors)
    out = dict(contact)
    if _blank(out.get("preferred_name")):
        parts = (out.get("given_name"), out.get("family_name"))
        given = " ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())
        out["preferred_name"] = given or str(out.get("company_name") or "").strip()
    return out


def apply_patch(current: Mapping[str, Any], patch: Mapping[str, Any]) -> dict[str, Any]:
    """JSON merge patch of a contact: a scalar null clears, a list replaces, a list null empties."""
    out = dict(current)
    for key in SCALAR_FIELDS:
        if key in patch:
            out[key] = patch[key]
    for key in LIST_FIELDS:
        if key in patch:
            out[key] = store_lists({key: patch[key] or []})[key]
    return out
