"""Identities: creation (with the mailbox and the other families' channels), JSON, deletion.

`identity_row`, `identity_json` and `agent_identity_ref` are the helpers other families use;
looking an identity up for a caller is `scoping.identity_for`'s.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..errors import Conflict, Unprocessable
from ..store import Row
from ..store.core import (
    api_key_insert,
    identity_by_handle,
    identity_by_id,
    identity_insert,
    identity_update,
    revoke_identity_keys,
)
from ..store.mail import mailbox_of_identity, mailbox_update
from .mailboxes import create_mailbox_for, identity_mailbox_json
from .state import World

__all__ = [
    "FILTER_MODE_FIELDS",
    "agent_identity_ref",
    "create_identity",
    "delete_identity",
    "identity_json",
    "identity_row",
    "mint_agent_key",
    "normalize_handle",
]

# The identity-level filter modes besides the mailbox's own (`mail_filter_mode` lives on it).
FILTER_MODE_FIELDS = (
    "imessage_filter_mode",
    "mail_filter_mode",
    "phone_filter_mode",
    "slack_filter_mode",
    "mail_inbound_filter_mode",
    "mail_outbound_filter_mode",
    "phone_inbound_filter_mode",
    "phone_outbound_filter_mode",
    "slack_inbound_filter_mode",
    "slack_outbound_filter_mode",
)

_HANDLE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?$")


def normalize_handle(raw: str, loc: tuple[str, ...] = ("body", "agent_handle")) -> str:
    """Strip one leading `@` (clients may send it) and check the handle's shape (422)."""
    handle = raw[1:] if raw.startswith("@") else raw
    if not _HANDLE.match(handle):
        raise Unprocessable.field(
            loc,
            "A handle is 1-64 letters, digits, '.', '_' or '-', starting and ending with a letter or digit",
            value=raw,
        )
    return handle


def identity_row(world: World, identity_id: str) -> Row | None:
    return identity_by_id(world.store, identity_id)


def agent_identity_ref(world: World, identity_id: str) -> dict[str, Any] | None:
    row = identity_by_id(world.store, identity_id)
    if row is None:
        return None
    return {
        "id": row["id"],
        "agent_handle": row["agent_handle"],
        "display_name": row["display_name"],
    }


# ── JSON ──────────────────────────────────────────────────────────────────────


def identity_json(world: World, row: Row) -> dict[str, Any]:
    """`AgentIdentitySummary` with every channel embedded (null when absent)."""
    mailbox = mailbox_of_identity(world.store, row["id"])
    modes: dict[str, Any] = row["filter_modes"]
    body: dict[str, Any] = {
        "id": row["id"],
        "organization_id": row["organization_id"],
        "agent_handle": row["agent_handle"],
        "display_name": row["display_name"],
        "description": row["description"],
        "email_address": mailbox["email_address"] if mailbox else None,
        "status": row["status"],
        "imessage_enabled": row["imessage_enabled"],
        "contact_sharing_enabled": row["contact_sharing_enabled"],
        "signing_key_configured": row["signing_key"] is not None,
        "signing_key_created_at": row["signing_key_created_at"],
        "mailbox": identity_mailbox_json(world, mailbox) if mailbox else None,
        "phone_number": None,
        "imessage_number": None,
        "tunnel": None,
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }
    for name in ("imessage_filter_mode", "phone_filter_mode", "slack_filter_mode"):
        body[name] = modes.get(name, "blacklist")
    for name in FILTER_MODE_FIELDS:
        if "_inbound_" in name or "_outbound_" in name:
            body[name] = modes.get(name)
    body["mail_filter_mode"] = (
        mailbox["filter_mode"] if mailbox else modes.get("mail_filter_mode", "blacklist")
    )
    if mailbox:
        body["mail_inbound_filter_mode"] = mailbox["inbound_filter_mode"]
        body["mail_outbound_filter_mode"] = mailbox["outbound_filter_mode"]
    for channel in world.channels:
        if channel.summary is not None:
            body[channel.field] = channel.summary(world, row)
    phone = body.get("phone_number")
    if isinstance(phone, Mapping) and phone.get("filter_mode"):
        body["phone_filter_mode"] = phone["filter_mode"]
    return body


# ── lifecycle ─────────────────────────────────────────────────────────────────


