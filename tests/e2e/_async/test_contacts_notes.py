"""Contacts (access, lookup, vCards) and notes end to end, including the bad inputs."""

from __future__ import annotations

import datetime
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

from inkbox import (
    AsyncInkbox,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactWebsite,
    Note,
    NotFoundError,
    RedundantContactAccessGrantError,
)

VCARD = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:{name}\r\nN:{family};{given};;;\r\nEMAIL:{email}\r\nEND:VCARD\r\n"


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


async def ada(inkbox: AsyncInkbox, **kwargs: Any) -> Contact:
    return await inkbox.contacts.create(
        given_name="Ada",
        family_name="Lovelace",
        emails=[ContactEmail(label="work", value="ada@example.com")],
        phones=[ContactPhone(label="mobile", value="+15551234567")],
        **kwargs,
    )


# ── contacts ──


@pytest.mark.anyio
async def test_contact_crud_reads_guide_entries(inkbox: AsyncInkbox) -> None:
    """Entries go out in the guide's shape and come back as the same classes."""
    contact = await ada(
        inkbox,
        websites=[ContactWebsite(label="blog", value="https://ada.example")],
        addresses=[ContactAddress(label="home", city="London", postal_code="N1", country="GB")],
        birthday=datetime.date(1815, 12, 10),
    )
    assert contact.phones[0].value == "+15551234567"
    assert contact.emails[0] == ContactEmail(label="work", value="ada@example.com")
    assert contact.addresses[0].postal_code == "N1"
    assert contact.websites[0].value == "https://ada.example"
    assert contact.birthday == datetime.date(1815, 12, 10)
    assert [row.identity_id for row in contact.access] == [None]  # the wildcard

    fetched = await inkbox.contacts.get(str(contact.id))
    assert fetched.phones == contact.phones
    updated = await inkbox.contacts.update(str(contact.id), job_title="Analyst")
    assert updated.job_title == "Analyst"
    assert updated.given_name == "Ada" and updated.emails == contact.emails
    more = [*updated.phones, ContactPhone(label="home", value="+15557654321")]
    grown = await inkbox.contacts.update(str(contact.id), phones=more, birthday=None)
    assert [p.value for p in grown.phones] == ["+15551234567", "+15557654321"]
    assert grown.birthday is None
    cleared = await inkbox.contacts.update(str(contact.id), emails=None, job_title=None)
    assert cleared.emails == [] and cleared.job_title is None

    await inkbox.contacts.delete(str(contact.id))
    with pytest.raises(NotFoundError):
        await inkbox.contacts.get(str(contact.id))


@pytest.mark.anyio
async def test_contact_list_and_lookup(inkbox: AsyncInkbox) -> None:
    """list() searches and pages; lookup() takes exactly one filter."""
    contact = await ada(inkbox)
    await inkbox.contacts.create(
        company_name="Babbage & Co", emails=[ContactEmail(label=None, value="cb@babbage.org")]
    )
    assert [
        c.id for c in await inkbox.contacts.list(q="ada", order="recent", limit=50, offset=0)
    ] == [contact.id]
    assert len(await inkbox.contacts.list(order="name")) == 2
    assert len(await inkbox.contacts.list(limit=1, offset=1)) == 1
    for found in (
        await inkbox.contacts.lookup(email="ada@example.com"),
        await inkbox.contacts.lookup(email_domain="example.com"),
        await inkbox.contacts.lookup(phone="+15551234567"),
        await inkbox.contacts.lookup(email_contains="ada"),
        await inkbox.contacts.lookup(phone_contains="555"),
    ):
        assert [c.id for c in found] == [contact.id]
    with pytest.raises(ValueError, match="exactly one of"):
        await inkbox.contacts.lookup()
    with pytest.raises(ValueError, match="exactly one of"):
        await inkbox.contacts.lookup(email="ada@example.com", phone="+15551234567")


