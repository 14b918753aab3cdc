from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.sign_tunnel_csr_request import SignTunnelCsrRequest
from ...models.signed_cert import SignedCert
from ...types import Response, parse_enum


def _get_kwargs(
    tunnel_id: UUID,
    *,
    body: SignTunnelCsrRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"inkbox_operation": "sign_tunnel_csr"},
        "url": "/api/v1/tunnels/{tunnel_id}/sign-csr".format(
            tunnel_id=errors.path_segment(tunnel_id, "tunnel_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SignedCert | None:
    if response.status_code == 200:
        response_200 = SignedCert.from_dict(response.json())

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
) -> Response[ErrorEnvelope | SignedCert]:
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
    body: SignTunnelCsrRequest,
) -> Response[ErrorEnvelope | SignedCert]:
    """Sign a CSR for a passthrough tunnel.

     The CN must equal the tunnel's `public_host`. Issuance is synchronous and may take minutes (the
    clients wait up to 180 s). A passthrough tunnel moves from `awaiting_cert` to `active`. 409 when the
    tunnel is an edge tunnel or not in a signable state.

    Args:
        tunnel_id (UUID):
        body (SignTunnelCsrRequest): Body of `sign_tunnel_csr`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SignedCert]
    """

    kwargs = _get_kwargs(
        tunnel_id=tunnel_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tunnel_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SignTunnelCsrRequest,
) -> ErrorEnvelope | SignedCert | None:
    """Sign a CSR for a passthrough tunnel.

     The CN must equal the tunnel's `public_host`. Issuance is synchronous and may take minutes (the
    clients wait up to 180 s). A passthrough tunnel moves from `awaiting_cert` to `active`. 409 when the
    tunnel is an edge tunnel or not in a signable state.

    Args:
        tunnel_id (UUID):
        body (SignTunnelCsrRequest): Body of `sign_tunnel_csr`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SignedCert
    """

    return sync_detailed(
        tunnel_id=tunnel_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tunnel_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SignTunnelCsrRequest,
) -> Response[ErrorEnvelope | SignedCert]:
    """Sign a CSR for a passthrough tunnel.

     The CN must equal the tunnel's `public_host`. Issuance is synchronous and may take minutes (the
    clients wait up to 180 s). A passthrough tunnel moves from `awaiting_cert` to `active`. 409 when the
    tunnel is an edge tunnel or not in a signable state.

    Args:
        tunnel_id (UUID):
        body (SignTunnelCsrRequest): Body of `sign_tunnel_csr`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SignedCert]
    """

    kwargs = _get_kwargs(
        tunnel_id=tunnel_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tunnel_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SignTunnelCsrRequest,
) -> ErrorEnvelope | SignedCert | None:
    """Sign a CSR for a passthrough tunnel.

     The CN must equal the tunnel's `public_host`. Issuance is synchronous and may take minutes (the
    clients wait up to 180 s). A passthrough tunnel moves from `awaiting_cert` to `active`. 409 when the
    tunnel is an edge tunnel or not in a signable state.

    Args:
        tunnel_id (UUID):
        body (SignTunnelCsrRequest): Body of `sign_tunnel_csr`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SignedCert
    """

    return (
        await asyncio_detailed(
            tunnel_id=tunnel_id,
            client=client,
            body=body,
        )
    ).parsed
