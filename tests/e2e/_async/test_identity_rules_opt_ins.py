"""Identity-keyed contact rules, SMS opt-ins and texts into a conversation, end to end.

Identity-keyed rules are the same rows as the mailbox/number-keyed ones and gate mail and
texts the same way; opt-in rows are what `send_text` is gated on, written by the admin API
and by inbound STOP/START alike.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

from inkbox import (
    AsyncInkbox,
    ContactRuleDirection,
    MailContactRule,
    MailIdentityContactRule,
    MailRuleAction,
    NotFoundError,
    PermissionDeniedError,
    PhoneIdentityContactRule,
    RecipientBlockedError,
    RecipientNotOptedInError,
    RecipientOptedOutError,
    SmsOptIn,
    SmsOptInSource,
    SmsOptInStatus,
    UnprocessableEntityError,
)

from ._phone_helpers import CUSTOMER, agent_key, inject_text, set_sms_status, texting_agent

SPAM = "spam@blocked.example"
OTHER_CUSTOMER = "+15167251295"


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


# ── identity-keyed rules ──────────────────────────────────────────────────────


@pytest.mark.anyio
async def test_identity_mail_rules_are_the_mailbox_rules_and_gate_mail(
    inkbox: AsyncInkbox,
) -> None:
    identity = await inkbox.create_identity("idrules-mail")
    email = identity.email_address
    assert email is not None and identity.mailbox is not None
    rule = await identity.create_mail_contact_rule(
        action="block", match_type="exact_email", match_target=SPAM, direction="outbound"
    )
    assert isinstance(rule, MailIdentityContactRule)
    assert rule.agent_identity_id == identity.id
    assert rule.action == MailRuleAction.BLOCK and rule.direction == ContactRuleDirection.OUTBOUND
    # The mailbox-keyed route sees the same row, and the org-wide list finds it by identity.
    assert [r.id for r in await inkbox.mail_contact_rules.list(email)] == [rule.id]
    by_identity = await inkbox.mail_identity_contact_rules.list_all(agent_identity_id=identity.id)
    assert [r.id for r in by_identity] == [rule.id]
    assert isinstance(by_identity[0], MailContactRule)
    assert by_identity[0].mailbox_id == identity.mailbox.id
    assert by_identity[0].agent_identity_id == identity.id
    with pytest.raises(RecipientBlockedError):
        await identity.send_email(to=[SPAM], subject="hi", body_text="x")
    # A rule made on the mailbox route is one of the identity's.
    legacy = await inkbox.mail_contact_rules.create(
        email, action="allow", match_type="domain", match_target="friends.example"
    )
    mine = await identity.list_mail_contact_rules()
    assert {r.id for r in mine} == {rule.id, legacy.id}
    assert [r.id for r in await identity.list_mail_contact_rules(action="allow")] == [legacy.id]
    fetched = await identity.get_mail_contact_rule(legacy.id)
    assert fetched.match_target == "friends.example"
    # Unblocking on the identity route lets the mail through.
    allowed = await identity.update_mail_contact_rule(rule.id, action="allow")
    assert allowed.action == MailRuleAction.ALLOW
    sent = await identity.send_email(to=[SPAM], subject="hi", body_text="x")
    assert sent.id
    await identity.delete_mail_contact_rule(rule.id)
    with pytest.raises(NotFoundError):
        await inkbox.mail_contact_rules.get(email, rule.id)
    assert [r.id async for r in inkbox.mail_identity_contact_rules.iter(identity.agent_handle)] == [
        legacy.id
    ]


@pytest.mark.anyio
async def test_identity_phone_rules_gate_texts_like_number_rules(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    identity = await texting_agent(inkbox, inkbox_emulator, "idrules-phone")
    number = identity.phone_number
    assert number is not None
    rule = await identity.create_phone_contact_rule(action="block", match_target=CUSTOMER)
    assert isinstance(rule, PhoneIdentityContactRule)
    assert rule.agent_identity_id == identity.id
    assert [r.id for r in await inkbox.phone_contact_rules.list(number.id)] == [rule.id]
    with pytest.raises(RecipientBlockedError):
        await identity.send_text(to=CUSTOMER, text="hello")
    # apply_to splits the rule: outbound allowed, inbound still blocked.
    split = await identity.update_phone_contact_rule(rule.id, action="allow", apply_to="outbound")
    assert split.direction == ContactRuleDirection.OUTBOUND
    assert (await identity.send_text(to=CUSTOMER, text="hello")).id
    rules = await inkbox.phone_identity_contact_rules.list(
        identity.agent_handle, direction="inbound"
    )
    assert [(r.id, r.action.value) for r in rules] == [(rule.id, "block")]
    everything = await inkbox.phone_identity_contact_rules.list_all(
        agent_identity_id=str(identity.id)
    )
    assert {r.id for r in everything} == {rule.id, split.id}
    assert all(r.phone_number_id == number.id for r in everything)
    await inkbox.phone_identity_contact_rules.delete(identity.agent_handle, rule.id)
    assert [r.id for r in await identity.list_phone_contact_rules()] == [split.id]


@pytest.mark.anyio
async def test_phone_rules_of_an_identity_without_a_number_apply_once_it_has_one(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    identity = await inkbox.create_identity("idrules-later")
    rule = await inkbox.phone_identity_contact_rules.create(
        identity.agent_handle, action="block", match_target=CUSTOMER
    )
    assert [r.id for r in await identity.list_phone_contact_rules()] == [rule.id]
    phone = await identity.provision_phone_number(type="local")
    await set_sms_status(inkbox_emulator, phone.id, "ready")
    await inject_text(inkbox_emulator, phone.number, CUSTOMER, "START")
    await identity.refresh()
    with pytest.raises(RecipientBlockedError):
        await identity.send_text(to=CUSTOMER, text="hello")
    assert (await identity.get_phone_contact_rule(rule.id)).id == rule.id


@pytest.mark.anyio
async def test_identity_rules_bad_inputs(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    mine = await inkbox.create_identity("idrules-mine")
    theirs = await inkbox.create_identity("idrules-theirs")
    foreign = await theirs.create_mail_contact_rule(
        action="block", match_type="domain", match_target="x.example"
    )
    with pytest.raises(NotFoundError):
        await mine.get_mail_contact_rule(uuid.uuid4())
    with pytest.raises(NotFoundError):  # another identity's rule is not one of mine
        await mine.get_mail_contact_rule(foreign.id)
    with pytest.raises(NotFoundError):
        await inkbox.mail_identity_contact_rules.list("nobody-here")
    with pytest.raises(UnprocessableEntityError):
        await mine.create_phone_contact_rule(action="block", match_target="5551234")
    key = await agent_key(inkbox_emulator, "idrules-mine")
    async with AsyncInkbox(key, base_url=inkbox_emulator.url) as agent:
        with pytest.raises(PermissionDeniedError):
            await agent.mail_identity_contact_rules.list("idrules-theirs")
        with pytest.raises(PermissionDeniedError):
            await agent.mail_identity_contact_rules.get("idrules-theirs", foreign.id)
        own = await agent.mail_identity_contact_rules.create(
            "idrules-mine", action="allow", match_type="domain", match_target="ok.example"
        )
        with pytest.raises(PermissionDeniedError):
            await agent.mail_identity_contact_rules.update("idrules-mine", own.id, action="block")
        with pytest.raises(PermissionDeniedError):
            await agent.mail_identity_contact_rules.list_all()
    with pytest.raises(ValueError, match="action must be one of"):
        await mine.create_mail_contact_rule(action="deny", match_type="domain", match_target="a.b")
    with pytest.raises(ValueError, match="direction must be one of"):
        await mine.list_phone_contact_rules(direction="sideways")
    with pytest.raises(ValueError, match="apply_to"):
        await mine.update_mail_contact_rule(foreign.id, apply_to="inbound")
    with pytest.raises(ValueError, match="nothing to update"):
        await mine.update_phone_contact_rule(foreign.id)
    with pytest.raises(ValueError, match="rule_id must be a UUID"):
        await mine.delete_mail_contact_rule("not-a-uuid")
    with pytest.raises(ValueError, match="agent_handle must not be empty"):
        await inkbox.phone_identity_contact_rules.list(" ")


# ── SMS opt-ins ───────────────────────────────────────────────────────────────


@pytest.mark.anyio
async def test_opt_ins_drive_the_send_gate(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    identity = await texting_agent(inkbox, inkbox_emulator, "optins", opted_in=None)
    with pytest.raises(NotFoundError):
        await inkbox.sms_opt_ins.get(CUSTOMER)
    with pytest.raises(RecipientNotOptedInError):
        await identity.send_text(to=CUSTOMER, text="hello")
    row = await inkbox.sms_opt_ins.opt_in(CUSTOMER)
    assert isinstance(row, SmsOptIn)
    assert (row.receiver_number, row.status, row.source) == (
        CUSTOMER,
        SmsOptInStatus.OPTED_IN,
        SmsOptInSource.API,
    )
    assert row.opted_in_at is not None and row.opted_out_at is None
    assert (await identity.send_text(to=CUSTOMER, text="hello")).id
    out = await inkbox.sms_opt_ins.opt_out(CUSTOMER)
    assert out.id == row.id and out.status == SmsOptInStatus.OPTED_OUT
    assert out.opted_in_at is None and out.opted_out_at is not None
    with pytest.raises(RecipientOptedOutError):
        await identity.send_text(to=CUSTOMER, text="hello")
    # The customer texting START opts back in, recorded as an SMS change.
    assert identity.phone_number is not None
    await inject_text(inkbox_emulator, identity.phone_number.number, CUSTOMER, "START")
    again = await inkbox.sms_opt_ins.get(CUSTOMER)
    assert (again.id, again.status, again.source) == (
        row.id,
        SmsOptInStatus.OPTED_IN,
        SmsOptInSource.SMS,
    )
    assert (await identity.send_text(to=CUSTOMER, text="welcome back")).id
    await inject_text(inkbox_emulator, identity.phone_number.number, OTHER_CUSTOMER, "STOP")
    stopped = await inkbox.sms_opt_ins.list(status="opted_out")
    assert [r.receiver_number for r in stopped] == [OTHER_CUSTOMER]
    everyone = await inkbox.sms_opt_ins.list()
    assert [r.receiver_number for r in everyone] == [OTHER_CUSTOMER, CUSTOMER]
    assert [r.receiver_number for r in await inkbox.sms_opt_ins.list(limit=1, offset=1)] == [
        CUSTOMER
    ]
    paged = [r.receiver_number async for r in inkbox.sms_opt_ins.iter(page_size=1)]
    assert paged == [OTHER_CUSTOMER, CUSTOMER]


@pytest.mark.anyio
async def test_opt_ins_bad_inputs(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    for bad in ("5551234567", "+0123456789", "+1555", "", "+1555123456a"):
        with pytest.raises(ValueError, match="receiver_number"):
            await inkbox.sms_opt_ins.opt_in(bad)
    with pytest.raises(TypeError, match="receiver_number must be a string"):
        await inkbox.sms_opt_ins.get(15551234567)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="status must be one of"):
        await inkbox.sms_opt_ins.list(status="maybe")
    with pytest.raises(ValueError, match="status must be one of"):
        inkbox.sms_opt_ins.iter(status="maybe")
    with pytest.raises(ValueError, match="limit"):
        await inkbox.sms_opt_ins.list(limit=0)
    await inkbox.create_identity("optins-agent")
    key = await agent_key(inkbox_emulator, "optins-agent")
    async with AsyncInkbox(key, base_url=inkbox_emulator.url) as agent:
        with pytest.raises(PermissionDeniedError):
            await agent.sms_opt_ins.opt_in(CUSTOMER)
        with pytest.raises(PermissionDeniedError):
            await agent.sms_opt_ins.list()


# ── texts into a conversation; group conversations ───────────────────────────


@pytest.mark.anyio
async def test_send_text_into_a_conversation_and_include_groups(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    identity = await texting_agent(inkbox, inkbox_emulator, "convos")
    await inkbox.sms_opt_ins.opt_in(OTHER_CUSTOMER)
    single = await identity.send_text(to=CUSTOMER, text="one")
    group = await identity.send_text(to=[CUSTOMER, OTHER_CUSTOMER], text="all")
    assert group.conversation_id != single.conversation_id
    reply = await identity.send_text(conversation_id=group.conversation_id, text="again")
    assert reply.conversation_id == group.conversation_id
    assert sorted(r.recipient_phone_number for r in reply.recipients or []) == [
        CUSTOMER,
        OTHER_CUSTOMER,
    ]
    direct = await identity.send_text(conversation_id=str(single.conversation_id), text="two")
    assert direct.remote_phone_number == CUSTOMER
    plain = await identity.list_text_conversations()
    assert [c.id for c in plain] == [single.conversation_id]
    assert identity.phone_number is not None
    with_groups = await inkbox.texts.list_conversations(
        identity.phone_number.id, include_groups=True
    )
    assert {c.id for c in with_groups} == {single.conversation_id, group.conversation_id}
    assert next(c for c in with_groups if c.is_group).total_count == 2
    with pytest.raises(NotFoundError):
        await identity.send_text(conversation_id=uuid.uuid4(), text="nowhere")
    with pytest.raises(ValueError, match="either to="):
        await identity.send_text(to=CUSTOMER, conversation_id=single.conversation_id, text="x")
    with pytest.raises(ValueError, match="either to="):
        await identity.send_text(text="x")
    with pytest.raises(ValueError, match="conversation_id must be a UUID"):
        await identity.send_text(conversation_id="conv-1", text="x")
