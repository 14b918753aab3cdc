from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_communication_preview import ContactCommunicationPreview
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, parse_enum


def _get_kwargs(
    contact_id: UUID,
    *,
    identity_id: UUID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_identity_id = str(identity_id)
    params["identity_id"] = json_identity_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"inkbox_operation": "preview_contact_communication"},
        "url": "/api/v1/contacts/{contact_id}/communication-preview".format(
            contact_id=errors.path_segment(contact_id, "contact_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactCommunicationPreview | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ContactCommunicationPreview.from_dict(response.json())

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
) -> Response[ContactCommunicationPreview | ErrorEnvelope]:
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
    identity_id: UUID,
) -> Response[ContactCommunicationPreview | ErrorEnvelope]:
    """Preview what one identity sees of, and may do with, a contact.

     The contact as the identity would read it (null when its profile is hidden; hidden groups are left
    out) and whether any address may be mailed or phoned, per direction. Admin credentials only.

    Args:
        contact_id (UUID):
        identity_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCommunicationPreview | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        identity_id=identity_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_id: UUID,
    *,
    client: AuthenticatedClient,
    identity_id: UUID,
) -> ContactCommunicationPreview | ErrorEnvelope | None:
    """Preview what one identity sees of, and may do with, a contact.

     The contact as the identity would read it (null when its profile is hidden; hidden groups are left
    out) and whether any address may be mailed or phoned, per direction. Admin credentials only.

    Args:
        contact_id (UUID):
        identity_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCommunicationPreview | ErrorEnvelope
    """

    return sync_detailed(
        contact_id=contact_id,
        client=client,
        identity_id=identity_id,
    ).parsed


async def asyncio_detailed(
    contact_id: UUID,
    *,
    client: AuthenticatedClient,
    identity_id: UUID,
) -> Response[ContactCommunicationPreview | ErrorEnvelope]:
    """Preview what one identity sees of, and may do with, a contact.

     The contact as the identity would read it (null when its profile is hidden; hidden groups are left
    out) and whether any address may be mailed or phoned, per direction. Admin credentials only.

    Args:
        contact_id (UUID):
        identity_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCommunicationPreview | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        identity_id=identity_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: UUID,
    *,
    client: AuthenticatedClient,
    identity_id: UUID,
) -> ContactCommunicationPreview | ErrorEnvelope | None:
    """Preview what one identity sees of, and may do with, a contact.

     The contact as the identity would read it (null when its profile is hidden; hidden groups are left
    out) and whether any address may be mailed or phoned, per direction. Admin credentials only.

    Args:
        contact_id (UUID):
        identity_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCommunicationPreview | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            client=client,
            identity_id=identity_id,
        )
    ).parsed
