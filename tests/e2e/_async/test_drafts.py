"""Drafts end to end: compose, revise under optimistic concurrency, attachments, duplicate,
delete, and send — a sent draft is delivered like any send and joins the thread."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from typing import Any

import pytest

from inkbox import (
    AsyncAgentIdentity,
    AsyncInkbox,
    DraftAttachmentContent,
    DraftDetail,
    DraftGenerationConflictError,
    DraftSendState,
    ForwardMode,
    InkboxError,
    Message,
    NotFoundError,
    PermissionDeniedError,
    UnprocessableEntityError,
)

PDF = base64.b64encode(b"%PDF-1.4 quarterly").decode()
PNG = base64.b64encode(b"\x89PNG fake").decode()


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


async def pair(inkbox: AsyncInkbox) -> tuple[AsyncAgentIdentity, AsyncAgentIdentity]:
    return await inkbox.create_identity("alice"), await inkbox.create_identity("bob")


def address(identity: AsyncAgentIdentity) -> str:
    assert identity.email_address is not None
    return identity.email_address


@pytest.mark.anyio
async def test_draft_revise_and_send_delivers_to_the_recipient(inkbox: AsyncInkbox) -> None:
    """An incomplete draft is filled in over two generations, then sent and delivered."""
    alice, bob = await pair(inkbox)
    draft = await alice.create_email_draft(subject="Plan", body_text="first thoughts")
    assert isinstance(draft, DraftDetail)
    assert (draft.generation, draft.send_state) == (1, DraftSendState.DRAFT)
    assert draft.to_addresses == [] and draft.from_address == address(alice)
    revised = await alice.update_email_draft(
        draft.id,
        generation=draft.generation,
        recipients={"to": [address(bob)]},
        body_text="final plan",
    )
    assert (revised.generation, revised.to_addresses) == (2, [address(bob)])
    assert (revised.subject, revised.body_text, revised.snippet) == (
        "Plan",
        "final plan",
        "final plan",
    )
    listed = [d async for d in alice.iter_email_drafts()]
    assert [(d.id, d.generation) for d in listed] == [(draft.id, 2)]
    sent = await alice.send_email_draft(draft.id, generation=revised.generation)
    assert isinstance(sent, Message) and sent.subject == "Plan"
    assert [d async for d in alice.iter_email_drafts()] == []
    with pytest.raises(NotFoundError):
        await alice.get_email_draft(draft.id)
    [received] = [m async for m in bob.iter_emails(direction="inbound")]
    assert (received.subject, received.from_address) == ("Plan", address(alice))
    detail = await bob.get_message(received.id)
    assert detail.body_text == "final plan"


@pytest.mark.anyio
async def test_stale_generation_is_a_typed_conflict_and_changes_nothing(
    inkbox: AsyncInkbox,
) -> None:
    """Two writers: the second, on generation 1, gets a 409 naming the current generation."""
    alice, bob = await pair(inkbox)
    draft = await alice.create_email_draft(to=[address(bob)], subject="v1", body_text="one")
    await alice.update_email_draft(draft.id, generation=1, subject="v2")
    with pytest.raises(DraftGenerationConflictError) as caught:
        await alice.update_email_draft(draft.id, generation=1, subject="lost update")
    assert caught.value.status_code == 409
    assert caught.value.current_generation == 2
    assert (await alice.get_email_draft(draft.id)).subject == "v2"
    stale_calls = (
        lambda: alice.send_email_draft(draft.id, generation=1),
        lambda: alice.duplicate_email_draft(draft.id, generation=1),
        lambda: alice.delete_email_draft(draft.id, generation=1),
        lambda: inkbox.drafts.download_attachment(address(alice), draft.id, 0, generation=1),
    )
    for stale in stale_calls:
        with pytest.raises(DraftGenerationConflictError):
            await stale()
    assert [m async for m in bob.iter_emails()] == []
    retried = await alice.update_email_draft(
        draft.id, generation=caught.value.current_generation, subject="v3"
    )
    assert (retried.generation, retried.subject) == (3, "v3")


@pytest.mark.anyio
async def test_attachments_add_download_remove(inkbox: AsyncInkbox) -> None:
    alice, bob = await pair(inkbox)
    email = address(alice)
    draft = await inkbox.drafts.create(
        email,
        to=[address(bob)],
        subject="Report",
        body_html='<p>see <img src="cid:chart"></p>',
        attachments=[
            {"filename": "report.pdf", "content_type": "application/pdf", "content_base64": PDF}
        ],
    )
    assert [(a.part_index, a.filename, a.size) for a in draft.attachment_metadata] == [
        (0, "report.pdf", len(b"%PDF-1.4 quarterly"))
    ]
    more = await inkbox.drafts.add_attachments(
        email,
        draft.id,
        generation=draft.generation,
        attachments=[
            {
                "filename": "chart.png",
                "content_type": "image/png",
                "content_base64": PNG,
                "content_id": "chart",
            }
        ],
    )
    assert (more.generation, more.attachment_count, more.has_attachments) == (2, 2, True)
    assert [(a.filename, a.is_inline, a.content_id) for a in more.attachment_metadata] == [
        ("report.pdf", False, None),
        ("chart.png", True, "chart"),
    ]
    got = await inkbox.drafts.download_attachment(email, draft.id, 1, generation=2)
    assert isinstance(got, DraftAttachmentContent)
    assert (got.content, got.filename, got.content_type) == (
        b"\x89PNG fake",
        "chart.png",
        "image/png",
    )
    assert "PNG" not in repr(got)
    fewer = await inkbox.drafts.remove_attachment(email, draft.id, 0, generation=2)
    assert [(a.part_index, a.filename) for a in fewer.attachment_metadata] == [(0, "chart.png")]
    with pytest.raises(NotFoundError):
        await inkbox.drafts.download_attachment(email, draft.id, 5, generation=3)
    sent = await inkbox.drafts.send(email, draft.id, generation=3)
    assert sent.has_attachments
    [received] = [m async for m in bob.iter_emails()]
    detail = await bob.get_message(received.id)
    assert [a["filename"] for a in detail.attachment_metadata or []] == ["chart.png"]


@pytest.mark.anyio
async def test_reply_draft_joins_the_thread_and_forward_embeds_the_original(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    alice, bob = await pair(inkbox)
    original = await bob.send_email(
        to=[address(alice)],
        subject="Invoice",
        body_text="Invoice attached",
        attachments=[
            {"filename": "inv.pdf", "content_type": "application/pdf", "content_base64": PDF}
        ],
    )
    [received] = [m async for m in alice.iter_emails(direction="inbound")]
    reply = await alice.create_email_draft(
        to=[address(bob)], body_text="Thanks!", in_reply_to_message_id=received.message_id
    )
    assert (reply.thread_id, reply.in_reply_to, reply.subject) == (
        received.thread_id,
        received.message_id,
        "Re: Invoice",
    )
    assert reply.references == [received.message_id]
    sent_reply = await alice.send_email_draft(reply.id, generation=reply.generation)
    assert sent_reply.thread_id == received.thread_id
    bob_thread = [m async for m in bob.iter_emails(direction="inbound")]
    assert bob_thread[0].thread_id == original.thread_id

    forward = await alice.create_email_draft(
        to=["accounting@example.com"],
        forward_message_id=received.id,
        forward_note_text="FYI, please pay.",
    )
    assert (forward.subject, forward.forward_source_message_id) == ("Fwd: Invoice", received.id)
    assert [a.filename for a in forward.attachment_metadata] == ["inv.pdf"]
    await alice.send_email_draft(forward.id, generation=forward.generation)
    [outside] = inkbox_emulator.outside_mail(to="accounting@example.com")
    assert outside["body_text"].startswith("FYI, please pay.\n\n---------- Forwarded message")
    assert "Invoice attached" in outside["body_text"]

    wrapped = await alice.create_email_draft(
        to=["archive@example.com"],
        forward_message_id=received.id,
        forward_mode=ForwardMode.WRAPPED,
        include_original_attachments=False,
    )
    assert wrapped.attachment_metadata == []
    await alice.send_email_draft(wrapped.id, generation=1)
    [archived] = inkbox_emulator.outside_mail(to="archive@example.com")
    assert [a["content_type"] for a in archived["attachment_metadata"]] == ["message/rfc822"]


@pytest.mark.anyio
async def test_duplicate_and_delete(inkbox: AsyncInkbox) -> None:
    alice, _ = await pair(inkbox)
    draft = await alice.create_email_draft(subject="Template", body_text="Dear {name}")
    copy = await alice.duplicate_email_draft(draft.id, generation=1)
    assert copy.id != draft.id and (copy.generation, copy.subject) == (1, "Template")
    await alice.update_email_draft(copy.id, generation=1, body_text="Dear Ann")
    assert (await alice.get_email_draft(draft.id)).body_text == "Dear {name}"
    await alice.delete_email_draft(draft.id, generation=1)
    assert [d.id async for d in alice.iter_email_drafts()] == [copy.id]
    with pytest.raises(NotFoundError):
        await alice.delete_email_draft(draft.id, generation=1)


@pytest.mark.anyio
async def test_drafts_page_newest_first_across_pages(inkbox: AsyncInkbox) -> None:
    alice, _ = await pair(inkbox)
    made = [(await alice.create_email_draft(subject=f"d{i}")).id for i in range(5)]
    pages = [
        [d.id for d in page] async for page in alice.iter_email_drafts(page_size=2).aiter_pages()
    ]
    assert pages == [made[4:2:-1], made[2:0:-1], made[:1]]


@pytest.mark.anyio
async def test_bad_inputs_fail_before_any_request(inkbox: AsyncInkbox) -> None:
    alice, _ = await pair(inkbox)
    with pytest.raises(ValueError, match="forward_message_id"):
        await alice.create_email_draft(forward_mode="inline")
    with pytest.raises(TypeError, match="list of addresses"):
        await alice.create_email_draft(to="bob@example.com")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="generation"):
        await alice.send_email_draft("00000000-0000-0000-0000-000000000001", generation="1")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="generation"):
        await alice.delete_email_draft("00000000-0000-0000-0000-000000000001", generation=0)
    with pytest.raises(ValueError, match="forward_mode"):
        await alice.create_email_draft(
            forward_message_id="00000000-0000-0000-0000-000000000001", forward_mode="attached"
        )
    with pytest.raises(ValueError, match="draft_id"):
        await alice.get_email_draft("not-a-uuid")
    with pytest.raises(ValueError, match="recipients takes"):
        await alice.update_email_draft(
            "00000000-0000-0000-0000-000000000001", generation=1, recipients={"too": []}
        )
    with pytest.raises(ValueError, match="at least one"):
        await inkbox.drafts.add_attachments(
            address(alice), "00000000-0000-0000-0000-000000000001", generation=1, attachments=[]
        )


@pytest.mark.anyio
async def test_server_refusals(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    """Unknown draft 404, unknown forwarded message 404, no recipient 422, foreign mailbox 403."""
    alice, bob = await pair(inkbox)
    unknown = "00000000-0000-0000-0000-000000000001"
    with pytest.raises(NotFoundError):
        await alice.get_email_draft(unknown)
    with pytest.raises(NotFoundError):
        await alice.create_email_draft(forward_message_id=unknown)
    empty = await alice.create_email_draft(subject="nobody yet")
    with pytest.raises(UnprocessableEntityError):
        await alice.send_email_draft(empty.id, generation=1)
    assert (await alice.get_email_draft(empty.id)).generation == 1
    # A draft of alice's mailbox is not reachable through bob's address.
    with pytest.raises(NotFoundError):
        await inkbox.drafts.get(address(bob), empty.id)
    async with AsyncInkbox(inkbox_emulator.agent_key("bob"), base_url=inkbox_emulator.url) as agent:
        with pytest.raises(PermissionDeniedError):
            await agent.drafts.get(address(alice), empty.id)
        with pytest.raises(PermissionDeniedError):
            await agent.drafts.create(address(alice), subject="not mine")
    assert [d.id async for d in alice.iter_email_drafts()] == [empty.id]


@pytest.mark.anyio
async def test_create_with_the_same_idempotency_key_makes_one_draft(inkbox: AsyncInkbox) -> None:
    alice, _ = await pair(inkbox)
    first = await alice.create_email_draft(subject="once", idempotency_key="draft-1")
    again = await alice.create_email_draft(subject="once", idempotency_key="draft-1")
    assert again.id == first.id
    assert len([d async for d in alice.iter_email_drafts()]) == 1


@pytest.mark.anyio
async def test_identity_without_mailbox_raises_before_any_request(inkbox: AsyncInkbox) -> None:
    alice, _ = await pair(inkbox)
    await alice.unlink_mailbox()
    with pytest.raises(InkboxError, match="mailbox"):
        alice.iter_email_drafts()
