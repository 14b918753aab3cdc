from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.vault_secret import VaultSecret
from ...models.vault_secret_type import VaultSecretType
from ...types import UNSET, Response, Unset, parse_enum


def _get_kwargs(
    *,
    secret_type: VaultSecretType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_secret_type: str | Unset = UNSET
    if not isinstance(secret_type, Unset):
        json_secret_type = secret_type.value

    params["secret_type"] = json_secret_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"inkbox_operation": "list_vault_secrets"},
        "url": "/api/v1/vault/secrets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | list[VaultSecret] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = VaultSecret.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorEnvelope | list[VaultSecret]]:
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
    secret_type: VaultSecretType | Unset = UNSET,
) -> Response[ErrorEnvelope | list[VaultSecret]]:
    """List vault secrets (metadata only).

    Args:
        secret_type (VaultSecretType | Unset): Kind of payload inside a secret; fixed at creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[VaultSecret]]
    """

    kwargs = _get_kwargs(
        secret_type=secret_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    secret_type: VaultSecretType | Unset = UNSET,
) -> ErrorEnvelope | list[VaultSecret] | None:
    """List vault secrets (metadata only).

    Args:
        secret_type (VaultSecretType | Unset): Kind of payload inside a secret; fixed at creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[VaultSecret]
    """

    return sync_detailed(
        client=client,
        secret_type=secret_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    secret_type: VaultSecretType | Unset = UNSET,
) -> Response[ErrorEnvelope | list[VaultSecret]]:
    """List vault secrets (metadata only).

    Args:
        secret_type (VaultSecretType | Unset): Kind of payload inside a secret; fixed at creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[VaultSecret]]
    """

    kwargs = _get_kwargs(
        secret_type=secret_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    secret_type: VaultSecretType | Unset = UNSET,
) -> ErrorEnvelope | list[VaultSecret] | None:
    """List vault secrets (metadata only).

    Args:
        secret_type (VaultSecretType | Unset): Kind of payload inside a secret; fixed at creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[VaultSecret]
    """

    return (
        await asyncio_detailed(
            client=client,
            secret_type=secret_type,
        )
    ).parsed
