"""whoami, signing keys, agent signup and webhook verification, end to end."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from inkbox import (
    AUTH_SUBTYPE_API_KEY_ADMIN_SCOPED,
    AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_CLAIMED,
    AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_UNCLAIMED,
    AsyncInkbox,
    AuthenticationError,
    InkboxAPIError,
    WhoamiApiKeyResponse,
    verify_webhook,
)
from tests.support.scripted_server import ScriptedServer


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


@pytest.mark.anyio
async def test_whoami_admin_and_agent(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    info = await inkbox.whoami()
    assert isinstance(info, WhoamiApiKeyResponse)
    assert info.auth_type == "api_key"
    assert info.auth_subtype == AUTH_SUBTYPE_API_KEY_ADMIN_SCOPED
    assert info.organization_id
    await inkbox.create_identity("agent")
    async with AsyncInkbox(
        inkbox_emulator.agent_key("agent"), base_url=inkbox_emulator.url
    ) as agent:
        mine = await agent.whoami()
        assert isinstance(mine, WhoamiApiKeyResponse)
        assert mine.auth_subtype == AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_CLAIMED
        assert mine.organization_id == info.organization_id
        assert [i.agent_handle for i in await agent.list_identities()] == ["agent"]


@pytest.mark.anyio
async def test_bad_key_is_401(inkbox_emulator: Any) -> None:
    async with AsyncInkbox("ApiKey_wrong", base_url=inkbox_emulator.url) as client:
        with pytest.raises(AuthenticationError) as info:
            await client.whoami()
    assert info.value.status_code == 401


@pytest.mark.anyio
async def test_signup_verify_resend_status(inkbox_emulator: Any) -> None:
    """The whole self-signup flow, through the class methods (no client of ours)."""
    url = inkbox_emulator.url
    signed = await AsyncInkbox.signup(
        "human@example.com",
        note_to_human="Please approve me",
        agent_handle="self-made",
        base_url=url,
    )
    assert signed.agent_handle == "self-made"
    assert signed.api_key not in repr(signed)
    status = await AsyncInkbox.get_signup_status(signed.api_key, base_url=url)
    assert status.human_email == "human@example.com"
    assert status.restrictions.allowed_recipients == ["human@example.com"]
    async with AsyncInkbox(signed.api_key, base_url=url) as agent:
        info = await agent.whoami()
        assert isinstance(info, WhoamiApiKeyResponse)
        assert info.auth_subtype == AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_UNCLAIMED
    old = inkbox_emulator.signup_code("self-made")
    inkbox_emulator.advance_clock(301)  # resends are rate limited to one per 5 minutes
    resent = await AsyncInkbox.resend_signup_verification(signed.api_key, base_url=url)
    assert resent.claim_status == status.claim_status
    code = inkbox_emulator.signup_code("self-made")
    assert code != old
    with pytest.raises(InkboxAPIError):
        await AsyncInkbox.verify_signup(signed.api_key, old, base_url=url)
    verified = await AsyncInkbox.verify_signup(signed.api_key, code, base_url=url)
    assert verified.claim_status != status.claim_status
    after = await AsyncInkbox.get_signup_status(signed.api_key, base_url=url)
    assert after.claim_status == verified.claim_status


@pytest.mark.anyio
async def test_signup_status_with_a_bad_key_is_401(inkbox_emulator: Any) -> None:
    with pytest.raises(AuthenticationError):
        await AsyncInkbox.get_signup_status("ApiKey_nope", base_url=inkbox_emulator.url)


@pytest.mark.anyio
async def test_mailbox_webhook_is_signed_and_verifies(inkbox: AsyncInkbox) -> None:
    """A message to a mailbox with a webhook_url arrives signed with the rotated key."""
    alice = await inkbox.create_identity("alice")
    bob = await inkbox.create_identity("bob")
    assert bob.email_address is not None
    key = await inkbox.create_signing_key()
    assert key.signing_key not in repr(key)
    with ScriptedServer() as receiver:
        await inkbox.mailboxes.update(bob.email_address, webhook_url=receiver.url + "/hook")
        await alice.send_email(to=[bob.email_address], subject="ping", body_text="x")
        deliveries = receiver.wait_for()
    received = [d for d in deliveries if json.loads(d.body)["event_type"] == "message.received"]
    assert received, [json.loads(d.body)["event_type"] for d in deliveries]
    delivery = received[0]
    assert verify_webhook(payload=delivery.body, headers=delivery.headers, secret=key.signing_key)
    assert not verify_webhook(
        payload=delivery.body + b" ", headers=delivery.headers, secret=key.signing_key
    )
    assert json.loads(delivery.body)["data"]["message"]["subject"] == "ping"
