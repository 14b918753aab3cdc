"""`inkbox.webhooks`: subscriptions (`.subscriptions`) and the delivery log (`.deliveries`).

A subscription sends an identity's events (mail, texts, calls) to a URL, signed with the
identity's signing key; every delivery attempt is logged and can be replayed.
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal

from inkbox_api.api.webhook_deliveries import list_webhook_deliveries, replay_webhook_delivery
from inkbox_api.api.webhook_subscriptions import (
    create_webhook_subscription,
    delete_webhook_subscription,
    get_webhook_catalog,
    get_webhook_subscription,
    list_webhook_subscriptions,
    update_webhook_subscription,
)
from inkbox_api.models import (
    WebhookCatalog,
    WebhookContextConfig,
    WebhookDelivery,
    WebhookDeliveryList,
    WebhookSubscription,
    WebhookSubscriptionCreate,
    WebhookSubscriptionCreateResponse,
    WebhookSubscriptionList,
    WebhookSubscriptionScope,
    WebhookSubscriptionUpdate,
)

from ..._types import NOT_GIVEN, NotGivenOr
from ..._wire import (
    as_uuid,
    check_limit,
    check_offset,
    omit,
    omitted,
    opt_enum,
    opt_text,
    opt_uuid,
    parsed,
    patch_text,
    require_text,
)
from ..pager import AsyncPager
from ._base import AsyncResource

__all__ = [
    "AsyncWebhookDeliveriesResource",
    "AsyncWebhookSubscriptionsResource",
    "AsyncWebhooksResource",
]

Scope = Literal["identity"]
_CHANNEL_PREFIXES = ("message.", "text.", "imessage.", "call.", "a2a.", "slack.")
_CONTEXT_LIMITS = {"count": ("count", 50), "window": ("hours", 168)}


class AsyncWebhooksResource(AsyncResource):
    """Webhook subscriptions and their delivery log."""

    @cached_property
    def subscriptions(self) -> AsyncWebhookSubscriptionsResource:
        """Which events go to which URL."""
        return AsyncWebhookSubscriptionsResource(self._client)

    @cached_property
    def deliveries(self) -> AsyncWebhookDeliveriesResource:
        """Every delivery attempt, and replay."""
        return AsyncWebhookDeliveriesResource(self._client)


class AsyncWebhookSubscriptionsResource(AsyncResource):
    """Webhook subscriptions of identities (or, legacy, of one mailbox or phone number)."""

    async def catalog(self) -> WebhookCatalog:
        """The event types a subscription may name, and whether identity-wide subscriptions
        are supported."""
        response = await get_webhook_catalog.asyncio_detailed(client=self._api)
        return parsed(response, WebhookCatalog)

    async def create(
        self,
        *,
        url: str,
        event_types: Sequence[str],
        mailbox_id: uuid.UUID | str | None = None,
        phone_number_id: uuid.UUID | str | None = None,
        agent_identity_id: uuid.UUID | str | None = None,
        context_config: Mapping[str, Any] | None = None,
        auth_token: str | None = None,
    ) -> WebhookSubscriptionCreateResponse:
        """Subscribe `url` to events of one identity (or one mailbox / phone number).

        Args:
            url: Where deliveries are POSTed.
            event_types: Distinct event types of the catalog, e.g. `["message.received"]`.
            mailbox_id: Legacy scope: only this mailbox's `message.*` events.
            phone_number_id: Legacy scope: only this number's `text.*` / `call.*` events.
            agent_identity_id: The owner: every channel of this identity (exactly one of the
                three ids is required).
            context_config: Conversation context on received events, per class (`email`,
                `texts`, `calls`): `{"mode": "count", "count": 1..50}` or
                `{"mode": "window", "hours": 1..168}`.
            auth_token: Sent as `Authorization: Bearer <token>` with every delivery.

        Returns:
            The subscription; `signing_key` is set once, when this call minted the identity's
            signing key (store it: it verifies the deliveries).

        Raises:
            ValueError: not exactly one owner id, empty or repeated event types, an event type
                of no known channel, `phone.incoming_call`, a malformed `context_config`.
            UnprocessableEntityError: an event type the catalog lacks.
            NotFoundError: the mailbox, number or identity does not exist.
            PermissionDeniedError: an agent key naming another identity's channel.
        """
        owners = {
            "mailbox_id": mailbox_id,
            "phone_number_id": phone_number_id,
            "agent_identity_id": agent_identity_id,
        }
        named = [name for name, value in owners.items() if value is not None]
        if len(named) != 1:
            raise ValueError(
                "Exactly one of mailbox_id, phone_number_id or agent_identity_id is required"
            )
        body = WebhookSubscriptionCreate(
            url=require_text(url, "url"),
            event_types=_event_types(event_types),
            mailbox_id=opt_uuid(mailbox_id, "mailbox_id"),
            phone_number_id=opt_uuid(phone_number_id, "phone_number_id"),
            agent_identity_id=opt_uuid(agent_identity_id, "agent_identity_id"),
            context_config=omit(_context(context_config)),
            auth_token=opt_text(auth_token, "auth_token"),
        )
        response = await create_webhook_subscription.asyncio_detailed(client=self._api, body=body)
        return parsed(response, WebhookSubscriptionCreateResponse)

    async def get(self, sub_id: uuid.UUID | str) -> WebhookSubscription:
        """One active subscription.

        Args:
            sub_id: The subscription.

        Raises:
            NotFoundError: no such subscription, or it was deleted.
        """
        response = await get_webhook_subscription.asyncio_detailed(
            as_uuid(sub_id, "sub_id"), client=self._api
        )
        return parsed(response, WebhookSubscription)

    async def list(
        self,
        *,
        mailbox_id: uuid.UUID | str | None = None,
        phone_number_id: uuid.UUID | str | None = None,
        agent_identity_id: uuid.UUID | str | None = None,
        url: str | None = None,
        event_type: str | None = None,
        scope: Scope | None = None,
    ) -> builtins.list[WebhookSubscription]:
        """The active subscriptions visible to the caller (filters AND-combine).

        Args:
            mailbox_id: Only this mailbox's (the three ids are mutually exclusive).
            phone_number_id: Only this number's.
            agent_identity_id: Only this identity's.
            url: Only those delivering to this URL.
            event_type: Only those carrying this event type.
            scope: `"identity"` also lists subscriptions spanning several channels (checked
                against the server's catalog first).

        Raises:
            ValueError: `scope="identity"` and the server does not support it.
        """
        if scope is not None:
            _scope(scope)
            if not (await self.catalog()).supports_identity_subscriptions:
                raise ValueError("This server does not support identity-wide subscriptions")
        response = await list_webhook_subscriptions.asyncio_detailed(
            client=self._api,
            mailbox_id=opt_uuid(mailbox_id, "mailbox_id"),
            phone_number_id=opt_uuid(phone_number_id, "phone_number_id"),
            agent_identity_id=opt_uuid(agent_identity_id, "agent_identity_id"),
            url_query=opt_text(url, "url"),
            event_type=opt_text(event_type, "event_type"),
            scope=opt_enum(scope, WebhookSubscriptionScope, "scope"),
        )
        return parsed(response, WebhookSubscriptionList).subscriptions

    async def update(
        self,
        sub_id: uuid.UUID | str,
        *,
        url: NotGivenOr[str] = NOT_GIVEN,
        event_types: NotGivenOr[Sequence[str]] = NOT_GIVEN,
        context_config: NotGivenOr[Mapping[str, Any] | None] = NOT_GIVEN,
        auth_token: NotGivenOr[str | None] = NOT_GIVEN,
        scope: Scope | None = None,
    ) -> WebhookSubscription:
        """Change a subscription; what is not given stays as it is.

        Args:
            sub_id: The subscription.
            url: The new URL.
            event_types: Replaces the list (non-empty, distinct).
            context_config: Replaces the context config; `None` clears it.
            auth_token: Replaces the bearer token; `None` clears it.
            scope: `"identity"`, needed for a subscription spanning several channels.

        Raises:
            ValueError: `url` or `event_types` is `None`, or invalid as for `create`.
            ConflictError: a multi-channel subscription without `scope="identity"`.
        """
        if url is None or event_types is None:
            raise ValueError("url and event_types cannot be cleared; leave them out instead")
        body = WebhookSubscriptionUpdate(
            url=omitted() if url is NOT_GIVEN else require_text(url, "url"),
            event_types=omitted() if event_types is NOT_GIVEN else _event_types(event_types),
            context_config=omitted() if context_config is NOT_GIVEN else _context(context_config),
            auth_token=patch_text(auth_token, "auth_token"),
        )
        response = await update_webhook_subscription.asyncio_detailed(
            as_uuid(sub_id, "sub_id"),
            client=self._api,
            body=body,
            scope=opt_enum(_scope(scope), WebhookSubscriptionScope, "scope"),
        )
        return parsed(response, WebhookSubscription)

    async def delete(self, sub_id: uuid.UUID | str, *, scope: Scope | None = None) -> None:
        """Delete a subscription (its delivery log stays).

        Args:
            sub_id: The subscription.
            scope: `"identity"` to delete a subscription that spans several channels
                (without it, such a delete is refused with 409).

        Raises:
            NotFoundError: no such subscription.
            ConflictError: a multi-channel subscription without `scope="identity"`.
        """
        await delete_webhook_subscription.asyncio_detailed(
            as_uuid(sub_id, "sub_id"),
            client=self._api,
            scope=opt_enum(_scope(scope), WebhookSubscriptionScope, "scope"),
        )


class AsyncWebhookDeliveriesResource(AsyncResource):
    """The log of delivery attempts (newest first), and replay."""

    async def list(
        self,
        *,
        subscription_id: uuid.UUID | str | None = None,
        phone_number_id: uuid.UUID | str | None = None,
        event_type: str | None = None,
        success: bool | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> builtins.list[WebhookDelivery]:
        """One page of logged attempts, newest first (filters AND-combine; see `iter`).

        Args:
            subscription_id: Only this subscription's attempts.
            phone_number_id: Only this number's incoming-call attempts.
            event_type: Only this event type.
            success: `True`: answered 2xx; `False`: any other answer or none.
            limit: Attempts per page (1-200).
            offset: Attempts to skip.
        """
        response = await list_webhook_deliveries.asyncio_detailed(
            client=self._api,
            subscription_id=opt_uuid(subscription_id, "subscription_id"),
            phone_number_id=opt_uuid(phone_number_id, "phone_number_id"),
            event_type=opt_text(event_type, "event_type"),
            success=omit(success),
            limit=check_limit(limit),
            offset=check_offset(offset),
        )
        return parsed(response, WebhookDeliveryList).deliveries

    def iter(
        self,
        *,
        subscription_id: uuid.UUID | str | None = None,
        phone_number_id: uuid.UUID | str | None = None,
        event_type: str | None = None,
        success: bool | None = None,
        page_size: int = 50,
    ) -> AsyncPager[WebhookDelivery]:
        """Every logged attempt matching the filters, newest first, a page at a time.

        Args:
            subscription_id: Only this subscription's attempts.
            phone_number_id: Legacy scope: only this number's `text.*` / `call.*` events.
            event_type: Only those carrying this event type.
            success: `True`: answered 2xx; `False`: any other answer or none.
            page_size: Items fetched per request; the iterator pages on by itself.
        """
        sub = None if subscription_id is None else as_uuid(subscription_id, "subscription_id")
        number = None if phone_number_id is None else as_uuid(phone_number_id, "phone_number_id")

        async def fetch(offset: int, limit: int) -> builtins.list[WebhookDelivery]:
            return await self.list(
                subscription_id=sub,
                phone_number_id=number,
                event_type=event_type,
                success=success,
                limit=limit,
                offset=offset,
            )

        return self._offset_pager(fetch, page_size)

    async def replay(self, delivery_id: uuid.UUID | str) -> WebhookDelivery:
        """Deliver a logged event once more to its subscription's current URL.

        Same envelope (same event id, so a receiver that already has it can skip it), fresh
        request id, timestamp and signature.

        Args:
            delivery_id: The delivery's id.

        Returns:
            The new attempt (`is_replay` true), with the receiver's answer.

        Raises:
            NotFoundError: no such delivery.
            ConflictError: the subscription was deleted or no longer carries the event type.
            UnprocessableEntityError: the delivery is not replayable (incoming-call decisions).
        """
        response = await replay_webhook_delivery.asyncio_detailed(
            as_uuid(delivery_id, "delivery_id"), client=self._api
        )
        return parsed(response, WebhookDelivery)


def _scope(scope: str | None) -> str | None:
    if scope not in (None, "identity"):
        raise ValueError(f"scope must be 'identity' or None; got {scope!r}")
    return scope


def _event_types(values: Sequence[str]) -> builtins.list[str]:
    if isinstance(values, str) or not isinstance(values, Sequence):
        raise TypeError("event_types must be a list of event type names")
    if not values:
        raise ValueError("event_types must not be empty")
    seen: set[str] = set()
    for value in values:
        name = require_text(value, "event_types[]")
        if name in seen:
            raise ValueError(f"event_types lists {name!r} twice")
        if name == "phone.incoming_call":
            raise ValueError(
                "phone.incoming_call is not a subscription event; set the number's"
                " incoming-call action instead"
            )
        if not name.startswith(_CHANNEL_PREFIXES):
            raise ValueError(
                f"event type {name!r} belongs to no channel; names start with one of "
                + ", ".join(_CHANNEL_PREFIXES)
            )
        seen.add(name)
    return list(values)


def _context(config: Mapping[str, Any] | None) -> WebhookContextConfig | None:
    """The context config checked as the server checks it (ValueError naming the class)."""
    if config is None:
        return None
    if not isinstance(config, Mapping):
        raise TypeError("context_config must be a mapping of class -> mode config")
    for klass, entry in config.items():
        if klass not in ("email", "texts", "calls"):
            raise ValueError(f"context_config has unknown class {klass!r}; use email, texts, calls")
        if entry is None:
            continue
        mode = entry.get("mode") if isinstance(entry, Mapping) else None
        if mode not in _CONTEXT_LIMITS:
            raise ValueError(f"context_config[{klass!r}]['mode'] must be 'count' or 'window'")
        key, high = _CONTEXT_LIMITS[mode]
        value = entry.get(key)
        if set(entry) != {"mode", key} or isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(
                f"context_config[{klass!r}] must be {{'mode': {mode!r}, {key!r}: int}}"
            )
        if not 1 <= value <= high:
            raise ValueError(f"context_config[{klass!r}][{key!r}] must be between 1 and {high}")
    return WebhookContextConfig.from_dict({k: v for k, v in config.items()})
