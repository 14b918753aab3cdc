from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_signup_request import AgentSignupRequest
from ...models.agent_signup_response import AgentSignupResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, parse_enum


def _get_kwargs(
    *,
    body: AgentSignupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"inkbox_operation": "signup"},
        "url": "/api/v1/agent-signup",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentSignupResponse | ErrorEnvelope | None:
    if response.status_code == 201:
        response_201 = AgentSignupResponse.from_dict(response.json())

        return response_201

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
) -> Response[AgentSignupResponse | ErrorEnvelope]:
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
    client: AuthenticatedClient | Client,
    body: AgentSignupRequest,
) -> Response[AgentSignupResponse | ErrorEnvelope]:
    """Register a new agent (no API key needed); returns its agent-scoped key once.

     Provisions an unclaimed agent identity with a mailbox and tunnel and an agent-scoped API key, and
    emails a 6-digit verification code to `human_email` (not sent when a matching email-bound invitation
    is accepted). Sent without `X-API-Key`.

    Args:
        body (AgentSignupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentSignupResponse | ErrorEnvelope]
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
    client: AuthenticatedClient | Client,
    body: AgentSignupRequest,
) -> AgentSignupResponse | ErrorEnvelope | None:
    """Register a new agent (no API key needed); returns its agent-scoped key once.

     Provisions an unclaimed agent identity with a mailbox and tunnel and an agent-scoped API key, and
    emails a 6-digit verification code to `human_email` (not sent when a matching email-bound invitation
    is accepted). Sent without `X-API-Key`.

    Args:
        body (AgentSignupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentSignupResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AgentSignupRequest,
) -> Response[AgentSignupResponse | ErrorEnvelope]:
    """Register a new agent (no API key needed); returns its agent-scoped key once.

     Provisions an unclaimed agent identity with a mailbox and tunnel and an agent-scoped API key, and
    emails a 6-digit verification code to `human_email` (not sent when a matching email-bound invitation
    is accepted). Sent without `X-API-Key`.

    Args:
        body (AgentSignupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentSignupResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AgentSignupRequest,
) -> AgentSignupResponse | ErrorEnvelope | None:
    """Register a new agent (no API key needed); returns its agent-scoped key once.

     Provisions an unclaimed agent identity with a mailbox and tunnel and an agent-scoped API key, and
    emails a 6-digit verification code to `human_email` (not sent when a matching email-bound invitation
    is accepted). Sent without `X-API-Key`.

    Args:
        body (AgentSignupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentSignupResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
