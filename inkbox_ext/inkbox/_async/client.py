"""`AsyncInkbox`: the entry point (its sync twin `Inkbox` is generated from this file).

One client owns one connection pool; every resource and every `with_options()` copy shares it.
Resources are created on first access, so constructing a client imports no resource code.
"""

from __future__ import annotations

from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from .._config import ClientConfig, resolve_api_key, resolve_base_url, resolve_timeout
from .._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from .._logging import setup_from_env
from .._retry import RetryPolicy
from .._types import NOT_GIVEN, NotGivenOr
from .transport import AsyncClientTransport, AsyncRetryTransport

if TYPE_CHECKING:
    from inkbox_api.client import AuthenticatedClient as ApiClient

    from .resources.contact_rules import (
        AsyncMailContactRulesResource,
        AsyncPhoneContactRulesResource,
    )
    from .resources.contacts import AsyncContactsResource
    from .resources.domains import AsyncDomainsResource
    from .resources.mailboxes import AsyncMailboxesResource
    from .resources.notes import AsyncNotesResource
    from .resources.phone_numbers import AsyncPhoneNumbersResource
    from .resources.texts import AsyncTextsResource
    from .resources.threads import AsyncThreadsResource
    from .resources.tunnels import AsyncTunnelsResource
    from .resources.vault import AsyncVaultResource

__all__ = ["AsyncInkbox"]


