from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.hosted_agent_config import HostedAgentConfig
from ...types import UNSET, Response, Unset, parse_enum


def _get_kwargs(
    *,
    agent_identity_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_agent_identity_id: str | Unset = UNSET
    if not isinstance(agent_identity_id, Unset):
        json_agent_identity_id = str(agent_identity_id)
    params["agent_identity_id"] = json_agent_identity_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"inkbox_operation": "get_hosted_agent_config"},
        "url": "/api/v1/phone/hosted-agent-config",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | HostedAgentConfig | None:
    if response.status_code == 200:
        response_200 = HostedAgentConfig.from_dict(response.json())

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
) -> Response[ErrorEnvelope | HostedAgentConfig]:
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
    agent_identity_id: UUID | Unset = UNSET,
) -> Response[ErrorEnvelope | HostedAgentConfig]:
    """Get an identity's Voice AI config.

     Admin keys must pass `agent_identity_id` (422 otherwise); agent-scoped keys resolve their own
    identity.

    Args:
        agent_identity_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | HostedAgentConfig]
    """

    kwargs = _get_kwargs(
        agent_identity_id=agent_identity_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    agent_identity_id: UUID | Unset = UNSET,
) -> ErrorEnvelope | HostedAgentConfig | None:
    """Get an identity's Voice AI config.

     Admin keys must pass `agent_identity_id` (422 otherwise); agent-scoped keys resolve their own
    identity.

    Args:
        agent_identity_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | HostedAgentConfig
    """

    return sync_detailed(
        client=client,
        agent_identity_id=agent_identity_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agent_identity_id: UUID | Unset = UNSET,
) -> Response[ErrorEnvelope | HostedAgentConfig]:
    """Get an identity's Voice AI config.

     Admin keys must pass `agent_identity_id` (422 otherwise); agent-scoped keys resolve their own
    identity.

    Args:
        agent_identity_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | HostedAgentConfig]
    """

    kwargs = _get_kwargs(
        agent_identity_id=agent_identity_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    agent_identity_id: UUID | Unset = UNSET,
) -> ErrorEnvelope | HostedAgentConfig | None:
    """Get an identity's Voice AI config.

     Admin keys must pass `agent_identity_id` (422 otherwise); agent-scoped keys resolve their own
    identity.

    Args:
        agent_identity_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | HostedAgentConfig
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_identity_id=agent_identity_id,
        )
    ).parsed
