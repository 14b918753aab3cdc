"""Mailboxes, threads and folders, and custom sending domains, end to end."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from inkbox import (
    AsyncInkbox,
    FilterMode,
    Mailbox,
    NotFoundError,
    PermissionDeniedError,
    SendingDomainStatus,
    Thread,
    ThreadFolder,
)


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


@pytest.fixture
async def agent_inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    """A client with an agent-scoped key of the identity `agent`."""
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as admin:
        await admin.create_identity("agent")
    key = inkbox_emulator.agent_key("agent")
    async with AsyncInkbox(key, base_url=inkbox_emulator.url) as client:
        yield client


async def threads_of(inkbox: AsyncInkbox, email: str, **kw: Any) -> list[Thread]:
    return [t async for t in inkbox.threads.list(email, **kw)]


# mailboxes -----------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_mailboxes_list_get_update(inkbox: AsyncInkbox) -> None:
    identity = await inkbox.create_identity("boxed")
    assert identity.email_address is not None
    listed = await inkbox.mailboxes.list()
    assert identity.email_address in [m.email_address for m in listed]
    mailbox = await inkbox.mailboxes.get(identity.email_address)
    assert isinstance(mailbox, Mailbox)
    assert mailbox.agent_identity_id == identity.id
    assert mailbox.sending_domain == identity.email_address.split("@")[1]
    renamed = await inkbox.mailboxes.update(mailbox.email_address, display_name="New Name")
    assert renamed.display_name == "New Name"
    hooked = await inkbox.mailboxes.update(
        mailbox.email_address, webhook_url="https://example.com/hook"
    )
    assert hooked.webhook_url == "https://example.com/hook"
    unhooked = await inkbox.mailboxes.update(mailbox.email_address, webhook_url=None)
    assert unhooked.webhook_url is None
    assert unhooked.display_name == "New Name"


@pytest.mark.anyio
async def test_filter_mode_change_notice(inkbox: AsyncInkbox) -> None:
    identity = await inkbox.create_identity("filtered")
    assert identity.email_address is not None
    changed = await inkbox.mailboxes.update(identity.email_address, filter_mode="whitelist")
    assert changed.filter_mode == FilterMode.WHITELIST
    notice = changed.filter_mode_change_notice
    assert notice is not None
    assert notice.new_filter_mode == FilterMode.WHITELIST
    assert notice.redundant_rule_count == 0
    same = await inkbox.mailboxes.update(identity.email_address, filter_mode="whitelist")
    assert same.filter_mode_change_notice is None
    assert (await inkbox.mailboxes.get(identity.email_address)).filter_mode_change_notice is None


@pytest.mark.anyio
async def test_filter_mode_is_admin_only(agent_inkbox: AsyncInkbox) -> None:
    me = await agent_inkbox.get_identity("agent")
    assert me.email_address is not None
    with pytest.raises(PermissionDeniedError) as info:
        await agent_inkbox.mailboxes.update(me.email_address, filter_mode="whitelist")
    assert info.value.status_code == 403


@pytest.mark.anyio
async def test_mailbox_search(inkbox: AsyncInkbox) -> None:
    alice = await inkbox.create_identity("alice")
    bob = await inkbox.create_identity("bob")
    assert bob.email_address is not None
    await alice.send_email(to=[bob.email_address], subject="Invoice 7", body_text="pay")
    await alice.send_email(to=[bob.email_address], subject="Lunch", body_text="pizza")
    found = await inkbox.mailboxes.search(bob.email_address, q="invoice", limit=20)
    assert [m.subject for m in found] == ["Invoice 7"]


@pytest.mark.anyio
async def test_mailbox_create_and_delete(inkbox: AsyncInkbox) -> None:
    identity = await inkbox.create_identity("sales-bot")
    assert identity.email_address is not None
    await identity.unlink_mailbox()
    created = await inkbox.mailboxes.create(agent_handle="sales-bot", sending_domain_id=None)
    assert created.agent_identity_id == identity.id
    await inkbox.mailboxes.delete(created.email_address)
    with pytest.raises(NotFoundError):
        await inkbox.mailboxes.get(created.email_address)


@pytest.mark.anyio
async def test_unknown_mailbox_is_404(inkbox: AsyncInkbox) -> None:
    with pytest.raises(NotFoundError):
        await inkbox.mailboxes.get("nobody@inkboxmail.com")


# threads -------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_threads_list_folders_and_move(inkbox: AsyncInkbox) -> None:
    alice = await inkbox.create_identity("alice")
    bob = await inkbox.create_identity("bob")
    assert bob.email_address is not None
    await alice.send_email(to=[bob.email_address], subject="Thread me", body_text="x")
    [thread] = await threads_of(inkbox, bob.email_address)
    assert thread.folder == ThreadFolder.INBOX
    assert await inkbox.threads.list_folders(bob.email_address) == [ThreadFolder.INBOX]
    moved = await inkbox.threads.update(bob.email_address, thread.id, folder="archive")
    assert moved.folder == ThreadFolder.ARCHIVE
    assert await threads_of(inkbox, bob.email_address, folder=ThreadFolder.INBOX) == []
    archived = await threads_of(inkbox, bob.email_address, folder="archive")
    assert [t.id for t in archived] == [thread.id]
    spam = await inkbox.threads.update(bob.email_address, thread.id, folder=ThreadFolder.SPAM)
    assert spam.folder == ThreadFolder.SPAM
    assert await inkbox.threads.list_folders(bob.email_address) == [ThreadFolder.SPAM]


@pytest.mark.anyio
async def test_blocked_folder_is_refused_without_a_request(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    alice = await inkbox.create_identity("alice")
    bob = await inkbox.create_identity("bob")
    assert bob.email_address is not None
    await alice.send_email(to=[bob.email_address], subject="x", body_text="x")
    [thread] = await threads_of(inkbox, bob.email_address)
    for folder in ("blocked", ThreadFolder.BLOCKED):
        with pytest.raises(ValueError, match="blocked"):
            await inkbox.threads.update(bob.email_address, thread.id, folder=folder)
    [still] = await threads_of(inkbox, bob.email_address)
    assert still.folder == ThreadFolder.INBOX


# domains -------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_domains_list_and_set_default(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    inkbox_emulator.add_domain("mail.acme.com")
    inkbox_emulator.add_domain("pending.acme.com", status="pending")
    verified = await inkbox.domains.list(status=SendingDomainStatus.VERIFIED)
    assert [d.domain for d in verified] == ["mail.acme.com"]
    assert len(await inkbox.domains.list()) == 2
    assert await inkbox.domains.set_default("mail.acme.com") == "mail.acme.com"
    identity = await inkbox.create_identity("custom")
    assert identity.mailbox is not None
    assert identity.mailbox.sending_domain == "mail.acme.com"
    platform = await inkbox.create_identity("platform", sending_domain=None)
    assert platform.mailbox is not None
    assert platform.mailbox.sending_domain != "mail.acme.com"
    assert await inkbox.domains.set_default(platform.mailbox.sending_domain) is None
    later = await inkbox.create_identity("later")
    assert later.mailbox is not None
    assert later.mailbox.sending_domain == platform.mailbox.sending_domain
    pinned = await inkbox.create_identity("pinned", sending_domain="mail.acme.com")
    assert pinned.mailbox is not None
    assert pinned.mailbox.sending_domain == "mail.acme.com"


@pytest.mark.anyio
async def test_standalone_mailbox_on_a_custom_domain(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    inkbox_emulator.add_domain("mail.acme.com")
    [domain] = await inkbox.domains.list(status="verified")
    identity = await inkbox.create_identity("sales-bot")
    await identity.unlink_mailbox()
    created = await inkbox.mailboxes.create(agent_handle="sales-bot", sending_domain_id=domain.id)
    assert created.sending_domain == "mail.acme.com"


@pytest.mark.anyio
async def test_set_default_is_admin_only(agent_inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    inkbox_emulator.add_domain("mail.acme.com")
    with pytest.raises(PermissionDeniedError):
        await agent_inkbox.domains.set_default("mail.acme.com")
