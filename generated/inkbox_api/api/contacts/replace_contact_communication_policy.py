from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_communication_policy import ContactCommunicationPolicy
from ...models.contact_communication_policy_replace import ContactCommunicationPolicyReplace
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, parse_enum


def _get_kwargs(
    contact_id: UUID,
    *,
    body: ContactCommunicationPolicyReplace,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "extensions": {"inkbox_operation": "replace_contact_communication_policy"},
        "url": "/api/v1/contacts/{contact_id}/communication-policy".format(
            contact_id=errors.path_segment(contact_id, "contact_id"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactCommunicationPolicy | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ContactCommunicationPolicy.from_dict(response.json())

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
) -> Response[ContactCommunicationPolicy | ErrorEnvelope]:
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
    *,
    client: AuthenticatedClient,
    body: ContactCommunicationPolicyReplace,
) -> Response[ContactCommunicationPolicy | ErrorEnvelope]:
    """Replace one identity's address decisions (and optionally the visibility policy).

     Optimistic concurrency; `expected_revision` must be the revision last read, else 409
    `communication_policy_revision_conflict` (see `CommunicationPolicyRevisionConflictDetail`) and
    nothing changes. Each address update names the decision it expects to replace. An omitted
    `visibility` is kept. Admin credentials only.

    Args:
        contact_id (UUID):
        body (ContactCommunicationPolicyReplace): Body of `replace_contact_communication_policy`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCommunicationPolicy | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ContactCommunicationPolicyReplace,
) -> ContactCommunicationPolicy | ErrorEnvelope | None:
    """Replace one identity's address decisions (and optionally the visibility policy).

     Optimistic concurrency; `expected_revision` must be the revision last read, else 409
    `communication_policy_revision_conflict` (see `CommunicationPolicyRevisionConflictDetail`) and
    nothing changes. Each address update names the decision it expects to replace. An omitted
    `visibility` is kept. Admin credentials only.

    Args:
        contact_id (UUID):
        body (ContactCommunicationPolicyReplace): Body of `replace_contact_communication_policy`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCommunicationPolicy | ErrorEnvelope
    """

    return sync_detailed(
        contact_id=contact_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    contact_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ContactCommunicationPolicyReplace,
) -> Response[ContactCommunicationPolicy | ErrorEnvelope]:
    """Replace one identity's address decisions (and optionally the visibility policy).

     Optimistic concurrency; `expected_revision` must be the revision last read, else 409
    `communication_policy_revision_conflict` (see `CommunicationPolicyRevisionConflictDetail`) and
    nothing changes. Each address update names the decision it expects to replace. An omitted
    `visibility` is kept. Admin credentials only.

    Args:
        contact_id (UUID):
        body (ContactCommunicationPolicyReplace): Body of `replace_contact_communication_policy`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCommunicationPolicy | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ContactCommunicationPolicyReplace,
) -> ContactCommunicationPolicy | ErrorEnvelope | None:
    """Replace one identity's address decisions (and optionally the visibility policy).

     Optimistic concurrency; `expected_revision` must be the revision last read, else 409
    `communication_policy_revision_conflict` (see `CommunicationPolicyRevisionConflictDetail`) and
    nothing changes. Each address update names the decision it expects to replace. An omitted
    `visibility` is kept. Admin credentials only.

    Args:
        contact_id (UUID):
        body (ContactCommunicationPolicyReplace): Body of `replace_contact_communication_policy`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCommunicationPolicy | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            client=client,
            body=body,
        )
    ).parsed
