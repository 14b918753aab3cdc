from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.send_text_request import SendTextRequest
from ...models.text_message import TextMessage
from ...types import UNSET, Response, Unset, parse_enum


def _get_kwargs(
    phone_number_id: UUID,
    *,
    body: SendTextRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"inkbox_operation": "send_text"},
        "url": "/api/v1/phone/numbers/{phone_number_id}/texts".format(
            phone_number_id=errors.path_segment(phone_number_id, "phone_number_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TextMessage | None:
    if response.status_code == 200:
        response_200 = TextMessage.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = TextMessage.from_dict(response.json())

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
) -> Response[ErrorEnvelope | TextMessage]:
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
    phone_number_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SendTextRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorEnvelope | TextMessage]:
    """Send an SMS/MMS from a phone number.

     Pass `to` (one E.164 number, or 1–8 for a group MMS) or `conversation_id`, plus `text` and/or
    `media_urls`. The guide-era client sends exactly `{to, text}`. Delivery updates arrive by webhook.
    SMS gating errors carry a structured `detail` (see `SmsGatingDetail`): 409 `sender_sms_pending`
    while the sender's `sms_status` is `pending`; 403 `recipient_not_opted_in` when the recipient never
    texted START to a number of the organisation (numbers of the same organisation are exempt); 403
    `recipient_opted_out` after STOP. 403 `recipient_blocked` when an outbound contact rule blocks a
    recipient; 429 `sender_rate_limited` at the per-number cap. Multi-recipient sends are all-or-
    nothing.

    Args:
        phone_number_id (UUID):
        idempotency_key (str | Unset):
        body (SendTextRequest): Body of `send_text`. The guide-era client sends exactly `{to,
            text}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TextMessage]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone_number_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SendTextRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorEnvelope | TextMessage | None:
    """Send an SMS/MMS from a phone number.

     Pass `to` (one E.164 number, or 1–8 for a group MMS) or `conversation_id`, plus `text` and/or
    `media_urls`. The guide-era client sends exactly `{to, text}`. Delivery updates arrive by webhook.
    SMS gating errors carry a structured `detail` (see `SmsGatingDetail`): 409 `sender_sms_pending`
    while the sender's `sms_status` is `pending`; 403 `recipient_not_opted_in` when the recipient never
    texted START to a number of the organisation (numbers of the same organisation are exempt); 403
    `recipient_opted_out` after STOP. 403 `recipient_blocked` when an outbound contact rule blocks a
    recipient; 429 `sender_rate_limited` at the per-number cap. Multi-recipient sends are all-or-
    nothing.

    Args:
        phone_number_id (UUID):
        idempotency_key (str | Unset):
        body (SendTextRequest): Body of `send_text`. The guide-era client sends exactly `{to,
            text}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TextMessage
    """

    return sync_detailed(
        phone_number_id=phone_number_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    phone_number_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SendTextRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorEnvelope | TextMessage]:
    """Send an SMS/MMS from a phone number.

     Pass `to` (one E.164 number, or 1–8 for a group MMS) or `conversation_id`, plus `text` and/or
    `media_urls`. The guide-era client sends exactly `{to, text}`. Delivery updates arrive by webhook.
    SMS gating errors carry a structured `detail` (see `SmsGatingDetail`): 409 `sender_sms_pending`
    while the sender's `sms_status` is `pending`; 403 `recipient_not_opted_in` when the recipient never
    texted START to a number of the organisation (numbers of the same organisation are exempt); 403
    `recipient_opted_out` after STOP. 403 `recipient_blocked` when an outbound contact rule blocks a
    recipient; 429 `sender_rate_limited` at the per-number cap. Multi-recipient sends are all-or-
    nothing.

    Args:
        phone_number_id (UUID):
        idempotency_key (str | Unset):
        body (SendTextRequest): Body of `send_text`. The guide-era client sends exactly `{to,
            text}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TextMessage]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SendTextRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorEnvelope | TextMessage | None:
    """Send an SMS/MMS from a phone number.

     Pass `to` (one E.164 number, or 1–8 for a group MMS) or `conversation_id`, plus `text` and/or
    `media_urls`. The guide-era client sends exactly `{to, text}`. Delivery updates arrive by webhook.
    SMS gating errors carry a structured `detail` (see `SmsGatingDetail`): 409 `sender_sms_pending`
    while the sender's `sms_status` is `pending`; 403 `recipient_not_opted_in` when the recipient never
    texted START to a number of the organisation (numbers of the same organisation are exempt); 403
    `recipient_opted_out` after STOP. 403 `recipient_blocked` when an outbound contact rule blocks a
    recipient; 429 `sender_rate_limited` at the per-number cap. Multi-recipient sends are all-or-
    nothing.

    Args:
        phone_number_id (UUID):
        idempotency_key (str | Unset):
        body (SendTextRequest): Body of `send_text`. The guide-era client sends exactly `{to,
            text}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TextMessage
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
