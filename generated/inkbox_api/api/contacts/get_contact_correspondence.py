import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_correspondence import ContactCorrespondence
from ...models.correspondence_content_mode import CorrespondenceContentMode
from ...models.correspondence_order import CorrespondenceOrder
from ...models.correspondence_transcript_mode import CorrespondenceTranscriptMode
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset, parse_enum


def _get_kwargs(
    contact_id: UUID,
    *,
    channels: str | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    limit_per_channel: int | Unset = UNSET,
    email_limit: int | Unset = UNSET,
    sms_limit: int | Unset = UNSET,
    imessage_limit: int | Unset = UNSET,
    calls_limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    order: CorrespondenceOrder | Unset = UNSET,
    content: CorrespondenceContentMode | Unset = UNSET,
    transcripts: CorrespondenceTranscriptMode | Unset = UNSET,
    include_failed: bool | Unset = UNSET,
    identity_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["channels"] = channels

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = after.isoformat()
    params["after"] = json_after

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = before.isoformat()
    params["before"] = json_before

    params["limit_per_channel"] = limit_per_channel

    params["email_limit"] = email_limit

    params["sms_limit"] = sms_limit

    params["imessage_limit"] = imessage_limit

    params["calls_limit"] = calls_limit

    params["cursor"] = cursor

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_content: str | Unset = UNSET
    if not isinstance(content, Unset):
        json_content = content.value

    params["content"] = json_content

    json_transcripts: str | Unset = UNSET
    if not isinstance(transcripts, Unset):
        json_transcripts = transcripts.value

    params["transcripts"] = json_transcripts

    params["include_failed"] = include_failed

    json_identity_id: str | Unset = UNSET
    if not isinstance(identity_id, Unset):
        json_identity_id = str(identity_id)
    params["identity_id"] = json_identity_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"inkbox_operation": "get_contact_correspondence"},
        "url": "/api/v1/contacts/{contact_id}/correspondence".format(
            contact_id=errors.path_segment(contact_id, "contact_id"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactCorrespondence | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ContactCorrespondence.from_dict(response.json())

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
) -> Response[ContactCorrespondence | ErrorEnvelope]:
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
    channels: str | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    limit_per_channel: int | Unset = UNSET,
    email_limit: int | Unset = UNSET,
    sms_limit: int | Unset = UNSET,
    imessage_limit: int | Unset = UNSET,
    calls_limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    order: CorrespondenceOrder | Unset = UNSET,
    content: CorrespondenceContentMode | Unset = UNSET,
    transcripts: CorrespondenceTranscriptMode | Unset = UNSET,
    include_failed: bool | Unset = UNSET,
    identity_id: UUID | Unset = UNSET,
) -> Response[ContactCorrespondence | ErrorEnvelope]:
    """The mail, texts and calls one identity exchanged with a contact.

     Items from every requested channel merged by time, each channel reporting whether it could be
    searched. Identity-scoped keys read their own identity's correspondence (an `identity_id` naming
    another is 403); admin keys name the identity with `identity_id` (422 without it).

    Args:
        contact_id (UUID):
        channels (str | Unset):
        after (datetime.datetime | Unset):
        before (datetime.datetime | Unset):
        limit_per_channel (int | Unset):
        email_limit (int | Unset):
        sms_limit (int | Unset):
        imessage_limit (int | Unset):
        calls_limit (int | Unset):
        cursor (str | Unset):
        order (CorrespondenceOrder | Unset): Time order of the items.
        content (CorrespondenceContentMode | Unset): How much of each message to include.
        transcripts (CorrespondenceTranscriptMode | Unset): How much of each call transcript to
            include.
        include_failed (bool | Unset):
        identity_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCorrespondence | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        channels=channels,
        after=after,
        before=before,
        limit_per_channel=limit_per_channel,
        email_limit=email_limit,
        sms_limit=sms_limit,
        imessage_limit=imessage_limit,
        calls_limit=calls_limit,
        cursor=cursor,
        order=order,
        content=content,
        transcripts=transcripts,
        include_failed=include_failed,
        identity_id=identity_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_id: UUID,
    *,
    client: AuthenticatedClient,
    channels: str | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    limit_per_channel: int | Unset = UNSET,
    email_limit: int | Unset = UNSET,
    sms_limit: int | Unset = UNSET,
    imessage_limit: int | Unset = UNSET,
    calls_limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    order: CorrespondenceOrder | Unset = UNSET,
    content: CorrespondenceContentMode | Unset = UNSET,
    transcripts: CorrespondenceTranscriptMode | Unset = UNSET,
    include_failed: bool | Unset = UNSET,
    identity_id: UUID | Unset = UNSET,
) -> ContactCorrespondence | ErrorEnvelope | None:
    """The mail, texts and calls one identity exchanged with a contact.

     Items from every requested channel merged by time, each channel reporting whether it could be
    searched. Identity-scoped keys read their own identity's correspondence (an `identity_id` naming
    another is 403); admin keys name the identity with `identity_id` (422 without it).

    Args:
        contact_id (UUID):
        channels (str | Unset):
        after (datetime.datetime | Unset):
        before (datetime.datetime | Unset):
        limit_per_channel (int | Unset):
        email_limit (int | Unset):
        sms_limit (int | Unset):
        imessage_limit (int | Unset):
        calls_limit (int | Unset):
        cursor (str | Unset):
        order (CorrespondenceOrder | Unset): Time order of the items.
        content (CorrespondenceContentMode | Unset): How much of each message to include.
        transcripts (CorrespondenceTranscriptMode | Unset): How much of each call transcript to
            include.
        include_failed (bool | Unset):
        identity_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCorrespondence | ErrorEnvelope
    """

    return sync_detailed(
        contact_id=contact_id,
        client=client,
        channels=channels,
        after=after,
        before=before,
        limit_per_channel=limit_per_channel,
        email_limit=email_limit,
        sms_limit=sms_limit,
        imessage_limit=imessage_limit,
        calls_limit=calls_limit,
        cursor=cursor,
        order=order,
        content=content,
        transcripts=transcripts,
        include_failed=include_failed,
        identity_id=identity_id,
    ).parsed


async def asyncio_detailed(
    contact_id: UUID,
    *,
    client: AuthenticatedClient,
    channels: str | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    limit_per_channel: int | Unset = UNSET,
    email_limit: int | Unset = UNSET,
    sms_limit: int | Unset = UNSET,
    imessage_limit: int | Unset = UNSET,
    calls_limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    order: CorrespondenceOrder | Unset = UNSET,
    content: CorrespondenceContentMode | Unset = UNSET,
    transcripts: CorrespondenceTranscriptMode | Unset = UNSET,
    include_failed: bool | Unset = UNSET,
    identity_id: UUID | Unset = UNSET,
) -> Response[ContactCorrespondence | ErrorEnvelope]:
    """The mail, texts and calls one identity exchanged with a contact.

     Items from every requested channel merged by time, each channel reporting whether it could be
    searched. Identity-scoped keys read their own identity's correspondence (an `identity_id` naming
    another is 403); admin keys name the identity with `identity_id` (422 without it).

    Args:
        contact_id (UUID):
        channels (str | Unset):
        after (datetime.datetime | Unset):
        before (datetime.datetime | Unset):
        limit_per_channel (int | Unset):
        email_limit (int | Unset):
        sms_limit (int | Unset):
        imessage_limit (int | Unset):
        calls_limit (int | Unset):
        cursor (str | Unset):
        order (CorrespondenceOrder | Unset): Time order of the items.
        content (CorrespondenceContentMode | Unset): How much of each message to include.
        transcripts (CorrespondenceTranscriptMode | Unset): How much of each call transcript to
            include.
        include_failed (bool | Unset):
        identity_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCorrespondence | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        channels=channels,
        after=after,
        before=before,
        limit_per_channel=limit_per_channel,
        email_limit=email_limit,
        sms_limit=sms_limit,
        imessage_limit=imessage_limit,
        calls_limit=calls_limit,
        cursor=cursor,
        order=order,
        content=content,
        transcripts=transcripts,
        include_failed=include_failed,
        identity_id=identity_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: UUID,
    *,
    client: AuthenticatedClient,
    channels: str | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    limit_per_channel: int | Unset = UNSET,
    email_limit: int | Unset = UNSET,
    sms_limit: int | Unset = UNSET,
    imessage_limit: int | Unset = UNSET,
    calls_limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    order: CorrespondenceOrder | Unset = UNSET,
    content: CorrespondenceContentMode | Unset = UNSET,
    transcripts: CorrespondenceTranscriptMode | Unset = UNSET,
    include_failed: bool | Unset = UNSET,
    identity_id: UUID | Unset = UNSET,
) -> ContactCorrespondence | ErrorEnvelope | None:
    """The mail, texts and calls one identity exchanged with a contact.

     Items from every requested channel merged by time, each channel reporting whether it could be
    searched. Identity-scoped keys read their own identity's correspondence (an `identity_id` naming
    another is 403); admin keys name the identity with `identity_id` (422 without it).

    Args:
        contact_id (UUID):
        channels (str | Unset):
        after (datetime.datetime | Unset):
        before (datetime.datetime | Unset):
        limit_per_channel (int | Unset):
        email_limit (int | Unset):
        sms_limit (int | Unset):
        imessage_limit (int | Unset):
        calls_limit (int | Unset):
        cursor (str | Unset):
        order (CorrespondenceOrder | Unset): Time order of the items.
        content (CorrespondenceContentMode | Unset): How much of each message to include.
        transcripts (CorrespondenceTranscriptMode | Unset): How much of each call transcript to
            include.
        include_failed (bool | Unset):
        identity_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCorrespondence | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            client=client,
            channels=channels,
            after=after,
            before=before,
            limit_per_channel=limit_per_channel,
            email_limit=email_limit,
            sms_limit=sms_limit,
            imessage_limit=imessage_limit,
            calls_limit=calls_limit,
            cursor=cursor,
            order=order,
            content=content,
            transcripts=transcripts,
            include_failed=include_failed,
            identity_id=identity_id,
        )
    ).parsed
