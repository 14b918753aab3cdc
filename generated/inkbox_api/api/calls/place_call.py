from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.phone_call_with_rate_limit import PhoneCallWithRateLimit
from ...models.place_call_request import PlaceCallRequest
from ...types import Response, parse_enum


def _get_kwargs(
    *,
    body: PlaceCallRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"inkbox_operation": "place_call"},
        "url": "/api/v1/phone/place-call",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PhoneCallWithRateLimit | None:
    if response.status_code == 200:
        response_200 = PhoneCallWithRateLimit.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

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
) -> Response[ErrorEnvelope | PhoneCallWithRateLimit]:
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
    body: PlaceCallRequest,
) -> Response[ErrorEnvelope | PhoneCallWithRateLimit]:
    """Place an outbound call.

     Audio streams over the caller's WebSocket (`mode: client_websocket`) or is driven by Inkbox Voice AI
    (`mode: hosted_agent`). The server enforces the conditional shape with 422: `from_number` is
    required for `dedicated_number` origination, `agent_identity_id` for the iMessage originations,
    `reason` is required with `hosted_agent` and invalid otherwise. 400 when `from_number` is not
    active, 403 when it belongs to another organisation or the recipient is blocked by a contact rule,
    429 when the organisation exceeded its rolling 24 h call or minute quota. The guide-era client sends
    only `from_number`, `to_number` and `client_websocket_url`; the current one always adds
    `origination` and `mode`.

    Args:
        body (PlaceCallRequest): Body of `place_call`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PhoneCallWithRateLimit]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PlaceCallRequest,
) -> ErrorEnvelope | PhoneCallWithRateLimit | None:
    """Place an outbound call.

     Audio streams over the caller's WebSocket (`mode: client_websocket`) or is driven by Inkbox Voice AI
    (`mode: hosted_agent`). The server enforces the conditional shape with 422: `from_number` is
    required for `dedicated_number` origination, `agent_identity_id` for the iMessage originations,
    `reason` is required with `hosted_agent` and invalid otherwise. 400 when `from_number` is not
    active, 403 when it belongs to another organisation or the recipient is blocked by a contact rule,
    429 when the organisation exceeded its rolling 24 h call or minute quota. The guide-era client sends
    only `from_number`, `to_number` and `client_websocket_url`; the current one always adds
    `origination` and `mode`.

    Args:
        body (PlaceCallRequest): Body of `place_call`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PhoneCallWithRateLimit
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PlaceCallRequest,
) -> Response[ErrorEnvelope | PhoneCallWithRateLimit]:
    """Place an outbound call.

     Audio streams over the caller's WebSocket (`mode: client_websocket`) or is driven by Inkbox Voice AI
    (`mode: hosted_agent`). The server enforces the conditional shape with 422: `from_number` is
    required for `dedicated_number` origination, `agent_identity_id` for the iMessage originations,
    `reason` is required with `hosted_agent` and invalid otherwise. 400 when `from_number` is not
    active, 403 when it belongs to another organisation or the recipient is blocked by a contact rule,
    429 when the organisation exceeded its rolling 24 h call or minute quota. The guide-era client sends
    only `from_number`, `to_number` and `client_websocket_url`; the current one always adds
    `origination` and `mode`.

    Args:
        body (PlaceCallRequest): Body of `place_call`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PhoneCallWithRateLimit]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PlaceCallRequest,
) -> ErrorEnvelope | PhoneCallWithRateLimit | None:
    """Place an outbound call.

     Audio streams over the caller's WebSocket (`mode: client_websocket`) or is driven by Inkbox Voice AI
    (`mode: hosted_agent`). The server enforces the conditional shape with 422: `from_number` is
    required for `dedicated_number` origination, `agent_identity_id` for the iMessage originations,
    `reason` is required with `hosted_agent` and invalid otherwise. 400 when `from_number` is not
    active, 403 when it belongs to another organisation or the recipient is blocked by a contact rule,
    429 when the organisation exceeded its rolling 24 h call or minute quota. The guide-era client sends
    only `from_number`, `to_number` and `client_websocket_url`; the current one always adds
    `origination` and `mode`.

    Args:
        body (PlaceCallRequest): Body of `place_call`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PhoneCallWithRateLimit
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
