"""The vault in the emulator: blobs kept byte for byte (the reference vectors unlock from what
it stores), real client-side crypto end to end, key rotation and recovery, and the secrets an
agent-scoped key may see."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from inkbox.vault import crypto

VAULT = "/api/v1/vault"
VECTORS: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parents[1] / "fixtures" / "vectors.json").read_text("utf-8")
)


def _store_vector_vault(client) -> list[dict[str, Any]]:
    """Initialize with the reference body and create the reference secrets as a client would."""
    init = client.post(f"{VAULT}/initialize", json=VECTORS["initialize"]["request_body"])
    assert init.status_code == 201
    assert init.json()["vault_key_id"] == VECTORS["initialize"]["server_response"]["vault_key_id"]
    assert init.json()["recovery_key_count"] == 4
    entries = VECTORS["unlock"]["variants"][0]["unlock_response"]["encrypted_secrets"]
    for entry in entries:
        body = {k: entry[k] for k in ("id", "name", "secret_type", "encrypted_payload")}
        created = client.post(f"{VAULT}/secrets", json=body)
        assert created.status_code == 201 and created.json()["id"] == entry["id"]
    return entries


def test_blobs_are_stored_exactly_and_the_reference_unlocks(admin):
    """Each key's wrapped org key and every ciphertext come back byte for byte; they decrypt."""
    entries = _store_vector_vault(admin)
    keys = admin.get(f"{VAULT}/keys").json()
    assert [k["id"] for k in keys] == [k["id"] for k in VECTORS["unlock"]["keys_response"]]
    org_key = bytes.fromhex(VECTORS["unlock"]["org_encryption_key_hex"])
    for variant in VECTORS["unlock"]["variants"]:
        bundle = admin.get(f"{VAULT}/unlock", params={"auth_hash": variant["auth_hash"]}).json()
        expected = variant["unlock_response"]
        assert bundle["wrapped_org_encryption_key"] == expected["wrapped_org_encryption_key"]
        assert [(s["id"], s["encrypted_payload"]) for s in bundle["encrypted_secrets"]] == [
            (s["id"], s["encrypted_payload"]) for s in entries
        ]
    primary = VECTORS["unlock"]["variants"][0]
    master = crypto.derive_key(
        primary["vault_key"], VECTORS["unlock"]["organization_id"]
    ).master_key
    found, key_id = crypto.find_org_key(
        master,
        primary["unlock_response"]["wrapped_org_encryption_key"],
        crypto.candidate_key_ids(keys),
    )
    assert (found, key_id) == (org_key, primary["aad_that_unwraps"])
    bundle = admin.get(f"{VAULT}/unlock", params={"auth_hash": primary["auth_hash"]}).json()
    decrypted = {
        s.id.hex: s.payload for s in crypto.decrypt_secrets(org_key, bundle["encrypted_secrets"])
    }
    assert len(decrypted) == 2
    miss = admin.get(f"{VAULT}/unlock", params={"auth_hash": "0" * 64}).json()
    assert miss == {
        "wrapped_org_encryption_key": None,
        "wrapped_org_encryption_keys": None,
        "encrypted_secrets": [],
    }
    everyone = admin.get(f"{VAULT}/unlock").json()
    assert (
        len(everyone["wrapped_org_encryption_keys"]) == 5
        and everyone["wrapped_org_encryption_key"] is None
    )
    assert admin.get(f"{VAULT}/unlock", params={"auth_hash": "XYZ"}).status_code == 422


