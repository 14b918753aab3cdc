"""The address book: contacts with the guide-era access model (one wildcard row = every active
identity, or explicit per-identity rows, never both), vCard import, and the `lookup`
seam webhooks use to name the other party.

Grant rules (api-surface-B CT-9/CT-10): a per-identity grant on a wildcard contact is a 409
`redundant_grant`; `identity_id: null` resets to the wildcard; revoking one identity from a
wildcard contact first materialises a row for every other active identity, then drops it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import contact_fields, vcard
from ..errors import BadRequest, Conflict, EmulatorError, NotFound, Unprocessable
from ..store import Row
from ..store import contacts as store_contacts
from ..store.core import identity_in_org, live_identity_ids
from .contact_facts import memory_summary
from .state import World

__all__ = [
    "access_json",
    "contact_json",
    "create_contact",
    "default_settings",
    "grant",
    "import_cards",
    "is_visible",
    "lookup",
    "revoke",
]


def access_json(row: Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "contact_id": row["contact_id"],
        "identity_id": row["identity_id"],
        "created_at": row["created_at"],
    }


def contact_json(world: World, row: Row) -> dict[str, Any]:
    """`Contact` with its access rows inlined."""
    out: dict[str, Any] = {"id": row["id"], "organization_id": row["organization_id"]}
    for key in contact_fields.SCALAR_FIELDS:
        out[key] = row[key]
    lists = contact_fields.store_lists(row)
    out.update(lists)
    out["access"] = [access_json(a) for a in store_contacts.access_rows(world.store, row["id"])]
    out["status"] = row["status"]
    out["review_status"] = row["review_status"]
    out["memory_count"], out["latest_memory"] = memory_summary(world, row["id"])
    out["creation_source"] = row["creation_source"]
    out["created_by_identity_id"] = row["created_by_identity_id"]
    out["created_at"] = row["created_at"]
    out["updated_at"] = row["updated_at"]
    return out


def is_visible(world: World, contact_id: str, identity_id: str) -> bool:
    """Whether an identity sees a contact: its profile visibility (a communication-policy
    decision when there is one, else the legacy access rows)."""
    return store_contacts.visible(world.store, contact_id, identity_id)


def _access_ids(world: World, org_id: str, raw: Any) -> list[str] | None:
    """`access_identity_ids`: absent/None → wildcard (None); a list → those identities (404)."""
    if raw is None:
        return None
    ids: list[str] = []
    for identity_id in raw:
        if identity_in_org(world.store, org_id, identity_id) is None:
            raise NotFound(f"Identity {identity_id} not found")
        if identity_id not in ids:
            ids.append(identity_id)
    return ids


def create_contact(
    world: World,
    org_id: str,
    body: Mapping[str, Any],
    *,
    source: str = "manual",
    created_by: str | None = None,
) -> Row:
    """Validate and store a contact, seeding its access rows; returns the stored row."""
    fields: dict[str, Any] = {k: body.get(k) for k in contact_fields.SCALAR_FIELDS}
    fields.update(contact_fields.store_lists(body))
    fields = contact_fields.check_contact(fields)
    access = _access_ids(world, org_id, body.get("access_identity_ids"))
    now = world.clock.now_iso()
    row: Row = {
        "id": world.ids.uuid(),
        "organization_id": org_id,
        **fields,
        "status": "active",
        "review_status": "confirmed",
        "creation_source": source,
        "created_by_identity_id": created_by,
        "created_at": now,
        "updated_at": now,
    }
    store_contacts.contact_insert(world.store, row)
    for identity_id in [None] if access is None else access:
        store_contacts.access_insert(
            world.store, row["id"], identity_id, row_id=world.ids.uuid(), now=now
        )
    return row


def update_contact(world: World, row: Row, patch: Mapping[str, Any]) -> Row:
    merged = contact_fields.check_contact(contact_fields.apply_patch(row, patch))
    changes = {k: merged[k] for k in (*contact_fields.SCALAR_FIELDS, *contact_fields.LIST_FIELDS)}
    if "review_status" in patch:
        changes["review_status"] = patch["review_status"]
    changes["updated_at"] = world.clock.now_iso()
    store_contacts.contact_update(world.store, row["id"], changes)
    return {**row, **changes}


# ── grants ────────────────────────────────────────────────────────────────────


def grant(world: World, contact: Row, identity_id: str | None) -> Row:
    """Grant one identity, or (None) reset the contact to the wildcard; returns the new row."""
    rows = store_contacts.access_rows(world.store, contact["id"])
    now = world.clock.now_iso()
    if identity_id is None:
        store_contacts.access_clear(world.store, contact["id"])
    else:
        if identity_in_org(world.store, contact["organization_id"], identity_id) is None:
            raise NotFound(f"Identity {identity_id} not found")
        if any(r["identity_id"] is None for r in rows):
            raise Conflict(
                {"error": "redundant_grant", "detail": "wildcard already implies this identity"}
            )
        if any(r["identity_id"] == identity_id for r in rows):
            raise Conflict("Access already granted")
    return store_contacts.access_insert(
        world.store, contact["id"], identity_id, row_id=world.ids.uuid(), now=now
    )


def revoke(world: World, contact: Row, identity_id: str) -> None:
    """Drop one identity's access; a wildcard is first expanded to every other active identity."""
    rows = store_contacts.access_rows(world.store, contact["id"])
    if any(r["identity_id"] is None for r in rows):
        now = world.clock.now_iso()
        store_contacts.access_clear(world.store, contact["id"])
        for other in live_identity_ids(world.store, contact["organization_id"]):
            if other != identity_id:
                store_contacts.access_insert(
                    world.store, contact["id"], other, row_id=world.ids.uuid(), now=now
                )
        return
    if store_contacts.access_delete(world.store, contact["id"], identity_id) == 0:
        raise NotFound(f"Identity {identity_id} has no access row on this contact")


