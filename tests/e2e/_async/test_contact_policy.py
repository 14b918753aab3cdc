"""Contact permissions, access settings, communication policy, previews, the permission roster
and correspondence end to end, including the bad inputs."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

from inkbox import (
    AsyncAgentIdentity,
    AsyncInkbox,
    CallCorrespondenceItem,
    CommunicationPolicyRevisionConflictError,
    Contact,
    ContactAddressUpdate,
    ContactChannelAccessUpdate,
    ContactCorrespondenceOptions,
    ContactEmail,
    ContactIdentityVisibilityDecisions,
    ContactPhone,
    ContactVisibilityDecisions,
    ContactVisibilityPolicy,
    EmailCorrespondenceItem,
    NotFoundError,
    PermissionDeniedError,
    SmsCorrespondenceItem,
    UnprocessableEntityError,
)

from ._phone_helpers import agent_key, hook, inject_call, inject_text, texting_agent

ADA_MAIL = "ada@example.com"
ADA_HOME = "ada@home.example"
ADA_PHONE = "+15167251294"  # the texting helper's opted-in customer


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


async def ada(inkbox: AsyncInkbox, **kwargs: Any) -> Contact:
    return await inkbox.contacts.create(
        given_name="Ada",
        family_name="Lovelace",
        emails=[
            ContactEmail(label="work", value=ADA_MAIL),
            ContactEmail(label="home", value=ADA_HOME),
        ],
        phones=[ContactPhone(label="mobile", value=ADA_PHONE)],
        **kwargs,
    )


async def as_agent(inkbox_emulator: Any, identity: AsyncAgentIdentity) -> AsyncInkbox:
    key = await agent_key(inkbox_emulator, identity.agent_handle)
    return AsyncInkbox(key, base_url=inkbox_emulator.url)


# ── permissions and access settings: one state ──


@pytest.mark.anyio
async def test_permissions_and_access_are_one_state(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    """A permission change shows through the access settings, the policy and an agent's view."""
    alice = await inkbox.create_identity("alice")
    contact = await ada(inkbox)
    perms = await inkbox.contacts.permissions.get("alice", contact.id)
    assert perms.emails.to_dict() == {ADA_MAIL: True, ADA_HOME: True}
    assert perms.phones.to_dict() == {ADA_PHONE: True}
    assert (perms.profile, perms.memories) == (True, True)

    changed = await inkbox.contacts.permissions.update(
        "alice", contact.id, emails={ADA_HOME: False}, inbound_phones={ADA_PHONE: False}
    )
    assert changed.emails.to_dict() == {ADA_MAIL: True, ADA_HOME: False}
    assert changed.inbound_phones.to_dict() == {ADA_PHONE: False}
    assert changed.outbound_phones.to_dict() == {ADA_PHONE: True}

    access = await inkbox.contacts.access.get("alice", contact.id)
    assert access.email.contactable == [ADA_MAIL]
    assert access.phone.inbound_contactable == [] and access.phone.outbound_contactable == [
        ADA_PHONE
    ]
    policy = await inkbox.contacts.communication_policy.get(contact.id, alice.id)
    assert policy.revision == 1
    home = next(a for a in policy.addresses if a.value == ADA_HOME)
    assert (home.action, home.allowed, home.inbound_action) == ("block", False, "block")

    # hiding the phone group through access: the agent's own view loses the numbers
    await inkbox.contacts.access.update(
        "alice", contact.id, phone=ContactChannelAccessUpdate(visible=False, contactable=[])
    )
    async with await as_agent(inkbox_emulator, alice) as agent:
        seen = await agent.contacts.get(contact.id)
        assert seen.phones == [] and [e.value for e in seen.emails] == [ADA_MAIL, ADA_HOME]
        # hiding the profile hides the contact from the agent altogether
        await inkbox.contacts.permissions.update("alice", contact.id, profile=False)
        with pytest.raises(NotFoundError):
            await agent.contacts.get(contact.id)
        assert contact.id not in [c.id for c in await agent.contacts.list()]
    hidden = await inkbox.contacts.permissions.get("alice", contact.id)
    assert hidden.profile is False and not any(hidden.emails.to_dict().values())
    assert (await inkbox.contacts.communication_policy.get(contact.id)).revision == 3