def create_identity(
    world: World,
    organization_id: str,
    body: Mapping[str, Any],
    *,
    handle: str,
    local_part: str | None = None,
) -> Row:
    """Insert an identity with its mailbox and every channel's provisioning (one transaction)."""
    store = world.store
    if identity_by_handle(store, handle) is not None:
        raise Conflict(
            {
                "error": "agent_handle_unavailable",
                "code": "agent_handle_unavailable",
                "blocking_namespace": "identities",
                "message": f"Handle {handle!r} is already taken",
            }
        )
    now = world.clock.now_iso()
    display_name = body.get("display_name") or handle
    row: Row = {
        "id": world.ids.uuid(),
        "organization_id": organization_id,
        "agent_handle": handle,
        "display_name": display_name,
        "description": body.get("description"),
        "status": "active",
        "imessage_enabled": bool(body.get("imessage_enabled", False)),
        "contact_sharing_enabled": bool(body.get("contact_sharing_enabled", True)),
        "filter_modes": {},
        "created_at": now,
        "updated_at": now,
    }
    identity_insert(store, row)
    identity = identity_by_id(store, row["id"])
    assert identity is not None
    mailbox_options = dict(body.get("mailbox") or {})
    if local_part is not None:
        mailbox_options.setdefault("email_local_part", local_part)
    create_mailbox_for(world, identity, mailbox_options)
    for channel in world.channels:
        if channel.provision is not None:
            channel.provision(world, identity, body.get(channel.field))
    return identity


def update_identity_fields(world: World, row: Row, changes: Mapping[str, Any]) -> Row:
    """Apply an `AgentIdentityUpdate` body (already scope- and admin-checked)."""
    store = world.store
    columns: dict[str, Any] = {}
    for name in (
        "display_name",
        "description",
        "imessage_enabled",
        "contact_sharing_enabled",
        "status",
    ):
        if name in changes:
            columns[name] = changes[name]
    if "agent_handle" in changes:  # the guide's rename
        new = normalize_handle(changes["agent_handle"])
        if new != row["agent_handle"]:
            if identity_by_handle(store, new) is not None:
                raise Conflict(
                    {
                        "error": "agent_handle_unavailable",
                        "blocking_namespace": "identities",
                        "message": f"Handle {new!r} is already taken",
                    }
                )
            columns["agent_handle"] = new
    modes = dict(row["filter_modes"])
    for name in FILTER_MODE_FIELDS:
        if name in changes:
            modes[name] = changes[name]
    if modes != row["filter_modes"]:
        columns["filter_modes"] = modes
    mailbox = mailbox_of_identity(store, row["id"])
    if mailbox is not None:
        mail: dict[str, Any] = {}
        if "mail_filter_mode" in changes:
            mail["filter_mode"] = changes["mail_filter_mode"]
        for side in ("inbound", "outbound"):
            if f"mail_{side}_filter_mode" in changes:
                mail[f"{side}_filter_mode"] = changes[f"mail_{side}_filter_mode"]
        if mail:
            mailbox_update(store, mailbox["id"], {**mail, "updated_at": world.clock.now_iso()})
    if columns:
        columns["updated_at"] = world.clock.now_iso()
        identity_update(store, row["id"], columns)
    updated = identity_by_id(store, row["id"])
    assert updated is not None
    for channel in world.channels:
        if channel.on_update is not None:
            channel.on_update(world, updated, changes)
    return updated


def mint_agent_key(
    world: World, identity: Row, *, label: str, created_by: str, creator_type: str
) -> tuple[str, str]:
    """A new agent-scoped key acting as `identity`; returns (secret, key id)."""
    secret = "isk_test_" + world.ids.token(40)
    key_id = world.ids.uuid()
    api_key_insert(
        world.store,
        {
            "id": key_id,
            "secret": secret,
            "organization_id": identity["organization_id"],
            "scope": "agent",
            "identity_id": identity["id"],
            "label": label,
            "created_by": created_by,
            "creator_type": creator_type,
            "created_at": world.clock.now_iso(),
        },
    )
    return secret, key_id


def delete_identity(world: World, row: Row) -> None:
    """The guide's delete: channels are unlinked, not deleted (the mailbox keeps its mail)."""
    store = world.store
    now = world.clock.now_iso()
    mailbox = mailbox_of_identity(store, row["id"])
    if mailbox is not None:
        mailbox_update(store, mailbox["id"], {"identity_id": None, "updated_at": now})
    for channel in world.channels:
        if channel.on_delete is not None:
            channel.on_delete(world, row)
    revoke_identity_keys(store, row["id"], now)
    identity_update(store, row["id"], {"deleted_at": now, "updated_at": now})
    world.keys.clear()