def test_real_crypto_round_trip_rotation_and_recovery(admin):
    """initialize -> create -> unlock with real Argon2id/AES-GCM; rotate; recover once."""
    assert admin.get(f"{VAULT}/info").status_code == 404
    org_id = admin.get("/api/whoami").json()["organization_id"]
    material = crypto.build_initialize_material("my-Vault-key-01!", org_id)
    assert admin.post(f"{VAULT}/initialize", json=material.to_wire()).status_code == 201
    assert admin.post(f"{VAULT}/initialize", json=material.to_wire()).status_code == 409
    info = admin.get(f"{VAULT}/info").json()
    assert (info["organization_id"], info["key_count"], info["recovery_key_count"]) == (
        org_id,
        5,
        4,
    )
    secret_id = crypto.new_secret_id()
    payload = {"password": "s3cret", "username": "admin", "url": "https://aws.amazon.com"}
    blob = crypto.encrypt_payload(material.org_encryption_key, payload, secret_id)
    body = {
        "id": secret_id,
        "name": "AWS Production",
        "secret_type": "login",
        "encrypted_payload": blob,
        "description": "IAM",
    }
    assert admin.post(f"{VAULT}/secrets", json=body).json()["description"] == "IAM"
    assert admin.get(f"{VAULT}/secrets/{secret_id}").json()["encrypted_payload"] == blob

    def unlock(secret: str) -> bytes:
        derived = crypto.derive_key(secret, org_id)
        bundle = admin.get(f"{VAULT}/unlock", params={"auth_hash": derived.auth_hash}).json()
        keys = admin.get(f"{VAULT}/keys").json()
        org_key, _ = crypto.find_org_key(
            derived.master_key, bundle["wrapped_org_encryption_key"], crypto.candidate_key_ids(keys)
        )
        assert (
            crypto.decrypt_secrets(org_key, bundle["encrypted_secrets"])[0].payload.to_dict()[
                "password"
            ]
            == "s3cret"
        )
        return org_key

    assert unlock("my-Vault-key-01!") == material.org_encryption_key
    old_hash = material.vault_key.auth_hash
    new = crypto.generate_vault_key_material(
        "New-Vault-key-02!", org_id, material.org_encryption_key
    )
    rotated = admin.put(
        f"{VAULT}/keys/primary", json=new.to_primary_update(current_auth_hash=old_hash)
    )
    assert rotated.status_code == 200 and rotated.json()["key_type"] == "primary"
    assert (
        admin.get(f"{VAULT}/unlock", params={"auth_hash": old_hash}).json()[
            "wrapped_org_encryption_key"
        ]
        is None
    )
    assert unlock("New-Vault-key-02!") == material.org_encryption_key
    code = material.recovery_codes[0]
    recovered = crypto.generate_vault_key_material(
        "Third-Vault-key-03!", org_id, material.org_encryption_key
    )
    recovery_hash = material.recovery_keys[0].auth_hash
    put = admin.put(
        f"{VAULT}/keys/primary", json=recovered.to_primary_update(recovery_auth_hash=recovery_hash)
    )
    assert put.status_code == 200
    assert admin.get(f"{VAULT}/info").json()["recovery_key_count"] == 3
    assert unlock("Third-Vault-key-03!") == material.org_encryption_key
    assert (
        admin.get(
            f"{VAULT}/unlock", params={"auth_hash": crypto.derive_key(code, org_id).auth_hash}
        ).json()["wrapped_org_encryption_key"]
        is None
    )
    again = admin.put(
        f"{VAULT}/keys/primary", json=new.to_primary_update(recovery_auth_hash=recovery_hash)
    )
    assert again.status_code == 403


def test_key_and_secret_refusals(admin):
    """Shape errors are 422, proof errors 403, the primary cannot be deleted, ids are unique."""
    _store_vector_vault(admin)
    request = VECTORS["initialize"]["request_body"]
    hashes = [
        request["vault_key"]["auth_hash"],
        *(k["auth_hash"] for k in request["recovery_keys"]),
    ]
    assert (
        admin.get(f"{VAULT}/keys", params={"type": "recovery"}).json()[0]["key_type"] == "recovery"
    )
    assert admin.get(f"{VAULT}/keys", params={"type": "PRIMARY"}).status_code in (200, 422)
    base = {
        "id": "dddd4444-0000-4000-8000-000000000001",
        "wrapped_org_encryption_key": request["vault_key"]["wrapped_org_encryption_key"],
        "auth_hash": "a" * 64,
    }
    assert admin.put(f"{VAULT}/keys/primary", json=base).status_code == 400
    both = {**base, "current_auth_hash": hashes[0], "recovery_auth_hash": hashes[1]}
    assert admin.put(f"{VAULT}/keys/primary", json=both).status_code == 400
    assert (
        admin.put(f"{VAULT}/keys/primary", json={**base, "current_auth_hash": "b" * 64}).status_code
        == 403
    )
    assert (
        admin.put(
            f"{VAULT}/keys/primary", json={**base, "current_auth_hash": hashes[1]}
        ).status_code
        == 403
    )
    assert admin.delete(f"{VAULT}/keys/{hashes[0]}").status_code == 403
    assert admin.delete(f"{VAULT}/keys/{hashes[4]}").status_code == 204
    assert admin.delete(f"{VAULT}/keys/{hashes[4]}").status_code == 404
    secret = VECTORS["unlock"]["variants"][0]["unlock_response"]["encrypted_secrets"][1]
    dup = {k: secret[k] for k in ("id", "name", "secret_type", "encrypted_payload")}
    assert admin.post(f"{VAULT}/secrets", json=dup).status_code == 409
    assert (
        admin.post(
            f"{VAULT}/secrets", json={**dup, "id": None, "encrypted_payload": "not base64!"}
        ).status_code
        == 422
    )
    short = {"name": "x", "secret_type": "other", "encrypted_payload": "AAAA"}
    assert admin.post(f"{VAULT}/secrets", json=short).status_code == 422
    assert (
        admin.post(f"{VAULT}/secrets", json={**short, "secret_type": "password"}).status_code == 422
    )
    url = f"{VAULT}/secrets/{secret['id']}"
    assert admin.patch(url, json={"secret_type": "login"}).status_code == 422
    renamed = admin.patch(url, json={"name": "GitHub", "description": None}).json()
    assert (renamed["name"], renamed["secret_type"], renamed["description"]) == (
        "GitHub",
        "api_key",
        None,
    )
    assert [
        s["id"] for s in admin.get(f"{VAULT}/secrets", params={"secret_type": "api_key"}).json()
    ] == [secret["id"]]
    assert admin.delete(url).status_code == 204
    assert admin.get(url).status_code == 404
    assert admin.get(f"{VAULT}/info").json()["secret_count"] == 1


