from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, parse_enum


def _get_kwargs(
    email_address: str,
    draft_id: UUID,
    *,
    generation: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["generation"] = generation

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "extensions": {"inkbox_operation": "delete_mail_draft"},
        "url": "/api/v1/mail/mailboxes/{email_address}/drafts/{draft_id}".format(
            email_address=errors.path_segment(email_address, "email_address"),
            draft_id=errors.path_segment(draft_id, "draft_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorEnvelope]:
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
    email_address: str,
    draft_id: UUID,
    *,
    client: AuthenticatedClient,
    generation: int,
) -> Response[Any | ErrorEnvelope]:
    """Delete a draft if `generation` is still its own (0.7).

    Args:
        email_address (str):
        draft_id (UUID):
        generation (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        email_address=email_address,
        draft_id=draft_id,
        generation=generation,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    email_address: str,
    draft_id: UUID,
    *,
    client: AuthenticatedClient,
    generation: int,
) -> Any | ErrorEnvelope | None:
    """Delete a draft if `generation` is still its own (0.7).

    Args:
        email_address (str):
        draft_id (UUID):
        generation (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return sync_detailed(
        email_address=email_address,
        draft_id=draft_id,
        client=client,
        generation=generation,
    ).parsed


async def asyncio_detailed(
    email_address: str,
    draft_id: UUID,
    *,
    client: AuthenticatedClient,
    generation: int,
) -> Response[Any | ErrorEnvelope]:
    """Delete a draft if `generation` is still its own (0.7).

    Args:
        email_address (str):
        draft_id (UUID):
        generation (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        email_address=email_address,
        draft_id=draft_id,
        generation=generation,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    email_address: str,
    draft_id: UUID,
    *,
    client: AuthenticatedClient,
    generation: int,
) -> Any | ErrorEnvelope | None:
    """Delete a draft if `generation` is still its own (0.7).

    Args:
        email_address (str):
        draft_id (UUID):
        generation (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            email_address=email_address,
            draft_id=draft_id,
            client=client,
            generation=generation,
        )
    ).parsed
