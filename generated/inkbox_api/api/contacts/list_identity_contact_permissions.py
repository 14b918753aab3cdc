from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_list_order import ContactListOrder
from ...models.contact_permission_page import ContactPermissionPage
from ...models.contact_review_status import ContactReviewStatus
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset, parse_enum


def _get_kwargs(
    agent_handle: str,
    *,
    q: str | Unset = UNSET,
    order: ContactListOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    review_status: list[ContactReviewStatus] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["limit"] = limit

    params["offset"] = offset

    json_review_status: list[str] | Unset = UNSET
    if not isinstance(review_status, Unset):
        json_review_status = []
        for review_status_item_data in review_status:
            review_status_item = review_status_item_data.value
            json_review_status.append(review_status_item)

    params["review_status"] = json_review_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"inkbox_operation": "list_identity_contact_permissions"},
        "url": "/api/v1/identities/{agent_handle}/contact-permissions".format(
            agent_handle=errors.path_segment(agent_handle, "agent_handle"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactPermissionPage | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ContactPermissionPage.from_dict(response.json())

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
) -> Response[ContactPermissionPage | ErrorEnvelope]:
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
    agent_handle: str,
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    order: ContactListOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    review_status: list[ContactReviewStatus] | Unset = UNSET,
) -> Response[ContactPermissionPage | ErrorEnvelope]:
    """The permission-management roster of an identity.

     Every contact of the organization, including those hidden from the identity, with the policy
    revision, visibility decisions and effective permissions. Admin credentials only.

    Args:
        agent_handle (str):
        q (str | Unset):
        order (ContactListOrder | Unset): Sort order of the contact list.
        limit (int | Unset):
        offset (int | Unset):
        review_status (list[ContactReviewStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactPermissionPage | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        agent_handle=agent_handle,
        q=q,
        order=order,
        limit=limit,
        offset=offset,
        review_status=review_status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_handle: str,
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    order: ContactListOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    review_status: list[ContactReviewStatus] | Unset = UNSET,
) -> ContactPermissionPage | ErrorEnvelope | None:
    """The permission-management roster of an identity.

     Every contact of the organization, including those hidden from the identity, with the policy
    revision, visibility decisions and effective permissions. Admin credentials only.

    Args:
        agent_handle (str):
        q (str | Unset):
        order (ContactListOrder | Unset): Sort order of the contact list.
        limit (int | Unset):
        offset (int | Unset):
        review_status (list[ContactReviewStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactPermissionPage | ErrorEnvelope
    """

    return sync_detailed(
        agent_handle=agent_handle,
        client=client,
        q=q,
        order=order,
        limit=limit,
        offset=offset,
        review_status=review_status,
    ).parsed


async def asyncio_detailed(
    agent_handle: str,
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    order: ContactListOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    review_status: list[ContactReviewStatus] | Unset = UNSET,
) -> Response[ContactPermissionPage | ErrorEnvelope]:
    """The permission-management roster of an identity.

     Every contact of the organization, including those hidden from the identity, with the policy
    revision, visibility decisions and effective permissions. Admin credentials only.

    Args:
        agent_handle (str):
        q (str | Unset):
        order (ContactListOrder | Unset): Sort order of the contact list.
        limit (int | Unset):
        offset (int | Unset):
        review_status (list[ContactReviewStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactPermissionPage | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        agent_handle=agent_handle,
        q=q,
        order=order,
        limit=limit,
        offset=offset,
        review_status=review_status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_handle: str,
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    order: ContactListOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    review_status: list[ContactReviewStatus] | Unset = UNSET,
) -> ContactPermissionPage | ErrorEnvelope | None:
    """The permission-management roster of an identity.

     Every contact of the organization, including those hidden from the identity, with the policy
    revision, visibility decisions and effective permissions. Admin credentials only.

    Args:
        agent_handle (str):
        q (str | Unset):
        order (ContactListOrder | Unset): Sort order of the contact list.
        limit (int | Unset):
        offset (int | Unset):
        review_status (list[ContactReviewStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactPermissionPage | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            agent_handle=agent_handle,
            client=client,
            q=q,
            order=order,
            limit=limit,
            offset=offset,
            review_status=review_status,
        )
    ).parsed
