from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.created_tunnel import CreatedTunnel
from ...models.error_envelope import ErrorEnvelope
from ...models.tunnel_create import TunnelCreate
from ...types import Response, parse_enum


def _get_kwargs(
    *,
    body: TunnelCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"inkbox_operation": "create_tunnel"},
        "url": "/api/v1/tunnels/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedTunnel | ErrorEnvelope | None:
    if response.status_code == 201:
        response_201 = CreatedTunnel.from_dict(response.json())

        return response_201

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
) -> Response[CreatedTunnel | ErrorEnvelope]:
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
    body: TunnelCreate,
) -> Response[CreatedTunnel | ErrorEnvelope]:
    """Create a standalone tunnel (guide-era).

     Guide-era (0.3.1) standalone tunnel lifecycle, removed from the client in 0.4.0 when tunnels became
    owned by identities (created by `POST /api/v1/identities`, deleted with the identity). Edge tunnels
    start `active`, passthrough tunnels `awaiting_cert`. 409 when the name is taken or reserved; 429
    beyond 10 creations per organisation per day.

    Args:
        body (TunnelCreate): Body of `create_tunnel` (guide-era).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedTunnel | ErrorEnvelope]
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
    body: TunnelCreate,
) -> CreatedTunnel | ErrorEnvelope | None:
    """Create a standalone tunnel (guide-era).

     Guide-era (0.3.1) standalone tunnel lifecycle, removed from the client in 0.4.0 when tunnels became
    owned by identities (created by `POST /api/v1/identities`, deleted with the identity). Edge tunnels
    start `active`, passthrough tunnels `awaiting_cert`. 409 when the name is taken or reserved; 429
    beyond 10 creations per organisation per day.

    Args:
        body (TunnelCreate): Body of `create_tunnel` (guide-era).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedTunnel | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TunnelCreate,
) -> Response[CreatedTunnel | ErrorEnvelope]:
    """Create a standalone tunnel (guide-era).

     Guide-era (0.3.1) standalone tunnel lifecycle, removed from the client in 0.4.0 when tunnels became
    owned by identities (created by `POST /api/v1/identities`, deleted with the identity). Edge tunnels
    start `active`, passthrough tunnels `awaiting_cert`. 409 when the name is taken or reserved; 429
    beyond 10 creations per organisation per day.

    Args:
        body (TunnelCreate): Body of `create_tunnel` (guide-era).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedTunnel | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TunnelCreate,
) -> CreatedTunnel | ErrorEnvelope | None:
    """Create a standalone tunnel (guide-era).

     Guide-era (0.3.1) standalone tunnel lifecycle, removed from the client in 0.4.0 when tunnels became
    owned by identities (created by `POST /api/v1/identities`, deleted with the identity). Edge tunnels
    start `active`, passthrough tunnels `awaiting_cert`. 409 when the name is taken or reserved; 429
    beyond 10 creations per organisation per day.

    Args:
        body (TunnelCreate): Body of `create_tunnel` (guide-era).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedTunnel | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
