from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.webhook_subscription_list import WebhookSubscriptionList
from ...models.webhook_subscription_scope import WebhookSubscriptionScope
from ...types import UNSET, Response, Unset, parse_enum


def _get_kwargs(
    *,
    mailbox_id: UUID | Unset = UNSET,
    phone_number_id: UUID | Unset = UNSET,
    agent_identity_id: UUID | Unset = UNSET,
    url_query: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    scope: WebhookSubscriptionScope | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_mailbox_id: str | Unset = UNSET
    if not isinstance(mailbox_id, Unset):
        json_mailbox_id = str(mailbox_id)
    params["mailbox_id"] = json_mailbox_id

    json_phone_number_id: str | Unset = UNSET
    if not isinstance(phone_number_id, Unset):
        json_phone_number_id = str(phone_number_id)
    params["phone_number_id"] = json_phone_number_id

    json_agent_identity_id: str | Unset = UNSET
    if not isinstance(agent_identity_id, Unset):
        json_agent_identity_id = str(agent_identity_id)
    params["agent_identity_id"] = json_agent_identity_id

    params["url"] = url_query

    params["event_type"] = event_type

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope.value

    params["scope"] = json_scope

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"inkbox_operation": "list_webhook_subscriptions"},
        "url": "/api/v1/webhooks/subscriptions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WebhookSubscriptionList | None:
    if response.status_code == 200:
        response_200 = WebhookSubscriptionList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorEnvelope.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | WebhookSubscriptionList]:
    # Whatever the body holds (not JSON, not UTF-8, nested too deep, another shape) and whatever
    # the status (one outside the IANA list), the caller gets one error type, never a parser's.
    try:
        return Response(
            status_code=parse_enum(HTTPStatus, response.status_code),
            content=response.content,
            headers=response.headers,
            parsed=_parse_response(client=client, response=response),
        )
    except errors.UnexpectedStatus:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError) as exc:
        raise errors.response_error(response, errors.describe(exc)) from None


def sync_detailed(
    *,
    client: AuthenticatedClient,
    mailbox_id: UUID | Unset = UNSET,
    phone_number_id: UUID | Unset = UNSET,
    agent_identity_id: UUID | Unset = UNSET,
    url_query: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    scope: WebhookSubscriptionScope | Unset = UNSET,
) -> Response[ErrorEnvelope | WebhookSubscriptionList]:
    """The active subscriptions visible to the caller (filters AND-combine).

     `mailbox_id`, `phone_number_id` and `agent_identity_id` are mutually exclusive (422). Without
    `scope`, subscriptions whose event types span several channels are left out (the single-channel
    view); `scope=identity` includes them.

    Args:
        mailbox_id (UUID | Unset):
        phone_number_id (UUID | Unset):
        agent_identity_id (UUID | Unset):
        url_query (str | Unset):
        event_type (str | Unset):
        scope (WebhookSubscriptionScope | Unset): `identity`: every channel of the identity
            (mixed-channel subscriptions included).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WebhookSubscriptionList]
    """

    kwargs = _get_kwargs(
        mailbox_id=mailbox_id,
        phone_number_id=phone_number_id,
        agent_identity_id=agent_identity_id,
        url_query=url_query,
        event_type=event_type,
        scope=scope,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    mailbox_id: UUID | Unset = UNSET,
    phone_number_id: UUID | Unset = UNSET,
    agent_identity_id: UUID | Unset = UNSET,
    url_query: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    scope: WebhookSubscriptionScope | Unset = UNSET,
) -> ErrorEnvelope | WebhookSubscriptionList | None:
    """The active subscriptions visible to the caller (filters AND-combine).

     `mailbox_id`, `phone_number_id` and `agent_identity_id` are mutually exclusive (422). Without
    `scope`, subscriptions whose event types span several channels are left out (the single-channel
    view); `scope=identity` includes them.

    Args:
        mailbox_id (UUID | Unset):
        phone_number_id (UUID | Unset):
        agent_identity_id (UUID | Unset):
        url_query (str | Unset):
        event_type (str | Unset):
        scope (WebhookSubscriptionScope | Unset): `identity`: every channel of the identity
            (mixed-channel subscriptions included).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WebhookSubscriptionList
    """

    return sync_detailed(
        client=client,
        mailbox_id=mailbox_id,
        phone_number_id=phone_number_id,
        agent_identity_id=agent_identity_id,
        url_query=url_query,
        event_type=event_type,
        scope=scope,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    mailbox_id: UUID | Unset = UNSET,
    phone_number_id: UUID | Unset = UNSET,
    agent_identity_id: UUID | Unset = UNSET,
    url_query: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    scope: WebhookSubscriptionScope | Unset = UNSET,
) -> Response[ErrorEnvelope | WebhookSubscriptionList]:
    """The active subscriptions visible to the caller (filters AND-combine).

     `mailbox_id`, `phone_number_id` and `agent_identity_id` are mutually exclusive (422). Without
    `scope`, subscriptions whose event types span several channels are left out (the single-channel
    view); `scope=identity` includes them.

    Args:
        mailbox_id (UUID | Unset):
        phone_number_id (UUID | Unset):
        agent_identity_id (UUID | Unset):
        url_query (str | Unset):
        event_type (str | Unset):
        scope (WebhookSubscriptionScope | Unset): `identity`: every channel of the identity
            (mixed-channel subscriptions included).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WebhookSubscriptionList]
    """

    kwargs = _get_kwargs(
        mailbox_id=mailbox_id,
        phone_number_id=phone_number_id,
        agent_identity_id=agent_identity_id,
        url_query=url_query,
        event_type=event_type,
        scope=scope,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    mailbox_id: UUID | Unset = UNSET,
    phone_number_id: UUID | Unset = UNSET,
    agent_identity_id: UUID | Unset = UNSET,
    url_query: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    scope: WebhookSubscriptionScope | Unset = UNSET,
) -> ErrorEnvelope | WebhookSubscriptionList | None:
    """The active subscriptions visible to the caller (filters AND-combine).

     `mailbox_id`, `phone_number_id` and `agent_identity_id` are mutually exclusive (422). Without
    `scope`, subscriptions whose event types span several channels are left out (the single-channel
    view); `scope=identity` includes them.

    Args:
        mailbox_id (UUID | Unset):
        phone_number_id (UUID | Unset):
        agent_identity_id (UUID | Unset):
        url_query (str | Unset):
        event_type (str | Unset):
        scope (WebhookSubscriptionScope | Unset): `identity`: every channel of the identity
            (mixed-channel subscriptions included).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WebhookSubscriptionList
    """

    return (
        await asyncio_detailed(
            client=client,
            mailbox_id=mailbox_id,
            phone_number_id=phone_number_id,
            agent_identity_id=agent_identity_id,
            url_query=url_query,
            event_type=event_type,
            scope=scope,
        )
    ).parsed