@pytest.mark.anyio
async def test_create_with_permissions_is_a_policy_change(inkbox: AsyncInkbox) -> None:
    """Permissions sent with a new contact are explicit decisions like any later change: the
    permissions, access and policy views agree, and the revision they bumped is the one a
    replace must name."""
    alice = await inkbox.create_identity("alice")
    bob = await inkbox.create_identity("bob")
    contact = await ada(
        inkbox,
        permissions={
            "identity_id": alice.id,
            "emails": {ADA_HOME: False},
            "phones": {ADA_PHONE: True},
            "memories": False,
        },
    )
    perms = await inkbox.contacts.permissions.get("alice", contact.id)
    assert perms.emails.to_dict() == {ADA_MAIL: True, ADA_HOME: False}
    assert perms.phones.to_dict() == {ADA_PHONE: True}
    assert (perms.profile, perms.memories) == (True, False)
    access = await inkbox.contacts.access.get("alice", contact.id)
    assert access.email.contactable == [ADA_MAIL] and access.memories is False
    policy = await inkbox.contacts.communication_policy.get(contact.id, alice.id)
    assert policy.revision == 1
    by_value = {a.value: a for a in policy.addresses}
    assert (by_value[ADA_HOME].action, by_value[ADA_HOME].allowed) == ("block", False)
    assert (by_value[ADA_MAIL].action, by_value[ADA_MAIL].allowed) == ("inherit", True)
    assert (by_value[ADA_PHONE].inbound_action, by_value[ADA_PHONE].outbound_action) == (
        "allow",
        "allow",
    )
    assert policy.effective_visibility is not None
    assert (policy.effective_visibility.profile, policy.effective_visibility.memories) == (
        True,
        False,
    )

    policies = inkbox.contacts.communication_policy
    with pytest.raises(CommunicationPolicyRevisionConflictError):
        await policies.replace(contact.id, expected_revision=0, identity_id=alice.id, addresses=[])
    reopened = await policies.replace(
        contact.id,
        expected_revision=1,
        identity_id=alice.id,
        addresses=[
            ContactAddressUpdate(
                kind="email", value=ADA_HOME, action="allow", expected_action="block"
            )
        ],
    )
    assert reopened.revision == 2
    assert (await inkbox.contacts.permissions.get("alice", contact.id)).emails.to_dict() == {
        ADA_MAIL: True,
        ADA_HOME: True,
    }

    # the group form goes through the access settings: the lists sent become decisions
    grouped = await ada(
        inkbox,
        permissions={
            "identity_id": bob.id,
            "phone": ContactChannelAccessUpdate(visible=False, contactable=[]),
        },
    )
    bob_access = await inkbox.contacts.access.get("bob", grouped.id)
    assert bob_access.phone.visible is False and bob_access.phone.contactable == []
    assert bob_access.email.contactable == [ADA_MAIL, ADA_HOME]
    bob_policy = await policies.get(grouped.id, bob.id)
    assert bob_policy.revision == 1
    assert [(a.value, a.action) for a in bob_policy.addresses if a.kind == "phone"] == [
        (ADA_PHONE, "block")
    ]
    bob_perms = await inkbox.contacts.permissions.get("bob", grouped.id)
    assert bob_perms.phones.to_dict() == {ADA_PHONE: False}
    assert bob_perms.emails.to_dict() == {ADA_MAIL: True, ADA_HOME: True}


