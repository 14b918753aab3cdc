"""`AsyncInkbox`: the entry point (its sync twin `Inkbox` is generated from this file).

One client owns one connection pool; every resource and every `with_options()` copy shares it.
Resources are created on first access, so constructing a client imports no resource code.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from .._concurrency import async_run_at_init
from .._config import (
    ClientConfig,
    check_extras,
    resolve_api_key,
    resolve_base_url,
    resolve_timeout,
)
from .._constants import (
    API_KEY_HEADER,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    INITIAL_RETRY_DELAY,
)
from .._logging import setup_from_env
from .._notices import APIResponse, NoticeCollector
from .._raw_response import ResponseInfo, ResponseLog
from .._retry import RetryPolicy
from .._types import NOT_GIVEN, NotGivenOr
from ..vault._state import VaultState, resolve_vault_key
from .env_pool import pool_transport
from .transport import AsyncClientTransport, AsyncRetryTransport, install_response_error

if TYPE_CHECKING:
    from inkbox_api.client import AuthenticatedClient as ApiClient
    from inkbox_api.models import (
        AgentIdentitySummary,
        AgentSignupResendResponse,
        AgentSignupResponse,
        AgentSignupStatusResponse,
        AgentSignupVerifyResponse,
        IdentityPhoneNumberCreate,
        SigningKey,
    )

    from ..models import WhoamiResponse
    from .identity import AsyncAgentIdentity
    from .raw_response import AsyncRawResponseProxy
    from .resources.account import AsyncAccountResource
    from .resources.api_keys import AsyncApiKeysResource
    from .resources.calls import AsyncCallsResource, AsyncTranscriptsResource
    from .resources.contact_rules import (
        AsyncMailContactRulesResource,
        AsyncMailIdentityContactRulesResource,
        AsyncPhoneContactRulesResource,
        AsyncPhoneIdentityContactRulesResource,
    )
    from .resources.contacts import AsyncContactsResource
    from .resources.domains import AsyncDomainsResource
    from .resources.drafts import AsyncDraftsResource
    from .resources.hosted_agent import AsyncHostedAgentResource
    from .resources.identities import AsyncIdentitiesResource
    from .resources.incoming_call_action import AsyncIncomingCallActionResource
    from .resources.mailboxes import AsyncMailboxesResource
    from .resources.message_sends import AsyncMessageSendsResource
    from .resources.messages import AsyncMessagesResource
    from .resources.notes import AsyncNotesResource
    from .resources.organization_domains import AsyncOrganizationDomainsResource
    from .resources.phone_numbers import AsyncPhoneNumbersResource
    from .resources.signing_keys import AsyncSigningKeysResource
    from .resources.sms_opt_ins import AsyncSmsOptInsResource
    from .resources.texts import AsyncTextsResource
    from .resources.threads import AsyncThreadsResource
    from .resources.tunnels import AsyncTunnelsResource
    from .resources.vault import AsyncVaultResource
    from .resources.webhooks import AsyncWebhooksResource
    from .unlocked_vault import AsyncUnlockedVault

__all__ = ["AsyncInkbox"]

T = TypeVar("T")


class AsyncInkbox:
    """Client for the Inkbox API.

    Use it as a context manager (`async with AsyncInkbox(...) as inkbox:`) or call `aclose()`.

    Args:
        api_key: Your API key; defaults to the `INKBOX_API_KEY` environment variable, then to
            `api_key` in `~/.inkbox/config`.
        base_url: The API root; defaults to `INKBOX_BASE_URL`, then `base_url` in
            `~/.inkbox/config`, then `https://inkbox.ai`. Plain http is accepted only for
            localhost, 127.0.0.1 and [::1] (a local emulator).
        timeout: Seconds (or an `httpx.Timeout`) for each request; never infinite.
        max_retries: How often a failed request that is safe to repeat is retried.
        http2: Speak HTTP/2 (needs the `inkbox[http2]` extra).
        http_client: Your own `httpx.AsyncClient` (proxies, certificates, a test transport);
            requests go through it, retries and errors stay ours, and you keep closing it.
            Without one, the pool follows `HTTPS_PROXY`/`NO_PROXY`/`SSL_CERT_FILE` as httpx does.
        user_agent_prefix: Prepended to the `User-Agent` (e.g. `"my-agent/1.2"`).
        vault_key: Vault key (or recovery code) to unlock the vault with; defaults to
            `INKBOX_VAULT_KEY`, then `vault_key` in `~/.inkbox/config`. The sync client unlocks during construction. The async client
            cannot wait there: it unlocks when entered as a context manager, on its first
            call that needs the vault, or when you call `inkbox.vault.unlock()` yourself.
        retry_backoff: Seconds before the first retry (later ones double, with jitter); tests
            against the emulator's injected faults pass e.g. `0.001` to retry at once.
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
        vault_key: str | None = None,
        retry_backoff: float = INITIAL_RETRY_DELAY,
    ) -> None:
        setup_from_env()
        config = ClientConfig(
            api_key=resolve_api_key(api_key),
            base_url=resolve_base_url(base_url),
            timeout=resolve_timeout(timeout),
            max_retries=RetryPolicy(max_retries).max_retries,
            user_agent_prefix=user_agent_prefix,
            retry_backoff=RetryPolicy(0, retry_backoff=retry_backoff).retry_backoff,
        )
        pool: httpx.AsyncBaseTransport
        if http_client is not None:
            if http2:
                raise ValueError("pass http2=True to your own http_client, not to AsyncInkbox")
            pool = AsyncClientTransport(http_client)
        else:
            pool = pool_transport(http2)
        self._bind(config, pool, owns_pool=http_client is None)
        self._vault_state: VaultState[AsyncUnlockedVault] = VaultState(resolve_vault_key(vault_key))
        if self._vault_state.vault_key is not None:
            async_run_at_init(self.vault.unlock, cleanup=self.aclose)

    def _bind(
        self,
        config: ClientConfig,
        pool: httpx.AsyncBaseTransport,
        *,
        owns_pool: bool,
        notices: NoticeCollector | None = None,
    ) -> None:
        self._config = config
        self._pool = pool
        self._responses = responses = ResponseLog()
        on_answer: Callable[[httpx.Response, float], None] = responses.record
        if notices is not None:
            collector = notices

            def record(response: httpx.Response, started: float) -> None:
                responses.record(response, started)
                collector.observe(response.headers)

            on_answer = record

        self._http = httpx.AsyncClient(
            base_url=config.base_url,
            headers=config.headers(),
            params=dict(config.extra_query),
            timeout=config.timeout,
            transport=AsyncRetryTransport(
                pool,
                RetryPolicy(config.max_retries, retry_backoff=config.retry_backoff),
                owns_pool=owns_pool,
                on_answer=on_answer,
            ),
            follow_redirects=False,
            trust_env=False,
        )

    def with_options(
        self,
        *,
        timeout: NotGivenOr[float | httpx.Timeout] = NOT_GIVEN,
        max_retries: NotGivenOr[int] = NOT_GIVEN,
        extra_headers: NotGivenOr[Mapping[str, str]] = NOT_GIVEN,
        extra_query: NotGivenOr[Mapping[str, str]] = NOT_GIVEN,
    ) -> Self:
        """A client with other defaults that shares this one's connection pool.

        This is how to set per-call options: `inkbox.with_options(timeout=5).get_identity("bot")`,
        `inkbox.with_options(extra_headers={"X-Trace": "abc"}).messages.send(...)`. Every method
        of the copy (and of its resources and identities) uses them. `extra_headers` and
        `extra_query` are added to those of this client. Closing the copy does not close the
        pool; closing the original does.

        Args:
            timeout: Seconds (or an `httpx.Timeout`) for each attempt.
            max_retries: Retries of a failed request that is safe to repeat.
            extra_headers: Headers added to every request (never `X-API-Key`).
            extra_query: Query parameters added to every request.

        Raises:
            TypeError: `extra_headers` / `extra_query` is not a dict of str to str.
            ValueError: A bad timeout or retry count, or `X-API-Key` among the extra headers.
        """
        headers = dict(self._config.extra_headers)
        if extra_headers is not NOT_GIVEN:
            headers.update(check_extras(extra_headers, "extra_headers"))
        query = dict(self._config.extra_query)
        if extra_query is not NOT_GIVEN:
            query.update(check_extras(extra_query, "extra_query"))
        config = ClientConfig(
            api_key=self._config.api_key,
            base_url=self._config.base_url,
            timeout=self._config.timeout if timeout is NOT_GIVEN else resolve_timeout(timeout),
            max_retries=self._config.max_retries
            if max_retries is NOT_GIVEN
            else RetryPolicy(max_retries).max_retries,
            user_agent_prefix=self._config.user_agent_prefix,
            retry_backoff=self._config.retry_backoff,
            extra_headers=headers,
            extra_query=query,
        )
        return self._copy(config)

    def _copy(self, config: ClientConfig, notices: NoticeCollector | None = None) -> Self:
        clone = object.__new__(type(self))
        clone._bind(config, self._pool, owns_pool=False, notices=notices)
        clone._vault_state = self._vault_state  # one unlocked vault for the client and its copies
        return clone

    @property
    def with_raw_response(self) -> AsyncRawResponseProxy:
        """Every method, answering a `RawResponse` instead of the model.

        `raw = await inkbox.with_raw_response.messages.get(email, id)`, then `raw.status_code`,
        `raw.headers`, `raw.request_id`, `raw.elapsed` and `raw.parse()` (the `MessageDetail`).
        Lazy pagers are refused (iterate them and read `last_response`).
        """
        from .raw_response import AsyncRawResponseProxy

        copy = self.with_options()
        return AsyncRawResponseProxy(copy, copy)

    @property
    def last_response(self) -> ResponseInfo | None:
        """The latest answer this client got (status, headers, `request_id`, `elapsed`).

        Read it right after a call to quote the call's request id to support. With several
        calls in flight at once (async), use `with_raw_response` instead.
        """
        return self._responses.last

    async def with_response_metadata(
        self, callback: Callable[[Self], Awaitable[T]]
    ) -> APIResponse[T]:
        """Run `callback` with a copy of this client that collects the server's notices.

        `answer = await inkbox.with_response_metadata(lambda c: c.signing_keys.get_status())`
        gives `answer.data` (the callback's result) and `answer.notices` (the distinct
        `ResponseNotice`s of the `Inkbox-Notices` headers of every call the copy made, or
        None). The copy shares the connection pool and the unlocked vault; nested scopes
        collect independently; the copy collects nothing once the callback returned.

        Args:
            callback: Called once with the collecting copy; its result becomes `data`.
        """
        collector = NoticeCollector()
        scoped = self._copy(self._config, collector)
        try:
            data = await callback(scoped)
        finally:
            notices = collector.close()
        return APIResponse(data, notices)

    @cached_property
    def _api(self) -> ApiClient:
        """The generated low-level client, bound to our httpx client (imported on first use)."""
        from inkbox_api.client import AuthenticatedClient

        install_response_error()

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
    def messages(self) -> AsyncMessagesResource:
        """Email messages of a mailbox: list, get, send, mark read."""
        from .resources.messages import AsyncMessagesResource

        return AsyncMessagesResource(self)

    @cached_property
    def identities(self) -> AsyncIdentitiesResource:
        """Agent identities by handle (`create_identity()` and `AgentIdentity` use these)."""
        from .resources.identities import AsyncIdentitiesResource

        return AsyncIdentitiesResource(self)

    @cached_property
    def _account(self) -> AsyncAccountResource:
        """Whoami and signup, behind the client's own methods."""
        from .resources.account import AsyncAccountResource

        return AsyncAccountResource(self)

    @cached_property
    def api_keys(self) -> AsyncApiKeysResource:
        """API keys of the organization: create (identity-scoped keys from an admin key)."""
        from .resources.api_keys import AsyncApiKeysResource

        return AsyncApiKeysResource(self)

    @cached_property
    def organization_domains(self) -> AsyncOrganizationDomainsResource:
        """Domain claims verified by DNS: create, list, get, verify, delete."""
        from .resources.organization_domains import AsyncOrganizationDomainsResource

        return AsyncOrganizationDomainsResource(self)

    @cached_property
    def signing_keys(self) -> AsyncSigningKeysResource:
        """Webhook signing keys, per identity or org-wide: create_or_rotate, get_status."""
        from .resources.signing_keys import AsyncSigningKeysResource

        return AsyncSigningKeysResource(self)

    @cached_property
    def threads(self) -> AsyncThreadsResource:
        """Email threads: list by folder, folders, move between folders."""
        from .resources.threads import AsyncThreadsResource

        return AsyncThreadsResource(self)

    @cached_property
    def drafts(self) -> AsyncDraftsResource:
        """Email drafts of a mailbox: create, revise (by generation), send, attachments."""
        from .resources.drafts import AsyncDraftsResource

        return AsyncDraftsResource(self)

    @cached_property
    def message_sends(self) -> AsyncMessageSendsResource:
        """Which message an idempotency key already sent (read-only)."""
        from .resources.message_sends import AsyncMessageSendsResource

        return AsyncMessageSendsResource(self)

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
    def calls(self) -> AsyncCallsResource:
        """Phone calls: place, list, get, transcripts, tool activity, hang up."""
        from .resources.calls import AsyncCallsResource

        return AsyncCallsResource(self)

    @cached_property
    def hosted_agent(self) -> AsyncHostedAgentResource:
        """Inkbox Voice AI: voices, and each identity's voice, instructions and authority."""
        from .resources.hosted_agent import AsyncHostedAgentResource

        return AsyncHostedAgentResource(self)

    @cached_property
    def incoming_call_action(self) -> AsyncIncomingCallActionResource:
        """How each identity's inbound calls are handled."""
        from .resources.incoming_call_action import AsyncIncomingCallActionResource

        return AsyncIncomingCallActionResource(self)

    @cached_property
    def transcripts(self) -> AsyncTranscriptsResource:
        """Call transcripts by phone number and call (0.3.1's `inkbox.transcripts`)."""
        from .resources.calls import AsyncTranscriptsResource

        return AsyncTranscriptsResource(self)

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
    def mail_identity_contact_rules(self) -> AsyncMailIdentityContactRulesResource:
        """Allow/block mail rules by identity handle (the same rules as `mail_contact_rules`)."""
        from .resources.contact_rules import AsyncMailIdentityContactRulesResource

        return AsyncMailIdentityContactRulesResource(self)

    @cached_property
    def phone_identity_contact_rules(self) -> AsyncPhoneIdentityContactRulesResource:
        """Allow/block phone rules by identity handle (the same rules as `phone_contact_rules`)."""
        from .resources.contact_rules import AsyncPhoneIdentityContactRulesResource

        return AsyncPhoneIdentityContactRulesResource(self)

    @cached_property
    def sms_opt_ins(self) -> AsyncSmsOptInsResource:
        """SMS consent of recipient numbers (what texts are gated on)."""
        from .resources.sms_opt_ins import AsyncSmsOptInsResource

        return AsyncSmsOptInsResource(self)

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

    @cached_property
    def webhooks(self) -> AsyncWebhooksResource:
        """Webhook `.subscriptions` and the `.deliveries` log."""
        from .resources.webhooks import AsyncWebhooksResource

        return AsyncWebhooksResource(self)

    async def create_identity(
        self,
        agent_handle: str,
        *,
        display_name: str | None = None,
        description: NotGivenOr[str | None] = NOT_GIVEN,
        email_local_part: str | None = None,
        sending_domain: NotGivenOr[str | None] = NOT_GIVEN,
        create_mailbox: bool = True,
        phone_number: IdentityPhoneNumberCreate | Mapping[str, Any] | None = None,
        vault_secret_ids: uuid.UUID | str | Sequence[uuid.UUID | str] | None = None,
    ) -> AsyncAgentIdentity:
        """Create an agent identity, with its mailbox; see `AsyncIdentitiesResource.create`.

        Args:
            agent_handle: Unique handle, e.g. `"sales-agent"` (a leading `@` is stripped).
            display_name: Human-readable name; defaults to the handle.
            description: Org-internal description.
            email_local_part: Requested local part of the address (custom domains only).
            sending_domain: Bare domain the mailbox sends from, e.g. `"mail.acme.com"` (a
                verified custom domain); `None` forces the platform domain; omit to inherit
                the organization's default.
            create_mailbox: Accepted for 0.3.1's signature. The server always creates the
                identity's mailbox (the guide relies on it), so `False` cannot skip it and
                is refused.
            phone_number: Provision a number with the identity (`IdentityPhoneNumberCreate`
                or its dict, e.g. `{"type": "local", "state": "NY"}`).
            vault_secret_ids: Vault secrets to grant: `"*"`/`"all"`, one id, or several.
        """
        from .identity import AsyncAgentIdentity

        data = await self.identities.create(
            agent_handle,
            display_name=display_name,
            description=description,
            email_local_part=email_local_part,
            sending_domain=sending_domain,
            create_mailbox=create_mailbox,
            phone_number=phone_number,
            vault_secret_ids=vault_secret_ids,
        )
        return AsyncAgentIdentity(self, data)

    async def get_identity(self, agent_handle: str) -> AsyncAgentIdentity:
        """An identity by handle, with its channels; see `AsyncIdentitiesResource.get`.

        Args:
            agent_handle: Unique handle, e.g. `"sales-agent"` (a leading `@` is stripped).
        """
        from .identity import AsyncAgentIdentity

        return AsyncAgentIdentity(self, await self.identities.get(agent_handle))

    async def list_identities(self) -> list[AgentIdentitySummary]:
        """The organization's active identities; see `AsyncIdentitiesResource.list`."""
        return await self.identities.list()

    async def whoami(self) -> WhoamiResponse:
        """Who this client's key is; see `AsyncAccountResource.whoami`."""
        return await self._account.whoami()

    async def create_signing_key(self) -> SigningKey:
        """Create or rotate the org's signing key; see `AsyncSigningKeysResource.create_or_rotate`."""
        return await self.signing_keys.create_or_rotate()

    @classmethod
    def _one_shot(
        cls,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout,
        http_client: httpx.AsyncClient | None,
    ) -> Self:
        """A short-lived client for the signup calls; without `api_key` it sends no key."""
        placeholder = "-" if api_key is None else api_key  # the header is removed below
        client = cls(
            placeholder,
            base_url=base_url,
            timeout=timeout,
            http_client=http_client,
            vault_key="",  # never unlock (not even from INKBOX_VAULT_KEY) for a signup call
        )
        if api_key is None:
            del client._http.headers[API_KEY_HEADER]
        return client

    @classmethod
    async def signup(
        cls,
        human_email: str,
        *,
        note_to_human: str,
        display_name: str | None = None,
        agent_handle: str | None = None,
        email_local_part: str | None = None,
        harness: str | None = None,
        invitation_token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        http_client: httpx.AsyncClient | None = None,
    ) -> AgentSignupResponse:
        """Register a new agent, no API key needed; see `AsyncAccountResource.signup`.

        `base_url`, `timeout` and `http_client` configure the short-lived client of this call.

        Args:
            human_email: The human who will claim the agent.
            note_to_human: Message included in the verification email.
            display_name: The agent's name; defaults to the handle.
            agent_handle: Requested handle.
            email_local_part: Requested local part of the mailbox address.
            harness: Name of the agent's runtime, e.g. `"claude-code"`.
            invitation_token: Token of an agent-to-agent invitation being accepted.

        Args:
            base_url: The API root for this call (as for the constructor).
            timeout: Seconds (or an `httpx.Timeout`) for this call.
            http_client: Your own `httpx.AsyncClient` for this call.
        """
        async with cls._one_shot(None, base_url, timeout, http_client) as client:
            return await client._account.signup(
                human_email,
                note_to_human=note_to_human,
                display_name=display_name,
                agent_handle=agent_handle,
                email_local_part=email_local_part,
                harness=harness,
                invitation_token=invitation_token,
            )

    @classmethod
    async def verify_signup(
        cls,
        api_key: str,
        verification_code: str,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        http_client: httpx.AsyncClient | None = None,
    ) -> AgentSignupVerifyResponse:
        """Claim a signed-up agent (`api_key`) with its code; see `AsyncAccountResource.verify_signup`.

        `base_url`, `timeout` and `http_client` configure the short-lived client of this call.

        Args:
            api_key: The signed-up agent's API key (from `signup()`).
            verification_code: The 6-digit code emailed to the human.
            base_url: The API root for this call (as for the constructor).
            timeout: Seconds (or an `httpx.Timeout`) for this call.
            http_client: Your own `httpx.AsyncClient` for this call.
        """
        async with cls._one_shot(api_key, base_url, timeout, http_client) as client:
            return await client._account.verify_signup(verification_code)

    @classmethod
    async def resend_signup_verification(
        cls,
        api_key: str,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        http_client: httpx.AsyncClient | None = None,
    ) -> AgentSignupResendResponse:
        """Email a fresh verification code; see `AsyncAccountResource.resend_signup_verification`.

        `base_url`, `timeout` and `http_client` configure the short-lived client of this call.

        Args:
            api_key: The signed-up agent's API key (from `signup()`).
            base_url: The API root for this call (as for the constructor).
            timeout: Seconds (or an `httpx.Timeout`) for this call.
            http_client: Your own `httpx.AsyncClient` for this call.
        """
        async with cls._one_shot(api_key, base_url, timeout, http_client) as client:
            return await client._account.resend_signup_verification()

    @classmethod
    async def get_signup_status(
        cls,
        api_key: str,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        http_client: httpx.AsyncClient | None = None,
    ) -> AgentSignupStatusResponse:
        """The signed-up agent's claim status; see `AsyncAccountResource.get_signup_status`.

        `base_url`, `timeout` and `http_client` configure the short-lived client of this call.

        Args:
            api_key: The signed-up agent's API key (from `signup()`).
            base_url: The API root for this call (as for the constructor).
            timeout: Seconds (or an `httpx.Timeout`) for this call.
            http_client: Your own `httpx.AsyncClient` for this call.
        """
        async with cls._one_shot(api_key, base_url, timeout, http_client) as client:
            return await client._account.get_signup_status()

    @property
    def base_url(self) -> str:
        """The API root this client talks to."""
        return self._config.base_url

    @property
    def max_retries(self) -> int:
        """How often a failed request that is safe to repeat is retried."""
        return self._config.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeout of each attempt."""
        return self._config.timeout

    async def aclose(self) -> None:
        """Close the connection pool (when this client owns it)."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        if self._vault_state.vault_key is not None and self._vault_state.unlocked is None:
            try:
                # Only the async client gets here: the sync one unlocked in __init__.
                await self.vault.unlock()
            except BaseException:
                await self.aclose()
                raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._config.display_url!r}, max_retries={self._config.max_retries})"