class AsyncInkbox:
    """Client for the Inkbox API.

    Use it as a context manager (`async with AsyncInkbox(...) as inkbox:`) or call `aclose()`.

    Args:
        api_key: Your API key; defaults to the `INKBOX_API_KEY` environment variable.
        base_url: The API root; defaults to `INKBOX_BASE_URL`, then `https://inkbox.ai`. Plain
            http is accepted only for localhost, 127.0.0.1 and [::1] (a local emulator).
        timeout: Seconds (or an `httpx.Timeout`) for each request; never infinite.
        max_retries: How often a failed request that is safe to repeat is retried.
        http2: Speak HTTP/2 (needs the `inkbox[http2]` extra).
        http_client: Your own `httpx.AsyncClient` (proxies, certificates, a test transport);
            requests go through it, retries and errors stay ours, and you keep closing it.
        user_agent_prefix: Prepended to the `User-Agent` (e.g. `"my-agent/1.2"`).
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http2: bool = False,
        http_client: httpx.AsyncClient | None = None,
        user_agent_prefix: str | None = None,
    ) -> None:
        setup_from_env()
        config = ClientConfig(
            api_key=resolve_api_key(api_key),
            base_url=resolve_base_url(base_url),
            timeout=resolve_timeout(timeout),
            max_retries=RetryPolicy(max_retries).max_retries,
            user_agent_prefix=user_agent_prefix,
        )
        pool: httpx.AsyncBaseTransport
        if http_client is not None:
            if http2:
                raise ValueError("pass http2=True to your own http_client, not to AsyncInkbox")
            pool = AsyncClientTransport(http_client)
        else:
            pool = _pool_transport(http2)
        self._bind(config, pool, owns_pool=http_client is None)

    def _bind(
        self, config: ClientConfig, pool: httpx.AsyncBaseTransport, *, owns_pool: bool
    ) -> None:
        self._config = config
        self._pool = pool
        self._http = httpx.AsyncClient(
            base_url=config.base_url,
            headers=config.headers(),
            timeout=config.timeout,
            transport=AsyncRetryTransport(
                pool, RetryPolicy(config.max_retries), owns_pool=owns_pool
            ),
            follow_redirects=False,
            trust_env=False,
        )

    def with_options(
        self,
        *,
        timeout: NotGivenOr[float | httpx.Timeout] = NOT_GIVEN,
        max_retries: NotGivenOr[int] = NOT_GIVEN,
    ) -> Self:
        """A client with other defaults that shares this one's connection pool.

        `inkbox.with_options(max_retries=0, timeout=5).get_identity("bot")`. Closing the copy
        does not close the pool; closing the original does.
        """
        config = ClientConfig(
            api_key=self._config.api_key,
            base_url=self._config.base_url,
            timeout=self._config.timeout if timeout is NOT_GIVEN else resolve_timeout(timeout),
            max_retries=self._config.max_retries
            if max_retries is NOT_GIVEN
            else RetryPolicy(max_retries).max_retries,
            user_agent_prefix=self._config.user_agent_prefix,
        )
        clone = object.__new__(type(self))
        clone._bind(config, self._pool, owns_pool=False)
        return clone

    @cached_property
    def _api(self) -> ApiClient:
        """The generated low-level client, bound to our httpx client (imported on first use)."""
        from inkbox_api.client import AuthenticatedClient

        # The key travels in our httpx client's default headers; the generated client only
        # builds its own httpx client when none is set, so its token stays empty (and out of
        # its repr).
        api = AuthenticatedClient(base_url=self._config.base_url, token="")
        api.set_async_httpx_client(self._http)
        return api

    @cached_property
    def mailboxes(self) -> AsyncMailboxesResource:
        """Mailboxes: list, get, update, search, create, delete."""
        from .resources.mailboxes import AsyncMailboxesResource

        return AsyncMailboxesResource(self)

    @cached_property
    def threads(self) -> AsyncThreadsResource:
        """Email threads: list by folder, folders, move between folders."""
        from .resources.threads import AsyncThreadsResource

        return AsyncThreadsResource(self)

    @cached_property
    def domains(self) -> AsyncDomainsResource:
        """Custom sending domains of the organization."""
        from .resources.domains import AsyncDomainsResource

        return AsyncDomainsResource(self)

    @cached_property
    def phone_numbers(self) -> AsyncPhoneNumbersResource:
        """Phone numbers: list, get, provision, update, release, search transcripts."""
        from .resources.phone_numbers import AsyncPhoneNumbersResource

        return AsyncPhoneNumbersResource(self)

    @cached_property
    def texts(self) -> AsyncTextsResource:
        """Admin surface of text messages: search and update."""
        from .resources.texts import AsyncTextsResource

        return AsyncTextsResource(self)

    @cached_property
    def mail_contact_rules(self) -> AsyncMailContactRulesResource:
        """Allow/block rules of mailboxes."""
        from .resources.contact_rules import AsyncMailContactRulesResource

        return AsyncMailContactRulesResource(self)

    @cached_property
    def phone_contact_rules(self) -> AsyncPhoneContactRulesResource:
        """Allow/block rules of phone numbers."""
        from .resources.contact_rules import AsyncPhoneContactRulesResource

        return AsyncPhoneContactRulesResource(self)

    @cached_property
    def contacts(self) -> AsyncContactsResource:
        """The address book, with `.access` and `.vcards`."""
        from .resources.contacts import AsyncContactsResource

        return AsyncContactsResource(self)

    @cached_property
    def notes(self) -> AsyncNotesResource:
        """Free-form notes, with `.access`."""
        from .resources.notes import AsyncNotesResource

        return AsyncNotesResource(self)

    @cached_property
    def vault(self) -> AsyncVaultResource:
        """The encrypted credential vault."""
        from .resources.vault import AsyncVaultResource

        return AsyncVaultResource(self)

    @cached_property
    def tunnels(self) -> AsyncTunnelsResource:
        """The tunnels control plane."""
        from .resources.tunnels import AsyncTunnelsResource

        return AsyncTunnelsResource(self)

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def max_retries(self) -> int:
        return self._config.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self._config.timeout

    async def aclose(self) -> None:
        """Close the connection pool (when this client owns it)."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._config.base_url!r}, max_retries={self._config.max_retries})"


def _pool_transport(http2: bool) -> httpx.AsyncHTTPTransport:
    try:
        return httpx.AsyncHTTPTransport(http2=http2)
    except ImportError as exc:
        raise ValueError("http2=True needs the h2 package: pip install 'inkbox[http2]'") from exc