# ── per-identity access settings (0.7.20) ────────────────────────────────────


def default_settings(world: World, contact: Row, identity_id: str) -> dict[str, Any]:
    """What an identity may see and use of a contact when nobody has tuned it: everything
    when the legacy access model lets it see the contact, nothing otherwise."""
    visible = store_contacts.legacy_visible(world.store, contact["id"], identity_id)
    emails = [e["value"] for e in contact["emails"]] if visible else []
    phones = [p["value_e164"] for p in contact["phones"]] if visible else []
    return {
        "email": {
            "visible": visible,
            "contactable": emails,
            "inbound_contactable": emails,
            "outbound_contactable": emails,
        },
        "phone": {
            "visible": visible,
            "contactable": phones,
            "inbound_contactable": phones,
            "outbound_contactable": phones,
        },
        "profile": visible,
        "memories": visible,
    }


def merge_settings(
    contact: Row, current: dict[str, Any], patch: Mapping[str, Any]
) -> dict[str, Any]:
    """Apply a `ContactAccessSettingsUpdate`; contactable lists must name the contact's own
    addresses, and `contactable` is exclusive with the directional lists (422)."""
    out = {**current, "email": dict(current["email"]), "phone": dict(current["phone"])}
    owned = {
        "email": {e["value"].lower() for e in contact["emails"]},
        "phone": {p["value_e164"] for p in contact["phones"]},
    }
    for channel in ("email", "phone"):
        group = patch.get(channel)
        if group is None:
            continue
        if "contactable" in group and (
            {"inbound_contactable", "outbound_contactable"} & set(group)
        ):
            raise Unprocessable.field(
                ("body", channel), "contactable excludes inbound/outbound_contactable"
            )
        for key in ("contactable", "inbound_contactable", "outbound_contactable"):
            if key not in group:
                continue
            for i, value in enumerate(group[key]):
                if (value.lower() if channel == "email" else value) not in owned[channel]:
                    raise Unprocessable.field(
                        ("body", channel, key, i), "not an address of this contact", value=value
                    )
        if "visible" in group:
            out[channel]["visible"] = group["visible"]
        if "contactable" in group:
            out[channel].update(
                contactable=list(group["contactable"]),
                inbound_contactable=list(group["contactable"]),
                outbound_contactable=list(group["contactable"]),
            )
        for key in ("inbound_contactable", "outbound_contactable"):
            if key in group:
                out[channel][key] = list(group[key])
        if "inbound_contactable" in group or "outbound_contactable" in group:
            both = set(out[channel]["inbound_contactable"]) & set(
                out[channel]["outbound_contactable"]
            )
            out[channel]["contactable"] = [
                v for v in out[channel]["inbound_contactable"] if v in both
            ]
        if not out[channel]["visible"] and out[channel]["contactable"]:
            raise Unprocessable.field(
                ("body", channel, "visible"), "an invisible channel cannot be contactable"
            )
    for key in ("profile", "memories"):
        if key in patch:
            out[key] = patch[key]
    if patch.get("profile") is False:
        # Hiding the profile also hides the groups the same request leaves out (0.7.20).
        for channel in ("email", "phone"):
            if channel not in patch:
                out[channel] = {
                    **out[channel],
                    "visible": False,
                    "contactable": [],
                    "inbound_contactable": [],
                    "outbound_contactable": [],
                }
        if "memories" not in patch:
            out["memories"] = False
    if out["profile"] is False and (
        out["email"]["visible"] or out["phone"]["visible"] or out["memories"]
    ):
        raise Unprocessable.field(
            ("body", "profile"), "profile=false needs email, phone and memories off too"
        )
    return out


