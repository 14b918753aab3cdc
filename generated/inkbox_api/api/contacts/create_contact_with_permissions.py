from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_create import ContactCreate
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, parse_enum


def _get_kwargs(
    *,
    body: ContactCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"inkbox_operation": "create_contact_with_permissions"},
        "url": "/api/v1/contacts/with-permissions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Contact | ErrorEnvelope | None:
    if response.status_code == 201:
        response_201 = Contact.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

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
) -> Response[Contact | ErrorEnvelope]:
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
    body: ContactCreate,
) -> Response[Contact | ErrorEnvelope]:
    """Create a contact and one identity's access to it in one step.

     The body of `create_contact` plus a required `permissions` object, saved atomically (the contact is
    not created when the permissions are refused). Admin keys only. 404 when `permissions.identity_id`
    is not an identity of the organisation; 422 for an address in `emails`/`phones`/`contactable` that
    the contact does not have, or `profile` false with anything else enabled.

    Args:
        body (ContactCreate): Body of `create_contact`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ErrorEnvelope]
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
    body: ContactCreate,
) -> Contact | ErrorEnvelope | None:
    """Create a contact and one identity's access to it in one step.

     The body of `create_contact` plus a required `permissions` object, saved atomically (the contact is
    not created when the permissions are refused). Admin keys only. 404 when `permissions.identity_id`
    is not an identity of the organisation; 422 for an address in `emails`/`phones`/`contactable` that
    the contact does not have, or `profile` false with anything else enabled.

    Args:
        body (ContactCreate): Body of `create_contact`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ContactCreate,
) -> Response[Contact | ErrorEnvelope]:
    """Create a contact and one identity's access to it in one step.

     The body of `create_contact` plus a required `permissions` object, saved atomically (the contact is
    not created when the permissions are refused). Admin keys only. 404 when `permissions.identity_id`
    is not an identity of the organisation; 422 for an address in `emails`/`phones`/`contactable` that
    the contact does not have, or `profile` false with anything else enabled.

    Args:
        body (ContactCreate): Body of `create_contact`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ContactCreate,
) -> Contact | ErrorEnvelope | None:
    """Create a contact and one identity's access to it in one step.

     The body of `create_contact` plus a required `permissions` object, saved atomically (the contact is
    not created when the permissions are refused). Admin keys only. 404 when `permissions.identity_id`
    is not an identity of the organisation; 422 for an address in `emails`/`phones`/`contactable` that
    the contact does not have, or `profile` false with anything else enabled.

    Args:
        body (ContactCreate): Body of `create_contact`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
