"""The SDK guide's mailboxes and custom email domains sections, run as written."""

from __future__ import annotations

from typing import Any

import pytest

from inkbox import AsyncInkbox, SendingDomainStatus


@pytest.mark.anyio
async def test_mailboxes(inkbox_emulator: Any) -> None:
    async with AsyncInkbox(
        api_key=inkbox_emulator.admin_key, base_url=inkbox_emulator.url
    ) as inkbox:
        identity = await inkbox.create_identity("abc")
        customer = await inkbox.create_identity("customer")
        await customer.send_email(to=[identity.email_address], subject="invoice 12", body_text="x")  # type: ignore[list-item]
        address = identity.email_address  # "abc@inkboxmail.com" in the guide
        assert address is not None

        mailboxes = await inkbox.mailboxes.list()
        mailbox = await inkbox.mailboxes.get(address)
        await inkbox.mailboxes.update(mailbox.email_address, display_name="New Name")
        await inkbox.mailboxes.update(mailbox.email_address, webhook_url="https://example.com/hook")
        await inkbox.mailboxes.update(mailbox.email_address, webhook_url=None)  # remove webhook

        # Switch contact-rule filter mode (admin-only — agent-scoped keys get 403)
        updated = await inkbox.mailboxes.update(mailbox.email_address, filter_mode="whitelist")
        if updated.filter_mode_change_notice:
            # Populated when filter_mode actually changed — tells you how many
            # rules are now redundant under the new mode.
            n = updated.filter_mode_change_notice
            print(n.redundant_rule_count, n.redundant_rule_action, n.new_filter_mode)
        assert updated.filter_mode_change_notice is not None

        # Mailbox responses now also carry mailbox.agent_identity_id when the
        # mailbox is linked to an identity.
        assert mailbox.agent_identity_id == identity.id
        # `mailbox.sending_domain` is the bare domain the mailbox sends from
        assert address.endswith("@" + mailbox.sending_domain)

        results = await inkbox.mailboxes.search(mailbox.email_address, q="invoice", limit=20)
        assert [m.subject for m in results] == ["invoice 12"]
        await inkbox.mailboxes.delete(mailbox.email_address)
        assert len(await inkbox.mailboxes.list()) == len(mailboxes) - 1


@pytest.mark.anyio
async def test_custom_email_domains(inkbox_emulator: Any) -> None:
    inkbox_emulator.add_domain("mail.acme.com")
    async with AsyncInkbox(
        api_key=inkbox_emulator.admin_key, base_url=inkbox_emulator.url
    ) as inkbox:
        verified = await inkbox.domains.list(status=SendingDomainStatus.VERIFIED)

        # Admin-scoped API key only — non-admin keys get 403.
        # Returns the bare new default domain name (or None when reverted to platform).
        new_default = await inkbox.domains.set_default("mail.acme.com")
        assert new_default == "mail.acme.com"
        # Pass the platform domain (e.g. "inkboxmail.com" in prod) to clear the org default.
        platform = (
            await inkbox.create_identity("probe", sending_domain=None)
        ).mailbox.sending_domain  # type: ignore[union-attr]
        assert await inkbox.domains.set_default(platform) is None

        # Standalone mailbox: pick by domain id.
        bot = await inkbox.create_identity("sales-bot")
        await bot.unlink_mailbox()  # (the emulator gives every identity a mailbox)
        first = await inkbox.mailboxes.create(
            agent_handle="sales-bot",
            sending_domain_id=verified[0].id,  # verified custom domain
        )
        assert first.sending_domain == "mail.acme.com"
        await bot.refresh()
        await bot.unlink_mailbox()
        second = await inkbox.mailboxes.create(
            agent_handle="sales-bot",
            sending_domain_id=None,  # force platform default
        )
        assert second.sending_domain == platform
        await bot.delete()

        # Identity create: pick by bare domain name (not id).
        created = await inkbox.create_identity("sales-bot", sending_domain="mail.acme.com")
        assert created.mailbox.sending_domain == "mail.acme.com"  # type: ignore[union-attr]