@pytest.mark.anyio
async def test_permissions_bad_inputs(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    """Refused before any request, or by the server with typed errors."""
    alice = await inkbox.create_identity("alice")
    contact = await ada(inkbox)
    perms = inkbox.contacts.permissions
    with pytest.raises(ValueError, match="combine"):
        await perms.update("alice", contact.id, emails={}, inbound_emails={ADA_MAIL: True})
    with pytest.raises(ValueError, match="None"):
        await perms.update("alice", contact.id, outbound_phones=None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="profile cannot"):
        await perms.update("alice", contact.id, profile=False, emails={ADA_MAIL: True})
    with pytest.raises(TypeError):
        await perms.update("alice", contact.id, emails={ADA_MAIL: "yes"})  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="profile cannot"):
        await inkbox.contacts.access.update("alice", contact.id, profile=False, memories=True)
    with pytest.raises(ValueError, match="hidden"):
        await inkbox.contacts.access.update(
            "alice",
            contact.id,
            email=ContactChannelAccessUpdate(visible=False, contactable=[ADA_MAIL]),
        )
    with pytest.raises(UnprocessableEntityError) as error:
        await perms.update("alice", contact.id, emails={"stranger@example.com": True})
    assert error.value.status_code == 422 and error.value.request_id
    with pytest.raises(NotFoundError):
        await perms.get("alice", uuid.uuid4())
    with pytest.raises(NotFoundError):
        await perms.get("nobody", contact.id)
    async with await as_agent(inkbox_emulator, alice) as agent:
        with pytest.raises(PermissionDeniedError):  # admin credentials only
            await agent.contacts.permissions.get("alice", contact.id)
        with pytest.raises(PermissionDeniedError):
            await agent.contacts.access.get("alice", contact.id)


# ── communication policy ──


@pytest.mark.anyio
async def test_replace_under_optimistic_concurrency(inkbox: AsyncInkbox) -> None:
    """Each replace bumps the revision; a stale revision or expected decision is a 409."""
    alice = await inkbox.create_identity("alice")
    bob = await inkbox.create_identity("bob")
    contact = await ada(inkbox)
    policies = inkbox.contacts.communication_policy
    start = await policies.get(contact.id)
    assert (start.revision, start.identity_id, start.addresses) == (0, None, [])
    assert start.effective_visibility is None
    assert start.visibility.defaults.profile == "inherit"

    replaced = await policies.replace(
        contact.id,
        expected_revision=0,
        identity_id=alice.id,
        addresses=[
            ContactAddressUpdate(
                kind="email", value=ADA_HOME, action="block", expected_action="inherit"
            ),
            ContactAddressUpdate(
                kind="phone",
                value=ADA_PHONE,
                action="block",
                direction="inbound",
                expected_inbound_action="inherit",
            ),
        ],
        visibility=ContactVisibilityPolicy(
            defaults=ContactVisibilityDecisions(profile="inherit", memories="inherit"),
            identities=[
                ContactIdentityVisibilityDecisions(
                    identity_id=bob.id, profile="block", memories="block"
                )
            ],
        ),
    )
    assert replaced.revision == 1 and replaced.identity_id == alice.id
    by_value = {a.value: a for a in replaced.addresses}
    assert (by_value[ADA_HOME].allowed, by_value[ADA_MAIL].allowed) == (False, True)
    phone = by_value[ADA_PHONE]
    assert (phone.allowed_inbound, phone.allowed_outbound) == (False, True)
    assert (phone.inbound_action, phone.outbound_action) == ("block", "inherit")
    assert [(r.identity_id, r.profile) for r in replaced.visibility.identities] == [
        (bob.id, "block")
    ]
    bob_view = await policies.preview(contact.id, bob.id)
    assert bob_view.contact is None and bob_view.full_profile is False and not bob_view.email

    with pytest.raises(CommunicationPolicyRevisionConflictError) as stale:
        await policies.replace(contact.id, expected_revision=0, identity_id=alice.id, addresses=[])
    assert stale.value.status_code == 409 and stale.value.current_revision == 1
    with pytest.raises(CommunicationPolicyRevisionConflictError):  # home is `block` now
        await policies.replace(
            contact.id,
            expected_revision=1,
            identity_id=alice.id,
            addresses=[
                ContactAddressUpdate(
                    kind="email", value=ADA_HOME, action="allow", expected_action="inherit"
                )
            ],
        )
    assert (await policies.get(contact.id, alice.id)).revision == 1  # nothing changed


