"""The vault's REST surface. The server never decrypts: it keeps every wrapped key and
encrypted payload byte for byte as the client sent it, plus the client-chosen ids that double
as AES-GCM associated data, so a vault written by one client unlocks in another.

Key scopes: admin keys manage the vault (initialize, keys, grants) and see every secret; an
agent key sees the secrets shared with its identity - in lists, in the unlock bundle, by id -
may create secrets (shared with itself at once), share a secret it sees with itself again
(idempotent), and edit or delete the secrets it sees.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from ..dispatch import Call, Reply
from ..errors import BadRequest, Conflict, Forbidden, NotFound, Unprocessable
from ..scoping import forbid_other_identity, identity_or_404, visible_to
from ..store import Row
from ..store import vault as store_vault

# AES-256-GCM blob: ciphertext || 12-byte nonce || 16-byte tag (crypto-formats §1.5).
_MIN_BLOB = 12 + 16


def _blob(value: str, field: str) -> str:
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise Unprocessable.field(
            ("body", field), "must be standard base64", value=value[:40]
        ) from None
    if len(raw) < _MIN_BLOB:
        raise Unprocessable.field(
            ("body", field), "too short for an AES-256-GCM blob (nonce + tag)"
        )
    return value


def _vault(call: Call) -> Row:
    row = store_vault.vault_of_org(call.store, call.me.organization_id)
    if row is None:
        raise NotFound("Vault has not been initialized")
    return row


def _access_json(row: Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "vault_secret_id": row["secret_id"],
        "identity_id": row["identity_id"],
        "created_at": row["created_at"],
    }


def _secret_json(call: Call, row: Row, *, detail: bool = False) -> dict[str, Any]:
    access = store_vault.access_rows(call.store, row["id"])
    if call.me.is_agent:
        access = [a for a in access if a["identity_id"] == call.me.identity_id]
    out = {
        "id": row["id"],
        "name": row["name"],
        "description": row["description"],
        "secret_type": row["secret_type"],
        "access": [_access_json(a) for a in access],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }
    if detail:
        out["encrypted_payload"] = row["encrypted_payload"]
    return out


def _key_json(row: Row) -> dict[str, Any]:
    return {k: row[k] for k in ("id", "key_type", "created_by", "created_at", "updated_at")}


def _secret(call: Call, vault: Row) -> Row:
    secret_id = call.path["secret_id"]
    row = store_vault.secret(call.store, vault["id"], secret_id)
    if row is None or (
        call.me.is_agent
        and store_vault.access_row(call.store, row["id"], call.me.identity_id or "") is None
    ):
        raise NotFound(f"Secret {secret_id} not found")
    return row


# ── vault and keys ────────────────────────────────────────────────────────────


def get_vault_info(call: Call) -> dict[str, Any]:
    vault = _vault(call)
    counts = store_vault.counts(call.store, vault["id"])
    return {
        "id": vault["id"],
        # The Argon2id salt of every client: it must equal whoami's organization_id.
        "organization_id": vault["organization_id"],
        "created_at": vault["created_at"],
        "updated_at": vault["updated_at"],
        "key_count": int(counts["key_count"]),
        "secret_count": int(counts["secret_count"]),
        "recovery_key_count": int(counts["recovery_key_count"]),
    }


def _key_row(
    call: Call, vault_id: str, material: dict[str, Any], key_type: str, where: tuple[str | int, ...]
) -> Row:
    if material["key_type"] != key_type:
        raise Unprocessable.field(
            (*where, "key_type"), f"must be {key_type}", value=material["key_type"]
        )
    if store_vault.key_id_taken(call.store, material["id"]):
        raise Conflict(f"Vault key id {material['id']} already exists")
    now = call.world.clock.now_iso()
    return {
        "id": material["id"],
        "vault_id": vault_id,
        "key_type": key_type,
        "auth_hash": material["auth_hash"],
        "wrapped_org_encryption_key": _blob(
            material["wrapped_org_encryption_key"], "wrapped_org_encryption_key"
        ),
        "created_by": call.me.key_id,
        "created_at": now,
        "updated_at": now,
    }


def initialize_vault(call: Call) -> dict[str, Any]:
    call.me.require_admin("Initializing the vault")
    if store_vault.vault_of_org(call.store, call.me.organization_id) is not None:
        raise Conflict("This organization already has an active vault")
    body, now = call.json, call.world.clock.now_iso()
    vault = {
        "id": call.world.ids.uuid(),
        "organization_id": call.me.organization_id,
        "status": "active",
        "created_at": now,
        "updated_at": now,
    }
    store_vault.vault_insert(call.store, vault)
    rows = [_key_row(call, vault["id"], body["vault_key"], "primary", ("body", "vault_key"))]
    rows += [
        _key_row(call, vault["id"], m, "recovery", ("body", "recovery_keys", i))
        for i, m in enumerate(body["recovery_keys"])
    ]
    if len({r["auth_hash"] for r in rows}) != len(rows):
        raise Unprocessable.field(("body", "recovery_keys"), "every key needs its own auth_hash")
    for row in rows:
        store_vault.key_insert(call.store, row)
    return {
        "vault_id": vault["id"],
        "vault_key_id": rows[0]["id"],
        "recovery_key_count": len(rows) - 1,
    }


def get_vault_unlock_bundle(call: Call) -> dict[str, Any]:
    """The wrapped org key for `auth_hash` (null when it matches no key) and the ciphertexts
    this key may see. Without `auth_hash`, every key's wrapped copy (the plural field)."""
    vault = _vault(call)
    auth_hash = call.query.get("auth_hash")
    secrets = [
        _secret_json(call, s, detail=True)
        for s in store_vault.secrets(call.store, vault["id"], visible_to=visible_to(call.me))
    ]
    if auth_hash is None:
        keys = store_vault.keys(call.store, vault["id"])
        wrapped = [
            {k: r[k] for k in ("id", "auth_hash", "wrapped_org_encryption_key")} for r in keys
        ]
        return {
            "wrapped_org_encryption_key": None,
            "wrapped_org_encryption_keys": wrapped,
            "encrypted_secrets": secrets,
        }
    key = store_vault.key_by_hash(call.store, vault["id"], auth_hash)
    return {
        "wrapped_org_encryption_key": key["wrapped_org_encryption_key"] if key else None,
        "wrapped_org_encryption_keys": None,
        # Without a matching key there is nothing to open; keep the ciphertexts back too.
        "encrypted_secrets": secrets if key else [],
    }


