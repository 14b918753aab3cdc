"""The default pool follows the environment as plain httpx does: proxies, NO_PROXY, CA file."""

from __future__ import annotations

import datetime
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from inkbox import Inkbox, InkboxConnectionError, NotFoundError
from inkbox._async.env_pool import AsyncEnvProxyTransport, AsyncLazyPool, pool_transport

PROXY_VARIABLES = [f"{name}_proxy" for name in ("http", "https", "all", "no")] + [
    f"{name.upper()}_PROXY" for name in ("http", "https", "all", "no")
]


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [*PROXY_VARIABLES, "SSL_CERT_FILE", "SSL_CERT_DIR"]:
        monkeypatch.delenv(name, raising=False)


class _Proxy(http.server.BaseHTTPRequestHandler):
    seen: list[tuple[str, str | None]] = []

    def do_GET(self) -> None:  # an HTTP proxy gets the absolute URL as the request target
        type(self).seen.append((self.path, self.headers.get("X-API-Key")))
        body = b'{"detail": "answered by the proxy"}'
        self.send_response(404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def proxy() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Proxy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Proxy.seen = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_without_proxy_variables_the_pool_is_direct_and_built_on_first_use() -> None:
    lazy = pool_transport(http2=False)
    assert isinstance(lazy, AsyncLazyPool)
    assert lazy._pool is None  # constructing a client builds no SSL context
    assert isinstance(lazy._built(), httpx.AsyncHTTPTransport)
    assert lazy._built() is lazy._built()


def test_requests_go_through_the_environment_proxy(
    proxy: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy)
    with (
        Inkbox("ApiKey_proxy", base_url="http://localhost:9") as ib,
        pytest.raises(NotFoundError) as info,
    ):
        ib.whoami()
    assert info.value.detail == "answered by the proxy"
    assert _Proxy.seen == [("http://localhost:9/api/whoami", "ApiKey_proxy")]


def test_no_proxy_hosts_go_direct(proxy: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("http_proxy", proxy)
    monkeypatch.setenv("NO_PROXY", "localhost,example.org")
    with Inkbox("k", base_url="http://localhost:9", max_retries=0) as ib:
        with pytest.raises(InkboxConnectionError):
            ib.whoami()  # nothing listens on :9, and the proxy was not asked
    assert _Proxy.seen == []


def test_routes_by_scheme_with_all_proxy_as_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    monkeypatch.setenv("ALL_PROXY", "http://fallback.internal:3128")
    monkeypatch.setenv("NO_PROXY", ".corp.example")
    transport = pool_transport(http2=False)
    assert isinstance(transport, AsyncEnvProxyTransport)
    https = transport.route(httpx.URL("https://inkbox.ai/api/whoami"))
    plain = transport.route(httpx.URL("http://localhost:1/x"))
    direct = transport.route(httpx.URL("https://api.corp.example/x"))
    assert len({id(https), id(plain), id(direct)}) == 3


def _ca_file(tmp_path: Path) -> Path:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Inkbox Test Corporate CA")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    path = tmp_path / "ca.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


def test_ssl_cert_file_chooses_the_trusted_cas(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(_ca_file(tmp_path)))
    lazy = pool_transport(http2=False)
    assert isinstance(lazy, AsyncLazyPool)
    transport = lazy._built()
    context = transport._pool._ssl_context
    assert context is not None
    subjects = [dict(x[0] for x in ca["subject"]) for ca in context.get_ca_certs()]
    assert subjects == [{"commonName": "Inkbox Test Corporate CA"}]