def test_agent_keys_see_only_shared_secrets(inkbox_emulator, admin):
    """Agents: no vault admin; lists, unlock bundle and gets show only secrets shared with them."""
    entries = _store_vector_vault(admin)
    shared, private = entries[0]["id"], entries[1]["id"]
    ids = admin.ids
    grant = admin.post(f"{VAULT}/secrets/{shared}/access", json={"identity_id": ids["alice"]})
    assert grant.status_code == 201 and grant.json()["vault_secret_id"] == shared
    assert (
        admin.post(
            f"{VAULT}/secrets/{shared}/access", json={"identity_id": ids["alice"]}
        ).status_code
        == 200
    )
    assert (
        admin.post(
            f"{VAULT}/secrets/{shared}/access",
            json={"identity_id": "00000000-0000-4000-8000-000000000000"},
        ).status_code
        == 404
    )
    assert [a["identity_id"] for a in admin.get(f"{VAULT}/secrets/{shared}").json()["access"]] == [
        ids["alice"]
    ]
    primary_hash = VECTORS["unlock"]["variants"][0]["auth_hash"]
    with inkbox_emulator.client(inkbox_emulator.agent_key("alice")) as alice:
        assert (
            alice.post(
                f"{VAULT}/initialize", json=VECTORS["initialize"]["request_body"]
            ).status_code
            == 403
        )
        assert alice.get(f"{VAULT}/info").status_code == 200
        assert len(alice.get(f"{VAULT}/keys").json()) == 5
        assert [s["id"] for s in alice.get(f"{VAULT}/secrets").json()] == [shared]
        bundle = alice.get(f"{VAULT}/unlock", params={"auth_hash": primary_hash}).json()
        assert [s["id"] for s in bundle["encrypted_secrets"]] == [shared]
        assert alice.get(f"{VAULT}/secrets/{private}").status_code == 404
        assert alice.get(f"{VAULT}/secrets/{private}/access").status_code == 404
        assert (
            alice.post(
                f"{VAULT}/secrets/{shared}/access", json={"identity_id": ids["bob"]}
            ).status_code
            == 403
        )
        assert alice.delete(f"{VAULT}/secrets/{shared}/access/{ids['alice']}").status_code == 403
        assert alice.delete(f"{VAULT}/keys/{primary_hash}").status_code == 403
        own = {
            "name": "Agent note",
            "secret_type": "other",
            "encrypted_payload": entries[1]["encrypted_payload"],
        }
        created = alice.post(f"{VAULT}/secrets", json=own).json()
        assert [a["identity_id"] for a in created["access"]] == [ids["alice"]]
        assert (
            alice.post(
                f"{VAULT}/secrets/{created['id']}/access", json={"identity_id": ids["alice"]}
            ).status_code
            == 200
        )
    with inkbox_emulator.client(inkbox_emulator.agent_key("bob")) as bob:
        assert bob.get(f"{VAULT}/secrets").json() == []
        assert (
            bob.get(f"{VAULT}/unlock", params={"auth_hash": primary_hash}).json()[
                "encrypted_secrets"
            ]
            == []
        )
    assert admin.delete(f"{VAULT}/secrets/{shared}/access/{ids['alice']}").status_code == 204
    assert admin.delete(f"{VAULT}/secrets/{shared}/access/{ids['alice']}").status_code == 404


def test_identity_create_grants_vault_secret_ids(admin):
    """create_identity's vault_secret_ids shares those secrets ('*' shares all)."""
    entries = _store_vector_vault(admin)
    one = admin.post(
        "/api/v1/identities/",
        json={"agent_handle": "carol", "vault_secret_ids": [entries[0]["id"]]},
    ).json()
    assert [
        a["identity_id"] for a in admin.get(f"{VAULT}/secrets/{entries[0]['id']}/access").json()
    ] == [one["id"]]
    every = admin.post(
        "/api/v1/identities/", json={"agent_handle": "dave", "vault_secret_ids": "*"}
    ).json()
    for entry in entries:
        assert every["id"] in [
            a["identity_id"] for a in admin.get(f"{VAULT}/secrets/{entry['id']}/access").json()
        ]
    missing = admin.post(
        "/api/v1/identities/",
        json={"agent_handle": "erin", "vault_secret_ids": "dddd4444-0000-4000-8000-000000000009"},
    )
    assert missing.status_code == 422 and missing.json()["detail"][0]["loc"] == [
        "body",
        "vault_secret_ids",
    ]
    assert admin.get("/api/v1/identities/erin").status_code == 404