def list_vault_keys(call: Call) -> list[dict[str, Any]]:
    vault = _vault(call)
    key_type = call.query.get("type")
    return [
        _key_json(r)
        for r in store_vault.keys(call.store, vault["id"], key_type.lower() if key_type else None)
    ]


def update_vault_primary_key(call: Call) -> dict[str, Any]:
    """Replace the primary key, proven by the current key's or a recovery code's auth hash.
    The old primary is deleted; a recovery key used here is consumed."""
    call.me.require_admin("Changing the vault key")
    vault, body = _vault(call), call.json
    current, recovery = body.get("current_auth_hash"), body.get("recovery_auth_hash")
    if (current is None) == (recovery is None):
        raise BadRequest("Send exactly one of current_auth_hash or recovery_auth_hash")
    primaries = store_vault.keys(call.store, vault["id"], "primary")
    if current is not None:
        proof = next((k for k in primaries if k["auth_hash"] == current), None)
    else:
        proof = store_vault.key_by_hash(call.store, vault["id"], str(recovery))
        proof = proof if proof and proof["key_type"] == "recovery" else None
    if proof is None:
        raise Forbidden("The current key or recovery code does not match this vault")
    if store_vault.key_by_hash(call.store, vault["id"], body["auth_hash"]) is not None:
        raise Unprocessable.field(("body", "auth_hash"), "this key is already a key of the vault")
    for old in primaries:
        store_vault.key_delete(call.store, old["id"])
    if recovery is not None:
        store_vault.key_delete(call.store, proof["id"])
    row = _key_row(call, vault["id"], {**body, "key_type": "primary"}, "primary", ("body",))
    store_vault.key_insert(call.store, row)
    store_vault.touch_vault(call.store, vault["id"], row["created_at"])
    return _key_json(row)


def delete_vault_key(call: Call) -> None:
    call.me.require_admin("Deleting vault keys")
    vault = _vault(call)
    key = store_vault.key_by_hash(call.store, vault["id"], call.path["auth_hash"])
    if key is None:
        raise NotFound("No vault key has that auth hash")
    if key["key_type"] == "primary":
        raise Forbidden(
            "The primary key cannot be deleted; replace it with PUT /vault/keys/primary"
        )
    store_vault.key_delete(call.store, key["id"])


