from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.mailbox import Mailbox
from ...models.mailbox_update import MailboxUpdate
from ...types import Response, parse_enum


def _get_kwargs(
    email_address: str,
    *,
    body: MailboxUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "extensions": {"inkbox_operation": "update_mailbox"},
        "url": "/api/v1/mail/mailboxes/{email_address}".format(
            email_address=errors.path_segment(email_address, "email_address"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | Mailbox | None:
    if response.status_code == 200:
        response_200 = Mailbox.from_dict(response.json())

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
) -> Response[ErrorEnvelope | Mailbox]:
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
    *,
    client: AuthenticatedClient,
    body: MailboxUpdate,
) -> Response[ErrorEnvelope | Mailbox]:
    """Update a mailbox's filter mode, signature, or (guide era) display name and webhook URL.

     Only the keys present are applied. Changing `filter_mode` is admin-only (403 for agent-scoped keys);
    when it actually changes, the response carries a `filter_mode_change_notice`. Current servers reject
    `display_name` and `webhook_url` with 422.

    Args:
        email_address (str):
        body (MailboxUpdate): Only the keys present are applied.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Mailbox]
    """

    kwargs = _get_kwargs(
        email_address=email_address,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    email_address: str,
    *,
    client: AuthenticatedClient,
    body: MailboxUpdate,
) -> ErrorEnvelope | Mailbox | None:
    """Update a mailbox's filter mode, signature, or (guide era) display name and webhook URL.

     Only the keys present are applied. Changing `filter_mode` is admin-only (403 for agent-scoped keys);
    when it actually changes, the response carries a `filter_mode_change_notice`. Current servers reject
    `display_name` and `webhook_url` with 422.

    Args:
        email_address (str):
        body (MailboxUpdate): Only the keys present are applied.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Mailbox
    """

    return sync_detailed(
        email_address=email_address,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    email_address: str,
    *,
    client: AuthenticatedClient,
    body: MailboxUpdate,
) -> Response[ErrorEnvelope | Mailbox]:
    """Update a mailbox's filter mode, signature, or (guide era) display name and webhook URL.

     Only the keys present are applied. Changing `filter_mode` is admin-only (403 for agent-scoped keys);
    when it actually changes, the response carries a `filter_mode_change_notice`. Current servers reject
    `display_name` and `webhook_url` with 422.

    Args:
        email_address (str):
        body (MailboxUpdate): Only the keys present are applied.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Mailbox]
    """

    kwargs = _get_kwargs(
        email_address=email_address,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    email_address: str,
    *,
    client: AuthenticatedClient,
    body: MailboxUpdate,
) -> ErrorEnvelope | Mailbox | None:
    """Update a mailbox's filter mode, signature, or (guide era) display name and webhook URL.

     Only the keys present are applied. Changing `filter_mode` is admin-only (403 for agent-scoped keys);
    when it actually changes, the response carries a `filter_mode_change_notice`. Current servers reject
    `display_name` and `webhook_url` with 422.

    Args:
        email_address (str):
        body (MailboxUpdate): Only the keys present are applied.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Mailbox
    """

    return (
        await asyncio_detailed(
            email_address=email_address,
            client=client,
            body=body,
        )
    ).parsed
