from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.note import Note
from ...models.note_list_order import NoteListOrder
from ...types import UNSET, Response, Unset, parse_enum


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    identity_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    order: NoteListOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    json_identity_id: str | Unset = UNSET
    if not isinstance(identity_id, Unset):
        json_identity_id = str(identity_id)
    params["identity_id"] = json_identity_id

    params["limit"] = limit

    params["offset"] = offset

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"inkbox_operation": "list_notes"},
        "url": "/api/v1/notes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | list[Note] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Note.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

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
) -> Response[ErrorEnvelope | list[Note]]:
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
    q: str | Unset = UNSET,
    identity_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    order: NoteListOrder | Unset = UNSET,
) -> Response[ErrorEnvelope | list[Note]]:
    """List the notes visible to the caller.

    Args:
        q (str | Unset):
        identity_id (UUID | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        order (NoteListOrder | Unset): Sort order of the note list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[Note]]
    """

    kwargs = _get_kwargs(
        q=q,
        identity_id=identity_id,
        limit=limit,
        offset=offset,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    identity_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    order: NoteListOrder | Unset = UNSET,
) -> ErrorEnvelope | list[Note] | None:
    """List the notes visible to the caller.

    Args:
        q (str | Unset):
        identity_id (UUID | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        order (NoteListOrder | Unset): Sort order of the note list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[Note]
    """

    return sync_detailed(
        client=client,
        q=q,
        identity_id=identity_id,
        limit=limit,
        offset=offset,
        order=order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    identity_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    order: NoteListOrder | Unset = UNSET,
) -> Response[ErrorEnvelope | list[Note]]:
    """List the notes visible to the caller.

    Args:
        q (str | Unset):
        identity_id (UUID | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        order (NoteListOrder | Unset): Sort order of the note list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[Note]]
    """

    kwargs = _get_kwargs(
        q=q,
        identity_id=identity_id,
        limit=limit,
        offset=offset,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    identity_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    order: NoteListOrder | Unset = UNSET,
) -> ErrorEnvelope | list[Note] | None:
    """List the notes visible to the caller.

    Args:
        q (str | Unset):
        identity_id (UUID | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        order (NoteListOrder | Unset): Sort order of the note list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[Note]
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            identity_id=identity_id,
            limit=limit,
            offset=offset,
            order=order,
        )
    ).parsed
