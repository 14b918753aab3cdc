from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.phone_contact_rule_create import PhoneContactRuleCreate
from ...models.phone_identity_contact_rule import PhoneIdentityContactRule
from ...types import Response, parse_enum


def _get_kwargs(
    agent_handle: str,
    *,
    body: PhoneContactRuleCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"inkbox_operation": "create_phone_identity_contact_rule"},
        "url": "/api/v1/identities/{agent_handle}/phone-contact-rules".format(
            agent_handle=errors.path_segment(agent_handle, "agent_handle"),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PhoneIdentityContactRule | None:
    if response.status_code == 200:
        response_200 = PhoneIdentityContactRule.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = PhoneIdentityContactRule.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PhoneIdentityContactRule]:
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
    body: PhoneContactRuleCreate,
) -> Response[ErrorEnvelope | PhoneIdentityContactRule]:
    """Create a phone contact rule for an identity.

     Identity-keyed route of the same rules as the phone number-keyed one; a rule made here is the rule
    of the identity's phone number and decides delivery exactly like one made there. 409 with a
    structured `detail` (see `DuplicateContactRuleDetail`) when the side is already covered; a matching
    rule may instead be consolidated and returned (200).

    Args:
        agent_handle (str):
        body (PhoneContactRuleCreate): Body of `create_phone_contact_rule`; the clients always
            send `match_type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PhoneIdentityContactRule]
    """

    kwargs = _get_kwargs(
        agent_handle=agent_handle,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_handle: str,
    *,
    client: AuthenticatedClient,
    body: PhoneContactRuleCreate,
) -> ErrorEnvelope | PhoneIdentityContactRule | None:
    """Create a phone contact rule for an identity.

     Identity-keyed route of the same rules as the phone number-keyed one; a rule made here is the rule
    of the identity's phone number and decides delivery exactly like one made there. 409 with a
    structured `detail` (see `DuplicateContactRuleDetail`) when the side is already covered; a matching
    rule may instead be consolidated and returned (200).

    Args:
        agent_handle (str):
        body (PhoneContactRuleCreate): Body of `create_phone_contact_rule`; the clients always
            send `match_type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PhoneIdentityContactRule
    """

    return sync_detailed(
        agent_handle=agent_handle,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agent_handle: str,
    *,
    client: AuthenticatedClient,
    body: PhoneContactRuleCreate,
) -> Response[ErrorEnvelope | PhoneIdentityContactRule]:
    """Create a phone contact rule for an identity.

     Identity-keyed route of the same rules as the phone number-keyed one; a rule made here is the rule
    of the identity's phone number and decides delivery exactly like one made there. 409 with a
    structured `detail` (see `DuplicateContactRuleDetail`) when the side is already covered; a matching
    rule may instead be consolidated and returned (200).

    Args:
        agent_handle (str):
        body (PhoneContactRuleCreate): Body of `create_phone_contact_rule`; the clients always
            send `match_type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PhoneIdentityContactRule]
    """

    kwargs = _get_kwargs(
        agent_handle=agent_handle,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_handle: str,
    *,
    client: AuthenticatedClient,
    body: PhoneContactRuleCreate,
) -> ErrorEnvelope | PhoneIdentityContactRule | None:
    """Create a phone contact rule for an identity.

     Identity-keyed route of the same rules as the phone number-keyed one; a rule made here is the rule
    of the identity's phone number and decides delivery exactly like one made there. 409 with a
    structured `detail` (see `DuplicateContactRuleDetail`) when the side is already covered; a matching
    rule may instead be consolidated and returned (200).

    Args:
        agent_handle (str):
        body (PhoneContactRuleCreate): Body of `create_phone_contact_rule`; the clients always
            send `match_type`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PhoneIdentityContactRule
    """

    return (
        await asyncio_detailed(
            agent_handle=agent_handle,
            client=client,
            body=body,
        )
    ).parsed
