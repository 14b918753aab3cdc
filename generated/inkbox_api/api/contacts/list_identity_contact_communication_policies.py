from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_communication_policy_page import ContactCommunicationPolicyPage
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset, parse_enum


def _get_kwargs(
    agent_handle: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"inkbox_operation": "list_identity_contact_communication_policies"},
        "url": "/api/v1/identities/{agent_handle}/contact-communication-policies".format(
            agent_handle=errors.path_segment(agent_handle, "agent_handle"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactCommunicationPolicyPage | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ContactCommunicationPolicyPage.from_dict(response.json())

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
) -> Response[ContactCommunicationPolicyPage | ErrorEnvelope]:
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ContactCommunicationPolicyPage | ErrorEnvelope]:
    """List the contacts an identity sees, as it sees them.

     One preview per contact whose profile is visible to the identity, most recently changed first. An
    identity-scoped key may list only its own identity (403 otherwise).

    Args:
        agent_handle (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCommunicationPolicyPage | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        agent_handle=agent_handle,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_handle: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ContactCommunicationPolicyPage | ErrorEnvelope | None:
    """List the contacts an identity sees, as it sees them.

     One preview per contact whose profile is visible to the identity, most recently changed first. An
    identity-scoped key may list only its own identity (403 otherwise).

    Args:
        agent_handle (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCommunicationPolicyPage | ErrorEnvelope
    """

    return sync_detailed(
        agent_handle=agent_handle,
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    agent_handle: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ContactCommunicationPolicyPage | ErrorEnvelope]:
    """List the contacts an identity sees, as it sees them.

     One preview per contact whose profile is visible to the identity, most recently changed first. An
    identity-scoped key may list only its own identity (403 otherwise).

    Args:
        agent_handle (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCommunicationPolicyPage | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        agent_handle=agent_handle,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_handle: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ContactCommunicationPolicyPage | ErrorEnvelope | None:
    """List the contacts an identity sees, as it sees them.

     One preview per contact whose profile is visible to the identity, most recently changed first. An
    identity-scoped key may list only its own identity (403 otherwise).

    Args:
        agent_handle (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCommunicationPolicyPage | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            agent_handle=agent_handle,
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed
