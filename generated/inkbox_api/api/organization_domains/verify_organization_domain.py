from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.organization_domain import OrganizationDomain
from ...types import Response, parse_enum


def _get_kwargs(
    claim_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"inkbox_operation": "verify_organization_domain"},
        "url": "/api/v1/organization-domains/{claim_id}/verify".format(
            claim_id=errors.path_segment(claim_id, "claim_id"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | OrganizationDomain | None:
    if response.status_code == 200:
        response_200 = OrganizationDomain.from_dict(response.json())

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
) -> Response[ErrorEnvelope | OrganizationDomain]:
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
    claim_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | OrganizationDomain]:
    """Check the claim's TXT record now (admin only); the answer carries the new state and the check's
    result.

     A found record verifies a pending claim (or renews a verified one); a missing record leaves a
    pending claim pending and moves a verified one into `grace`. An expired pending claim answers 409
    (claim the domain again).

    Args:
        claim_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | OrganizationDomain]
    """

    kwargs = _get_kwargs(
        claim_id=claim_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    claim_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | OrganizationDomain | None:
    """Check the claim's TXT record now (admin only); the answer carries the new state and the check's
    result.

     A found record verifies a pending claim (or renews a verified one); a missing record leaves a
    pending claim pending and moves a verified one into `grace`. An expired pending claim answers 409
    (claim the domain again).

    Args:
        claim_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | OrganizationDomain
    """

    return sync_detailed(
        claim_id=claim_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    claim_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | OrganizationDomain]:
    """Check the claim's TXT record now (admin only); the answer carries the new state and the check's
    result.

     A found record verifies a pending claim (or renews a verified one); a missing record leaves a
    pending claim pending and moves a verified one into `grace`. An expired pending claim answers 409
    (claim the domain again).

    Args:
        claim_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | OrganizationDomain]
    """

    kwargs = _get_kwargs(
        claim_id=claim_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    claim_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | OrganizationDomain | None:
    """Check the claim's TXT record now (admin only); the answer carries the new state and the check's
    result.

     A found record verifies a pending claim (or renews a verified one); a missing record leaves a
    pending claim pending and moves a verified one into `grace`. An expired pending claim answers 409
    (claim the domain again).

    Args:
        claim_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | OrganizationDomain
    """

    return (
        await asyncio_detailed(
            claim_id=claim_id,
            client=client,
        )
    ).parsed
