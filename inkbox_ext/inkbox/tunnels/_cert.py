"""Passthrough certificates: the tunnel's EC P-256 key, its CSR, and when to renew.

The key never leaves the state dir (`private_key.pem`, 0600); the control plane signs a
CSR for the public host and the chain is cached as `cert_chain.pem`. A new CSR is sent
when the chain is missing, does not match the key, or expires in under 14 days.
"""

from __future__ import annotations

import datetime
import ssl

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from ._state import StateDir

__all__ = [
    "CHAIN_FILE",
    "KEY_FILE",
    "build_csr",
    "load_or_create_key",
    "needs_signing",
    "server_context",
]

KEY_FILE = "private_key.pem"
CHAIN_FILE = "cert_chain.pem"
RENEW_BEFORE = datetime.timedelta(days=14)


def load_or_create_key(state: StateDir) -> ec.EllipticCurvePrivateKey:
    path = state.path / KEY_FILE
    if path.exists():
        state.check_private(path)
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if isinstance(key, ec.EllipticCurvePrivateKey):
            return key
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    state.write_private(KEY_FILE, pem)
    return key


def needs_signing(
    state: StateDir, key: ec.EllipticCurvePrivateKey, now: datetime.datetime | None = None
) -> bool:
    """Whether the cached chain is missing, foreign to `key`, or near its end."""
    path = state.path / CHAIN_FILE
    if not path.exists():
        return True
    state.check_private(path)
    try:
        leaf = x509.load_pem_x509_certificate(path.read_bytes())
    except ValueError:
        return True
    mine = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    theirs = leaf.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    now = now or datetime.datetime.now(datetime.UTC)
    return mine != theirs or leaf.not_valid_after_utc - now < RENEW_BEFORE


def build_csr(key: ec.EllipticCurvePrivateKey, public_host: str) -> str:
    """A CSR with CN = SAN = the public host, signed with SHA-256."""
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, public_host)]))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(public_host)]), critical=False)
        .sign(key, hashes.SHA256())
    )
    return csr.public_bytes(serialization.Encoding.PEM).decode()


def server_context(state: StateDir) -> ssl.SSLContext:
    """The TLS server context that terminates third parties' connections (h2 or HTTP/1.1)."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(state.path / CHAIN_FILE, state.path / KEY_FILE)
    context.set_alpn_protocols(["h2", "http/1.1"])
    return context
