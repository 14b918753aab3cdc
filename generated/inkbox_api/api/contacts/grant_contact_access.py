from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_access_grant import ContactAccessGrant
from ...models.error_envelope import ErrorEnvelope
from ...models.grant_contact_access_request import GrantContactAccessRequest
from ...types import Response, parse_enum


def _get_kwargs(
    contact_id: UUID,
    *,
    body: GrantContactAccessRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"inkbox_operation": "grant_contact_access"},
        "url": "/api/v1/contacts/{contact_id}/access".format(
            contact_id=errors.path_segment(contact_id, "contact_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactAccessGrant | ErrorEnvelope | None:
    if response.status_code == 201:
        response_201 = ContactAccessGrant.from_dict(response.json())

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
) -> Response[ContactAccessGrant | ErrorEnvelope]:
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
    body: GrantContactAccessRequest,
) -> Response[ContactAccessGrant | ErrorEnvelope]:
    """Grant an identity access to a contact, or reset it to the wildcard.

     Guide-era grant (removed from the client in 0.4.27; replaced by per-identity access settings).
    `{"identity_id": "<uuid>"}` grants one identity; `{"identity_id": null}` drops every explicit row
    and restores the wildcard. Admin keys and humans only. 409 when already granted, or with a
    structured `detail` (see `RedundantGrantDetail`) when the wildcard already implies the grant.

    Args:
        contact_id (UUID):
        body (GrantContactAccessRequest): Body of `grant_contact_access`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactAccessGrant | ErrorEnvelope]
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
    body: GrantContactAccessRequest,
) -> ContactAccessGrant | ErrorEnvelope | None:
    """Grant an identity access to a contact, or reset it to the wildcard.

     Guide-era grant (removed from the client in 0.4.27; replaced by per-identity access settings).
    `{"identity_id": "<uuid>"}` grants one identity; `{"identity_id": null}` drops every explicit row
    and restores the wildcard. Admin keys and humans only. 409 when already granted, or with a
    structured `detail` (see `RedundantGrantDetail`) when the wildcard already implies the grant.

    Args:
        contact_id (UUID):
        body (GrantContactAccessRequest): Body of `grant_contact_access`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactAccessGrant | ErrorEnvelope
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
    body: GrantContactAccessRequest,
) -> Response[ContactAccessGrant | ErrorEnvelope]:
    """Grant an identity access to a contact, or reset it to the wildcard.

     Guide-era grant (removed from the client in 0.4.27; replaced by per-identity access settings).
    `{"identity_id": "<uuid>"}` grants one identity; `{"identity_id": null}` drops every explicit row
    and restores the wildcard. Admin keys and humans only. 409 when already granted, or with a
    structured `detail` (see `RedundantGrantDetail`) when the wildcard already implies the grant.

    Args:
        contact_id (UUID):
        body (GrantContactAccessRequest): Body of `grant_contact_access`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactAccessGrant | ErrorEnvelope]
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
    body: GrantContactAccessRequest,
) -> ContactAccessGrant | ErrorEnvelope | None:
    """Grant an identity access to a contact, or reset it to the wildcard.

     Guide-era grant (removed from the client in 0.4.27; replaced by per-identity access settings).
    `{"identity_id": "<uuid>"}` grants one identity; `{"identity_id": null}` drops every explicit row
    and restores the wildcard. Admin keys and humans only. 409 when already granted, or with a
    structured `detail` (see `RedundantGrantDetail`) when the wildcard already implies the grant.

    Args:
        contact_id (UUID):
        body (GrantContactAccessRequest): Body of `grant_contact_access`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactAccessGrant | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            client=client,
            body=body,
        )
    ).parsed
