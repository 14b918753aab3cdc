"""Identities end to end: create, get, list, update, refresh, delete, channels, errors."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

from inkbox import (
    AgentIdentitySummary,
    AsyncAgentIdentity,
    AsyncInkbox,
    ConflictError,
    InkboxAPIError,
    InkboxError,
    NotFoundError,
)


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


@pytest.mark.anyio
async def test_create_identity_comes_with_a_mailbox(inkbox: AsyncInkbox) -> None:
    """A new identity has a mailbox, and its address is the mailbox's."""
    identity = await inkbox.create_identity("sales-agent")
    assert isinstance(identity, AsyncAgentIdentity)
    assert identity.agent_handle == "sales-agent"
    assert identity.mailbox is not None
    assert identity.email_address == identity.mailbox.email_address
    assert identity.email_address.startswith("sales-agent@")
    assert identity.phone_number is None


@pytest.mark.anyio
async def test_create_identity_with_display_name_and_description(inkbox: AsyncInkbox) -> None:
    identity = await inkbox.create_identity(
        "labelled", display_name="Labelled Agent", description="handles labels"
    )
    assert identity.display_name == "Labelled Agent"
    assert identity.description == "handles labels"


@pytest.mark.anyio
async def test_get_and_list_identities(inkbox: AsyncInkbox) -> None:
    created = await inkbox.create_identity("getme")
    found = await inkbox.get_identity("getme")
    assert found.id == created.id
    assert found.email_address == created.email_address
    listed = await inkbox.list_identities()
    assert all(isinstance(item, AgentIdentitySummary) for item in listed)
    assert "getme" in [item.agent_handle for item in listed]


@pytest.mark.anyio
async def test_unknown_handle_is_404_with_the_server_detail(inkbox: AsyncInkbox) -> None:
    with pytest.raises(InkboxAPIError) as info:
        await inkbox.get_identity("unknown")
    assert isinstance(info.value, NotFoundError)
    assert info.value.status_code == 404
    assert info.value.detail == "Identity not found or deleted"  # the server's own words
    assert "Identity not found or deleted" in str(info.value)


@pytest.mark.anyio
async def test_duplicate_handle_is_409(inkbox: AsyncInkbox) -> None:
    await inkbox.create_identity("twice")
    with pytest.raises(ConflictError) as info:
        await inkbox.create_identity("twice")
    assert info.value.status_code == 409


@pytest.mark.anyio
async def test_update_rename_and_pause(inkbox: AsyncInkbox) -> None:
    identity = await inkbox.create_identity("old-name")
    await identity.update(new_handle="new-name")
    assert identity.agent_handle == "new-name"
    assert (await inkbox.get_identity("new-name")).id == identity.id
    with pytest.raises(NotFoundError):
        await inkbox.get_identity("old-name")
    await identity.update(status="paused")
    await identity.update(status="active")
    await identity.update(display_name="Renamed")
    assert identity.display_name == "Renamed"


@pytest.mark.anyio
async def test_rename_to_a_taken_handle_is_409(inkbox: AsyncInkbox) -> None:
    await inkbox.create_identity("first")
    second = await inkbox.create_identity("second")
    with pytest.raises(ConflictError):
        await second.update(new_handle="first")


@pytest.mark.anyio
async def test_refresh_sees_changes_made_elsewhere(inkbox: AsyncInkbox) -> None:
    identity = await inkbox.create_identity("refresher")
    other = await inkbox.get_identity("refresher")
    await other.update(display_name="Changed")
    assert identity.display_name != "Changed"
    assert await identity.refresh() is identity
    assert identity.display_name == "Changed"


@pytest.mark.anyio
async def test_delete_identity(inkbox: AsyncInkbox) -> None:
    identity = await inkbox.create_identity("short-lived")
    await identity.delete()
    with pytest.raises(NotFoundError):
        await inkbox.get_identity("short-lived")


@pytest.mark.anyio
async def test_unlink_and_assign_mailbox(inkbox: AsyncInkbox) -> None:
    """Unlinking keeps the mailbox; mail methods then refuse; assigning links it back."""
    identity = await inkbox.create_identity("linker")
    mailbox = identity.mailbox
    assert mailbox is not None
    await identity.unlink_mailbox()
    assert identity.mailbox is None
    with pytest.raises(InkboxError, match="no mailbox"):
        await identity.send_email(to=["someone@example.com"], subject="nope")
    with pytest.raises(InkboxError, match="no mailbox"):
        identity.iter_emails()
    await identity.refresh()
    assert identity.mailbox is None
    assert (await inkbox.mailboxes.get(mailbox.email_address)).id == mailbox.id
    linked = await identity.assign_mailbox(str(mailbox.id))
    assert linked.id == mailbox.id
    assert identity.email_address == mailbox.email_address


@pytest.mark.anyio
async def test_bad_mailbox_id_is_refused_before_sending(inkbox: AsyncInkbox) -> None:
    identity = await inkbox.create_identity("careful")
    with pytest.raises(ValueError, match="mailbox_id"):
        await identity.assign_mailbox("mailbox-uuid")


@pytest.mark.anyio
async def test_assign_unknown_mailbox_is_404(inkbox: AsyncInkbox) -> None:
    identity = await inkbox.create_identity("hopeful")
    await identity.unlink_mailbox()
    with pytest.raises(NotFoundError):
        await identity.assign_mailbox(uuid.uuid4())


@pytest.mark.anyio
async def test_provision_assign_and_unlink_phone_number(inkbox: AsyncInkbox) -> None:
    identity = await inkbox.create_identity("caller")
    with pytest.raises(InkboxError, match="no phone number"):
        await identity.unlink_phone_number()
    phone = await identity.provision_phone_number(type="local", state="NY")
    assert phone.number.startswith("+1")
    assert identity.phone_number is not None
    assert identity.phone_number.id == phone.id
    await identity.unlink_phone_number()
    assert identity.phone_number is None
    await identity.refresh()
    assert identity.phone_number is None
    relinked = await identity.assign_phone_number(phone.id)
    assert relinked.id == phone.id


@pytest.mark.anyio
async def test_provision_rejects_unknown_type_before_sending(inkbox: AsyncInkbox) -> None:
    identity = await inkbox.create_identity("typo")
    with pytest.raises(ValueError, match="type must be one of"):
        await identity.provision_phone_number(type="mobile")
