"""Operations over several contacts at once: merge, bulk delete and the multi-contact vCard
export. Each is all or nothing: every id is checked (unknown ones named together in one 404,
repeats refused with 422) before anything changes, and the handler's transaction holds the
rest.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .. import contact_fields, vcard
from ..errors import NotFound, Unprocessable
from ..store import Row
from ..store import contact_facts as store_facts
from ..store import contacts as store_contacts
from .contact_facts import check_room
from .contacts import contact_json
from .state import World

__all__ = ["bulk_delete", "export_vcards", "merge"]

MERGEABLE_FIELDS = (*contact_fields.SCALAR_FIELDS, *contact_fields.LIST_FIELDS)

# What makes two entries of a list the same entry (emails compare without case).
_ENTRY_KEY: dict[str, Callable[[dict[str, Any]], Any]] = {
    "emails": lambda e: e["value"].lower(),
    "phones": lambda p: p["value_e164"],
    "websites": lambda w: w["url"],
    "dates": lambda d: (d["label"], d["date"]),
    "addresses": lambda a: tuple(sorted(a.items())),
    "custom_fields": lambda c: (c["label"], c["value"]),
}


def _contacts(
    world: World,
    org_id: str,
    ids: Sequence[str],
    field: str,
    *,
    visible: Callable[[Row], bool] = lambda row: True,
) -> list[Row]:
    """The contacts named by `ids`, in order; 422 for a repeat, 404 naming every unknown id."""
    seen: set[str] = set()
    for index, contact_id in enumerate(ids):
        if contact_id in seen:
            raise Unprocessable.field(("body", field, index), "repeated id", value=contact_id)
        seen.add(contact_id)
    rows = [store_contacts.contact(world.store, org_id, contact_id) for contact_id in ids]
    missing = [i for i, row in zip(ids, rows, strict=True) if row is None or not visible(row)]
    if missing:
        raise NotFound(f"Contacts not found: {', '.join(missing)}; nothing was changed")
    return [row for row in rows if row is not None]


def bulk_delete(world: World, org_id: str, contact_ids: Sequence[str]) -> dict[str, Any]:
    rows = _contacts(world, org_id, contact_ids, "contact_ids")
    for row in rows:
        store_contacts.contact_delete(world.store, row["id"])
    return {
        "deleted_count": len(rows),
        "error_count": 0,
        "results": [
            {"contact_id": row["id"], "status": "deleted", "error": None, "error_code": None}
            for row in rows
        ],
    }


def export_vcards(
    world: World, org_id: str, contact_ids: Sequence[str], visible: Callable[[Row], bool]
) -> dict[str, Any]:
    rows = _contacts(world, org_id, contact_ids, "contact_ids", visible=visible)
    cards = "".join(vcard.contact_to_vcard(contact_json(world, row)) for row in rows)
    return {"content_type": "text/vcard; charset=utf-8", "contact_count": len(rows), "vcard": cards}


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _joined_list(field: str, contacts: Sequence[Row]) -> list[dict[str, Any]]:
    """Every entry once, the winner's first; only the first primary entry stays primary."""
    key = _ENTRY_KEY[field]
    seen: set[Any] = set()
    out: list[dict[str, Any]] = []
    has_primary = False
    for contact in contacts:
        for entry in contact[field]:
            if key(entry) in seen:
                continue
            seen.add(key(entry))
            kept = dict(entry)
            if kept.get("is_primary"):
                kept["is_primary"] = not has_primary
                has_primary = True
            out.append(kept)
    return out


def _merged_fields(contacts: Sequence[Row], sources: Mapping[str, Row]) -> dict[str, Any]:
    winner, losers = contacts[0], contacts[1:]
    merged: dict[str, Any] = {}
    for field in contact_fields.SCALAR_FIELDS:
        if field in sources:
            merged[field] = sources[field][field]
        elif field == "notes":
            notes = [c["notes"] for c in contacts if not _blank(c["notes"])]
            merged[field] = "\n\n".join(notes) if notes else winner["notes"]
        elif _blank(winner[field]):
            merged[field] = next((c[field] for c in losers if not _blank(c[field])), None)
        else:
            merged[field] = winner[field]
    for field in contact_fields.LIST_FIELDS:
        merged[field] = (
            list(sources[field][field]) if field in sources else _joined_list(field, contacts)
        )
    return merged


def merge(
    world: World,
    winner: Row,
    losing_ids: Sequence[str],
    field_sources: Mapping[str, str],
) -> Row:
    """Fold the losers into `winner` (see `merge_contacts` in the spec); returns its new row."""
    for index, contact_id in enumerate(losing_ids):
        if contact_id == winner["id"]:
            raise Unprocessable.field(
                ("body", "losing_contact_ids", index),
                "a contact cannot be merged into itself",
                value=contact_id,
            )
    org_id = winner["organization_id"]
    losers = _contacts(world, org_id, losing_ids, "losing_contact_ids")
    contacts = [winner, *losers]
    by_id = {c["id"]: c for c in contacts}
    sources: dict[str, Row] = {}
    for field, source_id in field_sources.items():
        if field not in MERGEABLE_FIELDS:
            raise Unprocessable.field(
                ("body", "field_sources", field),
                f"not a mergeable field (one of {', '.join(MERGEABLE_FIELDS)})",
            )
        if source_id not in by_id:
            raise Unprocessable.field(
                ("body", "field_sources", field),
                "must name the contact merged into or one of losing_contact_ids",
                value=source_id,
            )
        sources[field] = by_id[source_id]
    check_room(world, [c["id"] for c in contacts], {})
    changes = contact_fields.check_contact(_merged_fields(contacts, sources))
    changes["updated_at"] = world.clock.now_iso()
    _merge_access(world, winner, losers)
    for loser in losers:
        store_facts.facts_move(world.store, loser["id"], winner["id"])
        store_contacts.contact_delete(world.store, loser["id"])
    store_contacts.contact_update(world.store, winner["id"], changes)
    return {**winner, **changes}


def _merge_access(world: World, winner: Row, losers: Sequence[Row]) -> None:
    """Whoever could see a loser sees the winner (a wildcard anywhere wins), and an identity's
    tuned access settings move over where the winner has none of its own."""
    rows = [store_contacts.access_rows(world.store, c["id"]) for c in (winner, *losers)]
    granted = {r["identity_id"] for group in rows for r in group}
    now = world.clock.now_iso()
    store_contacts.access_clear(world.store, winner["id"])
    ordered = [None] if None in granted else sorted(i for i in granted if i is not None)
    for identity_id in ordered:
        store_contacts.access_insert(
            world.store, winner["id"], identity_id, row_id=world.ids.uuid(), now=now
        )
    for loser in losers:
        store_contacts.settings_move(world.store, loser["id"], winner["id"])
