from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.webhook_delivery_list import WebhookDeliveryList
from ...types import UNSET, Response, Unset, parse_enum


def _get_kwargs(
    *,
    subscription_id: UUID | Unset = UNSET,
    phone_number_id: UUID | Unset = UNSET,
    event_type: str | Unset = UNSET,
    success: bool | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_subscription_id: str | Unset = UNSET
    if not isinstance(subscription_id, Unset):
        json_subscription_id = str(subscription_id)
    params["subscription_id"] = json_subscription_id

    json_phone_number_id: str | Unset = UNSET
    if not isinstance(phone_number_id, Unset):
        json_phone_number_id = str(phone_number_id)
    params["phone_number_id"] = json_phone_number_id

    params["event_type"] = event_type

    params["success"] = success

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"inkbox_operation": "list_webhook_deliveries"},
        "url": "/api/v1/webhooks/deliveries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WebhookDeliveryList | None:
    if response.status_code == 200:
        response_200 = WebhookDeliveryList.from_dict(response.json())

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
) -> Response[ErrorEnvelope | WebhookDeliveryList]:
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
    subscription_id: UUID | Unset = UNSET,
    phone_number_id: UUID | Unset = UNSET,
    event_type: str | Unset = UNSET,
    success: bool | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[ErrorEnvelope | WebhookDeliveryList]:
    """Logged delivery attempts, newest first (filters AND-combine).

    Args:
        subscription_id (UUID | Unset):
        phone_number_id (UUID | Unset):
        event_type (str | Unset):
        success (bool | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WebhookDeliveryList]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        phone_number_id=phone_number_id,
        event_type=event_type,
        success=success,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    subscription_id: UUID | Unset = UNSET,
    phone_number_id: UUID | Unset = UNSET,
    event_type: str | Unset = UNSET,
    success: bool | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> ErrorEnvelope | WebhookDeliveryList | None:
    """Logged delivery attempts, newest first (filters AND-combine).

    Args:
        subscription_id (UUID | Unset):
        phone_number_id (UUID | Unset):
        event_type (str | Unset):
        success (bool | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WebhookDeliveryList
    """

    return sync_detailed(
        client=client,
        subscription_id=subscription_id,
        phone_number_id=phone_number_id,
        event_type=event_type,
        success=success,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    subscription_id: UUID | Unset = UNSET,
    phone_number_id: UUID | Unset = UNSET,
    event_type: str | Unset = UNSET,
    success: bool | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[ErrorEnvelope | WebhookDeliveryList]:
    """Logged delivery attempts, newest first (filters AND-combine).

    Args:
        subscription_id (UUID | Unset):
        phone_number_id (UUID | Unset):
        event_type (str | Unset):
        success (bool | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WebhookDeliveryList]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        phone_number_id=phone_number_id,
        event_type=event_type,
        success=success,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    subscription_id: UUID | Unset = UNSET,
    phone_number_id: UUID | Unset = UNSET,
    event_type: str | Unset = UNSET,
    success: bool | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> ErrorEnvelope | WebhookDeliveryList | None:
    """Logged delivery attempts, newest first (filters AND-combine).

    Args:
        subscription_id (UUID | Unset):
        phone_number_id (UUID | Unset):
        event_type (str | Unset):
        success (bool | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WebhookDeliveryList
    """

    return (
        await asyncio_detailed(
            client=client,
            subscription_id=subscription_id,
            phone_number_id=phone_number_id,
            event_type=event_type,
            success=success,
            limit=limit,
            offset=offset,
        )
    ).parsed
