from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.phone_transcript import PhoneTranscript
from ...models.transcript_party import TranscriptParty
from ...types import UNSET, Response, Unset, parse_enum


def _get_kwargs(
    phone_number_id: UUID,
    *,
    q: str,
    party: TranscriptParty | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    json_party: str | Unset = UNSET
    if not isinstance(party, Unset):
        json_party = party.value

    params["party"] = json_party

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"inkbox_operation": "search_phone_number_transcripts"},
        "url": "/api/v1/phone/numbers/{phone_number_id}/search".format(
            phone_number_id=errors.path_segment(phone_number_id, "phone_number_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | list[PhoneTranscript] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PhoneTranscript.from_dict(response_200_item_data)

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
) -> Response[ErrorEnvelope | list[PhoneTranscript]]:
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
    q: str,
    party: TranscriptParty | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[ErrorEnvelope | list[PhoneTranscript]]:
    """Full-text search over a number's call transcripts.

    Args:
        phone_number_id (UUID):
        q (str):
        party (TranscriptParty | Unset): Who spoke a transcript segment: `local` (the agent) or
            `remote`.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[PhoneTranscript]]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        q=q,
        party=party,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone_number_id: UUID,
    *,
    client: AuthenticatedClient,
    q: str,
    party: TranscriptParty | Unset = UNSET,
    limit: int | Unset = 50,
) -> ErrorEnvelope | list[PhoneTranscript] | None:
    """Full-text search over a number's call transcripts.

    Args:
        phone_number_id (UUID):
        q (str):
        party (TranscriptParty | Unset): Who spoke a transcript segment: `local` (the agent) or
            `remote`.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[PhoneTranscript]
    """

    return sync_detailed(
        phone_number_id=phone_number_id,
        client=client,
        q=q,
        party=party,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    phone_number_id: UUID,
    *,
    client: AuthenticatedClient,
    q: str,
    party: TranscriptParty | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[ErrorEnvelope | list[PhoneTranscript]]:
    """Full-text search over a number's call transcripts.

    Args:
        phone_number_id (UUID):
        q (str):
        party (TranscriptParty | Unset): Who spoke a transcript segment: `local` (the agent) or
            `remote`.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[PhoneTranscript]]
    """

    kwargs = _get_kwargs(
        phone_number_id=phone_number_id,
        q=q,
        party=party,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number_id: UUID,
    *,
    client: AuthenticatedClient,
    q: str,
    party: TranscriptParty | Unset = UNSET,
    limit: int | Unset = 50,
) -> ErrorEnvelope | list[PhoneTranscript] | None:
    """Full-text search over a number's call transcripts.

    Args:
        phone_number_id (UUID):
        q (str):
        party (TranscriptParty | Unset): Who spoke a transcript segment: `local` (the agent) or
            `remote`.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[PhoneTranscript]
    """

    return (
        await asyncio_detailed(
            phone_number_id=phone_number_id,
            client=client,
            q=q,
            party=party,
            limit=limit,
        )
    ).parsed