# ── secrets ───────────────────────────────────────────────────────────────────


def list_vault_secrets(call: Call) -> list[dict[str, Any]]:
    vault = _vault(call)
    rows = store_vault.secrets(
        call.store,
        vault["id"],
        secret_type=call.query.get("secret_type"),
        visible_to=visible_to(call.me),
    )
    return [_secret_json(call, r) for r in rows]


def create_vault_secret(call: Call) -> dict[str, Any]:
    """Store the ciphertext under the client's own id (its AES-GCM associated data)."""
    vault, body, now = _vault(call), call.json, call.world.clock.now_iso()
    secret_id = body.get("id") or call.world.ids.uuid()
    if store_vault.secret_id_taken(call.store, secret_id):
        raise Conflict(f"Secret {secret_id} already exists")
    row = {
        "id": secret_id,
        "vault_id": vault["id"],
        "name": body["name"],
        "description": body.get("description"),
        "secret_type": body["secret_type"],
        "encrypted_payload": _blob(body["encrypted_payload"], "encrypted_payload"),
        "created_by": call.me.identity_id if call.me.is_agent else call.me.key_id,
        "created_at": now,
        "updated_at": now,
    }
    store_vault.secret_insert(call.store, row)
    if call.me.is_agent and call.me.identity_id:
        store_vault.access_insert(
            call.store, secret_id, call.me.identity_id, row_id=call.world.ids.uuid(), now=now
        )
    store_vault.touch_vault(call.store, vault["id"], now)
    return _secret_json(call, row)


def get_vault_secret(call: Call) -> dict[str, Any]:
    return _secret_json(call, _secret(call, _vault(call)), detail=True)


def update_vault_secret(call: Call) -> dict[str, Any]:
    vault, body = _vault(call), call.json
    row = _secret(call, vault)
    if "secret_type" in body and body["secret_type"] != row["secret_type"]:
        raise Unprocessable.field(
            ("body", "secret_type"), "secret_type is immutable; delete and recreate"
        )
    changes: dict[str, Any] = {k: body[k] for k in ("name", "description") if k in body}
    if "encrypted_payload" in body:
        changes["encrypted_payload"] = _blob(body["encrypted_payload"], "encrypted_payload")
    if changes:
        changes["updated_at"] = call.world.clock.now_iso()
        store_vault.secret_update(call.store, row["id"], changes)
    return _secret_json(call, {**row, **changes})


def delete_vault_secret(call: Call) -> None:
    store_vault.secret_delete(call.store, _secret(call, _vault(call))["id"])


def list_vault_secret_access(call: Call) -> list[dict[str, Any]]:
    row = _secret(call, _vault(call))
    return _secret_json(call, row)["access"]  # type: ignore[no-any-return]


def grant_vault_secret_access(call: Call) -> Reply:
    """201 with the new rule; 200 with the existing one when the identity already has it."""
    row = _secret(call, _vault(call))
    identity_id = call.json["identity_id"]
    forbid_other_identity(
        call.me, identity_id, "Agent keys may share secrets only with their own identity"
    )
    identity_or_404(call.store, call.me, identity_id)
    existing = store_vault.access_row(call.store, row["id"], identity_id)
    if existing is not None:
        return Reply(_access_json(existing), status=200)
    rule = store_vault.access_insert(
        call.store,
        row["id"],
        identity_id,
        row_id=call.world.ids.uuid(),
        now=call.world.clock.now_iso(),
    )
    return Reply(_access_json(rule), status=201)


def revoke_vault_secret_access(call: Call) -> None:
    call.me.require_admin("Revoking secret access")
    row = _secret(call, _vault(call))
    if store_vault.access_delete(call.store, row["id"], call.path["identity_id"]) == 0:
        raise NotFound("That identity has no access to this secret")


routes = [
    get_vault_info,
    initialize_vault,
    get_vault_unlock_bundle,
    list_vault_keys,
    update_vault_primary_key,
    delete_vault_key,
    list_vault_secrets,
    create_vault_secret,
    get_vault_secret,
    update_vault_secret,
    delete_vault_secret,
    list_vault_secret_access,
    grant_vault_secret_access,
    revoke_vault_secret_access,
]
