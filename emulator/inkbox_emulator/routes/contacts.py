"""Contacts: CRUD, reverse lookup, guide-era access grants, per-identity access settings
(0.7.20) and vCard import/export.

Admin keys manage the address book; agent keys read the contacts their identity may see (a
wildcard or own access row; others are 404) and may revoke their own access only.
"""

from __future__ import annotations

from typing import Any

from .. import vcard
from ..dispatch import Call, Reply
from ..errors import BadRequest, EmulatorError, NotFound, Unprocessable
from ..scoping import forbid_other_identity, identity_for, visible_to
from ..store import Row
from ..store import contacts as store_contacts
from ..world import contact_policy as world_policy
from ..world import contacts as world_contacts

_LOOKUP_KEYS = ("email", "email_contains", "email_domain", "phone", "phone_contains")
_VCARD_TYPES = ("text/vcard", "text/x-vcard", "text/directory")


class PayloadTooLarge(EmulatorError):
    status = 413


class UnsupportedMediaType(EmulatorError):
    status = 415


def _refuse(call: Call, error: type[EmulatorError], message: str) -> EmulatorError:
    """413/415 as the reference documents them once the spec lists them for the operation;
    until then 422 (strict mode allows only the statuses the spec lists)."""
    return error(message) if str(error.status) in call.op.responses else Unprocessable(message)


def _contact(call: Call) -> Row:
    contact_id = call.path["contact_id"]
    row = store_contacts.contact(call.store, call.me.organization_id, contact_id)
    if row is None or (
        call.me.is_agent
        and not world_contacts.is_visible(call.world, row["id"], call.me.identity_id or "")
    ):
        raise NotFound(f"Contact {contact_id} not found")
    return row


def list_contacts(call: Call) -> list[dict[str, Any]]:
    query = call.query
    rows = store_contacts.contacts_page(
        call.store,
        call.me.organization_id,
        visible_to=visible_to(call.me),
        q=query.get("q") or None,
        order=query.get("order") or "recent",
        limit=query.get("limit", 50),
        offset=query.get("offset", 0),
        review_status=query.get("review_status") or (),
    )
    return [_as_seen(call, r) for r in rows]


def _as_seen(call: Call, row: Row) -> dict[str, Any]:
    """A contact as the caller reads it: an agent key does not see its hidden groups."""
    if not call.me.is_agent:
        return world_contacts.contact_json(call.world, row)
    seen = world_policy.filter_contact(call.world, row, call.me.identity_id or "")
    if seen is None:  # lists and `_contact` already leave out hidden contacts
        raise NotFound(f"Contact {row['id']} not found")
    return seen


def create_contact(call: Call) -> dict[str, Any]:
    call.me.require_admin("Creating contacts")
    if "permissions" in call.json:
        raise Unprocessable.field(
            ("body", "permissions"), "permissions go to POST /api/v1/contacts/with-permissions"
        )
    row = world_contacts.create_contact(call.world, call.me.organization_id, call.json)
    return world_contacts.contact_json(call.world, row)


def lookup_contacts(call: Call) -> list[dict[str, Any]]:
    given = [k for k in _LOOKUP_KEYS if call.query.get(k)]
    if len(given) != 1:
        raise Unprocessable.field(
            ("query",), f"exactly one of {', '.join(_LOOKUP_KEYS)} is required"
        )
    field = given[0]
    rows = store_contacts.contacts_lookup(
        call.store,
        call.me.organization_id,
        visible_to=visible_to(call.me),
        field=field,
        value=call.query[field],
    )
    return [_as_seen(call, r) for r in rows]


def get_contact(call: Call) -> dict[str, Any]:
    return _as_seen(call, _contact(call))


def update_contact(call: Call) -> dict[str, Any]:
    call.me.require_admin("Updating contacts")
    row = world_contacts.update_contact(call.world, _contact(call), call.json)
    return world_contacts.contact_json(call.world, row)


def delete_contact(call: Call) -> None:
    call.me.require_admin("Deleting contacts")
    store_contacts.contact_delete(call.store, _contact(call)["id"])


# ── access ────────────────────────────────────────────────────────────────────


def list_contact_access(call: Call) -> list[dict[str, Any]]:
    row = _contact(call)
    return [
        world_contacts.access_json(a) for a in store_contacts.access_rows(call.store, row["id"])
    ]


def grant_contact_access(call: Call) -> dict[str, Any]:
    call.me.require_admin("Granting contact access")
    row = _contact(call)
    return world_contacts.access_json(
        world_contacts.grant(call.world, row, call.json.get("identity_id"))
    )


def revoke_contact_access(call: Call) -> None:
    identity_id = call.path["identity_id"]
    forbid_other_identity(
        call.me, identity_id, "Agent keys may revoke only their own contact access"
    )
    world_contacts.revoke(call.world, _contact(call), identity_id)


def _settings_target(call: Call) -> tuple[Row, Row]:
    call.me.require_admin("Contact access settings")
    identity = identity_for(call, call.path["agent_handle"])
    return identity, _contact(call)


def get_contact_access_settings(call: Call) -> dict[str, Any]:
    identity, contact = _settings_target(call)
    return world_policy.access_view(call.world, contact, identity["id"])


def update_contact_access_settings(call: Call) -> dict[str, Any]:
    identity, contact = _settings_target(call)
    return world_policy.update_access(call.world, contact, identity["id"], call.json)


# ── vCards ────────────────────────────────────────────────────────────────────


def import_vcards(call: Call) -> dict[str, Any]:
    """Bulk import: 415 wrong type, 413 over 5 MiB or 1000 cards, 400 not UTF-8, 422 no card."""
    call.me.require_admin("Importing contacts")
    media = call.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media not in _VCARD_TYPES:
        raise _refuse(
            call, UnsupportedMediaType, f"Content-Type must be text/vcard (got {media or 'none'})"
        )
    if len(call.raw_body) > vcard.MAX_IMPORT_BYTES:
        raise _refuse(
            call, PayloadTooLarge, f"vCard payload exceeds {vcard.MAX_IMPORT_BYTES} bytes (5 MiB)"
        )
    try:
        text = call.raw_body.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest("vCard payload is not valid UTF-8") from None
    cards = vcard.parse_cards(text.removeprefix("\ufeff"))
    if not any(c.complete for c in cards):
        raise Unprocessable.field(("body",), "no complete BEGIN:VCARD ... END:VCARD card found")
    if len(cards) > vcard.MAX_IMPORT_CARDS:
        raise _refuse(
            call,
            PayloadTooLarge,
            f"vCard payload has {len(cards)} cards; the limit is {vcard.MAX_IMPORT_CARDS}",
        )
    return world_contacts.import_cards(call.world, call.me.organization_id, cards)


def export_vcard(call: Call) -> Reply:
    contact = world_contacts.contact_json(call.world, _contact(call))
    return Reply(
        vcard.contact_to_vcard(contact),
        media_type="text/vcard; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{vcard.export_filename(contact)}"'},
    )


routes = [
    list_contacts,
    create_contact,
    lookup_contacts,
    get_contact,
    update_contact,
    delete_contact,
    list_contact_access,
    grant_contact_access,
    revoke_contact_access,
    get_contact_access_settings,
    update_contact_access_settings,
    import_vcards,
    export_vcard,
]