@pytest.mark.anyio
async def test_contact_access_ids_and_grants(inkbox: AsyncInkbox) -> None:
    """access_identity_ids: wildcard by default, [] admin-only, or explicit; grants and revokes."""
    agent = await inkbox.create_identity("contact-agent")
    other = await inkbox.create_identity("contact-other")
    hidden = await ada(inkbox, access_identity_ids=[])
    assert await inkbox.contacts.access.list(str(hidden.id)) == []
    explicit = await inkbox.contacts.create(given_name="Grace", access_identity_ids=[agent.id])
    assert [row.identity_id for row in await inkbox.contacts.access.list(str(explicit.id))] == [
        agent.id
    ]

    wildcard = await inkbox.contacts.create(given_name="Alan")
    with pytest.raises(RedundantContactAccessGrantError) as info:
        await inkbox.contacts.access.grant(str(wildcard.id), identity_id=str(agent.id))
    assert info.value.error == "redundant_grant"
    assert info.value.detail_message

    await inkbox.contacts.access.revoke(str(wildcard.id), str(agent.id))
    rows = await inkbox.contacts.access.list(str(wildcard.id))
    assert other.id in {row.identity_id for row in rows}
    assert agent.id not in {row.identity_id for row in rows}
    granted = await inkbox.contacts.access.grant(str(wildcard.id), identity_id=str(agent.id))
    assert granted.identity_id == agent.id
    reset = await inkbox.contacts.access.grant(str(wildcard.id), wildcard=True)
    assert reset.identity_id is None
    assert [row.identity_id for row in await inkbox.contacts.access.list(str(wildcard.id))] == [
        None
    ]

    with pytest.raises(ValueError, match="either identity_id"):
        await inkbox.contacts.access.grant(str(wildcard.id))
    with pytest.raises(ValueError, match="access_identity_ids"):
        await inkbox.contacts.create(given_name="X", access_identity_ids="everyone")  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_vcards_import_export_and_limits(inkbox: AsyncInkbox) -> None:
    """vCards round-trip; a bad card is reported by index; oversize imports fail locally."""
    cards = VCARD.format(
        name="Ada Lovelace", family="Lovelace", given="Ada", email="ada@example.com"
    )
    cards += "BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD\r\n"
    result = await inkbox.contacts.vcards.import_vcards(cards)
    assert result.created_count == 1 and len(result.created_ids) == 1
    assert [item.index for item in result.errors] == [1]
    assert result.errors[0].error
    vcf = await inkbox.contacts.vcards.export_vcard(str(result.created_ids[0]))
    assert isinstance(vcf, str)
    assert vcf.startswith("BEGIN:VCARD") and "ada@example.com" in vcf

    with pytest.raises(ValueError, match="5 MiB"):
        await inkbox.contacts.vcards.import_vcards("N" * (5 * 1024 * 1024 + 1))
    one = VCARD.format(name="X", family="X", given="X", email="x@example.com")
    with pytest.raises(ValueError, match="1000 cards"):
        await inkbox.contacts.vcards.import_vcards(one * 1001)
    assert len(await inkbox.contacts.list()) == 1


# ── notes ──


@pytest.mark.anyio
async def test_notes_lifecycle_and_access(inkbox: AsyncInkbox) -> None:
    """Notes: create, get, list filters, update (title cleared), grants, delete."""
    agent = await inkbox.create_identity("note-agent")
    note = await inkbox.notes.create(body="Customer prefers email follow-up.", title="Ada")
    assert isinstance(note, Note) and note.title == "Ada" and note.access == []
    await inkbox.notes.create(body="Unrelated")
    assert (await inkbox.notes.get(str(note.id))).body == "Customer prefers email follow-up."
    assert [n.id for n in await inkbox.notes.list(q="email")] == [note.id]
    assert await inkbox.notes.list(identity_id=str(agent.id)) == []

    grant = await inkbox.notes.access.grant(str(note.id), identity_id=str(agent.id))
    assert grant.identity_id == agent.id
    listed = await inkbox.notes.list(q="email", identity_id=str(agent.id), order="recent", limit=50)
    assert [n.id for n in listed] == [note.id]
    assert [a.identity_id for a in await inkbox.notes.access.list(str(note.id))] == [agent.id]

    updated = await inkbox.notes.update(str(note.id), body="Updated body")
    assert (updated.body, updated.title) == ("Updated body", "Ada")
    untitled = await inkbox.notes.update(str(note.id), title=None)
    assert untitled.title is None and untitled.body == "Updated body"
    with pytest.raises(ValueError, match="body cannot be None"):
        await inkbox.notes.update(str(note.id), body=None)  # type: ignore[arg-type]

    await inkbox.notes.access.revoke(str(note.id), str(agent.id))
    assert await inkbox.notes.access.list(str(note.id)) == []
    await inkbox.notes.delete(str(note.id))
    with pytest.raises(NotFoundError):
        await inkbox.notes.get(str(note.id))
    with pytest.raises(ValueError, match="note_id must be a UUID"):
        await inkbox.notes.get("note-uuid")
    with pytest.raises(NotFoundError):
        await inkbox.notes.get(uuid.uuid4())
