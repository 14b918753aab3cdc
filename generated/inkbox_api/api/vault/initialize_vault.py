from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.initialize_vault_request import InitializeVaultRequest
from ...models.vault_initialize_response import VaultInitializeResponse
from ...types import Response, parse_enum


def _get_kwargs(
    *,
    body: InitializeVaultRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"inkbox_operation": "initialize_vault"},
        "url": "/api/v1/vault/initialize",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | VaultInitializeResponse | None:
    if response.status_code == 201:
        response_201 = VaultInitializeResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | VaultInitializeResponse]:
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
    body: InitializeVaultRequest,
) -> Response[ErrorEnvelope | VaultInitializeResponse]:
    """Create the organisation's vault from client-generated key material.

     The client derives the key material (Argon2id over the vault key, salt = organisation id from `GET
    /api/whoami`) and sends one primary and four recovery keys. 409 when the organisation already has an
    active vault. The server stores only ciphertext; all encryption happens in the client.

    Args:
        body (InitializeVaultRequest): Body of `initialize_vault`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VaultInitializeResponse]
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
    body: InitializeVaultRequest,
) -> ErrorEnvelope | VaultInitializeResponse | None:
    """Create the organisation's vault from client-generated key material.

     The client derives the key material (Argon2id over the vault key, salt = organisation id from `GET
    /api/whoami`) and sends one primary and four recovery keys. 409 when the organisation already has an
    active vault. The server stores only ciphertext; all encryption happens in the client.

    Args:
        body (InitializeVaultRequest): Body of `initialize_vault`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VaultInitializeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InitializeVaultRequest,
) -> Response[ErrorEnvelope | VaultInitializeResponse]:
    """Create the organisation's vault from client-generated key material.

     The client derives the key material (Argon2id over the vault key, salt = organisation id from `GET
    /api/whoami`) and sends one primary and four recovery keys. 409 when the organisation already has an
    active vault. The server stores only ciphertext; all encryption happens in the client.

    Args:
        body (InitializeVaultRequest): Body of `initialize_vault`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VaultInitializeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InitializeVaultRequest,
) -> ErrorEnvelope | VaultInitializeResponse | None:
    """Create the organisation's vault from client-generated key material.

     The client derives the key material (Argon2id over the vault key, salt = organisation id from `GET
    /api/whoami`) and sends one primary and four recovery keys. 409 when the organisation already has an
    active vault. The server stores only ciphertext; all encryption happens in the client.

    Args:
        body (InitializeVaultRequest): Body of `initialize_vault`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VaultInitializeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
