"""The SDK guide's contact-rules, contacts and notes sections, run as written.

Placeholders (`"agent-uuid"`, `vcf_text`) are replaced by real values of the emulator; everything
else is the guide's code (the sync twin reads as the guide).
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from inkbox import (
    AsyncInkbox,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    DuplicateContactRuleError,
    MailRuleAction,
    MailRuleMatchType,
    PhoneRuleAction,
    PhoneRuleMatchType,
    RedundantContactAccessGrantError,
)


@pytest.mark.anyio
async def test_contact_rules(inkbox_emulator: Any, capsys: pytest.CaptureFixture[str]) -> None:
    async with AsyncInkbox(
        api_key=inkbox_emulator.admin_key, base_url=inkbox_emulator.url
    ) as inkbox:
        await inkbox.create_identity("rules-agent")
        mailbox = (await inkbox.mailboxes.list())[0]
        number = await inkbox.phone_numbers.provision(agent_handle="rules-agent", type="local")

        # Mail rules — scoped to a single mailbox. New rules always start active;
        # call `update(..., status="paused")` afterwards to pause one.
        rule = await inkbox.mail_contact_rules.create(
            mailbox.email_address,
            action=MailRuleAction.ALLOW,  # or BLOCK
            match_type=MailRuleMatchType.DOMAIN,  # or EXACT_EMAIL
            match_target="example.com",
        )
        await inkbox.mail_contact_rules.list(mailbox.email_address)
        await inkbox.mail_contact_rules.get(mailbox.email_address, rule.id)
        await inkbox.mail_contact_rules.update(
            mailbox.email_address, rule.id, status="paused"
        )  # admin-only
        # Duplicate (match_type, match_target) on the same mailbox raises 409:
        try:
            await inkbox.mail_contact_rules.create(
                mailbox.email_address,
                action="allow",
                match_type="domain",
                match_target="example.com",
            )
        except DuplicateContactRuleError as e:
            print(e.existing_rule_id)  # UUID of the rule that already matched
        # Admin-only list; optionally narrow to a single mailbox_id
        all_rules = await inkbox.mail_contact_rules.list_all(mailbox_id=str(mailbox.id))
        await inkbox.mail_contact_rules.delete(mailbox.email_address, rule.id)  # admin-only

        # Phone rules — same shape, only match_type="exact_number" is supported.
        await inkbox.phone_contact_rules.create(
            number.id,
            action=PhoneRuleAction.BLOCK,
            match_type=PhoneRuleMatchType.EXACT_NUMBER,
            match_target="+15551234567",
        )
        phone_rules = await inkbox.phone_contact_rules.list(number.id)
        all_phone_rules = await inkbox.phone_contact_rules.list_all(phone_number_id=str(number.id))

    assert capsys.readouterr().out.strip() == str(rule.id)
    assert [r.id for r in all_rules] == [rule.id]
    assert len(phone_rules) == len(all_phone_rules) == 1


@pytest.mark.anyio
async def test_contacts(inkbox_emulator: Any, capsys: pytest.CaptureFixture[str]) -> None:
    async with AsyncInkbox(
        api_key=inkbox_emulator.admin_key, base_url=inkbox_emulator.url
    ) as inkbox:
        agent = await inkbox.create_identity("contacts-agent")
        agent_uuid = str(agent.id)
        vcf_text = (
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Grace Hopper\r\nN:Hopper;Grace;;;\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD\r\n"
        )

        # CRUD
        contact = await inkbox.contacts.create(
            given_name="Ada",
            family_name="Lovelace",
            emails=[ContactEmail(label="work", value="ada@example.com")],
            phones=[ContactPhone(label="mobile", value="+15551234567")],
            # access_identity_ids defaults to "wildcard" (every active identity);
            # pass [] for admin-only, or a list of identity UUIDs for explicit grants.
        )
        await inkbox.contacts.get(str(contact.id))
        await inkbox.contacts.list(q="ada", order="recent", limit=50, offset=0)
        await inkbox.contacts.update(
            str(contact.id), job_title="Analyst"
        )  # JSON-merge-patch via kwargs

        # Reverse-lookup — exactly one filter required (else ValueError before HTTP)
        await inkbox.contacts.lookup(email="ada@example.com")
        await inkbox.contacts.lookup(email_domain="example.com")
        await inkbox.contacts.lookup(phone="+15551234567")
        await inkbox.contacts.lookup(email_contains="ada")
        await inkbox.contacts.lookup(phone_contains="555")

        # Access grants (admin + JWT only; agents can self-revoke)
        # (The guide lists grant before revoke; on a wildcard contact a per-identity grant is
        # exactly the redundant case it shows below, so the revoke runs first here.)
        await inkbox.contacts.access.list(str(contact.id))
        await inkbox.contacts.access.revoke(str(contact.id), agent_uuid)
        await inkbox.contacts.access.grant(str(contact.id), identity_id=agent_uuid)
        await inkbox.contacts.access.grant(str(contact.id), wildcard=True)  # every active identity
        # Redundant grants (e.g. per-identity on top of wildcard) raise 409
        try:
            await inkbox.contacts.access.grant(str(contact.id), identity_id=agent_uuid)
        except RedundantContactAccessGrantError as e:
            print(e.error, e.detail_message)

        # vCards
        result = await inkbox.contacts.vcards.import_vcards(vcf_text)  # bulk, ≤5 MiB, ≤1000 cards
        print(result.created_ids)  # list[UUID]
        for item in result.errors:  # list[ContactImportResultItem]
            print(item.index, item.error)
        vcf = await inkbox.contacts.vcards.export_vcard(str(contact.id))  # vCard 4.0 string

        final = await inkbox.contacts.get(str(contact.id))
        await inkbox.contacts.delete(str(contact.id))

    assert isinstance(final, Contact) and final.job_title == "Analyst"
    assert final.phones == [ContactPhone(label="mobile", value="+15551234567")]
    assert final.addresses == [] and ContactAddress(city="London").postal_code is None
    assert isinstance(vcf, str) and "Ada" in vcf
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("redundant_grant ")
    assert out[1] == str(result.created_ids) and isinstance(result.created_ids[0], uuid.UUID)
    assert out[2].startswith("1 ")


@pytest.mark.anyio
async def test_notes(inkbox_emulator: Any) -> None:
    async with AsyncInkbox(
        api_key=inkbox_emulator.admin_key, base_url=inkbox_emulator.url
    ) as inkbox:
        agent = await inkbox.create_identity("notes-agent")
        agent_uuid = str(agent.id)

        note = await inkbox.notes.create(body="Customer prefers email follow-up.", title="Ada")
        await inkbox.notes.get(str(note.id))
        # Access grants (admin + JWT only)
        await inkbox.notes.access.list(str(note.id))
        await inkbox.notes.access.grant(str(note.id), identity_id=agent_uuid)
        listed = await inkbox.notes.list(
            q="email", identity_id=agent_uuid, order="recent", limit=50
        )
        await inkbox.notes.update(str(note.id), body="Updated body")
        await inkbox.notes.update(str(note.id), title=None)  # clear title (body cannot be null)
        await inkbox.notes.access.revoke(str(note.id), agent_uuid)
        final = await inkbox.notes.get(str(note.id))
        await inkbox.notes.delete(str(note.id))

    assert [n.id for n in listed] == [note.id]
    assert (final.title, final.body, final.access) == (None, "Updated body", [])
