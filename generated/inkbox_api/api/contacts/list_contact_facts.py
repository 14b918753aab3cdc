from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_fact import ContactFact
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset, parse_enum


def _get_kwargs(
    contact_id: UUID,
    *,
    include_expired: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_expired"] = include_expired

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"inkbox_operation": "list_contact_facts"},
        "url": "/api/v1/contacts/{contact_id}/facts".format(
            contact_id=errors.path_segment(contact_id, "contact_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | list[ContactFact] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ContactFact.from_dict(response_200_item_data)

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
) -> Response[ErrorEnvelope | list[ContactFact]]:
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
    contact_id: UUID,
    *,
    client: AuthenticatedClient,
    include_expired: bool | Unset = False,
) -> Response[ErrorEnvelope | list[ContactFact]]:
    """List the facts remembered about a contact.

     Newest first. Unlocked `context` facts whose `expires_at` has passed are left out unless
    `include_expired` is true. Agent keys see the facts of the contacts they can see whose memories are
    shared with them (403 otherwise).

    Args:
        contact_id (UUID):
        include_expired (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[ContactFact]]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        include_expired=include_expired,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_id: UUID,
    *,
    client: AuthenticatedClient,
    include_expired: bool | Unset = False,
) -> ErrorEnvelope | list[ContactFact] | None:
    """List the facts remembered about a contact.

     Newest first. Unlocked `context` facts whose `expires_at` has passed are left out unless
    `include_expired` is true. Agent keys see the facts of the contacts they can see whose memories are
    shared with them (403 otherwise).

    Args:
        contact_id (UUID):
        include_expired (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[ContactFact]
    """

    return sync_detailed(
        contact_id=contact_id,
        client=client,
        include_expired=include_expired,
    ).parsed


async def asyncio_detailed(
    contact_id: UUID,
    *,
    client: AuthenticatedClient,
    include_expired: bool | Unset = False,
) -> Response[ErrorEnvelope | list[ContactFact]]:
    """List the facts remembered about a contact.

     Newest first. Unlocked `context` facts whose `expires_at` has passed are left out unless
    `include_expired` is true. Agent keys see the facts of the contacts they can see whose memories are
    shared with them (403 otherwise).

    Args:
        contact_id (UUID):
        include_expired (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[ContactFact]]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        include_expired=include_expired,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: UUID,
    *,
    client: AuthenticatedClient,
    include_expired: bool | Unset = False,
) -> ErrorEnvelope | list[ContactFact] | None:
    """List the facts remembered about a contact.

     Newest first. Unlocked `context` facts whose `expires_at` has passed are left out unless
    `include_expired` is true. Agent keys see the facts of the contacts they can see whose memories are
    shared with them (403 otherwise).

    Args:
        contact_id (UUID):
        include_expired (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[ContactFact]
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            client=client,
            include_expired=include_expired,
        )
    ).parsed
