"""Contact facts (expiry, limits, citations, the citation URL guard), merge, bulk delete, the
multi-contact vCard export, `review_status` and `create(permissions=...)` end to end, with
the bad inputs: merging into itself, unknown ids (nothing changes), a bad kind, a foreign URL."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from inkbox import (
    AsyncInkbox,
    ConflictError,
    Contact,
    ContactEmail,
    ContactFactKind,
    ContactPhone,
    ContactReviewStatus,
    NotFoundError,
    PermissionDeniedError,
    UnprocessableEntityError,
)

DAY = 86_400


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


async def person(inkbox: AsyncInkbox, given: str, email: str, **kwargs: Any) -> Contact:
    return await inkbox.contacts.create(
        given_name=given,
        family_name="Lovelace",
        emails=[ContactEmail(label="work", value=email)],
        **kwargs,
    )


def learn(emulator: Any, contact_id: object, **body: Any) -> dict[str, Any]:
    """The service learning a fact (the emulator's hook)."""
    result: dict[str, Any] = emulator.hook("POST", f"/contacts/{contact_id}/facts", body)
    return result


async def mail_to(emulator: Any, inkbox: AsyncInkbox, handle: str) -> tuple[Any, str]:
    """An identity with one inbound message from Ada; (identity, message id)."""
    identity = await inkbox.create_identity(handle)
    emulator.inject_email(
        to=identity.email_address,
        sender="ada@example.com",
        subject="Hi",
        body_text="Ship to Berlin",
    )
    message = (await identity.iter_emails(direction="inbound").__anext__()).id
    return identity, str(message)


# ── facts ──


@pytest.mark.anyio
async def test_fact_crud_and_memory_summary(inkbox: AsyncInkbox) -> None:
    """A hand-written fact is the user's, locked, never expiring; edits and deletes show on the
    contact's memory summary."""
    ada = await person(inkbox, "Ada", "ada@example.com")
    fact = await inkbox.contacts.facts.create(ada.id, content="Likes tea", kind="preference")
    assert (fact.kind, fact.origin, fact.confidence, fact.expires_at) == (
        ContactFactKind.PREFERENCE,
        "user",
        None,
        None,
    )
    assert fact.locked_at is not None and fact.contact_id == ada.id and fact.citations == []
    assert [f.id for f in await inkbox.contacts.facts.list(ada.id)] == [fact.id]
    assert (await inkbox.contacts.facts.get(str(ada.id), str(fact.id))).content == "Likes tea"
    contact = await inkbox.contacts.get(ada.id)
    assert contact.memory_count == 1 and contact.latest_memory is not None
    assert contact.latest_memory.content == "Likes tea"

    changed = await inkbox.contacts.facts.update(ada.id, fact.id, content="Likes green tea")
    assert (changed.content, changed.kind) == ("Likes green tea", ContactFactKind.PREFERENCE)
    moved = await inkbox.contacts.facts.update(ada.id, fact.id, kind=ContactFactKind.PROFILE)
    assert (moved.content, moved.kind) == ("Likes green tea", ContactFactKind.PROFILE)

    result = await inkbox.contacts.facts.delete(ada.id, fact.id)
    assert (result.deleted_fact_id, result.memory_count, result.latest_memory) == (fact.id, 0, None)
    assert await inkbox.contacts.facts.list(ada.id) == []
    with pytest.raises(NotFoundError):
        await inkbox.contacts.facts.get(ada.id, fact.id)


@pytest.mark.anyio
async def test_fact_bad_inputs(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    """A bad kind, empty content or an empty update fail before sending; unknown ids are 404;
    agent keys may not write facts (403)."""
    ada = await person(inkbox, "Ada", "ada@example.com")
    with pytest.raises(ValueError, match="kind must be one of"):
        await inkbox.contacts.facts.create(ada.id, content="x", kind="secret")
    with pytest.raises(ValueError, match="content must not be empty"):
        await inkbox.contacts.facts.create(ada.id, content=" ", kind="profile")
    with pytest.raises(ValueError, match="requires content or kind"):
        await inkbox.contacts.facts.update(ada.id, uuid.uuid4())
    with pytest.raises(ValueError, match="contact_id must be a UUID"):
        await inkbox.contacts.facts.list("..")
    with pytest.raises(TypeError, match="include_expired"):
        await inkbox.contacts.facts.list(ada.id, include_expired="yes")  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        await inkbox.contacts.facts.create(uuid.uuid4(), content="x", kind="profile")
    with pytest.raises(NotFoundError):
        await inkbox.contacts.facts.update(ada.id, uuid.uuid4(), content="x")
    # The wire refuses a bad kind too (422), for clients that do not check it.
    with inkbox_emulator.client() as http:
        raw = http.post(f"/api/v1/contacts/{ada.id}/facts", json={"content": "x", "kind": "secret"})
    assert raw.status_code == 422
    await inkbox.create_identity("agent-one")
    async with AsyncInkbox(
        inkbox_emulator.agent_key("agent-one"), base_url=inkbox_emulator.url
    ) as agent:
        with pytest.raises(PermissionDeniedError):
            await agent.contacts.facts.create(ada.id, content="x", kind="profile")
        assert await agent.contacts.facts.list(ada.id) == []  # it may read them


@pytest.mark.anyio
async def test_fact_limit_is_a_conflict_naming_the_kind(inkbox: AsyncInkbox) -> None:
    """A kind holds 20 active facts; the 21st is refused with 409 naming the kind."""
    ada = await person(inkbox, "Ada", "ada@example.com")
    for n in range(20):
        await inkbox.contacts.facts.create(ada.id, content=f"fact {n}", kind="profile")
    with pytest.raises(ConflictError) as caught:
        await inkbox.contacts.facts.create(ada.id, content="one more", kind="profile")
    assert caught.value.status_code == 409
    assert caught.value.detail["kinds"] == ["profile"]
    await inkbox.contacts.facts.create(ada.id, content="another kind", kind="context")


@pytest.mark.anyio
async def test_learned_context_fact_expires_on_the_emulator_clock(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    """A learned `context` fact leaves the default list after 14 days; `include_expired`
    shows it, and an edit revives it as the user's."""
    ada = await person(inkbox, "Ada", "ada@example.com")
    learned = learn(inkbox_emulator, ada.id, content="Travelling this week", kind="context")
    fact = await inkbox.contacts.facts.get(ada.id, learned["id"])
    assert fact.origin == "generated" and fact.locked_at is None and fact.expires_at is not None
    assert fact.confidence == pytest.approx(0.8)
    inkbox_emulator.advance_clock(15 * DAY)
    assert await inkbox.contacts.facts.list(ada.id) == []
    assert [f.id for f in await inkbox.contacts.facts.list(ada.id, include_expired=True)] == [
        fact.id
    ]
    assert (await inkbox.contacts.get(ada.id)).memory_count == 0
    revived = await inkbox.contacts.facts.update(ada.id, fact.id, content="Back home")
    assert (revived.origin, revived.expires_at, revived.confidence) == ("user", None, None)
    assert [f.id for f in await inkbox.contacts.facts.list(ada.id)] == [fact.id]


@pytest.mark.anyio
async def test_citations_resolve_for_the_owner_only(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    """A fact cites the email it came from: admins and the mailbox's agent follow the citation
    (also through its URL), another agent sees it as unavailable (403 on resolve)."""
    erin, message_id = await mail_to(inkbox_emulator, inkbox, "erin")
    ada = await person(inkbox, "Ada", "ada@example.com")
    learned = learn(
        inkbox_emulator,
        ada.id,
        content="Wants the order shipped to Berlin",
        kind="preference",
        citations=[{"source_type": "email_message", "source_id": message_id}],
    )
    (citation,) = (await inkbox.contacts.facts.get(ada.id, learned["id"])).citations
    assert (citation.availability, str(citation.source_id)) == ("available", message_id)
    assert citation.source_url is not None
    assert citation.source_url.startswith(inkbox_emulator.url + f"/api/v1/contacts/{ada.id}/")
    detail = await inkbox.contacts.facts.resolve_citation_url(citation.source_url)
    assert (detail.source_type, str(detail.source_id)) == ("email_message", message_id)
    assert detail.source_locator["mailbox_email"] == erin.email_address
    assert detail.source_url == (
        f"{inkbox_emulator.url}/api/v1/mail/mailboxes/{erin.email_address}/messages/{message_id}"
    )
    citation_id = citation.source_url.rsplit("/", 1)[1]
    same = await inkbox.contacts.facts.resolve_citation(ada.id, learned["id"], citation_id)
    assert same == detail

    async with AsyncInkbox(
        inkbox_emulator.agent_key("erin"), base_url=inkbox_emulator.url
    ) as owner:
        assert (await owner.contacts.facts.resolve_citation_url(citation.source_url)) == detail
    await inkbox.create_identity("mallory")
    async with AsyncInkbox(
        inkbox_emulator.agent_key("mallory"), base_url=inkbox_emulator.url
    ) as other:
        (hidden,) = (await other.contacts.facts.get(ada.id, learned["id"])).citations
        assert (hidden.availability, hidden.source_id, hidden.source_url) == (
            "source_unavailable_to_caller",
            None,
            None,
        )
        with pytest.raises(PermissionDeniedError):
            await other.contacts.facts.resolve_citation(ada.id, learned["id"], citation_id)
    with pytest.raises(NotFoundError):
        await inkbox.contacts.facts.resolve_citation(ada.id, learned["id"], uuid.uuid4())

    # New wording drops the citations of the old one.
    edited = await inkbox.contacts.facts.update(ada.id, learned["id"], content="Berlin office")
    assert edited.citations == []


@pytest.mark.anyio
async def test_resolve_citation_url_refuses_other_hosts_and_paths(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    """Only a citation URL of this client's own base URL is followed; anything else is a
    ValueError and no request is made (the API key never travels elsewhere)."""
    ids = f"{uuid.uuid4()}/facts/{uuid.uuid4()}/citations/{uuid.uuid4()}"
    base = httpx.URL(inkbox_emulator.url)
    port = base.port or 80
    refused = [
        f"https://evil.example/api/v1/contacts/{ids}",
        f"http://evil.example:{port}/api/v1/contacts/{ids}",
        f"https://{base.host}:{port}/api/v1/contacts/{ids}",  # another scheme
        f"http://{base.host}:{port + 1}/api/v1/contacts/{ids}",  # another port
        f"http://user@{base.host}:{port}/api/v1/contacts/{ids}",
        f"{inkbox_emulator.url}/api/v1/contacts/{ids}?redirect=1",
        f"{inkbox_emulator.url}/api/v1/contacts/{ids}/extra",
        f"{inkbox_emulator.url}/api/v1/mail/mailboxes/x/messages/{uuid.uuid4()}",
        f"{inkbox_emulator.url}/api/v1/contacts/not-a-uuid/facts/a/citations/b",
        "//evil.example/api/v1/contacts/" + ids,
        "",
    ]
    before = inkbox.last_response
    for url in refused:
        with pytest.raises(ValueError, match="source_url"):
            await inkbox.contacts.facts.resolve_citation_url(url)
    assert inkbox.last_response is before
    # A well-formed URL of our own API is followed (404 here: no such contact).
    with pytest.raises(NotFoundError):
        await inkbox.contacts.facts.resolve_citation_url(
            f"{inkbox_emulator.url}/api/v1/contacts/{ids}"
        )


@pytest.mark.anyio
async def test_deleting_a_contact_deletes_its_facts(inkbox: AsyncInkbox) -> None:
    """Facts go with their contact, one at a time or in bulk."""
    ada = await person(inkbox, "Ada", "ada@example.com")
    fact = await inkbox.contacts.facts.create(ada.id, content="x", kind="profile")
    await inkbox.contacts.delete(ada.id)
    with pytest.raises(NotFoundError):
        await inkbox.contacts.facts.get(ada.id, fact.id)
    with pytest.raises(NotFoundError):
        await inkbox.contacts.facts.list(ada.id)


# ── merge ──


@pytest.mark.anyio
async def test_merge_keeps_everything_in_one_contact(inkbox: AsyncInkbox) -> None:
    """Field sources pick values, empty fields are filled, lists are joined without repeats,
    notes joined, facts moved; the losing contacts are gone."""
    ada = await person(inkbox, "Ada", "ada@example.com", notes="met at the Royal Society")
    dupe = await inkbox.contacts.create(
        preferred_name="A. Lovelace",
        company_name="Analytical Engines",
        job_title="Analyst",
        notes="prefers mornings",
        emails=[
            ContactEmail(label="home", value="ADA@example.com"),
            ContactEmail(label="other", value="ada.l@example.org"),
        ],
        phones=[ContactPhone(label="mobile", value="+15551230001")],
    )
    third = await person(inkbox, "Augusta", "augusta@example.com", job_title="Countess")
    await inkbox.contacts.facts.create(ada.id, content="Prefers email", kind="preference")
    moved = await inkbox.contacts.facts.create(dupe.id, content="Writes programs", kind="profile")

    merged = await inkbox.contacts.merge(
        ada.id,
        losing_contact_ids=[dupe.id, str(third.id)],
        field_sources={"job_title": third.id, "preferred_name": dupe.id},
    )
    assert merged.id == ada.id
    assert (merged.preferred_name, merged.given_name, merged.company_name, merged.job_title) == (
        "A. Lovelace",
        "Ada",
        "Analytical Engines",
        "Countess",
    )
    assert [e.value for e in merged.emails] == [
        "ada@example.com",
        "ada.l@example.org",
        "augusta@example.com",
    ]
    assert [p.value for p in merged.phones] == ["+15551230001"]
    assert merged.notes == "met at the Royal Society\n\nprefers mornings"
    assert merged.memory_count == 2
    assert moved.id in {f.id for f in await inkbox.contacts.facts.list(ada.id)}
    for gone in (dupe.id, third.id):
        with pytest.raises(NotFoundError):
            await inkbox.contacts.get(gone)
    assert [c.id for c in await inkbox.contacts.list()] == [ada.id]


@pytest.mark.anyio
async def test_merge_bad_inputs_change_nothing(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    """Merging into itself, repeats and foreign field sources fail before sending; an unknown
    losing id is a 404 and every contact and fact stays as it was."""
    ada = await person(inkbox, "Ada", "ada@example.com")
    dupe = await person(inkbox, "Augusta", "augusta@example.com")
    await inkbox.contacts.facts.create(dupe.id, content="x", kind="profile")
    with pytest.raises(ValueError, match="cannot be merged into itself"):
        await inkbox.contacts.merge(ada.id, losing_contact_ids=[dupe.id, str(ada.id)])
    with pytest.raises(ValueError, match="more than once"):
        await inkbox.contacts.merge(ada.id, losing_contact_ids=[dupe.id, dupe.id])
    with pytest.raises(ValueError, match="1 to 25"):
        await inkbox.contacts.merge(ada.id, losing_contact_ids=[])
    with pytest.raises(ValueError, match=r"field_sources\['notes'\]"):
        await inkbox.contacts.merge(
            ada.id, losing_contact_ids=[dupe.id], field_sources={"notes": uuid.uuid4()}
        )
    unknown = uuid.uuid4()
    with pytest.raises(NotFoundError, match=str(unknown)):
        await inkbox.contacts.merge(ada.id, losing_contact_ids=[dupe.id, unknown])
    with pytest.raises(UnprocessableEntityError):
        await inkbox.contacts.merge(
            ada.id, losing_contact_ids=[dupe.id], field_sources={"favourite_colour": dupe.id}
        )
    # The server refuses a merge into itself too (422), for clients that do not check it.
    with inkbox_emulator.client() as http:
        raw = http.post(
            f"/api/v1/contacts/{ada.id}/merge", json={"losing_contact_ids": [str(ada.id)]}
        )
    assert raw.status_code == 422
    assert (await inkbox.contacts.get(dupe.id)).memory_count == 1
    assert (await inkbox.contacts.get(ada.id)).emails == ada.emails
    assert len(await inkbox.contacts.list()) == 2


@pytest.mark.anyio
async def test_merge_over_the_fact_limit_is_refused(inkbox: AsyncInkbox) -> None:
    """Two contacts whose facts of one kind together exceed the limit do not merge (409)."""
    ada = await person(inkbox, "Ada", "ada@example.com")
    dupe = await person(inkbox, "Augusta", "augusta@example.com")
    for n in range(11):
        await inkbox.contacts.facts.create(ada.id, content=f"a{n}", kind="context")
        await inkbox.contacts.facts.create(dupe.id, content=f"d{n}", kind="context")
    with pytest.raises(ConflictError) as caught:
        await inkbox.contacts.merge(ada.id, losing_contact_ids=[dupe.id])
    assert caught.value.detail["kinds"] == ["context"]
    assert len(await inkbox.contacts.facts.list(dupe.id)) == 11


# ── bulk delete and export ──


@pytest.mark.anyio
async def test_bulk_delete_is_all_or_nothing(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    """Known ids are deleted together; one unknown id deletes none; agents may not."""
    contacts = [await person(inkbox, f"P{n}", f"p{n}@example.com") for n in range(3)]
    ids = [c.id for c in contacts]
    unknown = uuid.uuid4()
    with pytest.raises(NotFoundError, match=str(unknown)):
        await inkbox.contacts.bulk_delete([ids[0], unknown])
    assert len(await inkbox.contacts.list()) == 3
    with pytest.raises(ValueError, match="more than once"):
        await inkbox.contacts.bulk_delete([ids[0], str(ids[0])])
    with pytest.raises(ValueError, match="1 to 100"):
        await inkbox.contacts.bulk_delete([])
    await inkbox.create_identity("agent-one")
    async with AsyncInkbox(
        inkbox_emulator.agent_key("agent-one"), base_url=inkbox_emulator.url
    ) as agent:
        with pytest.raises(PermissionDeniedError):
            await agent.contacts.bulk_delete(ids)
    result = await inkbox.contacts.bulk_delete(ids[:2])
    assert (result.deleted_count, result.error_count) == (2, 0)
    assert [(r.contact_id, r.status, r.error) for r in result.results] == [
        (ids[0], "deleted", None),
        (ids[1], "deleted", None),
    ]
    assert [c.id for c in await inkbox.contacts.list()] == [ids[2]]


@pytest.mark.anyio
async def test_export_vcards_writes_one_document(inkbox: AsyncInkbox) -> None:
    """Several contacts come back as one vCard document, in the order asked for."""
    ada = await person(inkbox, "Ada", "ada@example.com")
    bob = await person(inkbox, "Bob", "bob@example.com")
    result = await inkbox.contacts.vcards.export_vcards([bob.id, str(ada.id)])
    assert (result.contact_count, result.content_type) == (2, "text/vcard; charset=utf-8")
    assert result.vcard.count("BEGIN:VCARD") == 2
    assert result.vcard.index("bob@example.com") < result.vcard.index("ada@example.com")
    assert result.vcard.startswith(await inkbox.contacts.vcards.export_vcard(bob.id))
    with pytest.raises(NotFoundError):
        await inkbox.contacts.vcards.export_vcards([ada.id, uuid.uuid4()])
    with pytest.raises(ValueError, match="1 to 25"):
        await inkbox.contacts.vcards.export_vcards([uuid.uuid4() for _ in range(26)])


# ── review status and permissions on create ──


@pytest.mark.anyio
async def test_review_status_filters_and_updates(inkbox: AsyncInkbox) -> None:
    """New contacts are confirmed; an update marks one unreviewed and the filter finds it."""
    ada = await person(inkbox, "Ada", "ada@example.com")
    bob = await person(inkbox, "Bob", "bob@example.com")
    assert ada.review_status == ContactReviewStatus.CONFIRMED
    changed = await inkbox.contacts.update(bob.id, review_status="unreviewed")
    assert changed.review_status == ContactReviewStatus.UNREVIEWED
    assert [c.id for c in await inkbox.contacts.list(review_status=["unreviewed"])] == [bob.id]
    assert [c.id for c in await inkbox.contacts.list(review_status=["confirmed"])] == [ada.id]
    both = await inkbox.contacts.list(review_status=["confirmed", "unreviewed"], order="name")
    assert [c.id for c in both] == [ada.id, bob.id]
    # one state reads as a list of one; the iterator takes the same filter
    assert [c.id for c in await inkbox.contacts.list(review_status="unreviewed")] == [bob.id]
    assert [c.id async for c in inkbox.contacts.iter(review_status=["unreviewed"])] == [bob.id]
    with pytest.raises(ValueError, match=r"review_status\[0\] must be one of"):
        await inkbox.contacts.list(review_status=["maybe"])
    with pytest.raises(ValueError, match=r"review_status\[1\] must be one of"):
        inkbox.contacts.iter(review_status=["confirmed", "maybe"])
    with pytest.raises(ValueError, match="cannot be cleared"):
        await inkbox.contacts.update(bob.id, review_status=None)  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_create_with_permissions(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    """Permissions are saved with the contact (memories hidden: the agent cannot read facts);
    bad permissions fail before sending or leave no contact behind."""
    agent_identity = await inkbox.create_identity("agent-one")
    ada = await inkbox.contacts.create(
        given_name="Ada",
        emails=[ContactEmail(label="work", value="ada@example.com")],
        permissions={
            "identity_id": agent_identity.id,
            "emails": {"ada@example.com": True},
            "memories": False,
        },
    )
    await inkbox.contacts.facts.create(ada.id, content="secret", kind="profile")
    async with AsyncInkbox(
        inkbox_emulator.agent_key("agent-one"), base_url=inkbox_emulator.url
    ) as agent:
        assert (await agent.contacts.get(ada.id)).id == ada.id
        with pytest.raises(PermissionDeniedError):
            await agent.contacts.facts.list(ada.id)

    with pytest.raises(ValueError, match="not both"):
        await inkbox.contacts.create(
            given_name="X",
            permissions={"identity_id": agent_identity.id, "emails": {}, "email": {}},
        )
    with pytest.raises(ValueError, match="profile cannot be disabled"):
        await inkbox.contacts.create(
            given_name="X",
            permissions={"identity_id": agent_identity.id, "profile": False, "memories": True},
        )
    with pytest.raises(ValueError, match="identity_id"):
        await inkbox.contacts.create(given_name="X", permissions={"memories": True})
    with pytest.raises(ValueError, match="permissions has no 'inbound_emails', 'memory'"):
        await inkbox.contacts.create(
            given_name="X",
            permissions={
                "identity_id": agent_identity.id,
                "memory": True,
                "inbound_emails": {"a@example.com": True},
            },
        )
    # the same checks as a permissions or access update's
    with pytest.raises(TypeError, match=r"permissions\.emails\['a@example\.com'\] must be a bool"):
        await inkbox.contacts.create(
            given_name="X",
            permissions={"identity_id": agent_identity.id, "emails": {"a@example.com": "yes"}},
        )
    with pytest.raises(ValueError, match=r"permissions\.email: a hidden group"):
        await inkbox.contacts.create(
            given_name="X",
            permissions={
                "identity_id": agent_identity.id,
                "email": {"visible": False, "contactable": ["a@example.com"]},
            },
        )
    with pytest.raises(UnprocessableEntityError):
        await inkbox.contacts.create(
            given_name="X",
            permissions={"identity_id": agent_identity.id, "emails": {"nobody@example.com": True}},
        )
    with pytest.raises(NotFoundError):
        await inkbox.contacts.create(given_name="X", permissions={"identity_id": uuid.uuid4()})
    assert [c.id for c in await inkbox.contacts.list()] == [ada.id]
