from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.signing_key_status import SigningKeyStatus
from ...types import Response, parse_enum


def _get_kwargs(
    agent_handle: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"inkbox_operation": "get_identity_signing_key_status"},
        "url": "/api/v1/identities/{agent_handle}/signing-key".format(
            agent_handle=errors.path_segment(agent_handle, "agent_handle"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SigningKeyStatus | None:
    if response.status_code == 200:
        response_200 = SigningKeyStatus.from_dict(response.json())

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
) -> Response[ErrorEnvelope | SigningKeyStatus]:
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
    agent_handle: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | SigningKeyStatus]:
    """Say whether the identity has a webhook signing key (never the key itself).

    Args:
        agent_handle (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SigningKeyStatus]
    """

    kwargs = _get_kwargs(
        agent_handle=agent_handle,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_handle: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | SigningKeyStatus | None:
    """Say whether the identity has a webhook signing key (never the key itself).

    Args:
        agent_handle (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SigningKeyStatus
    """

    return sync_detailed(
        agent_handle=agent_handle,
        client=client,
    ).parsed


async def asyncio_detailed(
    agent_handle: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | SigningKeyStatus]:
    """Say whether the identity has a webhook signing key (never the key itself).

    Args:
        agent_handle (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SigningKeyStatus]
    """

    kwargs = _get_kwargs(
        agent_handle=agent_handle,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_handle: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | SigningKeyStatus | None:
    """Say whether the identity has a webhook signing key (never the key itself).

    Args:
        agent_handle (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SigningKeyStatus
    """

    return (
        await asyncio_detailed(
            agent_handle=agent_handle,
            client=client,
        )
    ).parsed
