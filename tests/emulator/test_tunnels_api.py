"""Tunnels control plane in the emulator: one tunnel per identity, the guide's standalone
lifecycle (connect_secret once, delete -> pending removal for 24 h, restore, rotate),
passthrough CSR signing by the emulator CA, metadata, limits and key scopes."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

TUNNELS = "/api/v1/tunnels/"


def _csr(common_name: str) -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    request = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
        .sign(key, hashes.SHA256())
    )
    return request.public_bytes(serialization.Encoding.PEM).decode()


@pytest.fixture
def admin(inkbox_emulator):
    """An admin client on an emulator with no identities yet (unlike the shared `admin`), since
    every identity brings a tunnel of its own."""
    with inkbox_emulator.client() as client:
        yield client


def test_every_identity_gets_a_tunnel(admin):
    """0.7.20's 1:1 model: created with the identity, named after it, deleted with it."""
    identity = admin.post("/api/v1/identities/", json={"agent_handle": "sales-agent"}).json()
    summary = identity["tunnel"]
    assert (summary["tunnel_name"], summary["tls_mode"], summary["status"]) == (
        "sales-agent",
        "edge",
        "active",
    )
    assert (summary["public_host"], summary["zone"]) == (
        "sales-agent.inkboxwire.com",
        "inkboxwire.com",
    )
    listed = admin.get(TUNNELS).json()["tunnels"]
    assert [t["id"] for t in listed] == [summary["id"]]
    tunnel = admin.get(f"/api/v1/tunnels/{summary['id']}").json()
    assert tunnel["agent_identity_id"] == identity["id"] and tunnel["metadata"] == {}
    assert tunnel["currently_connected"] is False and tunnel["cert_pem"] is None
    passthrough = admin.post(
        "/api/v1/identities/",
        json={"agent_handle": "tls-agent", "tunnel": {"tls_mode": "passthrough"}},
    )
    assert passthrough.json()["tunnel"]["status"] == "awaiting_cert"
    assert admin.delete("/api/v1/identities/sales-agent").status_code == 204
    assert admin.get(f"/api/v1/tunnels/{summary['id']}").status_code == 404
    assert [t["tunnel_name"] for t in admin.get("/api/v1/tunnels").json()["tunnels"]] == [
        "tls-agent"
    ]


def test_standalone_lifecycle_per_the_guide(inkbox_emulator, admin):
    """create (secret once) -> delete (pending removal, name held) -> restore -> rotate."""
    created = admin.post(TUNNELS, json={"tunnel_name": "my-app", "tls_mode": "edge"})
    assert created.status_code == 201
    body = created.json()
    secret, tunnel = body["connect_secret"], body["tunnel"]
    assert secret.startswith("tnl_") and len(secret) > 20
    assert (tunnel["status"], tunnel["agent_identity_id"], tunnel["public_host"]) == (
        "active",
        None,
        "my-app.inkboxwire.com",
    )
    assert secret not in str(admin.get(f"/api/v1/tunnels/{tunnel['id']}").json())
    url = f"/api/v1/tunnels/{tunnel['id']}"
    deleted = admin.delete(url)
    assert deleted.status_code == 200
    assert deleted.json()["status"] == "delete_pending"
    deadline = datetime.fromisoformat(deleted.json()["restore_deadline_at"])
    updated = datetime.fromisoformat(deleted.json()["updated_at"])
    assert deadline - updated == timedelta(hours=24)
    assert admin.post(TUNNELS, json={"tunnel_name": "my-app"}).status_code == 409
    assert admin.delete(url).status_code == 409
    assert [t["status"] for t in admin.get(TUNNELS).json()["tunnels"]] == ["delete_pending"]
    restored = admin.post(f"{url}/restore")
    assert restored.status_code == 200
    assert (restored.json()["status"], restored.json()["restore_deadline_at"]) == ("active", None)
    conflict = admin.post(f"{url}/restore")
    assert conflict.status_code == 409 and "delete_pending" in conflict.json()["detail"]
    rotated = admin.post(f"{url}/rotate-secret").json()["connect_secret"]
    assert rotated.startswith("tnl_") and rotated != secret
    admin.delete(url)
    inkbox_emulator.advance_clock(24 * 3600 + 1)
    assert admin.get(url).status_code == 404
    assert admin.post(f"{url}/restore").status_code == 404
    assert admin.post(TUNNELS, json={"tunnel_name": "my-app"}).status_code == 201


