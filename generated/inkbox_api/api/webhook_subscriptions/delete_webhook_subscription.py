from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.webhook_subscription_scope import WebhookSubscriptionScope
from ...types import UNSET, Response, Unset, parse_enum


def _get_kwargs(
    sub_id: UUID,
    *,
    scope: WebhookSubscriptionScope | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope.value

    params["scope"] = json_scope

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "extensions": {"inkbox_operation": "delete_webhook_subscription"},
        "url": "/api/v1/webhooks/subscriptions/{sub_id}".format(
            sub_id=errors.path_segment(sub_id, "sub_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorEnvelope.from_dict(response.json())

        return response_409

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
) -> Response[Any | ErrorEnvelope]:
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
    sub_id: UUID,
    *,
    client: AuthenticatedClient,
    scope: WebhookSubscriptionScope | Unset = UNSET,
) -> Response[Any | ErrorEnvelope]:
    """Stop a subscription; its delivery log stays.

     A mixed-channel subscription needs `scope=identity` (409 otherwise).

    Args:
        sub_id (UUID):
        scope (WebhookSubscriptionScope | Unset): `identity`: every channel of the identity
            (mixed-channel subscriptions included).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        sub_id=sub_id,
        scope=scope,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sub_id: UUID,
    *,
    client: AuthenticatedClient,
    scope: WebhookSubscriptionScope | Unset = UNSET,
) -> Any | ErrorEnvelope | None:
    """Stop a subscription; its delivery log stays.

     A mixed-channel subscription needs `scope=identity` (409 otherwise).

    Args:
        sub_id (UUID):
        scope (WebhookSubscriptionScope | Unset): `identity`: every channel of the identity
            (mixed-channel subscriptions included).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return sync_detailed(
        sub_id=sub_id,
        client=client,
        scope=scope,
    ).parsed


async def asyncio_detailed(
    sub_id: UUID,
    *,
    client: AuthenticatedClient,
    scope: WebhookSubscriptionScope | Unset = UNSET,
) -> Response[Any | ErrorEnvelope]:
    """Stop a subscription; its delivery log stays.

     A mixed-channel subscription needs `scope=identity` (409 otherwise).

    Args:
        sub_id (UUID):
        scope (WebhookSubscriptionScope | Unset): `identity`: every channel of the identity
            (mixed-channel subscriptions included).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        sub_id=sub_id,
        scope=scope,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sub_id: UUID,
    *,
    client: AuthenticatedClient,
    scope: WebhookSubscriptionScope | Unset = UNSET,
) -> Any | ErrorEnvelope | None:
    """Stop a subscription; its delivery log stays.

     A mixed-channel subscription needs `scope=identity` (409 otherwise).

    Args:
        sub_id (UUID):
        scope (WebhookSubscriptionScope | Unset): `identity`: every channel of the identity
            (mixed-channel subscriptions included).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            sub_id=sub_id,
            client=client,
            scope=scope,
        )
    ).parsed
