from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.forward_email_request import ForwardEmailRequest
from ...models.message import Message
from ...types import UNSET, Response, Unset, parse_enum


def _get_kwargs(
    email_address: str,
    message_id: UUID,
    *,
    body: ForwardEmailRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"inkbox_operation": "forward_mail_message"},
        "url": "/api/v1/mail/mailboxes/{email_address}/messages/{message_id}/forward".format(
            email_address=errors.path_segment(email_address, "email_address"),
            message_id=errors.path_segment(message_id, "message_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | Message | None:
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())

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
) -> Response[ErrorEnvelope | Message]:
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
    message_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ForwardEmailRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorEnvelope | Message]:
    """Forward a message; the forward starts a thread of its own.

     Guide-era (0.3.1 `messages.forward`; 0.7.20 forwards through drafts). The subject defaults to `Fwd:
    ` plus the original's (never doubled). `inline` quotes the original below the caller's note and,
    with `include_original_attachments`, re-attaches its files; `wrapped` attaches the original as one
    `message/rfc822` part.

    Args:
        email_address (str):
        message_id (UUID):
        idempotency_key (str | Unset):
        body (ForwardEmailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Message]
    """

    kwargs = _get_kwargs(
        email_address=email_address,
        message_id=message_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    email_address: str,
    message_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ForwardEmailRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorEnvelope | Message | None:
    """Forward a message; the forward starts a thread of its own.

     Guide-era (0.3.1 `messages.forward`; 0.7.20 forwards through drafts). The subject defaults to `Fwd:
    ` plus the original's (never doubled). `inline` quotes the original below the caller's note and,
    with `include_original_attachments`, re-attaches its files; `wrapped` attaches the original as one
    `message/rfc822` part.

    Args:
        email_address (str):
        message_id (UUID):
        idempotency_key (str | Unset):
        body (ForwardEmailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Message
    """

    return sync_detailed(
        email_address=email_address,
        message_id=message_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    email_address: str,
    message_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ForwardEmailRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorEnvelope | Message]:
    """Forward a message; the forward starts a thread of its own.

     Guide-era (0.3.1 `messages.forward`; 0.7.20 forwards through drafts). The subject defaults to `Fwd:
    ` plus the original's (never doubled). `inline` quotes the original below the caller's note and,
    with `include_original_attachments`, re-attaches its files; `wrapped` attaches the original as one
    `message/rfc822` part.

    Args:
        email_address (str):
        message_id (UUID):
        idempotency_key (str | Unset):
        body (ForwardEmailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Message]
    """

    kwargs = _get_kwargs(
        email_address=email_address,
        message_id=message_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    email_address: str,
    message_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ForwardEmailRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorEnvelope | Message | None:
    """Forward a message; the forward starts a thread of its own.

     Guide-era (0.3.1 `messages.forward`; 0.7.20 forwards through drafts). The subject defaults to `Fwd:
    ` plus the original's (never doubled). `inline` quotes the original below the caller's note and,
    with `include_original_attachments`, re-attaches its files; `wrapped` attaches the original as one
    `message/rfc822` part.

    Args:
        email_address (str):
        message_id (UUID):
        idempotency_key (str | Unset):
        body (ForwardEmailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Message
    """

    return (
        await asyncio_detailed(
            email_address=email_address,
            message_id=message_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
