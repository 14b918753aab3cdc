from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.phone_contact_rule import PhoneContactRule
from ...types import Response, parse_enum


def _get_kwargs(
    phone_number_id: UUID,
    rule_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"inkbox_operation": "get_phone_contact_rule"},
        "url": "/api/v1/phone/numbers/{phone_number_id}/contact-rules/{rule_id}".format(
            phone_number_id=errors.path_segment(phone_number_id, "phone_number_id"),
            rule_id=errors.path_segment(rule_id, "rule_id"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PhoneContactRule | None:
    if response.status_code == 200:
        response_200 = PhoneContactRule.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PhoneContactRule]:
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
    rule_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | PhoneContactRule]:
    """Get a phone contact rule.

    Args:
        phone_number_id (UUID):
        rule_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PhoneContactRule]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        rule_id=rule_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone_number_id: UUID,
    rule_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | PhoneContactRule | None:
    """Get a phone contact rule.

    Args:
        phone_number_id (UUID):
        rule_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PhoneContactRule
    """

    return sync_detailed(
        phone_number_id=phone_number_id,
        rule_id=rule_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    phone_number_id: UUID,
    rule_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | PhoneContactRule]:
    """Get a phone contact rule.

    Args:
        phone_number_id (UUID):
        rule_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PhoneContactRule]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        rule_id=rule_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number_id: UUID,
    rule_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | PhoneContactRule | None:
    """Get a phone contact rule.

    Args:
        phone_number_id (UUID):
        rule_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PhoneContactRule
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            rule_id=rule_id,
            client=client,
        )
    ).parsed
