"""The SDK guide's client, identities and errors sections, run as written.

Placeholders of the guide (`"ApiKey_..."`, `"mailbox-uuid"`) are replaced by real values of the
emulator; everything else is the guide's code (the sync twin reads exactly as the guide).
"""

from __future__ import annotations

from typing import Any

import pytest

from inkbox import AgentIdentitySummary, AsyncInkbox, InkboxAPIError, InkboxError


@pytest.mark.anyio
async def test_client(inkbox_emulator: Any) -> None:
    async with AsyncInkbox(
        api_key=inkbox_emulator.admin_key, base_url=inkbox_emulator.url
    ) as inkbox:
        assert await inkbox.list_identities() == []
    inkbox = AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url, timeout=30.0)
    await inkbox.aclose()


@pytest.mark.anyio
async def test_identities(inkbox_emulator: Any) -> None:
    async with AsyncInkbox(
        api_key=inkbox_emulator.admin_key, base_url=inkbox_emulator.url
    ) as inkbox:
        identity = await inkbox.create_identity("sales-agent")
        identity = await inkbox.get_identity("sales-agent")
        identities = await inkbox.list_identities()  # → list[AgentIdentitySummary]
        assert isinstance(identities[0], AgentIdentitySummary)

        await identity.update(new_handle="new-name")  # rename
        await identity.update(status="paused")  # or "active"
        await identity.refresh()  # re-fetch from API, updates cached channels
        assert identity.agent_handle == "new-name"
        await identity.delete()  # unlinks channels


@pytest.mark.anyio
async def test_identity_channels(inkbox_emulator: Any) -> None:
    async with AsyncInkbox(
        api_key=inkbox_emulator.admin_key, base_url=inkbox_emulator.url
    ) as inkbox:
        identity = await inkbox.create_identity("sales-agent")
        # Identity is created with a mailbox automatically — provision a phone number
        phone = await identity.provision_phone_number(
            type="toll_free"
        )  # or type="local", state="NY"
        print(identity.email_address)  # e.g. "sales-agent@inkboxmail.com"
        print(phone.number)  # e.g. "+18005551234"
        assert identity.email_address is not None
        assert identity.email_address.startswith("sales-agent@")
        assert phone.number.startswith("+1")

        mailbox_uuid = str(identity.mailbox.id)  # type: ignore[union-attr]
        phone_number_uuid = str(phone.id)
        await identity.unlink_mailbox()
        await identity.unlink_phone_number()

        # Link existing channels
        await identity.assign_mailbox(mailbox_uuid)
        await identity.assign_phone_number(phone_number_uuid)
        # Unlink without deleting
        await identity.unlink_mailbox()
        await identity.unlink_phone_number()
        assert identity.mailbox is None and identity.phone_number is None


@pytest.mark.anyio
async def test_missing_channel_raises_inkbox_error(inkbox_emulator: Any) -> None:
    """An identity must have a channel assigned before you can use mail/phone methods" (guide)."""
    async with AsyncInkbox(
        api_key=inkbox_emulator.admin_key, base_url=inkbox_emulator.url
    ) as inkbox:
        identity = await inkbox.create_identity("sales-agent")
        await identity.unlink_mailbox()
        with pytest.raises(InkboxError):
            await identity.send_email(to=["user@example.com"], subject="Hello")


@pytest.mark.anyio
async def test_errors(inkbox_emulator: Any) -> None:
    async with AsyncInkbox(
        api_key=inkbox_emulator.admin_key, base_url=inkbox_emulator.url
    ) as inkbox:
        caught = None
        try:
            identity = await inkbox.get_identity("unknown")  # noqa: F841
        except InkboxAPIError as e:
            print(e.status_code)  # HTTP status (e.g. 404)
            print(e.detail)  # str for legacy errors, dict for structured ones
            caught = e
        assert caught is not None
        assert caught.status_code == 404
        assert isinstance(caught.detail, str)
