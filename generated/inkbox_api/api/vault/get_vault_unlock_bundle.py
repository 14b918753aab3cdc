from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.vault_unlock_bundle import VaultUnlockBundle
from ...types import UNSET, Response, Unset, parse_enum


def _get_kwargs(
    *,
    auth_hash: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["auth_hash"] = auth_hash

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"inkbox_operation": "get_vault_unlock_bundle"},
        "url": "/api/v1/vault/unlock",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | VaultUnlockBundle | None:
    if response.status_code == 200:
        response_200 = VaultUnlockBundle.from_dict(response.json())

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
) -> Response[ErrorEnvelope | VaultUnlockBundle]:
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
    auth_hash: str | Unset = UNSET,
) -> Response[ErrorEnvelope | VaultUnlockBundle]:
    """Fetch the wrapped organisation key and every encrypted secret.

     With `auth_hash` (the clients always send it) `wrapped_org_encryption_key` is the key wrapped for
    the matching vault key, or null when no key matches. Without it the server returns every wrapped key
    in `wrapped_org_encryption_keys`.

    Args:
        auth_hash (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VaultUnlockBundle]
    """

    kwargs = _get_kwargs(
        auth_hash=auth_hash,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    auth_hash: str | Unset = UNSET,
) -> ErrorEnvelope | VaultUnlockBundle | None:
    """Fetch the wrapped organisation key and every encrypted secret.

     With `auth_hash` (the clients always send it) `wrapped_org_encryption_key` is the key wrapped for
    the matching vault key, or null when no key matches. Without it the server returns every wrapped key
    in `wrapped_org_encryption_keys`.

    Args:
        auth_hash (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VaultUnlockBundle
    """

    return sync_detailed(
        client=client,
        auth_hash=auth_hash,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    auth_hash: str | Unset = UNSET,
) -> Response[ErrorEnvelope | VaultUnlockBundle]:
    """Fetch the wrapped organisation key and every encrypted secret.

     With `auth_hash` (the clients always send it) `wrapped_org_encryption_key` is the key wrapped for
    the matching vault key, or null when no key matches. Without it the server returns every wrapped key
    in `wrapped_org_encryption_keys`.

    Args:
        auth_hash (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VaultUnlockBundle]
    """

    kwargs = _get_kwargs(
        auth_hash=auth_hash,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    auth_hash: str | Unset = UNSET,
) -> ErrorEnvelope | VaultUnlockBundle | None:
    """Fetch the wrapped organisation key and every encrypted secret.

     With `auth_hash` (the clients always send it) `wrapped_org_encryption_key` is the key wrapped for
    the matching vault key, or null when no key matches. Without it the server returns every wrapped key
    in `wrapped_org_encryption_keys`.

    Args:
        auth_hash (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VaultUnlockBundle
    """

    return (
        await asyncio_detailed(
            client=client,
            auth_hash=auth_hash,
        )
    ).parsed
