"""Tunnels control plane: list, get, update, sign a passthrough CSR (0.7.20), and the guide's
standalone create / delete (24 h `delete_pending`) / force-delete / restore / rotate-secret.

Agent keys see and sign only their own identity's tunnel; the guide-era lifecycle operations
are admin-only.
"""

from __future__ import annotations

from typing import Any

from ..dispatch import Call
from ..errors import NotFound
from ..scoping import forbid_other_identity
from ..store import Row
from ..store import tunnels as store_tunnels
from ..world import tunnels as world_tunnels


def _tunnel(call: Call) -> Row:
    world_tunnels.expire(call.world)
    tunnel_id = call.path["tunnel_id"]
    row = store_tunnels.tunnel(call.store, call.me.organization_id, tunnel_id)
    if row is None or row["status"] == "deleted":
        raise NotFound(f"Tunnel {tunnel_id} not found")
    forbid_other_identity(call.me, row["agent_identity_id"])
    return row


def list_tunnels(call: Call) -> dict[str, Any]:
    world_tunnels.expire(call.world)
    rows = store_tunnels.tunnels_of_org(call.store, call.me.organization_id)
    if call.me.is_agent:
        rows = [r for r in rows if r["agent_identity_id"] == call.me.identity_id]
    return {"tunnels": [world_tunnels.tunnel_json(r, call.world.config) for r in rows]}


def create_tunnel(call: Call) -> dict[str, Any]:
    call.me.require_admin("Creating standalone tunnels")
    row, secret = world_tunnels.create_standalone(call.world, call.me.organization_id, call.json)
    return {"tunnel": world_tunnels.tunnel_json(row, call.world.config), "connect_secret": secret}


def get_tunnel(call: Call) -> dict[str, Any]:
    return world_tunnels.tunnel_json(_tunnel(call), call.world.config)


def update_tunnel(call: Call) -> dict[str, Any]:
    row = world_tunnels.update(call.world, _tunnel(call), call.json)
    return world_tunnels.tunnel_json(row, call.world.config)


def delete_tunnel(call: Call) -> dict[str, Any]:
    call.me.require_admin("Deleting tunnels")
    row = world_tunnels.delete(call.world, _tunnel(call))
    return world_tunnels.tunnel_json(row, call.world.config)


def force_delete_tunnel(call: Call) -> dict[str, Any]:
    call.me.require_admin("Force-deleting tunnels")
    row = world_tunnels.force_delete(call.world, _tunnel(call))
    return world_tunnels.tunnel_json(row, call.world.config)


def restore_tunnel(call: Call) -> dict[str, Any]:
    call.me.require_admin("Restoring tunnels")
    row = world_tunnels.restore(call.world, _tunnel(call))
    return world_tunnels.tunnel_json(row, call.world.config)


def rotate_tunnel_secret(call: Call) -> dict[str, Any]:
    call.me.require_admin("Rotating tunnel secrets")
    return {"connect_secret": world_tunnels.rotate_secret(call.world, _tunnel(call))}


def sign_tunnel_csr(call: Call) -> dict[str, Any]:
    _, signed = world_tunnels.sign_csr(call.world, _tunnel(call), call.json["csr_pem"])
    return signed


routes = [
    list_tunnels,
    create_tunnel,
    get_tunnel,
    update_tunnel,
    delete_tunnel,
    force_delete_tunnel,
    restore_tunnel,
    rotate_tunnel_secret,
    sign_tunnel_csr,
]
