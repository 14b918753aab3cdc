"""Tunnels (control plane) in the simulated world: one tunnel per identity (0.7.20), the
guide-era standalone tunnels (create with a once-shown `connect_secret`, delete into a 24 h
`delete_pending` grace, restore, rotate the secret), and passthrough certificate signing by the
emulator's own CA.

The data plane (the edge that listeners connect to) is not here; it authenticates with
`verify_connect_secret` and reports presence through `mark_connected` / `mark_disconnected`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from ..clock import iso, parse_iso
from ..config import EmulatorConfig
from ..errors import Conflict, TooManyRequests, Unprocessable
from ..store import Row, dumps, loads
from ..store import tunnels as store_tunnels
from .seams import IdentityChannel
from .state import World

__all__ = [
    "CHANNEL",
    "RESTORE_GRACE",
    "create_standalone",
    "delete",
    "mark_connected",
    "mark_disconnected",
    "restore",
    "rotate_secret",
    "sign_csr",
    "tunnel_json",
    "verify_connect_secret",
]

RESTORE_GRACE = timedelta(hours=24)
CERT_LIFETIME = timedelta(days=90)
CREATES_PER_DAY = 10
ROTATIONS_PER_DAY = 5
METADATA_MAX_BYTES = 4096
_DAY = timedelta(days=1)
_HEX = tuple("0123456789abcdef")
_NAME = re.compile(r"[a-z0-9](?:[a-z0-9-]{1,61})[a-z0-9]")
# Names the platform keeps for itself (a 409 like any taken name).
RESERVED_NAMES = frozenset(
    {"www", "api", "app", "admin", "mail", "edge", "status", "inkbox", "system", "connect"}
)


def tunnel_json(row: Row, config: EmulatorConfig) -> dict[str, Any]:
    """`Tunnel` (the guide-era `description` / `restore_deadline_at` included, null when unused).

    `zone` and `public_host` follow the edge's `--tunnel-zone` / `--tunnel-edge-port`."""
    return {
        "id": row["id"],
        "organization_id": row["organization_id"],
        "tunnel_name": row["tunnel_name"],
        "agent_identity_id": row["agent_identity_id"],
        "description": row["description"],
        "tls_mode": row["tls_mode"],
        "cert_pem": row["cert_pem"],
        "cert_fingerprint_sha256": row["cert_fingerprint_sha256"],
        "cert_expires_at": row["cert_expires_at"],
        "status": row["status"],
        "last_connected_at": row["last_connected_at"],
        "last_connected_ip_addr": row["last_connected_ip_addr"],
        "last_disconnected_at": row["last_disconnected_at"],
        "restore_deadline_at": row["restore_deadline_at"],
        "currently_connected": bool(row["currently_connected"]),
        "public_host": f"{row['tunnel_name']}.{config.tunnel_host_zone}",
        "zone": config.tunnel_zone,
        "metadata": loads(row["metadata"]) or {},
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def summary_json(row: Row, config: EmulatorConfig) -> dict[str, Any]:
    """`TunnelSummary` as embedded in identity payloads."""
    full = tunnel_json(row, config)
    keys = (
        "id",
        "tunnel_name",
        "agent_identity_id",
        "tls_mode",
        "status",
        "public_host",
        "zone",
        "created_at",
        "updated_at",
    )
    return {k: full[k] for k in keys}


def _new_row(world: World, org_id: str, name: str, tls_mode: str, identity_id: str | None) -> Row:
    now = world.clock.now_iso()
    return {
        "id": world.ids.uuid(),
        "organization_id": org_id,
        "tunnel_name": name,
        "agent_identity_id": identity_id,
        "description": None,
        "tls_mode": tls_mode,
        "cert_pem": None,
        "cert_fingerprint_sha256": None,
        "cert_expires_at": None,
        # Edge tunnels work at once; passthrough ones wait for a signed certificate.
        "status": "active" if tls_mode == "edge" else "awaiting_cert",
        "last_connected_at": None,
        "last_connected_ip_addr": None,
        "last_disconnected_at": None,
        "currently_connected": 0,
        "metadata": "{}",
        "connect_secret_sha256": None,
        "restore_deadline_at": None,
        "created_at": now,
        "updated_at": now,
    }


def expire(world: World) -> None:
    """Finish the grace periods that ran out (lazily, before any tunnel read)."""
    store_tunnels.expire_pending(world.store, world.clock.now_iso())


def _secret(world: World) -> tuple[str, str]:
    secret = "tnl_" + "".join(world.ids.choice(_HEX) for _ in range(48))
    return secret, hashlib.sha256(secret.encode()).hexdigest()


# ── guide-era standalone tunnels ─────────────────────────────────────────────


def create_standalone(world: World, org_id: str, body: Mapping[str, Any]) -> tuple[Row, str]:
    """LEG-TN-1: a named tunnel of the organisation plus its connect secret (shown once)."""
    expire(world)
    name = str(body["tunnel_name"]).removeprefix("@").lower()
    if not _NAME.fullmatch(name) or "--" in name:
        raise Unprocessable.field(
            ("body", "tunnel_name"),
            "3-63 of a-z, 0-9 and '-', alphanumeric at both ends, no '--'",
            value=name,
        )
    description = body.get("description")
    if description is not None and len(description) > 1000:
        raise Unprocessable.field(
            ("body", "description"), "at most 1000 characters", value=len(description)
        )
    if name in RESERVED_NAMES:
        raise Conflict(f"Tunnel name '{name}' is reserved")
    holder = store_tunnels.live_tunnel_by_name(world.store, name)
    if holder is not None:
        state = "pending removal" if holder["status"] == "delete_pending" else "in use"
        raise Conflict(f"Tunnel name '{name}' is {state}")
    since = iso(world.clock.now() - _DAY)
    if (
        len(store_tunnels.events_since(world.store, org_id=org_id, kind="create", since=since))
        >= CREATES_PER_DAY
    ):
        raise TooManyRequests(
            f"At most {CREATES_PER_DAY} tunnel creates per organization per day", retry_after=3600
        )
    row = _new_row(world, org_id, name, body.get("tls_mode") or "edge", None)
    secret, digest = _secret(world)
    row.update(description=description, connect_secret_sha256=digest)
    store_tunnels.tunnel_insert(world.store, row)
    store_tunnels.event_add(world.store, row["id"], org_id, "create", row["created_at"])
    return row, secret


def update(world: World, row: Row, body: Mapping[str, Any]) -> Row:
    changes: Row = {}
    if "metadata" in body:
        metadata = body["metadata"] or {}
        if len(json.dumps(metadata, separators=(",", ":")).encode()) > METADATA_MAX_BYTES:
            raise Unprocessable.field(
                ("body", "metadata"), f"at most {METADATA_MAX_BYTES} bytes serialised"
            )
        changes["metadata"] = dumps(metadata)
    if "description" in body:
        changes["description"] = body["description"]
    if changes:
        changes["updated_at"] = world.clock.now_iso()
        store_tunnels.tunnel_update(world.store, row["id"], changes)
    return {**row, **changes}


def delete(world: World, row: Row) -> Row:
    """LEG-TN-2: stop traffic now, hold the name for 24 h (`delete_pending`)."""
    if row["status"] == "delete_pending":
        raise Conflict("tunnel is already in delete_pending state")
    now = world.clock.now()
    return _stop(world, row, now, "delete_pending", iso(now + RESTORE_GRACE))


def restore(world: World, row: Row) -> Row:
    """LEG-TN-3: back from `delete_pending` (409 from any other state)."""
    if row["status"] != "delete_pending":
        raise Conflict(f"tunnel is not in delete_pending state (status {row['status']})")
    status = (
        "awaiting_cert" if row["tls_mode"] == "passthrough" and not row["cert_pem"] else "active"
    )
    changes = {"status": status, "restore_deadline_at": None, "updated_at": world.clock.now_iso()}
    store_tunnels.tunnel_update(world.store, row["id"], changes)
    return {**row, **changes}


def force_delete(world: World, row: Row) -> Row:
    """LEG-TN-4: straight to `deleted` (no restore window); the name is free again."""
    return _stop(world, row, world.clock.now(), "deleted", None)


def _stop(world: World, row: Row, now: datetime, status: str, restore_deadline: str | None) -> Row:
    """Take a tunnel out of service at `now`: its traffic stops and a live connection drops."""
    changes = {
        "status": status,
        "restore_deadline_at": restore_deadline,
        "currently_connected": 0,
        "last_disconnected_at": iso(now)
        if row["currently_connected"]
        else row["last_disconnected_at"],
        "updated_at": iso(now),
    }
    store_tunnels.tunnel_update(world.store, row["id"], changes)
    return {**row, **changes}


def rotate_secret(world: World, row: Row) -> str:
    """LEG-TN-5: a new connect secret (live connections keep working until they reconnect)."""
    since = iso(world.clock.now() - _DAY)
    used = store_tunnels.events_since(
        world.store, org_id=row["organization_id"], kind="rotate", since=since, tunnel_id=row["id"]
    )
    if len(used) >= ROTATIONS_PER_DAY:
        retry = int((parse_iso(used[0]) + _DAY - world.clock.now()).total_seconds()) + 1
        raise TooManyRequests(
            f"At most {ROTATIONS_PER_DAY} secret rotations per tunnel per day", retry_after=retry
        )
    secret, digest = _secret(world)
    now = world.clock.now_iso()
    store_tunnels.tunnel_update(
        world.store, row["id"], {"connect_secret_sha256": digest, "updated_at": now}
    )
    store_tunnels.event_add(world.store, row["id"], row["organization_id"], "rotate", now)
    return secret


def sign_csr(world: World, row: Row, csr_pem: str) -> tuple[Row, dict[str, Any]]:
    """TN-4: sign a passthrough tunnel's CSR (CN = public host) with the emulator CA."""
    from .. import tunnel_ca

    if row["tls_mode"] != "passthrough":
        raise Conflict("CSR signing needs tls_mode passthrough; this tunnel uses tls_mode edge")
    if row["status"] not in ("awaiting_cert", "active"):
        raise Conflict(f"tunnel is in {row['status']} state")
    host = f"{row['tunnel_name']}.{world.config.tunnel_host_zone}"
    now = world.clock.now()
    signed = tunnel_ca.sign(world, csr_pem, host, not_before=now, not_after=now + CERT_LIFETIME)
    changes = {
        "cert_pem": signed["cert_pem"],
        "cert_fingerprint_sha256": signed["cert_fingerprint_sha256"],
        "cert_expires_at": signed["cert_expires_at"],
        "status": "active",
        "updated_at": iso(now),
    }
    store_tunnels.tunnel_update(world.store, row["id"], changes)
    return {**row, **changes}, signed


# ── data-plane seam ───────────────────────────────────────────────────────────


def verify_connect_secret(world: World, tunnel_id: str, secret: str) -> Row | None:
    """The live tunnel this guide-era connect secret opens, or None (constant-time compare)."""
    row = store_tunnels.tunnel_by_id(world.store, tunnel_id)
    if (
        row is None
        or row["status"] not in ("active", "awaiting_cert")
        or not row["connect_secret_sha256"]
    ):
        return None
    digest = hashlib.sha256(secret.encode()).hexdigest()
    return row if hmac.compare_digest(digest, row["connect_secret_sha256"]) else None


def mark_connected(world: World, tunnel_id: str, ip_addr: str) -> None:
    now = world.clock.now_iso()
    store_tunnels.tunnel_update(
        world.store,
        tunnel_id,
        {
            "currently_connected": 1,
            "last_connected_at": now,
            "last_connected_ip_addr": ip_addr,
            "updated_at": now,
        },
    )


def mark_disconnected(world: World, tunnel_id: str) -> None:
    now = world.clock.now_iso()
    store_tunnels.tunnel_update(
        world.store,
        tunnel_id,
        {"currently_connected": 0, "last_disconnected_at": now, "updated_at": now},
    )


# ── the identity channel ─────────────────────────────────────────────────────


def _summary(world: World, identity: Row) -> dict[str, Any] | None:
    row = store_tunnels.tunnel_of_identity(world.store, identity["id"])
    return None if row is None else summary_json(row, world.config)


def _provision(world: World, identity: Row, options: Any) -> None:
    """Every identity gets a tunnel named after its handle (0.7.20's 1:1:1 model)."""
    expire(world)
    tls_mode = "edge"
    if isinstance(options, Mapping) and options.get("tls_mode"):
        tls_mode = str(options["tls_mode"])
    name = str(identity["agent_handle"]).lower()
    holder = store_tunnels.live_tunnel_by_name(world.store, name)
    if holder is not None:
        raise Conflict(f"Tunnel name '{name}' is already in use")
    row = _new_row(world, identity["organization_id"], name, tls_mode, identity["id"])
    store_tunnels.tunnel_insert(world.store, row)


def _on_update(world: World, identity: Row, changes: Mapping[str, Any]) -> None:
    # The guide-era rename (`identity.update(new_handle=...)`) renames the tunnel with it.
    handle = changes.get("agent_handle")
    row = store_tunnels.tunnel_of_identity(world.store, identity["id"])
    if handle and row is not None and row["tunnel_name"] != str(handle).lower():
        store_tunnels.tunnel_update(
            world.store,
            row["id"],
            {"tunnel_name": str(handle).lower(), "updated_at": world.clock.now_iso()},
        )


def _on_delete(world: World, identity: Row) -> None:
    row = store_tunnels.tunnel_of_identity(world.store, identity["id"])
    if row is not None:
        now = world.clock.now_iso()
        store_tunnels.tunnel_update(
            world.store,
            row["id"],
            {"status": "deleted", "currently_connected": 0, "updated_at": now},
        )


CHANNEL = IdentityChannel("tunnel", _summary, _provision, _on_update, _on_delete)
