"""`with_raw_response` and `last_response`: the HTTP answer beside the model, request id first."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator
from typing import Any

import pytest

from inkbox import (
    AsyncAgentIdentity,
    AsyncInkbox,
    Message,
    NotFoundError,
    RawResponse,
    WhoamiApiKeyResponse,
)


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


@pytest.mark.anyio
async def test_raw_response_of_client_and_resource_methods(inkbox: AsyncInkbox) -> None:
    raw = await inkbox.with_raw_response.create_identity("raw-bot")
    assert isinstance(raw, RawResponse)
    identity = raw.parse()
    assert isinstance(identity, AsyncAgentIdentity) and identity.agent_handle == "raw-bot"
    assert raw.status_code == 201 and raw.url.endswith("/api/v1/identities/")
    assert raw.request_id is not None and raw.request_id == raw.headers["x-request-id"]
    assert isinstance(raw.elapsed, datetime.timedelta)
    assert identity.email_address is not None

    sent = await inkbox.with_raw_response.messages.send(
        identity.email_address, to=["someone@example.com"], subject="Hi", body_text="."
    )
    assert isinstance(sent.parse(), Message) and sent.status_code in (200, 201)
    assert sent.request_id != raw.request_id
    who = await inkbox.with_raw_response.whoami()
    assert isinstance(who.parse(), WhoamiApiKeyResponse)
    assert "X-API-Key" not in repr(who) and inkbox_key_absent(inkbox, repr(who))
    vcard = await inkbox.with_raw_response.contacts.vcards.import_vcards(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Raw\r\nEND:VCARD\r\n"
    )
    assert vcard.parse().created_count == 1


def inkbox_key_absent(inkbox: AsyncInkbox, text: str) -> bool:
    return inkbox._config.api_key not in text


@pytest.mark.anyio
async def test_raw_response_refuses_lazy_pagers_and_keeps_errors(inkbox: AsyncInkbox) -> None:
    identity = await inkbox.create_identity("lazy")
    assert identity.email_address is not None
    with pytest.raises(TypeError, match="lazy"):
        await inkbox.with_raw_response.messages.list(identity.email_address)
    with pytest.raises(NotFoundError) as missing:
        await inkbox.with_raw_response.get_identity("nobody-here")
    assert missing.value.request_id is not None
    with pytest.raises(AttributeError):
        _ = inkbox.with_raw_response.base_url


@pytest.mark.anyio
async def test_last_response_names_the_latest_request(inkbox: AsyncInkbox) -> None:
    assert inkbox.last_response is None
    identity = await inkbox.create_identity("quoted")
    created = inkbox.last_response
    assert created is not None and created.status_code == 201 and created.request_id
    await inkbox.list_identities()
    listed = inkbox.last_response
    assert listed is not None and listed.request_id != created.request_id
    assert listed.url.endswith("/api/v1/identities/")
    # a copy from with_options (or with_raw_response) keeps its own record
    await inkbox.with_options(max_retries=0).get_identity(identity.agent_handle)
    assert inkbox.last_response is not None
    assert inkbox.last_response.request_id == listed.request_id
