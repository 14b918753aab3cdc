from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_import_result import ContactImportResult
from ...models.error_envelope import ErrorEnvelope
from ...types import File, Response, parse_enum


def _get_kwargs(
    *,
    body: File,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"inkbox_operation": "import_vcards"},
        "url": "/api/v1/contacts/import",
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "text/vcard"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactImportResult | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ContactImportResult.from_dict(response.json())

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
) -> Response[ContactImportResult | ErrorEnvelope]:
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
    body: File,
) -> Response[ContactImportResult | ErrorEnvelope]:
    """Bulk-import contacts from a vCard stream.

     Body: raw vCard text (`text/vcard`; the server also accepts `text/x-vcard`), at most 5 MiB and 1000
    cards (413 beyond that; 415 for another content type). 400 when the body is not UTF-8; 422 when it
    has no complete BEGIN:VCARD/END:VCARD pair. One bad card does not affect the others.

    Args:
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactImportResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: File,
) -> ContactImportResult | ErrorEnvelope | None:
    """Bulk-import contacts from a vCard stream.

     Body: raw vCard text (`text/vcard`; the server also accepts `text/x-vcard`), at most 5 MiB and 1000
    cards (413 beyond that; 415 for another content type). 400 when the body is not UTF-8; 422 when it
    has no complete BEGIN:VCARD/END:VCARD pair. One bad card does not affect the others.

    Args:
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactImportResult | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: File,
) -> Response[ContactImportResult | ErrorEnvelope]:
    """Bulk-import contacts from a vCard stream.

     Body: raw vCard text (`text/vcard`; the server also accepts `text/x-vcard`), at most 5 MiB and 1000
    cards (413 beyond that; 415 for another content type). 400 when the body is not UTF-8; 422 when it
    has no complete BEGIN:VCARD/END:VCARD pair. One bad card does not affect the others.

    Args:
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactImportResult | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: File,
) -> ContactImportResult | ErrorEnvelope | None:
    """Bulk-import contacts from a vCard stream.

     Body: raw vCard text (`text/vcard`; the server also accepts `text/x-vcard`), at most 5 MiB and 1000
    cards (413 beyond that; 415 for another content type). 400 when the body is not UTF-8; 422 when it
    has no complete BEGIN:VCARD/END:VCARD pair. One bad card does not affect the others.

    Args:
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactImportResult | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
