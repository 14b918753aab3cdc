"""Every offset-paginated list has a lazy twin: rules, contacts, notes, text conversations.

Each twin is walked with `page_size=1` over more items than one page, so it must ask for the
next page (and stop at a short one); nothing is fetched before iteration, and a bad page size
fails at the call.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from inkbox import AsyncInkbox, AsyncPager

from ._phone_helpers import inject_text


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


async def walk(pager: AsyncPager[Any]) -> list[Any]:
    return [item async for item in pager]


@pytest.mark.anyio
async def test_contact_rule_iterators(inkbox: AsyncInkbox) -> None:
    identity = await inkbox.create_identity("rules")
    email = identity.email_address
    assert email is not None
    number = await inkbox.phone_numbers.provision(agent_handle="rules")
    for domain in ("a.example", "b.example", "c.example"):
        await inkbox.mail_contact_rules.create(
            email, action="block", match_type="domain", match_target=domain
        )
    for target in ("+15550000001", "+15550000002"):
        await inkbox.phone_contact_rules.create(number.id, action="block", match_target=target)
    listed = [r.id for r in await inkbox.mail_contact_rules.list(email)]
    assert [r.id for r in await walk(inkbox.mail_contact_rules.iter(email, page_size=1))] == listed
    everything = await walk(inkbox.mail_contact_rules.iter_all(page_size=2))
    assert sorted(r.id for r in everything) == sorted(listed)
    phone = await walk(inkbox.phone_contact_rules.iter(number.id, page_size=1))
    assert [r.id for r in phone] == [r.id for r in await inkbox.phone_contact_rules.list(number.id)]
    by_number = inkbox.phone_contact_rules.iter_all(phone_number_id=number.id, page_size=1)
    assert len(await walk(by_number)) == 2
    with pytest.raises(ValueError, match="page_size"):
        inkbox.mail_contact_rules.iter(email, page_size=0)
    with pytest.raises(ValueError, match="action"):
        inkbox.phone_contact_rules.iter_all(action="maybe")


@pytest.mark.anyio
async def test_contact_and_note_iterators(inkbox: AsyncInkbox) -> None:
    for name in ("Ada", "Grace", "Alan"):
        await inkbox.contacts.create(given_name=name)
        await inkbox.notes.create(title=name, body=f"about {name}")
    contacts = inkbox.contacts.iter(order="name", page_size=2)
    assert [c.given_name for c in await walk(contacts)] == ["Ada", "Alan", "Grace"]
    assert len(await walk(inkbox.notes.iter(page_size=1))) == 3
    assert [n.title for n in await walk(inkbox.notes.iter(q="Grace", page_size=1))] == ["Grace"]
    with pytest.raises(ValueError, match="order"):
        inkbox.contacts.iter(order="sideways")
    with pytest.raises(ValueError, match="page_size"):
        inkbox.notes.iter(page_size=201)


@pytest.mark.anyio
async def test_text_conversation_iterators(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    await inkbox.create_identity("texts")
    number = await inkbox.phone_numbers.provision(agent_handle="texts")
    for sender, text in (("+15551110001", "one"), ("+15551110002", "two"), ("+15551110002", "3")):
        await inject_text(inkbox_emulator, number.number, sender, text)
    conversations = await walk(inkbox.texts.iter_conversations(number.id, page_size=1))
    assert sorted(c.remote_phone_number for c in conversations) == [
        "+15551110001",
        "+15551110002",
    ]
    messages = inkbox.texts.iter_conversation(number.id, "+15551110002", page_size=1)
    assert [m.text for m in await walk(messages)] == ["3", "two"]
    with pytest.raises(ValueError, match="remote_number"):
        inkbox.texts.iter_conversation(number.id, " ")
