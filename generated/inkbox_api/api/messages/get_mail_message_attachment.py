from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attachment_url import AttachmentUrl
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset, parse_enum


def _get_kwargs(
    email_address: str,
    message_id: UUID,
    filename: str,
    *,
    redirect: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["redirect"] = redirect

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"inkbox_operation": "get_mail_message_attachment"},
        "url": "/api/v1/mail/mailboxes/{email_address}/messages/{message_id}/attachments/{filename}".format(
            email_address=errors.path_segment(email_address, "email_address"),
            message_id=errors.path_segment(message_id, "message_id"),
            filename=errors.path_segment(filename, "filename"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AttachmentUrl | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AttachmentUrl.from_dict(response.json())

        return response_200

    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

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
) -> Response[Any | AttachmentUrl | ErrorEnvelope]:
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
    email_address: str,
    message_id: UUID,
    filename: str,
    *,
    client: AuthenticatedClient,
    redirect: bool | Unset = False,
) -> Response[Any | AttachmentUrl | ErrorEnvelope]:
    """A short-lived signed URL of one attachment.

     Guide-era (0.3.1 `messages.get_attachment`). The URL is fetched without the API key (it carries its
    own signature) and expires after `expires_in` seconds. With `redirect=true` the server answers 302
    to the URL instead.

    Args:
        email_address (str):
        message_id (UUID):
        filename (str):
        redirect (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AttachmentUrl | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        email_address=email_address,
        message_id=message_id,
        filename=filename,
        redirect=redirect,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    email_address: str,
    message_id: UUID,
    filename: str,
    *,
    client: AuthenticatedClient,
    redirect: bool | Unset = False,
) -> Any | AttachmentUrl | ErrorEnvelope | None:
    """A short-lived signed URL of one attachment.

     Guide-era (0.3.1 `messages.get_attachment`). The URL is fetched without the API key (it carries its
    own signature) and expires after `expires_in` seconds. With `redirect=true` the server answers 302
    to the URL instead.

    Args:
        email_address (str):
        message_id (UUID):
        filename (str):
        redirect (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AttachmentUrl | ErrorEnvelope
    """

    return sync_detailed(
        email_address=email_address,
        message_id=message_id,
        filename=filename,
        client=client,
        redirect=redirect,
    ).parsed


async def asyncio_detailed(
    email_address: str,
    message_id: UUID,
    filename: str,
    *,
    client: AuthenticatedClient,
    redirect: bool | Unset = False,
) -> Response[Any | AttachmentUrl | ErrorEnvelope]:
    """A short-lived signed URL of one attachment.

     Guide-era (0.3.1 `messages.get_attachment`). The URL is fetched without the API key (it carries its
    own signature) and expires after `expires_in` seconds. With `redirect=true` the server answers 302
    to the URL instead.

    Args:
        email_address (str):
        message_id (UUID):
        filename (str):
        redirect (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AttachmentUrl | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        email_address=email_address,
        message_id=message_id,
        filename=filename,
        redirect=redirect,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    email_address: str,
    message_id: UUID,
    filename: str,
    *,
    client: AuthenticatedClient,
    redirect: bool | Unset = False,
) -> Any | AttachmentUrl | ErrorEnvelope | None:
    """A short-lived signed URL of one attachment.

     Guide-era (0.3.1 `messages.get_attachment`). The URL is fetched without the API key (it carries its
    own signature) and expires after `expires_in` seconds. With `redirect=true` the server answers 302
    to the URL instead.

    Args:
        email_address (str):
        message_id (UUID):
        filename (str):
        redirect (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AttachmentUrl | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            email_address=email_address,
            message_id=message_id,
            filename=filename,
            client=client,
            redirect=redirect,
        )
    ).parsed
