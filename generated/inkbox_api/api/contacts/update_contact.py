from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_update import ContactUpdate
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, parse_enum


def _get_kwargs(
    contact_id: UUID,
    *,
    body: ContactUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "extensions": {"inkbox_operation": "update_contact"},
        "url": "/api/v1/contacts/{contact_id}".format(
            contact_id=errors.path_segment(contact_id, "contact_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Contact | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = Contact.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

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
) -> Response[Contact | ErrorEnvelope]:
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
    body: ContactUpdate,
) -> Response[Contact | ErrorEnvelope]:
    """Update a contact (JSON merge patch).

     JSON merge patch: omitted fields are unchanged, a scalar `null` clears the column, a list replaces
    the whole list and a list `null` clears it. `{}` is a no-op.

    Args:
        contact_id (UUID):
        body (ContactUpdate): Body of `update_contact` (JSON merge patch): omitted = unchanged,
            `null` = cleared.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ErrorEnvelope]
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
    body: ContactUpdate,
) -> Contact | ErrorEnvelope | None:
    """Update a contact (JSON merge patch).

     JSON merge patch: omitted fields are unchanged, a scalar `null` clears the column, a list replaces
    the whole list and a list `null` clears it. `{}` is a no-op.

    Args:
        contact_id (UUID):
        body (ContactUpdate): Body of `update_contact` (JSON merge patch): omitted = unchanged,
            `null` = cleared.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ErrorEnvelope
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
    body: ContactUpdate,
) -> Response[Contact | ErrorEnvelope]:
    """Update a contact (JSON merge patch).

     JSON merge patch: omitted fields are unchanged, a scalar `null` clears the column, a list replaces
    the whole list and a list `null` clears it. `{}` is a no-op.

    Args:
        contact_id (UUID):
        body (ContactUpdate): Body of `update_contact` (JSON merge patch): omitted = unchanged,
            `null` = cleared.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ErrorEnvelope]
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
    body: ContactUpdate,
) -> Contact | ErrorEnvelope | None:
    """Update a contact (JSON merge patch).

     JSON merge patch: omitted fields are unchanged, a scalar `null` clears the column, a list replaces
    the whole list and a list `null` clears it. `{}` is a no-op.

    Args:
        contact_id (UUID):
        body (ContactUpdate): Body of `update_contact` (JSON merge patch): omitted = unchanged,
            `null` = cleared.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            client=client,
            body=body,
        )
    ).parsed
