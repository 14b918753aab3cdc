"""Mailboxes: the caller's mailbox by address, sending domains, creating (or adopting) an
identity's mailbox, and the `Mailbox` JSON.

Looking a mailbox up for a caller is `scoping.mailbox_for`'s; sending and delivering mail is
`world.mail`'s.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import Conflict, Unprocessable
from ..store import Row
from ..store.core import organization
from ..store.mail import (
    domain_by_id,
    domain_by_name,
    mailbox_by_address,
    mailbox_insert,
    mailbox_storage_bytes,
    mailbox_update,
)
from .state import World

__all__ = [
    "STORAGE_LIMIT_BYTES",
    "create_mailbox_for",
    "identity_mailbox_json",
    "mailbox_json",
    "resolve_sending_domain",
]

STORAGE_LIMIT_BYTES = 2 * 1024**3


def platform_domain(world: World) -> str:
    return world.config.mail_domain


def resolve_sending_domain(
    world: World, org_id: str, options: Mapping[str, Any], *, loc: tuple[str, ...]
) -> str:
    """`sending_domain` semantics: key absent -> org default; null -> platform; name -> verified."""
    platform = platform_domain(world)
    if "sending_domain" not in options:
        org = organization(world.store, org_id)
        return (org or {}).get("default_domain") or platform
    name = options["sending_domain"]
    if name is None or name.lower() == platform:
        return platform
    domain = domain_by_name(world.store, org_id, name)
    if domain is None or domain["status"] != "verified":
        raise Unprocessable.field(
            loc, f"{name!r} is not a verified sending domain of this organization", value=name
        )
    return str(domain["domain"])


def create_mailbox_for(
    world: World, identity: Row, options: Mapping[str, Any], *, legacy: bool = False
) -> Row:
    """Provision (or adopt) the identity's mailbox.

    On the platform domain the local part is the handle (`email_local_part` is honoured only by
    the guide-era `create_mailbox` and on custom domains). An unowned mailbox of the same org at
    the same address (left by a deleted identity) is adopted rather than refused.
    """
    store = world.store
    org_id = identity["organization_id"]
    if "sending_domain_id" in options:  # the guide-era create_mailbox names a domain row id
        domain = _domain_from_id(world, org_id, options["sending_domain_id"])
    else:
        domain = resolve_sending_domain(
            world, org_id, options, loc=("body", "mailbox", "sending_domain")
        )
    local = identity["agent_handle"]
    if (legacy or domain != platform_domain(world)) and options.get("email_local_part"):
        local = str(options["email_local_part"])
    address = f"{local}@{domain}".lower()
    now = world.clock.now_iso()
    existing = mailbox_by_address(store, address)
    if existing is not None:
        if existing["organization_id"] == org_id and existing["identity_id"] is None:
            mailbox_update(
                store, existing["id"], {"identity_id": identity["id"], "updated_at": now}
            )
            adopted = mailbox_by_address(store, address)
            assert adopted is not None
            return adopted
        raise Conflict(
            {
                "error": "agent_handle_unavailable",
                "code": "agent_handle_unavailable",
                "blocking_namespace": "mail",
                "message": f"The address {address} is already taken",
            }
        )
    row: Row = {
        "id": world.ids.uuid(),
        "organization_id": org_id,
        "identity_id": identity["id"],
        "email_address": address,
        "sending_domain": domain,
        "display_name": options.get("display_name"),
        "created_at": now,
        "updated_at": now,
    }
    mailbox_insert(store, row)
    created = mailbox_by_address(store, address)
    assert created is not None
    return created


def _domain_from_id(world: World, org_id: str, domain_id: str | None) -> str:
    if domain_id is None:
        return platform_domain(world)
    domain = domain_by_id(world.store, org_id, domain_id)
    if domain is None or domain["status"] != "verified":
        raise Unprocessable.field(
            ("body", "sending_domain_id"),
            "Not a verified sending domain of this organization",
            value=domain_id,
        )
    return str(domain["domain"])


def identity_mailbox_json(world: World, row: Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "email_address": row["email_address"],
        "sending_domain": row["sending_domain"],
        "display_name": row["display_name"],
        "filter_mode": row["filter_mode"],
        "inbound_filter_mode": row["inbound_filter_mode"],
        "outbound_filter_mode": row["outbound_filter_mode"],
        "agent_identity_id": row["identity_id"],
        "filter_mode_change_notice": None,
        "signature_html": row["signature_html"],
        "signature_text": row["signature_text"],
        "signature_enabled": bool(row["signature_enabled"]),
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def mailbox_json(world: World, row: Row, notice: dict[str, Any] | None = None) -> dict[str, Any]:
    body = identity_mailbox_json(world, row)
    body["filter_mode_change_notice"] = notice
    body["webhook_url"] = row["webhook_url"]
    body["storage_used_bytes"] = mailbox_storage_bytes(world.store, row["id"])
    body["storage_limit_bytes"] = STORAGE_LIMIT_BYTES
    return body
