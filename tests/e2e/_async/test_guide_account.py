"""The SDK guide's agent signup, whoami and webhooks sections, run as written."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from inkbox import (
    AUTH_SUBTYPE_API_KEY_ADMIN_SCOPED,
    AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_CLAIMED,
    AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_UNCLAIMED,
    AsyncInkbox,
    verify_webhook,
)
from tests.support.scripted_server import ScriptedServer


@pytest.mark.anyio
async def test_agent_signup(inkbox_emulator: Any) -> None:
    url = inkbox_emulator.url
    result = await AsyncInkbox.signup(
        "human@example.com", note_to_human="Hi! I am your new agent.", base_url=url
    )
    api_key = result.api_key
    # The emulator registered an unclaimed agent with a mailbox and mailed the human a code.
    assert (result.claim_status, result.human_email) == ("agent_unclaimed", "human@example.com")
    assert result.email_address == f"{result.agent_handle}@inkboxmail.com"
    code = inkbox_emulator.signup_code(result.agent_handle)
    mailed = inkbox_emulator.outside_mail(to="human@example.com")
    assert [code in (m["body_text"] or "") for m in mailed] == [True]
    async with AsyncInkbox(api_key, base_url=url) as agent:
        who = await agent.whoami()
    assert who.auth_subtype == AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_UNCLAIMED
    assert who.organization_id == result.organization_id
    inkbox_emulator.advance_clock(301)  # resends are rate limited to one per 5 minutes
    resent = await AsyncInkbox.resend_signup_verification(api_key, base_url=url)
    assert resent.claim_status == "agent_unclaimed"
    code = inkbox_emulator.signup_code(result.agent_handle)
    mailed = inkbox_emulator.outside_mail(to="human@example.com")
    assert len(mailed) == 2 and code in (mailed[-1]["body_text"] or "")
    verified = await AsyncInkbox.verify_signup(api_key, code, base_url=url)
    assert (verified.claim_status, verified.organization_id) == (
        "agent_claimed",
        result.organization_id,
    )
    status = await AsyncInkbox.get_signup_status(api_key, base_url=url)
    print(status.claim_status, status.restrictions)
    # Claimed: the human is verified and the unclaimed limits are lifted.
    assert (status.claim_status, status.human_state) == ("agent_claimed", "human_account_verified")
    assert status.restrictions.allowed_recipients == []
    assert status.restrictions.can_create_mailboxes is True
    async with AsyncInkbox(api_key, base_url=url) as agent:
        who = await agent.whoami()
    assert who.auth_subtype == AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_CLAIMED


@pytest.mark.anyio
async def test_whoami(inkbox_emulator: Any) -> None:
    async with AsyncInkbox(
        api_key=inkbox_emulator.admin_key, base_url=inkbox_emulator.url
    ) as inkbox:
        # Check the authenticated caller's identity
        info = await inkbox.whoami()
        print(info.auth_type)  # "api_key" or "jwt"
        print(info.organization_id)

        assert AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_CLAIMED == "api_key.agent_scoped.claimed"
        assert AUTH_SUBTYPE_API_KEY_AGENT_SCOPED_UNCLAIMED == "api_key.agent_scoped.unclaimed"
        admin = False
        if info.auth_type == "api_key" and info.auth_subtype == AUTH_SUBTYPE_API_KEY_ADMIN_SCOPED:
            admin = True  # admin-only operations (filter_mode flips, rule updates/deletes, etc.)
        assert admin


@pytest.mark.anyio
async def test_webhooks(inkbox_emulator: Any) -> None:
    async with AsyncInkbox(
        api_key=inkbox_emulator.admin_key, base_url=inkbox_emulator.url
    ) as inkbox:
        # Rotate signing key (plaintext returned once — save it)
        key = await inkbox.create_signing_key()

        identity = await inkbox.create_identity("hooked")
        customer = await inkbox.create_identity("customer")
        with ScriptedServer() as receiver:
            await inkbox.mailboxes.update(identity.email_address, webhook_url=receiver.url)  # type: ignore[arg-type]
            await customer.send_email(to=[identity.email_address], subject="ping", body_text="x")  # type: ignore[list-item]
            deadline = time.monotonic() + 10
            while not receiver.received and time.monotonic() < deadline:
                time.sleep(0.02)
        request = receiver.received[0]
        raw_body = request.body

        # Verify an incoming webhook request
        is_valid = verify_webhook(
            payload=raw_body,  # bytes
            headers=request.headers,
            secret=key.signing_key,
        )
        assert is_valid
        assert json.loads(raw_body)["event_type"].startswith("message.")
