"""`whoami`: what the calling key is (`GET /api/whoami`, no `/v1`)."""

from __future__ import annotations

from typing import Any

from ..dispatch import Call
from ..store.core import api_key_row

__all__ = ["routes"]


def whoami(call: Call) -> dict[str, Any]:
    me = call.me
    key = api_key_row(call.store, me.key_id)
    assert key is not None
    return {
        "auth_type": "api_key",
        "auth_subtype": me.auth_subtype,
        "scope": f"organization:{me.organization_id}"
        if me.is_admin
        else f"identity:{me.identity_id}",
        "organization_id": me.organization_id,
        "created_by": key["created_by"],
        "creator_type": key["creator_type"],
        "key_id": me.key_id,
        "label": key["label"],
        "description": key["description"],
        "created_at": key["created_at"],
        "last_used_at": call.world.keys.last_used.get(me.key_id),
        "expires_at": key["expires_at"],
    }


routes = [whoami]