@pytest.mark.anyio
async def test_policy_bad_inputs(inkbox: AsyncInkbox) -> None:
    alice = await inkbox.create_identity("alice")
    contact = await ada(inkbox)
    policies = inkbox.contacts.communication_policy
    no_expectation = ContactAddressUpdate(kind="email", value=ADA_MAIL, action="block")
    with pytest.raises(ValueError, match="expected"):
        await policies.replace(
            contact.id, expected_revision=0, identity_id=alice.id, addresses=[no_expectation]
        )
    with pytest.raises(ValueError, match="action must be one of"):
        await policies.replace(
            contact.id,
            expected_revision=0,
            identity_id=alice.id,
            addresses=[
                ContactAddressUpdate(
                    kind="email",
                    value=ADA_MAIL,
                    action="maybe",
                    expected_action="inherit",  # type: ignore[arg-type]
                )
            ],
        )
    with pytest.raises(ValueError, match="memories"):
        await policies.replace(
            contact.id,
            expected_revision=0,
            identity_id=alice.id,
            addresses=[],
            visibility=ContactVisibilityPolicy(
                defaults=ContactVisibilityDecisions(profile="block", memories="allow"),
                identities=[],
            ),
        )
    with pytest.raises(TypeError):
        await policies.replace(
            contact.id,
            expected_revision="0",
            identity_id=alice.id,
            addresses=[],  # type: ignore[arg-type]
        )
    with pytest.raises(ValueError):
        await policies.get(contact.id, "not-a-uuid")
    with pytest.raises(NotFoundError):
        await policies.get(uuid.uuid4())
    with pytest.raises(NotFoundError):
        await policies.replace(
            uuid.uuid4(), expected_revision=0, identity_id=alice.id, addresses=[]
        )
    with pytest.raises(NotFoundError):
        await policies.preview(contact.id, uuid.uuid4())
    with pytest.raises(UnprocessableEntityError):
        await policies.replace(
            contact.id,
            expected_revision=0,
            identity_id=alice.id,
            addresses=[
                ContactAddressUpdate(
                    kind="email",
                    value="x@nowhere.example",
                    action="block",
                    expected_action="inherit",
                )
            ],
        )


@pytest.mark.anyio
async def test_preview_follows_contact_rules(inkbox: AsyncInkbox) -> None:
    """`inherit` asks the identity's contact rules; an explicit decision wins over them."""
    alice = await inkbox.create_identity("alice")
    contact = await ada(inkbox)
    mailbox = alice.mailbox
    assert mailbox is not None
    rule = await inkbox.mail_contact_rules.create(
        mailbox.email_address, action="block", match_type="domain", match_target="example.com"
    )
    # a change to another group keeps the email addresses `inherit`: once the rule is gone,
    # the address it blocked is allowed again
    await inkbox.contacts.access.update(
        "alice", contact.id, phone=ContactChannelAccessUpdate(inbound_contactable=[])
    )
    assert (await inkbox.contacts.access.get("alice", contact.id)).email.contactable == [ADA_HOME]
    await inkbox.mail_contact_rules.delete(mailbox.email_address, rule.id)
    access = await inkbox.contacts.access.get("alice", contact.id)
    assert access.email.contactable == [ADA_MAIL, ADA_HOME]
    assert access.phone.inbound_contactable == [] and access.phone.outbound_contactable == [
        ADA_PHONE
    ]
    await inkbox.mail_contact_rules.create(
        mailbox.email_address, action="block", match_type="domain", match_target="example.com"
    )
    preview = await inkbox.contacts.communication_policy.preview(contact.id, alice.id)
    assert preview.full_profile is True and preview.contact is not None
    assert [e.value for e in preview.contact.emails] == [ADA_MAIL, ADA_HOME]
    perms = await inkbox.contacts.permissions.get("alice", contact.id)
    assert perms.emails.to_dict() == {ADA_MAIL: False, ADA_HOME: True}  # the rule blocks one
    await inkbox.contacts.permissions.update("alice", contact.id, emails={ADA_MAIL: True})
    perms = await inkbox.contacts.permissions.get("alice", contact.id)
    assert perms.emails.to_dict() == {ADA_MAIL: True, ADA_HOME: True}
    await inkbox.contacts.permissions.update(
        "alice", contact.id, emails={ADA_MAIL: False, ADA_HOME: False}
    )
    preview = await inkbox.contacts.communication_policy.preview(contact.id, alice.id)
    assert (preview.email, preview.outbound_email, preview.inbound_email) == (False, False, False)
    assert preview.phone is True


