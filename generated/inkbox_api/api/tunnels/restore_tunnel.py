from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.tunnel import Tunnel
from ...types import Response, parse_enum


def _get_kwargs(
    tunnel_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"inkbox_operation": "restore_tunnel"},
        "url": "/api/v1/tunnels/{tunnel_id}/restore".format(
            tunnel_id=errors.path_segment(tunnel_id, "tunnel_id"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | Tunnel | None:
    if response.status_code == 200:
        response_200 = Tunnel.from_dict(response.json())

        return response_200

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
) -> Response[ErrorEnvelope | Tunnel]:
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
    tunnel_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | Tunnel]:
    """Restore a tunnel scheduled for removal (guide-era).

     Guide-era (0.3.1) standalone tunnel lifecycle, removed from the client in 0.4.0 when tunnels became
    owned by identities (created by `POST /api/v1/identities`, deleted with the identity). 409 when the
    tunnel is not `delete_pending`.

    Args:
        tunnel_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Tunnel]
    """

    kwargs = _get_kwargs(
        tunnel_id=tunnel_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tunnel_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | Tunnel | None:
    """Restore a tunnel scheduled for removal (guide-era).

     Guide-era (0.3.1) standalone tunnel lifecycle, removed from the client in 0.4.0 when tunnels became
    owned by identities (created by `POST /api/v1/identities`, deleted with the identity). 409 when the
    tunnel is not `delete_pending`.

    Args:
        tunnel_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Tunnel
    """

    return sync_detailed(
        tunnel_id=tunnel_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    tunnel_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | Tunnel]:
    """Restore a tunnel scheduled for removal (guide-era).

     Guide-era (0.3.1) standalone tunnel lifecycle, removed from the client in 0.4.0 when tunnels became
    owned by identities (created by `POST /api/v1/identities`, deleted with the identity). 409 when the
    tunnel is not `delete_pending`.

    Args:
        tunnel_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Tunnel]
    """

    kwargs = _get_kwargs(
        tunnel_id=tunnel_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tunnel_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | Tunnel | None:
    """Restore a tunnel scheduled for removal (guide-era).

     Guide-era (0.3.1) standalone tunnel lifecycle, removed from the client in 0.4.0 when tunnels became
    owned by identities (created by `POST /api/v1/identities`, deleted with the identity). 409 when the
    tunnel is not `delete_pending`.

    Args:
        tunnel_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Tunnel
    """

    return (
        await asyncio_detailed(
            tunnel_id=tunnel_id,
            client=client,
        )
    ).parsed
