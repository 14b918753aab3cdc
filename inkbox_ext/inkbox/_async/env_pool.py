"""The default connection pool, configured from the environment as plain httpx configures it.

Our client hands httpx its own (retrying) transport, and httpx then ignores the proxy
variables; so the pool reads them itself: `HTTPS_PROXY` / `HTTP_PROXY` / `ALL_PROXY` (either
case) route requests through a proxy unless `NO_PROXY` names the host, and `SSL_CERT_FILE` /
`SSL_CERT_DIR` choose the CA certificates (httpx's transport reads those when `trust_env`).
The proxy variables are read once, when the client is built. A plain direct pool (no proxy, no
HTTP/2) is only built on the first request: its SSL context alone takes tens of milliseconds,
which a client that is constructed and never used (or used later) should not pay up front; so
`SSL_CERT_FILE` / `SSL_CERT_DIR` are read then, and that first request (in an event loop too)
waits for the context to be built.
"""

from __future__ import annotations

import threading
import urllib.request
from collections.abc import Mapping
from urllib.request import proxy_bypass_environment  # type: ignore[attr-defined]

import httpx

__all__ = ["AsyncEnvProxyTransport", "AsyncLazyPool", "pool_transport"]

_PROXY_SCHEMES = ("https", "http", "all")


def pool_transport(http2: bool) -> httpx.AsyncBaseTransport:
    """A direct pool, or one routing through the environment's proxies when it names any."""
    environment = urllib.request.getproxies_environment()
    proxies = {s: environment[s] for s in _PROXY_SCHEMES if environment.get(s)}
    if not proxies and not http2:
        return AsyncLazyPool()
    try:
        direct = httpx.AsyncHTTPTransport(http2=http2, trust_env=True)
        if not proxies:
            return direct
        routes = {
            scheme: httpx.AsyncHTTPTransport(http2=http2, trust_env=True, proxy=url)
            for scheme, url in proxies.items()
        }
    except ImportError as exc:
        if http2:
            raise ValueError(
                "http2=True needs the h2 package: pip install 'inkbox[http2]'"
            ) from exc
        raise ValueError(f"the proxy in the environment needs an extra package: {exc}") from exc
    return AsyncEnvProxyTransport(direct, routes, no_proxy=environment.get("no"))


class AsyncEnvProxyTransport(httpx.AsyncBaseTransport):
    """Sends each request direct or through the proxy for its scheme (`all` as the fallback)."""

    def __init__(
        self,
        direct: httpx.AsyncBaseTransport,
        proxies: Mapping[str, httpx.AsyncBaseTransport],
        *,
        no_proxy: str | None,
    ) -> None:
        self._direct = direct
        self._proxies = proxies
        self._bypass = {"no": no_proxy} if no_proxy else {}

    def route(self, url: httpx.URL) -> httpx.AsyncBaseTransport:
        if self._bypass and proxy_bypass_environment(url.host, self._bypass):
            return self._direct
        return self._proxies.get(url.scheme) or self._proxies.get("all") or self._direct

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.route(request.url).handle_async_request(request)

    async def aclose(self) -> None:
        await self._direct.aclose()
        for transport in self._proxies.values():
            await transport.aclose()


class AsyncLazyPool(httpx.AsyncBaseTransport):
    """The direct connection pool, built (SSL context and all) when the first request needs it."""

    def __init__(self) -> None:
        self._pool: httpx.AsyncHTTPTransport | None = None
        self._lock = threading.Lock()  # the sync twin's first requests may race in threads

    def _built(self) -> httpx.AsyncHTTPTransport:
        with self._lock:
            if self._pool is None:
                self._pool = httpx.AsyncHTTPTransport(trust_env=True)
            return self._pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        pool = self._pool or self._built()
        return await pool.handle_async_request(request)

    async def aclose(self) -> None:
        if self._pool is not None:
            await self._pool.aclose()
