from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset, parse_enum


def _get_kwargs(
    *,
    email: str | Unset = UNSET,
    email_contains: str | Unset = UNSET,
    email_domain: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    phone_contains: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email"] = email

    params["email_contains"] = email_contains

    params["email_domain"] = email_domain

    params["phone"] = phone

    params["phone_contains"] = phone_contains

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"inkbox_operation": "lookup_contacts"},
        "url": "/api/v1/contacts/lookup",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | list[Contact] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Contact.from_dict(response_200_item_data)

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
) -> Response[ErrorEnvelope | list[Contact]]:
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
    email: str | Unset = UNSET,
    email_contains: str | Unset = UNSET,
    email_domain: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    phone_contains: str | Unset = UNSET,
) -> Response[ErrorEnvelope | list[Contact]]:
    """Reverse-lookup contacts by one email or phone filter.

     Exactly one of the five filters must be given (the clients check this before sending).

    Args:
        email (str | Unset):
        email_contains (str | Unset):
        email_domain (str | Unset):
        phone (str | Unset):
        phone_contains (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[Contact]]
    """

    kwargs = _get_kwargs(
        email=email,
        email_contains=email_contains,
        email_domain=email_domain,
        phone=phone,
        phone_contains=phone_contains,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    email: str | Unset = UNSET,
    email_contains: str | Unset = UNSET,
    email_domain: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    phone_contains: str | Unset = UNSET,
) -> ErrorEnvelope | list[Contact] | None:
    """Reverse-lookup contacts by one email or phone filter.

     Exactly one of the five filters must be given (the clients check this before sending).

    Args:
        email (str | Unset):
        email_contains (str | Unset):
        email_domain (str | Unset):
        phone (str | Unset):
        phone_contains (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[Contact]
    """

    return sync_detailed(
        client=client,
        email=email,
        email_contains=email_contains,
        email_domain=email_domain,
        phone=phone,
        phone_contains=phone_contains,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    email: str | Unset = UNSET,
    email_contains: str | Unset = UNSET,
    email_domain: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    phone_contains: str | Unset = UNSET,
) -> Response[ErrorEnvelope | list[Contact]]:
    """Reverse-lookup contacts by one email or phone filter.

     Exactly one of the five filters must be given (the clients check this before sending).

    Args:
        email (str | Unset):
        email_contains (str | Unset):
        email_domain (str | Unset):
        phone (str | Unset):
        phone_contains (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[Contact]]
    """

    kwargs = _get_kwargs(
        email=email,
        email_contains=email_contains,
        email_domain=email_domain,
        phone=phone,
        phone_contains=phone_contains,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    email: str | Unset = UNSET,
    email_contains: str | Unset = UNSET,
    email_domain: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    phone_contains: str | Unset = UNSET,
) -> ErrorEnvelope | list[Contact] | None:
    """Reverse-lookup contacts by one email or phone filter.

     Exactly one of the five filters must be given (the clients check this before sending).

    Args:
        email (str | Unset):
        email_contains (str | Unset):
        email_domain (str | Unset):
        phone (str | Unset):
        phone_contains (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[Contact]
    """

    return (
        await asyncio_detailed(
            client=client,
            email=email,
            email_contains=email_contains,
            email_domain=email_domain,
            phone=phone,
            phone_contains=phone_contains,
        )
    ).parsed
