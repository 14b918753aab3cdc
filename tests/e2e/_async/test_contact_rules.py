"""Mail and phone contact rules end to end: CRUD, duplicates, org-wide lists, admin-only calls."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

from inkbox import (
    AsyncInkbox,
    ContactRuleStatus,
    DuplicateContactRuleError,
    MailContactRule,
    MailRuleAction,
    MailRuleMatchType,
    NotFoundError,
    PermissionDeniedError,
    PhoneContactRule,
    PhoneRuleAction,
    PhoneRuleMatchType,
)

from ._phone_helpers import agent_key


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


@pytest.mark.anyio
async def test_mail_rule_lifecycle(inkbox: AsyncInkbox) -> None:
    """create → list → get → pause → delete, with enums or their strings."""
    identity = await inkbox.create_identity("ruled")
    assert identity.email_address is not None
    email = identity.email_address
    rule = await inkbox.mail_contact_rules.create(
        email,
        action=MailRuleAction.ALLOW,
        match_type=MailRuleMatchType.DOMAIN,
        match_target="example.com",
    )
    assert isinstance(rule, MailContactRule)
    assert rule.status == ContactRuleStatus.ACTIVE
    other = await inkbox.mail_contact_rules.create(
        email, action="block", match_type="exact_email", match_target="spam@example.org"
    )
    listed = await inkbox.mail_contact_rules.list(email)
    assert {r.id for r in listed} == {rule.id, other.id}
    blocks = await inkbox.mail_contact_rules.list(email, action="block")
    assert [r.id for r in blocks] == [other.id]
    fetched = await inkbox.mail_contact_rules.get(email, rule.id)
    assert fetched.match_target == "example.com"
    paused = await inkbox.mail_contact_rules.update(email, rule.id, status="paused")
    assert paused.status == ContactRuleStatus.PAUSED
    flipped = await inkbox.mail_contact_rules.update(email, rule.id, action="block")
    assert flipped.action == MailRuleAction.BLOCK
    await inkbox.mail_contact_rules.delete(email, rule.id)
    with pytest.raises(NotFoundError):
        await inkbox.mail_contact_rules.get(email, rule.id)


@pytest.mark.anyio
async def test_mail_rule_duplicate_and_list_all(inkbox: AsyncInkbox) -> None:
    """A duplicate names the existing rule; list_all narrows by mailbox id."""
    first = await inkbox.create_identity("dup-a")
    second = await inkbox.create_identity("dup-b")
    assert first.mailbox is not None and second.mailbox is not None
    rule = await inkbox.mail_contact_rules.create(
        first.mailbox.email_address, action="allow", match_type="domain", match_target="example.com"
    )
    with pytest.raises(DuplicateContactRuleError) as info:
        await inkbox.mail_contact_rules.create(
            first.mailbox.email_address,
            action="allow",
            match_type="domain",
            match_target="example.com",
        )
    assert info.value.existing_rule_id == rule.id
    await inkbox.mail_contact_rules.create(
        second.mailbox.email_address, action="block", match_type="domain", match_target="x.org"
    )
    everything = await inkbox.mail_contact_rules.list_all()
    assert len(everything) == 2
    only_first = await inkbox.mail_contact_rules.list_all(mailbox_id=str(first.mailbox.id))
    assert [r.id for r in only_first] == [rule.id]


@pytest.mark.anyio
async def test_rule_admin_only_calls_and_bad_inputs(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    """Agent keys may not update rules; bad values fail before any request."""
    identity = await inkbox.create_identity("agent-rules")
    assert identity.email_address is not None
    rule = await inkbox.mail_contact_rules.create(
        identity.email_address, action="allow", match_type="domain", match_target="example.com"
    )
    key = await agent_key(inkbox_emulator, "agent-rules")
    async with AsyncInkbox(key, base_url=inkbox_emulator.url) as agent:
        assert [r.id for r in await agent.mail_contact_rules.list(identity.email_address)] == [
            rule.id
        ]
        with pytest.raises(PermissionDeniedError):
            await agent.mail_contact_rules.update(identity.email_address, rule.id, status="paused")
        with pytest.raises(PermissionDeniedError):
            await agent.mail_contact_rules.delete(identity.email_address, rule.id)
    with pytest.raises(ValueError, match="match_type must be one of"):
        await inkbox.mail_contact_rules.create(
            identity.email_address, action="allow", match_type="regex", match_target=".*"
        )
    with pytest.raises(ValueError, match="nothing to update"):
        await inkbox.mail_contact_rules.update(identity.email_address, rule.id)
    with pytest.raises(ValueError, match="rule_id must be a UUID"):
        await inkbox.mail_contact_rules.get(identity.email_address, "rule-uuid")


@pytest.mark.anyio
async def test_phone_rule_lifecycle(inkbox: AsyncInkbox) -> None:
    """Phone rules: create (exact_number by default), duplicate, list, list_all, update, delete."""
    await inkbox.create_identity("phone-rules")
    number = await inkbox.phone_numbers.provision(agent_handle="phone-rules")
    rule = await inkbox.phone_contact_rules.create(
        number.id,
        action=PhoneRuleAction.BLOCK,
        match_type=PhoneRuleMatchType.EXACT_NUMBER,
        match_target="+15551234567",
    )
    assert isinstance(rule, PhoneContactRule)
    with pytest.raises(DuplicateContactRuleError) as info:
        await inkbox.phone_contact_rules.create(
            number.id, action="allow", match_target="+15551234567"
        )
    assert info.value.existing_rule_id == rule.id
    assert [r.id for r in await inkbox.phone_contact_rules.list(number.id)] == [rule.id]
    assert [
        r.id for r in await inkbox.phone_contact_rules.list_all(phone_number_id=str(number.id))
    ] == [rule.id]
    fetched = await inkbox.phone_contact_rules.get(number.id, rule.id)
    assert fetched.match_type == PhoneRuleMatchType.EXACT_NUMBER
    paused = await inkbox.phone_contact_rules.update(number.id, rule.id, status="paused")
    assert paused.status == ContactRuleStatus.PAUSED
    await inkbox.phone_contact_rules.delete(number.id, rule.id)
    assert await inkbox.phone_contact_rules.list(number.id) == []
    with pytest.raises(NotFoundError):
        await inkbox.phone_contact_rules.list(uuid.uuid4())