def test_create_refusals_and_limits(inkbox_emulator, admin):
    """Bad names are 422, reserved/taken names 409; 10 creates and 5 rotations a day, then 429."""
    for name in ("ab", "-app", "app-", "my--app", "My App", "x" * 64):
        assert admin.post(TUNNELS, json={"tunnel_name": name}).status_code == 422, name
    assert admin.post(TUNNELS, json={"tunnel_name": "www"}).status_code == 409
    admin.post("/api/v1/identities/", json={"agent_handle": "taken"})
    assert admin.post(TUNNELS, json={"tunnel_name": "taken"}).status_code == 409
    assert (
        admin.post(
            TUNNELS, json={"tunnel_name": "long-desc", "description": "d" * 1001}
        ).status_code
        == 422
    )
    first = None
    for i in range(10):
        made = admin.post(TUNNELS, json={"tunnel_name": f"app-{i}"})
        assert made.status_code == 201
        first = first or made.json()["tunnel"]["id"]
    over = admin.post(TUNNELS, json={"tunnel_name": "app-10"})
    assert over.status_code == 429 and "Retry-After" in over.headers
    for _ in range(5):
        assert admin.post(f"/api/v1/tunnels/{first}/rotate-secret").status_code == 200
    assert admin.post(f"/api/v1/tunnels/{first}/rotate-secret").status_code == 429
    inkbox_emulator.advance_clock(24 * 3600 + 1)
    assert admin.post(f"/api/v1/tunnels/{first}/rotate-secret").status_code == 200
    assert admin.post(TUNNELS, json={"tunnel_name": "app-10"}).status_code == 201


def test_passthrough_csr_signing(admin):
    """A CSR whose CN is the public host gets a 90-day cert from the emulator CA."""
    identity = admin.post(
        "/api/v1/identities/",
        json={"agent_handle": "tls-agent", "tunnel": {"tls_mode": "passthrough"}},
    ).json()
    url = f"/api/v1/tunnels/{identity['tunnel']['id']}"
    host = "tls-agent.inkboxwire.com"
    signed = admin.post(f"{url}/sign-csr", json={"csr_pem": _csr(host)})
    assert signed.status_code == 200
    body = signed.json()
    cert = x509.load_pem_x509_certificate(body["cert_pem"].encode())
    root = x509.load_pem_x509_certificate(body["chain_pem"].encode())
    cert.verify_directly_issued_by(root)
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == host
    assert cert.extensions.get_extension_for_class(
        x509.SubjectAlternativeName
    ).value.get_values_for_type(x509.DNSName) == [host]
    lifetime = cert.not_valid_after_utc - cert.not_valid_before_utc
    assert timedelta(days=90) <= lifetime <= timedelta(days=90, minutes=2)
    assert datetime.fromisoformat(body["cert_expires_at"]) == cert.not_valid_after_utc
    assert (
        body["cert_fingerprint_sha256"]
        == hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()
    )
    tunnel = admin.get(url).json()
    assert (tunnel["status"], tunnel["cert_pem"]) == ("active", body["cert_pem"])
    again = admin.post(f"{url}/sign-csr", json={"csr_pem": _csr(host)}).json()
    assert (
        x509.load_pem_x509_certificate(again["chain_pem"].encode()) == root
    )  # one CA per database
    wrong = admin.post(f"{url}/sign-csr", json={"csr_pem": _csr("evil.example.com")})
    assert wrong.status_code == 422
    assert admin.post(f"{url}/sign-csr", json={"csr_pem": "not a csr"}).status_code == 422
    edge = admin.post(TUNNELS, json={"tunnel_name": "edge-app"}).json()["tunnel"]
    refused = admin.post(
        f"/api/v1/tunnels/{edge['id']}/sign-csr", json={"csr_pem": _csr("edge-app.inkboxwire.com")}
    )
    assert refused.status_code == 409 and "edge" in refused.json()["detail"]


def test_metadata_and_agent_scope(inkbox_emulator, admin):
    """PATCH sets or clears metadata (4 KB cap); agents see and edit only their own tunnel."""
    mine = admin.post("/api/v1/identities/", json={"agent_handle": "alice"}).json()["tunnel"]["id"]
    theirs = admin.post("/api/v1/identities/", json={"agent_handle": "bob"}).json()["tunnel"]["id"]
    url = f"/api/v1/tunnels/{mine}"
    assert admin.patch(url, json={"metadata": {"env": "prod", "n": 1}}).json()["metadata"] == {
        "env": "prod",
        "n": 1,
    }
    assert admin.patch(url, json={"metadata": None}).json()["metadata"] == {}
    assert admin.patch(url, json={"metadata": {"blob": "x" * 5000}}).status_code == 422
    assert admin.patch(url, json={"metadata": "nope"}).status_code == 422
    assert admin.patch(url, json={"description": "legacy"}).json()["description"] == "legacy"
    with inkbox_emulator.client(inkbox_emulator.agent_key("alice")) as alice:
        assert [t["id"] for t in alice.get(TUNNELS).json()["tunnels"]] == [mine]
        assert alice.get(f"/api/v1/tunnels/{theirs}").status_code == 403
        assert alice.patch(url, json={"metadata": {"by": "agent"}}).status_code == 200
        assert alice.post(TUNNELS, json={"tunnel_name": "agent-app"}).status_code == 403
        assert alice.delete(url).status_code == 403
        assert alice.post(f"{url}/rotate-secret").status_code == 403
