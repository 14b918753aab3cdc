"""The default connection pool, configured from the environment as plain httpx configures it.

Our client hands httpx its own (retrying) transport, and httpx then ignores the proxy
variables; so the pool reads them itself: `HTTPS_PROXY` / `HTTP_PROXY` / `ALL_PROXY` (either
case) route requests through a proxy unless `NO_PROXY` names the host, and `SSL_CERT_FILE` /
`SSL_CERT_DIR` choose the CA certificates (httpx's transport reads those when `trust_env`).
The environment is read once, when the client is built.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Mapping
from urllib.request import proxy_bypass_environment  # type: ignore[attr-defined]

import httpx

__all__ = ["AsyncEnvProxyTransport", "pool_transport"]

_PROXY_SCHEMES = ("https", "http", "all")


def pool_transport(http2: bool) -> httpx.AsyncBaseTransport:
    """A direct pool, or one routing through the environment's proxies when it names any."""
    environment = urllib.request.getproxies_environment()
    proxies = {s: environment[s] for s in _PROXY_SCHEMES if environment.get(s)}
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