# ── lists for an identity ──


@pytest.mark.anyio
async def test_identity_lists_and_iterators(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    alice = await inkbox.create_identity("alice")
    await inkbox.create_identity("bob")
    first = await ada(inkbox)
    second = await inkbox.contacts.create(
        given_name="Bea", emails=[ContactEmail(label=None, value="b@x.io")]
    )
    third = await inkbox.contacts.create(given_name="Cy")
    await inkbox.contacts.permissions.update("alice", third.id, profile=False)

    page = await alice.list_contact_communication_policies(limit=1)
    assert (page.limit, page.offset, page.has_more) == (1, 0, True)
    walked = [
        p.contact.id
        async for p in alice.iter_contact_communication_policies(page_size=1)
        if p.contact
    ]
    assert sorted(map(str, walked)) == sorted([str(first.id), str(second.id)])

    policies = inkbox.contacts.communication_policy
    roster = await policies.list_management_for_identity("alice", order="name")
    assert [e.contact.given_name for e in roster.items] == ["Ada", "Bea", "Cy"]
    cy = roster.items[2]
    assert (cy.effective.profile, cy.effective.email, cy.revision) == (False, "no_identifiers", 1)
    assert cy.visibility.identity_override.profile == "block"
    assert roster.items[0].effective.email == "all" and roster.items[0].access is not None
    found = await policies.list_management_for_identity("alice", q="bea")
    assert [e.contact.id for e in found.items] == [second.id]
    confirmed = await policies.list_management_for_identity("alice", review_status=["confirmed"])
    assert len(confirmed.items) == 3
    assert not (
        await policies.list_management_for_identity("alice", review_status=["unreviewed"])
    ).items
    rows = [e.contact.id async for e in policies.iter_management_for_identity("alice", page_size=2)]
    assert len(rows) == 3

    with pytest.raises(ValueError, match="order"):
        await policies.list_management_for_identity("alice", order="oldest")
    with pytest.raises(ValueError, match="order"):
        policies.iter_management_for_identity("alice", order="oldest")
    with pytest.raises(ValueError):
        await policies.list_management_for_identity("alice", review_status=["maybe"])
    with pytest.raises(ValueError):
        await policies.list_for_identity("alice", limit=0)
    with pytest.raises(NotFoundError):
        await policies.list_for_identity("nobody")
    async with await as_agent(inkbox_emulator, alice) as agent:
        own = await agent.contacts.communication_policy.list_for_identity("alice")
        assert len(own.items) == 2
        with pytest.raises(PermissionDeniedError):  # another identity's list
            await agent.contacts.communication_policy.list_for_identity("bob")
        with pytest.raises(PermissionDeniedError):  # the roster is admin-only
            await agent.contacts.communication_policy.list_management_for_identity("alice")


# ── correspondence ──


@pytest.mark.anyio
async def test_correspondence_reads_real_traffic(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    """Mail, texts and calls actually exchanged with the contact's addresses, merged by time."""
    identity = await texting_agent(inkbox, inkbox_emulator, "alice", opted_in=ADA_PHONE)
    contact = await ada(inkbox)
    assert identity.mailbox is not None and identity.phone_number is not None
    await identity.send_email(to=[ADA_MAIL], subject="Hello Ada", body_text="First line")
    await hook(
        inkbox_emulator,
        "POST",
        "/mail/inbound",
        {
            "to": identity.mailbox.email_address,
            "from": ADA_HOME,
            "subject": "Re: Hello",
            "body_text": "Hi!",
        },
    )
    await identity.send_email(to=["someone@else.example"], subject="Not Ada", body_text="x")
    await identity.send_text(to=ADA_PHONE, text="Text for Ada")
    await inject_text(inkbox_emulator, identity.phone_number.number, ADA_PHONE, "Reply from Ada")
    call = await inject_call(inkbox_emulator, identity.phone_number.number, ADA_PHONE)
    await hook(
        inkbox_emulator,
        "POST",
        f"/calls/{call['id']}/transcripts",
        {"segments": [{"party": "remote", "text": f"turn {n}"} for n in range(7)]},
    )

    result = await inkbox.contacts.correspondence.get(
        contact.id,
        ContactCorrespondenceOptions(
            identity_id=identity.id, content="full", transcripts="abridged"
        ),
    )
    assert result.contact_id == contact.id and result.identity_id == identity.id
    status = {c.channel: (c.status, c.returned) for c in result.channels}
    assert status["email"] == ("available", 2) and status["calls"] == ("available", 1)
    assert status["imessage"][0] == "no_resource" and status["slack"][0] == "no_resource"
    mails = [i for i in result.items if isinstance(i, EmailCorrespondenceItem)]
    assert {m.subject for m in mails} == {"Hello Ada", "Re: Hello"}
    sent = next(m for m in mails if m.direction == "outbound")
    assert sent.body_text == "First line" and sent.to_addresses == [ADA_MAIL]
    texts = [i for i in result.items if isinstance(i, SmsCorrespondenceItem)]
    assert {t.text for t in texts} >= {"Text for Ada", "Reply from Ada"}
    assert all(t.matched_contact_phone == ADA_PHONE for t in texts)
    calls = [i for i in result.items if isinstance(i, CallCorrespondenceItem)]
    assert len(calls) == 1 and calls[0].transcript_abridged
    assert calls[0].transcript is not None
    assert [t.marker for t in calls[0].transcript].count("abridged") == 1
    times = [i.occurred_at for i in result.items]
    assert times == sorted(times, reverse=True)

    # one channel, one item a page: the cursor walks every mail, oldest last
    options = ContactCorrespondenceOptions(
        identity_id=identity.id, channels=["email"], limit_per_channel=1, content="metadata"
    )
    first = await inkbox.contacts.correspondence.list(contact.id, options)
    assert len(first.items) == 1 and first.next_cursor is not None
    assert isinstance(first.items[0], EmailCorrespondenceItem) and first.items[0].snippet is None
    options.cursor = first.next_cursor
    second = await inkbox.contacts.correspondence.get(contact.id, options)
    assert len(second.items) == 1 and second.items[0].source_id != first.items[0].source_id

    # an agent key reads its own identity's correspondence without naming it
    async with await as_agent(inkbox_emulator, identity) as agent:
        own = await agent.contacts.correspondence.get(
            contact.id, ContactCorrespondenceOptions(channels=["calls"], order="asc")
        )
        assert [c.channel for c in own.channels] == ["calls"] and len(own.items) == 1


@pytest.mark.anyio
async def test_correspondence_bad_inputs(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    alice = await inkbox.create_identity("alice")
    bob = await inkbox.create_identity("bob")
    contact = await ada(inkbox)
    read = inkbox.contacts.correspondence.get
    with pytest.raises(UnprocessableEntityError):  # an admin key names the identity
        await read(contact.id)
    with pytest.raises(ValueError):
        await read(contact.id, ContactCorrespondenceOptions(channels=["fax"]))
    with pytest.raises(ValueError):
        await read(contact.id, ContactCorrespondenceOptions(order="sideways"))
    with pytest.raises(ValueError):
        await read(contact.id, ContactCorrespondenceOptions(limit_per_channel=0))
    with pytest.raises(TypeError):
        await read(contact.id, {"identity_id": alice.id})  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        await read(uuid.uuid4(), ContactCorrespondenceOptions(identity_id=alice.id))
    with pytest.raises(NotFoundError):
        await read(contact.id, ContactCorrespondenceOptions(identity_id=uuid.uuid4()))
    with pytest.raises(UnprocessableEntityError):
        await read(contact.id, ContactCorrespondenceOptions(identity_id=alice.id, cursor="junk"))
    async with await as_agent(inkbox_emulator, alice) as agent:
        with pytest.raises(PermissionDeniedError):
            await agent.contacts.correspondence.get(
                contact.id, ContactCorrespondenceOptions(identity_id=bob.id)
            )
