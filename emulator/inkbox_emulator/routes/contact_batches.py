"""Contacts made or changed together: create with one identity's permissions, merge, bulk
delete and the multi-contact vCard export (admin keys, but the export: agents export the
contacts they can see)."""

from __future__ import annotations

from typing import Any

from ..dispatch import Call
from ..errors import Unprocessable
from ..world import contact_batches, contact_policy
from ..world import contacts as world_contacts
from .contacts import _contact


def create_contact_with_permissions(call: Call) -> dict[str, Any]:
    call.me.require_admin("Creating contacts")
    body = call.json
    if "permissions" not in body:
        raise Unprocessable.field(("body", "permissions"), "Field required", kind="missing")
    row = world_contacts.create_contact(call.world, call.me.organization_id, body)
    contact_policy.create_permissions(call.world, row, body["permissions"])
    return world_contacts.contact_json(call.world, row)


def merge_contacts(call: Call) -> dict[str, Any]:
    call.me.require_admin("Merging contacts")
    row = contact_batches.merge(
        call.world,
        _contact(call),
        call.json["losing_contact_ids"],
        call.json.get("field_sources") or {},
    )
    return world_contacts.contact_json(call.world, row)


def bulk_delete_contacts(call: Call) -> dict[str, Any]:
    call.me.require_admin("Deleting contacts")
    return contact_batches.bulk_delete(
        call.world, call.me.organization_id, call.json["contact_ids"]
    )


def export_vcards(call: Call) -> dict[str, Any]:
    me = call.me
    return contact_batches.export_vcards(
        call.world,
        me.organization_id,
        call.json["contact_ids"],
        lambda row: (
            not me.is_agent
            or world_contacts.is_visible(call.world, row["id"], me.identity_id or "")
        ),
    )


routes = [create_contact_with_permissions, merge_contacts, bulk_delete_contacts, export_vcards]
