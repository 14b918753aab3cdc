from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_rule_direction import ContactRuleDirection
from ...models.error_envelope import ErrorEnvelope
from ...models.mail_identity_contact_rule import MailIdentityContactRule
from ...models.mail_rule_action import MailRuleAction
from ...models.mail_rule_match_type import MailRuleMatchType
from ...types import UNSET, Response, Unset, parse_enum


def _get_kwargs(
    agent_handle: str,
    *,
    action: MailRuleAction | Unset = UNSET,
    match_type: MailRuleMatchType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    direction: ContactRuleDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_action: str | Unset = UNSET
    if not isinstance(action, Unset):
        json_action = action.value

    params["action"] = json_action

    json_match_type: str | Unset = UNSET
    if not isinstance(match_type, Unset):
        json_match_type = match_type.value

    params["match_type"] = json_match_type

    params["limit"] = limit

    params["offset"] = offset

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"inkbox_operation": "list_mail_identity_contact_rules"},
        "url": "/api/v1/identities/{agent_handle}/mail-contact-rules".format(
            agent_handle=errors.path_segment(agent_handle, "agent_handle"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | list[MailIdentityContactRule] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = MailIdentityContactRule.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorEnvelope | list[MailIdentityContactRule]]:
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
    action: MailRuleAction | Unset = UNSET,
    match_type: MailRuleMatchType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    direction: ContactRuleDirection | Unset = UNSET,
) -> Response[ErrorEnvelope | list[MailIdentityContactRule]]:
    """List an identity's mail contact rules, newest first.

     Identity-keyed route of the same rules as the mailbox-keyed one; a rule made here is the rule of the
    identity's mailbox and decides delivery exactly like one made there. 404 for an identity outside the
    organization, 403 for another identity's (agent key).

    Args:
        agent_handle (str):
        action (MailRuleAction | Unset): Whether a matching sender/recipient is let through or
            blocked.
        match_type (MailRuleMatchType | Unset): What a mail contact rule matches: one address or a
            whole domain.
        limit (int | Unset):
        offset (int | Unset):
        direction (ContactRuleDirection | Unset): Which traffic a contact rule covers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[MailIdentityContactRule]]
    """

    kwargs = _get_kwargs(
        agent_handle=agent_handle,
        action=action,
        match_type=match_type,
        limit=limit,
        offset=offset,
        direction=direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_handle: str,
    *,
    client: AuthenticatedClient,
    action: MailRuleAction | Unset = UNSET,
    match_type: MailRuleMatchType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    direction: ContactRuleDirection | Unset = UNSET,
) -> ErrorEnvelope | list[MailIdentityContactRule] | None:
    """List an identity's mail contact rules, newest first.

     Identity-keyed route of the same rules as the mailbox-keyed one; a rule made here is the rule of the
    identity's mailbox and decides delivery exactly like one made there. 404 for an identity outside the
    organization, 403 for another identity's (agent key).

    Args:
        agent_handle (str):
        action (MailRuleAction | Unset): Whether a matching sender/recipient is let through or
            blocked.
        match_type (MailRuleMatchType | Unset): What a mail contact rule matches: one address or a
            whole domain.
        limit (int | Unset):
        offset (int | Unset):
        direction (ContactRuleDirection | Unset): Which traffic a contact rule covers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[MailIdentityContactRule]
    """

    return sync_detailed(
        agent_handle=agent_handle,
        client=client,
        action=action,
        match_type=match_type,
        limit=limit,
        offset=offset,
        direction=direction,
    ).parsed


async def asyncio_detailed(
    agent_handle: str,
    *,
    client: AuthenticatedClient,
    action: MailRuleAction | Unset = UNSET,
    match_type: MailRuleMatchType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    direction: ContactRuleDirection | Unset = UNSET,
) -> Response[ErrorEnvelope | list[MailIdentityContactRule]]:
    """List an identity's mail contact rules, newest first.

     Identity-keyed route of the same rules as the mailbox-keyed one; a rule made here is the rule of the
    identity's mailbox and decides delivery exactly like one made there. 404 for an identity outside the
    organization, 403 for another identity's (agent key).

    Args:
        agent_handle (str):
        action (MailRuleAction | Unset): Whether a matching sender/recipient is let through or
            blocked.
        match_type (MailRuleMatchType | Unset): What a mail contact rule matches: one address or a
            whole domain.
        limit (int | Unset):
        offset (int | Unset):
        direction (ContactRuleDirection | Unset): Which traffic a contact rule covers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[MailIdentityContactRule]]
    """

    kwargs = _get_kwargs(
        agent_handle=agent_handle,
        action=action,
        match_type=match_type,
        limit=limit,
        offset=offset,
        direction=direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_handle: str,
    *,
    client: AuthenticatedClient,
    action: MailRuleAction | Unset = UNSET,
    match_type: MailRuleMatchType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    direction: ContactRuleDirection | Unset = UNSET,
) -> ErrorEnvelope | list[MailIdentityContactRule] | None:
    """List an identity's mail contact rules, newest first.

     Identity-keyed route of the same rules as the mailbox-keyed one; a rule made here is the rule of the
    identity's mailbox and decides delivery exactly like one made there. 404 for an identity outside the
    organization, 403 for another identity's (agent key).

    Args:
        agent_handle (str):
        action (MailRuleAction | Unset): Whether a matching sender/recipient is let through or
            blocked.
        match_type (MailRuleMatchType | Unset): What a mail contact rule matches: one address or a
            whole domain.
        limit (int | Unset):
        offset (int | Unset):
        direction (ContactRuleDirection | Unset): Which traffic a contact rule covers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[MailIdentityContactRule]
    """

    return (
        await asyncio_detailed(
            agent_handle=agent_handle,
            client=client,
            action=action,
            match_type=match_type,
            limit=limit,
            offset=offset,
            direction=direction,
        )
    ).parsed
