from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.sms_opt_in import SmsOptIn
from ...types import Response, parse_enum


def _get_kwargs(
    receiver_number: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"inkbox_operation": "opt_out_sms_recipient"},
        "url": "/api/v1/phone/sms-opt-ins/{receiver_number}/opt-out".format(
            receiver_number=errors.path_segment(receiver_number, "receiver_number"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SmsOptIn | None:
    if response.status_code == 200:
        response_200 = SmsOptIn.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ErrorEnvelope.from_dict(response.json())

        return response_409

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
) -> Response[ErrorEnvelope | SmsOptIn]:
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
    receiver_number: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | SmsOptIn]:
    """Mark a recipient as opted out (admin only).

     Records the change with `source` `api`; the next text to this recipient is gated by it. The real
    server allows it only to organizations running their own 10DLC campaign (409
    `customer_campaign_required` otherwise).

    Args:
        receiver_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SmsOptIn]
    """

    kwargs = _get_kwargs(
        receiver_number=receiver_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    receiver_number: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | SmsOptIn | None:
    """Mark a recipient as opted out (admin only).

     Records the change with `source` `api`; the next text to this recipient is gated by it. The real
    server allows it only to organizations running their own 10DLC campaign (409
    `customer_campaign_required` otherwise).

    Args:
        receiver_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SmsOptIn
    """

    return sync_detailed(
        receiver_number=receiver_number,
        client=client,
    ).parsed


async def asyncio_detailed(
    receiver_number: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | SmsOptIn]:
    """Mark a recipient as opted out (admin only).

     Records the change with `source` `api`; the next text to this recipient is gated by it. The real
    server allows it only to organizations running their own 10DLC campaign (409
    `customer_campaign_required` otherwise).

    Args:
        receiver_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SmsOptIn]
    """

    kwargs = _get_kwargs(
        receiver_number=receiver_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    receiver_number: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | SmsOptIn | None:
    """Mark a recipient as opted out (admin only).

     Records the change with `source` `api`; the next text to this recipient is gated by it. The real
    server allows it only to organizations running their own 10DLC campaign (409
    `customer_campaign_required` otherwise).

    Args:
        receiver_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SmsOptIn
    """

    return (
        await asyncio_detailed(
            receiver_number=receiver_number,
            client=client,
        )
    ).parsed
