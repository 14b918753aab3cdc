from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.phone_call import PhoneCall
from ...types import UNSET, Response, Unset, parse_enum


def _get_kwargs(
    *,
    agent_identity_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    is_blocked: bool | Unset = UNSET,
    start_datetime: str | Unset = UNSET,
    end_datetime: str | Unset = UNSET,
    tz: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_agent_identity_id: str | Unset = UNSET
    if not isinstance(agent_identity_id, Unset):
        json_agent_identity_id = str(agent_identity_id)
    params["agent_identity_id"] = json_agent_identity_id

    params["limit"] = limit

    params["offset"] = offset

    params["is_blocked"] = is_blocked

    params["start_datetime"] = start_datetime

    params["end_datetime"] = end_datetime

    params["tz"] = tz

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"inkbox_operation": "list_calls"},
        "url": "/api/v1/phone/calls",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | list[PhoneCall] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PhoneCall.from_dict(response_200_item_data)

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
) -> Response[ErrorEnvelope | list[PhoneCall]]:
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
    agent_identity_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    is_blocked: bool | Unset = UNSET,
    start_datetime: str | Unset = UNSET,
    end_datetime: str | Unset = UNSET,
    tz: str | Unset = UNSET,
) -> Response[ErrorEnvelope | list[PhoneCall]]:
    """List calls, newest first.

     Identity-scoped listing used by the current client. Admin keys must pass `agent_identity_id` (422
    otherwise); agent-scoped keys resolve their own identity.

    Args:
        agent_identity_id (UUID | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        is_blocked (bool | Unset):
        start_datetime (str | Unset):
        end_datetime (str | Unset):
        tz (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[PhoneCall]]
    """

    kwargs = _get_kwargs(
        agent_identity_id=agent_identity_id,
        limit=limit,
        offset=offset,
        is_blocked=is_blocked,
        start_datetime=start_datetime,
        end_datetime=end_datetime,
        tz=tz,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    agent_identity_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    is_blocked: bool | Unset = UNSET,
    start_datetime: str | Unset = UNSET,
    end_datetime: str | Unset = UNSET,
    tz: str | Unset = UNSET,
) -> ErrorEnvelope | list[PhoneCall] | None:
    """List calls, newest first.

     Identity-scoped listing used by the current client. Admin keys must pass `agent_identity_id` (422
    otherwise); agent-scoped keys resolve their own identity.

    Args:
        agent_identity_id (UUID | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        is_blocked (bool | Unset):
        start_datetime (str | Unset):
        end_datetime (str | Unset):
        tz (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[PhoneCall]
    """

    return sync_detailed(
        client=client,
        agent_identity_id=agent_identity_id,
        limit=limit,
        offset=offset,
        is_blocked=is_blocked,
        start_datetime=start_datetime,
        end_datetime=end_datetime,
        tz=tz,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agent_identity_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    is_blocked: bool | Unset = UNSET,
    start_datetime: str | Unset = UNSET,
    end_datetime: str | Unset = UNSET,
    tz: str | Unset = UNSET,
) -> Response[ErrorEnvelope | list[PhoneCall]]:
    """List calls, newest first.

     Identity-scoped listing used by the current client. Admin keys must pass `agent_identity_id` (422
    otherwise); agent-scoped keys resolve their own identity.

    Args:
        agent_identity_id (UUID | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        is_blocked (bool | Unset):
        start_datetime (str | Unset):
        end_datetime (str | Unset):
        tz (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[PhoneCall]]
    """

    kwargs = _get_kwargs(
        agent_identity_id=agent_identity_id,
        limit=limit,
        offset=offset,
        is_blocked=is_blocked,
        start_datetime=start_datetime,
        end_datetime=end_datetime,
        tz=tz,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    agent_identity_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    is_blocked: bool | Unset = UNSET,
    start_datetime: str | Unset = UNSET,
    end_datetime: str | Unset = UNSET,
    tz: str | Unset = UNSET,
) -> ErrorEnvelope | list[PhoneCall] | None:
    """List calls, newest first.

     Identity-scoped listing used by the current client. Admin keys must pass `agent_identity_id` (422
    otherwise); agent-scoped keys resolve their own identity.

    Args:
        agent_identity_id (UUID | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        is_blocked (bool | Unset):
        start_datetime (str | Unset):
        end_datetime (str | Unset):
        tz (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[PhoneCall]
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_identity_id=agent_identity_id,
            limit=limit,
            offset=offset,
            is_blocked=is_blocked,
            start_datetime=start_datetime,
            end_datetime=end_datetime,
            tz=tz,
        )
    ).parsed
