from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.message_send_lookup import MessageSendLookup
from ...models.message_sender_kind import MessageSenderKind
from ...types import UNSET, Response, parse_enum


def _get_kwargs(
    *,
    sender_kind: MessageSenderKind,
    sender_id: UUID,
    operation: str,
    idempotency_key: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    json_sender_kind = sender_kind.value
    params["sender_kind"] = json_sender_kind

    json_sender_id = str(sender_id)
    params["sender_id"] = json_sender_id

    params["operation"] = operation

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"inkbox_operation": "lookup_message_send"},
        "url": "/api/v1/message-sends/lookup",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MessageSendLookup | None:
    if response.status_code == 200:
        response_200 = MessageSendLookup.from_dict(response.json())

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
) -> Response[ErrorEnvelope | MessageSendLookup]:
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
    sender_kind: MessageSenderKind,
    sender_id: UUID,
    operation: str,
    idempotency_key: str,
) -> Response[ErrorEnvelope | MessageSendLookup]:
    """Which message an idempotency key already sent (0.7).

     Read-only: answers from the idempotency records of sends (7 days), 404 when the key sent nothing
    from that sender with that operation. Operations: `mail.send`, `mail.reply_all` (sender `mailbox`),
    `text.send` (sender `phone_number`).

    Args:
        sender_kind (MessageSenderKind): What sent a message.
        sender_id (UUID):
        operation (str):
        idempotency_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MessageSendLookup]
    """

    kwargs = _get_kwargs(
        sender_kind=sender_kind,
        sender_id=sender_id,
        operation=operation,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    sender_kind: MessageSenderKind,
    sender_id: UUID,
    operation: str,
    idempotency_key: str,
) -> ErrorEnvelope | MessageSendLookup | None:
    """Which message an idempotency key already sent (0.7).

     Read-only: answers from the idempotency records of sends (7 days), 404 when the key sent nothing
    from that sender with that operation. Operations: `mail.send`, `mail.reply_all` (sender `mailbox`),
    `text.send` (sender `phone_number`).

    Args:
        sender_kind (MessageSenderKind): What sent a message.
        sender_id (UUID):
        operation (str):
        idempotency_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MessageSendLookup
    """

    return sync_detailed(
        client=client,
        sender_kind=sender_kind,
        sender_id=sender_id,
        operation=operation,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    sender_kind: MessageSenderKind,
    sender_id: UUID,
    operation: str,
    idempotency_key: str,
) -> Response[ErrorEnvelope | MessageSendLookup]:
    """Which message an idempotency key already sent (0.7).

     Read-only: answers from the idempotency records of sends (7 days), 404 when the key sent nothing
    from that sender with that operation. Operations: `mail.send`, `mail.reply_all` (sender `mailbox`),
    `text.send` (sender `phone_number`).

    Args:
        sender_kind (MessageSenderKind): What sent a message.
        sender_id (UUID):
        operation (str):
        idempotency_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MessageSendLookup]
    """

    kwargs = _get_kwargs(
        sender_kind=sender_kind,
        sender_id=sender_id,
        operation=operation,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    sender_kind: MessageSenderKind,
    sender_id: UUID,
    operation: str,
    idempotency_key: str,
) -> ErrorEnvelope | MessageSendLookup | None:
    """Which message an idempotency key already sent (0.7).

     Read-only: answers from the idempotency records of sends (7 days), 404 when the key sent nothing
    from that sender with that operation. Operations: `mail.send`, `mail.reply_all` (sender `mailbox`),
    `text.send` (sender `phone_number`).

    Args:
        sender_kind (MessageSenderKind): What sent a message.
        sender_id (UUID):
        operation (str):
        idempotency_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MessageSendLookup
    """

    return (
        await asyncio_detailed(
            client=client,
            sender_kind=sender_kind,
            sender_id=sender_id,
            operation=operation,
            idempotency_key=idempotency_key,
        )
    ).parsed
