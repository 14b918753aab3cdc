from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.grant_note_access_request import GrantNoteAccessRequest
from ...models.note_access_grant import NoteAccessGrant
from ...types import Response, parse_enum


def _get_kwargs(
    note_id: UUID,
    *,
    body: GrantNoteAccessRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"inkbox_operation": "grant_note_access"},
        "url": "/api/v1/notes/{note_id}/access".format(
            note_id=errors.path_segment(note_id, "note_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | NoteAccessGrant | None:
    if response.status_code == 201:
        response_201 = NoteAccessGrant.from_dict(response.json())

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
) -> Response[ErrorEnvelope | NoteAccessGrant]:
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
    note_id: UUID,
    *,
    client: AuthenticatedClient,
    body: GrantNoteAccessRequest,
) -> Response[ErrorEnvelope | NoteAccessGrant]:
    """Grant an identity access to a note.

     Admin keys and humans only (there is no wildcard for notes). 409 when already granted.

    Args:
        note_id (UUID):
        body (GrantNoteAccessRequest): Body of `grant_note_access`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | NoteAccessGrant]
    """

    kwargs = _get_kwargs(
        note_id=note_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    note_id: UUID,
    *,
    client: AuthenticatedClient,
    body: GrantNoteAccessRequest,
) -> ErrorEnvelope | NoteAccessGrant | None:
    """Grant an identity access to a note.

     Admin keys and humans only (there is no wildcard for notes). 409 when already granted.

    Args:
        note_id (UUID):
        body (GrantNoteAccessRequest): Body of `grant_note_access`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | NoteAccessGrant
    """

    return sync_detailed(
        note_id=note_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    note_id: UUID,
    *,
    client: AuthenticatedClient,
    body: GrantNoteAccessRequest,
) -> Response[ErrorEnvelope | NoteAccessGrant]:
    """Grant an identity access to a note.

     Admin keys and humans only (there is no wildcard for notes). 409 when already granted.

    Args:
        note_id (UUID):
        body (GrantNoteAccessRequest): Body of `grant_note_access`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | NoteAccessGrant]
    """

    kwargs = _get_kwargs(
        note_id=note_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    note_id: UUID,
    *,
    client: AuthenticatedClient,
    body: GrantNoteAccessRequest,
) -> ErrorEnvelope | NoteAccessGrant | None:
    """Grant an identity access to a note.

     Admin keys and humans only (there is no wildcard for notes). 409 when already granted.

    Args:
        note_id (UUID):
        body (GrantNoteAccessRequest): Body of `grant_note_access`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | NoteAccessGrant
    """

    return (
        await asyncio_detailed(
            note_id=note_id,
            client=client,
            body=body,
        )
    ).parsed
