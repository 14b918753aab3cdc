"""domains: list the organization's custom sending domains; make one the default (admin only).

The spec has no operation that registers a domain (the console does that), so tests add them
with the `/_emulator/domains` hook.
"""

from __future__ import annotations

from typing import Any

from ..dispatch import Call
from ..errors import NotFound, Unprocessable
from ..store import Row
from ..store.core import organization
from ..store.mail import domain_by_name, domains
from ..store.mail import set_default_domain as store_default

__all__ = ["domain_json", "routes"]


def domain_json(row: Row, default: str | None) -> dict[str, Any]:
    return {
        "id": row["id"],
        "domain": row["domain"],
        "status": row["status"],
        "is_default": row["domain"] == default,
        "verified_at": row["verified_at"],
    }


def list_domains(call: Call) -> list[dict[str, Any]]:
    org = organization(call.store, call.me.organization_id) or {}
    rows = domains(call.store, call.me.organization_id, call.query.get("status"))
    return [domain_json(r, org.get("default_domain")) for r in rows]


def set_default_domain(call: Call) -> dict[str, Any]:
    call.me.require_admin("Setting the default domain")
    name = call.path["domain_name"].strip().lower()
    if name == call.world.config.mail_domain:
        store_default(call.store, call.me.organization_id, None)
        return {"default_domain": None}
    row = domain_by_name(call.store, call.me.organization_id, name)
    if row is None:
        raise NotFound(f"Domain {name!r} not found")
    if row["status"] != "verified":
        raise Unprocessable.field(
            ("path", "domain_name"),
            f"Domain {name!r} is not verified (status {row['status']})",
            value=name,
        )
    store_default(call.store, call.me.organization_id, row["domain"])
    return {"default_domain": row["domain"]}


routes = [list_domains, set_default_domain]
