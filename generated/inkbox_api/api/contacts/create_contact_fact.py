from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_fact import ContactFact
from ...models.contact_fact_create import ContactFactCreate
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, parse_enum


def _get_kwargs(
    contact_id: UUID,
    *,
    body: ContactFactCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"inkbox_operation": "create_contact_fact"},
        "url": "/api/v1/contacts/{contact_id}/facts".format(
            contact_id=errors.path_segment(contact_id, "contact_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactFact | ErrorEnvelope | None:
    if response.status_code == 201:
        response_201 = ContactFact.from_dict(response.json())

        return response_201

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
) -> Response[ContactFact | ErrorEnvelope]:
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
    body: ContactFactCreate,
) -> Response[ContactFact | ErrorEnvelope]:
    """Record a fact about a contact by hand.

     Admin keys only (403 for agent keys). Hand-written facts have origin `user`, are locked and never
    expire. 409 when the contact already holds as many active facts of that kind, or in total, as a
    contact may.

    Args:
        contact_id (UUID):
        body (ContactFactCreate): Body of `create_contact_fact`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactFact | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ContactFactCreate,
) -> ContactFact | ErrorEnvelope | None:
    """Record a fact about a contact by hand.

     Admin keys only (403 for agent keys). Hand-written facts have origin `user`, are locked and never
    expire. 409 when the contact already holds as many active facts of that kind, or in total, as a
    contact may.

    Args:
        contact_id (UUID):
        body (ContactFactCreate): Body of `create_contact_fact`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactFact | ErrorEnvelope
    """

    return sync_detailed(
        contact_id=contact_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    contact_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ContactFactCreate,
) -> Response[ContactFact | ErrorEnvelope]:
    """Record a fact about a contact by hand.

     Admin keys only (403 for agent keys). Hand-written facts have origin `user`, are locked and never
    expire. 409 when the contact already holds as many active facts of that kind, or in total, as a
    contact may.

    Args:
        contact_id (UUID):
        body (ContactFactCreate): Body of `create_contact_fact`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactFact | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ContactFactCreate,
) -> ContactFact | ErrorEnvelope | None:
    """Record a fact about a contact by hand.

     Admin keys only (403 for agent keys). Hand-written facts have origin `user`, are locked and never
    expire. 409 when the contact already holds as many active facts of that kind, or in total, as a
    contact may.

    Args:
        contact_id (UUID):
        body (ContactFactCreate): Body of `create_contact_fact`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactFact | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            client=client,
            body=body,
        )
    ).parsed
