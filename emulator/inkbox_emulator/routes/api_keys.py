"""api_keys: minting keys. Admin keys may mint identity-scoped keys only (the server keeps
unscoped keys for console users); agent keys may mint none. A minted key authenticates at
once, with the scope it was given (`auth.KeyCache` reads the same table)."""

from __future__ import annotations

from typing import Any

from ..dispatch import Call
from ..errors import Forbidden
from ..scoping import identity_or_404
from ..store.core import api_key_insert

__all__ = ["routes"]


def create_api_key(call: Call) -> dict[str, Any]:
    me, body = call.me, call.json
    me.require_admin("Creating an API key")
    scoped = body.get("scoped_identity_id")
    if scoped is None:
        raise Forbidden(
            "An admin-scoped API key may only create identity-scoped keys; pass scoped_identity_id"
        )
    identity = identity_or_404(call.store, me, scoped.lower())
    world = call.world
    secret = "isk_test_" + world.ids.token(40)
    key_id = "ApiKey_" + world.ids.uuid()
    now = world.clock.now_iso()
    row = {
        "id": key_id,
        "secret": secret,
        "organization_id": me.organization_id,
        "scope": "agent",
        "identity_id": identity["id"],
        "label": body["label"],
        "description": body.get("description"),
        "created_by": me.key_id,
        "creator_type": "api_key",
        "created_at": now,
    }
    api_key_insert(call.store, row)
    record = {
        "id": key_id,
        "organization_id": me.organization_id,
        "created_by": me.key_id,
        "creator_type": "api_key",
        "scoped_identity_id": identity["id"],
        "label": row["label"],
        "description": row["description"],
        "status": "active",
        "last4": secret[-4:],
        "display_prefix": key_id[:15],
        "last_used_at": None,
        "expires_at": None,
        "revoked_at": None,
        "created_at": now,
        "updated_at": now,
    }
    return {"api_key": secret, "record": record}


routes = [create_api_key]
