from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_fact_citation_detail import ContactFactCitationDetail
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, parse_enum


def _get_kwargs(
    contact_id: UUID,
    fact_id: UUID,
    citation_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"inkbox_operation": "resolve_contact_fact_citation"},
        "url": "/api/v1/contacts/{contact_id}/facts/{fact_id}/citations/{citation_id}".format(
            contact_id=errors.path_segment(contact_id, "contact_id"),
            fact_id=errors.path_segment(fact_id, "fact_id"),
            citation_id=errors.path_segment(citation_id, "citation_id"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactFactCitationDetail | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ContactFactCitationDetail.from_dict(response.json())

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
) -> Response[ContactFactCitationDetail | ErrorEnvelope]:
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
    fact_id: UUID,
    citation_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ContactFactCitationDetail | ErrorEnvelope]:
    """Resolve one citation of a fact to the message, text or call it came from.

     404 when the citation's source is gone (`purged`), 403 when the caller may not see it
    (`source_unavailable_to_caller`).

    Args:
        contact_id (UUID):
        fact_id (UUID):
        citation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactFactCitationDetail | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        fact_id=fact_id,
        citation_id=citation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_id: UUID,
    fact_id: UUID,
    citation_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ContactFactCitationDetail | ErrorEnvelope | None:
    """Resolve one citation of a fact to the message, text or call it came from.

     404 when the citation's source is gone (`purged`), 403 when the caller may not see it
    (`source_unavailable_to_caller`).

    Args:
        contact_id (UUID):
        fact_id (UUID):
        citation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactFactCitationDetail | ErrorEnvelope
    """

    return sync_detailed(
        contact_id=contact_id,
        fact_id=fact_id,
        citation_id=citation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    contact_id: UUID,
    fact_id: UUID,
    citation_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ContactFactCitationDetail | ErrorEnvelope]:
    """Resolve one citation of a fact to the message, text or call it came from.

     404 when the citation's source is gone (`purged`), 403 when the caller may not see it
    (`source_unavailable_to_caller`).

    Args:
        contact_id (UUID):
        fact_id (UUID):
        citation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactFactCitationDetail | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        fact_id=fact_id,
        citation_id=citation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: UUID,
    fact_id: UUID,
    citation_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ContactFactCitationDetail | ErrorEnvelope | None:
    """Resolve one citation of a fact to the message, text or call it came from.

     404 when the citation's source is gone (`purged`), 403 when the caller may not see it
    (`source_unavailable_to_caller`).

    Args:
        contact_id (UUID):
        fact_id (UUID):
        citation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactFactCitationDetail | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            fact_id=fact_id,
            citation_id=citation_id,
            client=client,
        )
    ).parsed
