"""Passthrough certificates: the key is kept private and reused; renewal under 14 days."""

from __future__ import annotations

import datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from inkbox.tunnels._cert import CHAIN_FILE, build_csr, load_or_create_key, needs_signing
from inkbox.tunnels._state import StateDir


def cert_for(key: ec.EllipticCurvePrivateKey, days: float) -> bytes:
    now = datetime.datetime.now(datetime.UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "a.example")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=days))
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM)


def test_key_is_p256_private_and_reused(tmp_path: Path) -> None:
    """The key is EC P-256, written 0600, and loaded again on the next run."""
    state = StateDir(tmp_path / "s")
    key = load_or_create_key(state)
    assert isinstance(key.curve, ec.SECP256R1)
    assert (state.path / "private_key.pem").stat().st_mode & 0o777 == 0o600
    assert load_or_create_key(state).private_numbers() == key.private_numbers()


def test_csr_names_the_public_host(tmp_path: Path) -> None:
    """CN and SAN are the public host; the CSR is signed by the key."""
    key = load_or_create_key(StateDir(tmp_path / "s"))
    csr = x509.load_pem_x509_csr(build_csr(key, "my-app.inkboxwire.com").encode())
    assert csr.is_signature_valid
    assert (
        csr.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "my-app.inkboxwire.com"
    )
    san = csr.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.DNSName) == ["my-app.inkboxwire.com"]


def test_renewal_rules(tmp_path: Path) -> None:
    """Missing, foreign or expiring (< 14 days) chains need a new signature; a fresh one does not."""
    state = StateDir(tmp_path / "s")
    key = load_or_create_key(state)
    assert needs_signing(state, key)
    state.write_private(CHAIN_FILE, cert_for(key, 60))
    assert not needs_signing(state, key)
    state.write_private(CHAIN_FILE, cert_for(key, 13))
    assert needs_signing(state, key)
    state.write_private(CHAIN_FILE, cert_for(ec.generate_private_key(ec.SECP256R1()), 60))
    assert needs_signing(state, key)
