from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.vault_secret import VaultSecret
from ...models.vault_secret_update import VaultSecretUpdate
from ...types import Response, parse_enum


def _get_kwargs(
    secret_id: UUID,
    *,
    body: VaultSecretUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "extensions": {"inkbox_operation": "update_vault_secret"},
        "url": "/api/v1/vault/secrets/{secret_id}".format(
            secret_id=errors.path_segment(secret_id, "secret_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | VaultSecret | None:
    if response.status_code == 200:
        response_200 = VaultSecret.from_dict(response.json())

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
) -> Response[ErrorEnvelope | VaultSecret]:
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
    secret_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VaultSecretUpdate,
) -> Response[ErrorEnvelope | VaultSecret]:
    """Rename, re-describe or re-encrypt a secret.

     Only sent fields change; `description: null` clears it. `secret_type` is immutable.

    Args:
        secret_id (UUID):
        body (VaultSecretUpdate): Body of `update_vault_secret`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VaultSecret]
    """

    kwargs = _get_kwargs(
        secret_id=secret_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    secret_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VaultSecretUpdate,
) -> ErrorEnvelope | VaultSecret | None:
    """Rename, re-describe or re-encrypt a secret.

     Only sent fields change; `description: null` clears it. `secret_type` is immutable.

    Args:
        secret_id (UUID):
        body (VaultSecretUpdate): Body of `update_vault_secret`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VaultSecret
    """

    return sync_detailed(
        secret_id=secret_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    secret_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VaultSecretUpdate,
) -> Response[ErrorEnvelope | VaultSecret]:
    """Rename, re-describe or re-encrypt a secret.

     Only sent fields change; `description: null` clears it. `secret_type` is immutable.

    Args:
        secret_id (UUID):
        body (VaultSecretUpdate): Body of `update_vault_secret`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VaultSecret]
    """

    kwargs = _get_kwargs(
        secret_id=secret_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    secret_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VaultSecretUpdate,
) -> ErrorEnvelope | VaultSecret | None:
    """Rename, re-describe or re-encrypt a secret.

     Only sent fields change; `description: null` clears it. `secret_type` is immutable.

    Args:
        secret_id (UUID):
        body (VaultSecretUpdate): Body of `update_vault_secret`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VaultSecret
    """

    return (
        await asyncio_detailed(
            secret_id=secret_id,
            client=client,
            body=body,
        )
    ).parsed