# ── vCard import ──────────────────────────────────────────────────────────────


def import_cards(world: World, org_id: str, cards: Sequence[vcard.ParsedCard]) -> dict[str, Any]:
    """Create one contact per card; a card sharing an email/phone with an existing contact is a
    `conflict`, a card that cannot be a contact an `error`. Every card reports at its index."""
    results: list[dict[str, Any]] = []
    created = 0
    for index, card in enumerate(cards):
        item: dict[str, Any] = {
            "index": index,
            "status": "error",
            "contact": None,
            "error": None,
            "conflicting_contact_id": None,
        }
        try:
            body = vcard.card_to_contact(card)
            emails = [e["value"] for e in body.get("emails", [])]
            phones = [p["value_e164"] for p in body.get("phones", [])]
            clash = store_contacts.contact_with_email_or_phone(world.store, org_id, emails, phones)
            if clash is not None:
                item.update(
                    status="conflict",
                    error="a contact with this email or phone already exists",
                    conflicting_contact_id=clash["id"],
                )
            else:
                with world.store.transaction():
                    row = create_contact(world, org_id, body, source="vcard")
                item.update(status="created", contact=contact_json(world, row))
                created += 1
        except vcard.CardError as exc:
            item["error"] = str(exc)
        except (BadRequest, Unprocessable) as exc:
            item["error"] = _error_text(exc)
        results.append(item)
    return {"created_count": created, "error_count": len(results) - created, "results": results}


def _error_text(exc: EmulatorError) -> str:
    if isinstance(exc.detail, str):
        return exc.detail
    if isinstance(exc.detail, list) and exc.detail and isinstance(exc.detail[0], dict):
        first = exc.detail[0]
        return f"{'.'.join(str(p) for p in first.get('loc', [])[1:])}: {first.get('msg')}"
    return str(exc.detail)


# ── the webhook seam ──────────────────────────────────────────────────────────


def lookup(world: World, org_id: str, address: str) -> dict[str, Any] | None:
    """`{"id", "name"}` of the org contact with this email address or E.164 number."""
    field = "email" if "@" in address else "phone"
    rows = store_contacts.contacts_lookup(
        world.store, org_id, visible_to=None, field=field, value=address
    )
    if not rows:
        return None
    return {"id": rows[0]["id"], "name": rows[0]["preferred_name"]}
