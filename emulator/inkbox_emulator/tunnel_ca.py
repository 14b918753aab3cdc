"""The emulator's certificate authority for passthrough tunnels.

One EC P-256 root per database (made on first use, kept in `tunnel_ca`), whose private key is
derived from the emulator's `Ids` so a seeded run signs with the same root. Leaf certificates
carry the CSR's public key, CN and a DNS SAN of the tunnel's public host, and last 90 days.
"""

from __future__ import annotations

import hashlib
import ipaddress
from datetime import datetime, timedelta
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from .clock import iso
from .errors import Unprocessable
from .store import tunnels as store_tunnels
from .world import World

__all__ = ["edge_certificate", "root_pem", "sign"]

# Order of the P-256 group: a private scalar must lie in [1, n-1].
CERT_DAYS = timedelta(days=90)
_P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


def _root(world: World) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    row = store_tunnels.ca(world.store)
    if row is not None:
        key = serialization.load_pem_private_key(row["key_pem"].encode(), password=None)
        assert isinstance(key, ec.EllipticCurvePrivateKey)
        return key, x509.load_pem_x509_certificate(row["cert_pem"].encode())
    scalar = int(world.ids.digits(76)) % (_P256_ORDER - 1) + 1
    key = ec.derive_private_key(scalar, ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Inkbox Emulator"),
            x509.NameAttribute(NameOID.COMMON_NAME, "Inkbox Emulator Tunnel CA"),
        ]
    )
    now = world.clock.now()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(int(world.ids.digits(18)) + 1)
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    store_tunnels.ca_put(
        world.store, key_pem, cert.public_bytes(serialization.Encoding.PEM).decode()
    )
    return key, cert


def _csr(csr_pem: str, host: str) -> x509.CertificateSigningRequest:
    loc = ("body", "csr_pem")
    try:
        csr = x509.load_pem_x509_csr(csr_pem.encode())
    except ValueError:
        raise Unprocessable.field(loc, "not a PEM certificate signing request") from None
    try:
        valid = csr.is_signature_valid
    except (InvalidSignature, ValueError):
        valid = False
    if not valid:
        raise Unprocessable.field(loc, "the CSR's signature does not verify")
    names = csr.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    common_name = str(names[0].value) if names else None
    if common_name != host:
        raise Unprocessable.field(loc, f"the CSR's CN must be {host}", value=common_name)
    return csr


def sign(
    world: World, csr_pem: str, host: str, *, not_before: datetime, not_after: datetime
) -> dict[str, Any]:
    """`SignedCert` for a CSR whose CN is `host` (422 when it is not, or is no CSR)."""
    csr = _csr(csr_pem, host)
    key, root = _root(world)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
        .issuer_name(root.subject)
        .public_key(csr.public_key())
        .serial_number(int(world.ids.digits(18)) + 1)
        .not_valid_before(not_before - timedelta(minutes=1))
        .not_valid_after(not_after)
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    der = cert.public_bytes(serialization.Encoding.DER)
    return {
        "cert_pem": cert.public_bytes(serialization.Encoding.PEM).decode(),
        "chain_pem": root.public_bytes(serialization.Encoding.PEM).decode(),
        "cert_fingerprint_sha256": hashlib.sha256(der).hexdigest(),
        "cert_expires_at": iso(cert.not_valid_after_utc),
    }


def root_pem(world: World) -> str:
    """The CA certificate (PEM) that clients trust (`--tunnel-ca-file`, `SSL_CERT_FILE`)."""
    return _root(world)[1].public_bytes(serialization.Encoding.PEM).decode()


def edge_certificate(world: World, names: list[str]) -> tuple[str, str]:
    """(cert PEM, key PEM) of the tunnel edge's TLS server, valid for `names` (DNS names or IP
    addresses) and their subdomains, signed by the root. The key is fresh and never stored."""
    root_key, root = _root(world)
    key = ec.generate_private_key(ec.SECP256R1())
    sans: list[x509.GeneralName] = []
    for name in dict.fromkeys(names):
        try:
            sans.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            sans += [x509.DNSName(name), x509.DNSName("*." + name)]
    now = world.clock.now()
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
        .issuer_name(root.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + CERT_DAYS)
        .add_extension(x509.SubjectAlternativeName(sans), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .sign(root_key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    return cert.public_bytes(serialization.Encoding.PEM).decode(), key_pem
