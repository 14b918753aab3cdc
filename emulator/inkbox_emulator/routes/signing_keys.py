"""signing_keys: webhook signing keys per identity, and the guide's organization-wide key.

Guide semantics win for `create_signing_key` (DESIGN): with an admin key it creates or rotates
one org-wide key that signs the webhooks of every identity without a key of its own (current
servers answer 409 there); with an agent key it rotates that agent's identity key, as current
servers do.
"""

from __future__ import annotations

import json
from typing import Any

from ..dispatch import Call, Reply
from ..scoping import identity_for
from ..store import Row
from ..store.core import (
    identity_by_id,
    identity_signing_keys,
    identity_update,
    organization,
    organization_update,
)

__all__ = ["routes"]

# The org-level routes are deprecated (Sunset 2026-08-31); the real server says so in the
# advisory `Inkbox-Notices` header that 0.7.20's `with_response_metadata` collects.
_DEPRECATION = {
    "Inkbox-Notices": json.dumps(
        [
            {
                "code": "deprecated_endpoint",
                "level": "warning",
                "message": "/api/v1/signing-keys is deprecated (Sunset 2026-08-31); use "
                "/api/v1/identities/{agent_handle}/signing-key",
            }
        ]
    ),
    "Sunset": "Mon, 31 Aug 2026 00:00:00 GMT",
}


def _new_key(call: Call) -> str:
    return "whsec_" + call.world.ids.token(40)


def _rotate_identity_key(call: Call, identity_id: str) -> Reply:
    row = identity_by_id(call.store, identity_id)
    assert row is not None
    key, now = _new_key(call), call.world.clock.now_iso()
    identity_update(call.store, identity_id, {"signing_key": key, "signing_key_created_at": now})
    # 201 when the key is new, 200 when it replaced one (the spec allows both).
    return Reply({"signing_key": key, "created_at": now}, status=200 if row["signing_key"] else 201)


def _key_status(identity: Row) -> dict[str, Any]:
    return {
        "configured": identity["signing_key"] is not None,
        "created_at": identity["signing_key_created_at"],
    }


def create_identity_signing_key(call: Call) -> Reply:
    return _rotate_identity_key(call, identity_for(call, call.path["agent_handle"])["id"])


def get_identity_signing_key_status(call: Call) -> dict[str, Any]:
    return _key_status(identity_for(call, call.path["agent_handle"]))


def create_signing_key(call: Call) -> Reply:
    if call.me.identity_id is not None:
        reply = _rotate_identity_key(call, call.me.identity_id)
        return Reply(reply.body, status=201, headers=_DEPRECATION)
    key, now = _new_key(call), call.world.clock.now_iso()
    organization_update(
        call.store, call.me.organization_id, {"signing_key": key, "signing_key_created_at": now}
    )
    return Reply({"signing_key": key, "created_at": now}, status=201, headers=_DEPRECATION)


def get_signing_key_status(call: Call) -> Reply:
    if call.me.identity_id is not None:
        row = identity_by_id(call.store, call.me.identity_id)
        assert row is not None
        return Reply(_key_status(row), headers=_DEPRECATION)
    org = organization(call.store, call.me.organization_id) or {}
    stamps = [org.get("signing_key_created_at")] + [
        r["signing_key_created_at"]
        for r in identity_signing_keys(call.store, call.me.organization_id)
    ]
    present = sorted((s for s in stamps if s), reverse=True)
    status = {"configured": bool(present), "created_at": present[0] if present else None}
    return Reply(status, headers=_DEPRECATION)


routes = [
    create_identity_signing_key,
    get_identity_signing_key_status,
    create_signing_key,
    get_signing_key_status,
]
