"""The calls of 0.3.1 (the guide's release) beyond the guide, end to end, with their bad inputs:
message delete/forward/attachments/star, thread delete, calls and transcripts by number,
tunnel update/force-delete/sign-csr, identity create_mailbox/forward_email, and 0.3.1's
arguments of create_identity, import_vcards and phone_numbers."""

from __future__ import annotations

import base64
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from inkbox import (
    AsyncAgentIdentity,
    AsyncInkbox,
    ConflictError,
    ForwardMode,
    IdentityPhoneNumberCreateOptions,
    InkboxAPIError,
    NotFoundError,
    PermissionDeniedError,
    TunnelNameUnavailable,
    TunnelStateConflict,
    TunnelStatus,
    TunnelTLSModeMismatch,
    UnprocessableEntityError,
)

from ._phone_helpers import CUSTOMER, agent_key

PDF = b"%PDF-1.4 " + bytes(range(256)) * 300  # ~77 KB: several chunks


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


async def pair(inkbox: AsyncInkbox) -> tuple[AsyncAgentIdentity, AsyncAgentIdentity, str, str]:
    alice, bob = await inkbox.create_identity("alice"), await inkbox.create_identity("bob")
    assert alice.email_address is not None and bob.email_address is not None
    return alice, bob, alice.email_address, bob.email_address


def attachment(name: str, data: bytes, kind: str = "application/pdf") -> dict[str, str]:
    return {
        "filename": name,
        "content_type": kind,
        "content_base64": base64.b64encode(data).decode(),
    }


# ── messages ──────────────────────────────────────────────────────────────────


@pytest.mark.anyio
async def test_star_and_unstar_persist(inkbox: AsyncInkbox) -> None:
    alice, _, a_addr, b_addr = await pair(inkbox)
    sent = await alice.send_email(to=[b_addr], subject="Star me", body_text="*")
    assert (await inkbox.messages.star(a_addr, sent.id)).is_starred is True
    assert (await inkbox.messages.get(a_addr, sent.id)).is_starred is True
    assert (await inkbox.messages.unstar(a_addr, str(sent.id))).is_starred is False
    listed = [m async for m in inkbox.messages.list(a_addr)]
    assert [m.is_starred for m in listed] == [False]
    with pytest.raises(ValueError, match="message_id"):
        await inkbox.messages.star(a_addr, "not-a-uuid")


@pytest.mark.anyio
async def test_deleted_message_leaves_lists_and_its_thread(inkbox: AsyncInkbox) -> None:
    alice, bob, a_addr, b_addr = await pair(inkbox)
    first = await alice.send_email(to=[b_addr], subject="One", body_text="1")
    second = await alice.send_email(
        to=[b_addr], subject="Re: One", body_text="2", in_reply_to_message_id=first.id
    )
    assert first.thread_id == second.thread_id and first.thread_id is not None
    await inkbox.messages.delete(a_addr, first.id)
    assert [m.id async for m in inkbox.messages.list(a_addr)] == [second.id]
    thread = await inkbox.threads.get(a_addr, first.thread_id)
    assert [m.id for m in thread.messages] == [second.id]
    assert thread.message_count == 1
    with pytest.raises(NotFoundError):
        await inkbox.messages.get(a_addr, first.id)
    with pytest.raises(NotFoundError):
        await inkbox.messages.delete(a_addr, first.id)
    # the last message takes its thread with it
    await inkbox.messages.delete(a_addr, second.id)
    with pytest.raises(NotFoundError):
        await inkbox.threads.get(a_addr, first.thread_id)
    assert [t async for t in inkbox.threads.list(a_addr)] == []
    # bob's copies are his own and stay
    assert len([m async for m in bob.iter_emails()]) == 2
    with pytest.raises(ValueError, match="message_id"):
        await inkbox.messages.delete(a_addr, "42")


@pytest.mark.anyio
async def test_thread_delete_removes_it_with_its_messages(inkbox: AsyncInkbox) -> None:
    alice, _, a_addr, b_addr = await pair(inkbox)
    sent = await alice.send_email(to=[b_addr], subject="Bye", body_text="x")
    other = await alice.send_email(to=[b_addr], subject="Stay", body_text="y")
    assert sent.thread_id is not None
    await inkbox.threads.delete(a_addr, sent.thread_id)
    assert [t.id async for t in inkbox.threads.list(a_addr)] == [other.thread_id]
    assert [m.id async for m in inkbox.messages.list(a_addr)] == [other.id]
    with pytest.raises(NotFoundError):
        await inkbox.threads.delete(a_addr, sent.thread_id)
    with pytest.raises(ValueError, match="thread_id"):
        await inkbox.threads.delete(a_addr, "thread-1")


@pytest.mark.anyio
async def test_forward_inline_carries_the_original_and_its_files(inkbox: AsyncInkbox) -> None:
    alice, bob, a_addr, b_addr = await pair(inkbox)
    carol = await inkbox.create_identity("carol")
    assert carol.email_address is not None
    sent = await alice.send_email(
        to=[b_addr],
        subject="Report",
        body_text="See attached.",
        attachments=[attachment("r.pdf", PDF)],
    )
    [received] = [m async for m in bob.iter_emails(direction="inbound")]
    forward = await bob.forward_email(received.id, to=[carol.email_address], body_text="FYI")
    assert forward.subject == "Fwd: Report"
    assert forward.direction == "outbound" and forward.thread_id != received.thread_id
    [arrived] = [m async for m in carol.iter_emails(direction="inbound")]
    detail = await carol.get_message(arrived.id)
    assert detail.body_text is not None
    assert detail.body_text.startswith("FYI") and "See attached." in detail.body_text
    assert await inkbox.messages.get_attachment(carol.email_address, arrived.id, "r.pdf") == PDF
    # never "Fwd: Fwd: ..."
    again = await inkbox.messages.forward(b_addr, forward.id, cc=[a_addr])
    assert again.subject == "Fwd: Report"
    assert sent.id != forward.id


@pytest.mark.anyio
async def test_forward_wrapped_attaches_the_original_as_rfc822(inkbox: AsyncInkbox) -> None:
    alice, _, a_addr, b_addr = await pair(inkbox)
    sent = await alice.send_email(to=[a_addr], subject="Self", body_text="wrapped body")
    forward = await inkbox.messages.forward(
        a_addr, sent.id, to=[b_addr], mode=ForwardMode.WRAPPED, subject="Have a look"
    )
    assert forward.subject == "Have a look" and forward.has_attachments
    eml = await inkbox.messages.get_attachment(a_addr, forward.id, "forwarded-message.eml")
    assert b"Subject: Self" in eml and b"wrapped body" in eml


@pytest.mark.anyio
async def test_forward_bad_inputs(inkbox: AsyncInkbox) -> None:
    alice, _, a_addr, b_addr = await pair(inkbox)
    sent = await alice.send_email(to=[b_addr], subject="x", body_text="x")
    with pytest.raises(ValueError, match="at least one address"):
        await inkbox.messages.forward(a_addr, sent.id)
    with pytest.raises(TypeError, match="list of addresses"):
        await alice.forward_email(sent.id, to=b_addr)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="mode"):
        await inkbox.messages.forward(a_addr, sent.id, to=[b_addr], mode="sideways")
    with pytest.raises(ValueError, match="reply_to must not be empty"):
        await inkbox.messages.forward(a_addr, sent.id, to=[b_addr], reply_to=" ")
    with pytest.raises(NotFoundError):
        await inkbox.messages.forward(a_addr, uuid.uuid4(), to=[b_addr])
    assert [m.id async for m in inkbox.messages.list(a_addr)] == [sent.id]


@pytest.mark.anyio
async def test_attachment_bytes_streamed_and_url(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    alice, _, a_addr, b_addr = await pair(inkbox)
    sent = await alice.send_email(
        to=[b_addr], subject="f", body_text="f", attachments=[attachment("r.pdf", PDF)]
    )
    link = await inkbox.messages.get_attachment_url(a_addr, sent.id, "r.pdf")
    assert link.filename == "r.pdf" and link.expires_in > 0
    chunks = [
        c async for c in inkbox.messages.iter_attachment(a_addr, sent.id, "r.pdf", chunk_size=4096)
    ]
    assert len(chunks) > 1 and b"".join(chunks) == PDF
    with pytest.raises(NotFoundError):
        await inkbox.messages.get_attachment(a_addr, sent.id, "other.pdf")
    with pytest.raises(ValueError, match="chunk_size"):
        async for _ in inkbox.messages.iter_attachment(a_addr, sent.id, "r.pdf", chunk_size=0):
            pass
    with pytest.raises(ValueError, match="filename"):
        await inkbox.messages.get_attachment(a_addr, sent.id, " ")
    # a signed URL expires (and needs no key); every download asks for a fresh one
    assert httpx.get(link.url, trust_env=False).content == PDF
    inkbox_emulator.advance_clock(2 * link.expires_in)
    assert httpx.get(link.url, trust_env=False).status_code == 403
    assert await inkbox.messages.get_attachment(a_addr, sent.id, "r.pdf") == PDF


# ── calls and transcripts by number ──────────────────────────────────────────


@pytest.mark.anyio
async def test_calls_and_transcripts_by_phone_number(inkbox: AsyncInkbox) -> None:
    identity = await inkbox.create_identity("caller")
    phone = await identity.provision_phone_number(type="local")
    placed = await inkbox.calls.place(
        from_number=phone.number,
        to_number=CUSTOMER,
        client_websocket_url="wss://agent.example.com/ws",
    )
    listed = await inkbox.calls.list(phone.id, limit=10)
    assert [c.id for c in listed] == [placed.id]
    assert [c.id async for c in inkbox.calls.iter(phone.id, page_size=1)] == [placed.id]
    assert (await inkbox.calls.get(phone.id, placed.id)).id == placed.id
    assert (await inkbox.calls.get_by_id(placed.id)).remote_phone_number == CUSTOMER
    transcript = await inkbox.transcripts.list(phone.id, placed.id)
    assert transcript == await identity.list_transcripts(placed.id)
    # Neither: 0.7's form for an agent-scoped key (its own calls); an admin key must name one.
    with pytest.raises(UnprocessableEntityError):
        await inkbox.calls.list()
    with pytest.raises(TypeError, match="not both"):
        inkbox.calls.iter(phone.id, agent_identity_id=identity.id)
    with pytest.raises(TypeError, match="agent_identity_id instead"):
        await inkbox.calls.list(phone.id, start_datetime="2026-01-01")
    with pytest.raises(ValueError, match="call_id"):
        await inkbox.transcripts.list(phone.id, "call-1")
    with pytest.raises(NotFoundError):
        await inkbox.calls.get(phone.id, uuid.uuid4())


# ── tunnels ───────────────────────────────────────────────────────────────────


def _csr(common_name: str) -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    request = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
        .sign(key, hashes.SHA256())
    )
    return request.public_bytes(serialization.Encoding.PEM).decode()


@pytest.mark.anyio
async def test_tunnel_update_force_delete_and_sign_csr(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    created = await inkbox.tunnels.create(tunnel_name="app-031", description="old")
    tunnel = created.tunnel
    updated = await inkbox.tunnels.update(tunnel.id, description="new", metadata={"env": "dev"})
    assert updated.description == "new"
    assert (await inkbox.tunnels.update(tunnel.id, description=None)).description is None
    with pytest.raises(TypeError, match="metadata"):
        await inkbox.tunnels.update(tunnel.id, metadata=["env"])  # type: ignore[arg-type]
    with pytest.raises(TunnelNameUnavailable) as taken:
        await inkbox.tunnels.create(name="app-031")
    assert isinstance(taken.value, ConflictError) and taken.value.status_code == 409
    with pytest.raises(TypeError, match="once"):
        await inkbox.tunnels.create(name="a-b-c", tunnel_name="a-b-c")
    with pytest.raises(TypeError, match="once"):
        await inkbox.tunnels.create()
    with pytest.raises(TunnelTLSModeMismatch):
        await inkbox.tunnels.sign_csr(tunnel.id, csr_pem=_csr(f"{tunnel.tunnel_name}.x"))
    with pytest.raises(TunnelStateConflict):
        await inkbox.tunnels.restore(tunnel.id)

    passthrough = (await inkbox.tunnels.create(name="pass-031", tls_mode="passthrough")).tunnel
    assert passthrough.status == TunnelStatus.AWAITING_CERT and passthrough.public_host
    signed = await inkbox.tunnels.sign_csr(passthrough.id, csr_pem=_csr(passthrough.public_host))
    assert signed.cert_pem.startswith("-----BEGIN CERTIFICATE-----")
    assert (await inkbox.tunnels.get(passthrough.id)).status == TunnelStatus.ACTIVE
    with pytest.raises(ValueError, match="csr_pem"):
        await inkbox.tunnels.sign_csr(passthrough.id, csr_pem="")

    identity = await inkbox.create_identity("tunnel-agent")
    async with AsyncInkbox(
        await agent_key(inkbox_emulator, identity.agent_handle), base_url=inkbox_emulator.url
    ) as agent:
        with pytest.raises(PermissionDeniedError):
            await agent.tunnels.force_delete(tunnel.id)

    gone = await inkbox.tunnels.force_delete(tunnel.id)
    assert gone.status == TunnelStatus.DELETED
    assert tunnel.id not in [t.id for t in await inkbox.tunnels.list()]
    with pytest.raises(NotFoundError):
        await inkbox.tunnels.force_delete(tunnel.id)
    # the name is free again at once
    assert (await inkbox.tunnels.create(name="app-031")).tunnel.tunnel_name == "app-031"


# ── identities, contacts, numbers: 0.3.1's arguments ────────────────────────


@pytest.mark.anyio
async def test_identity_create_mailbox_after_unlinking(inkbox: AsyncInkbox) -> None:
    identity = await inkbox.create_identity("boxless")
    await identity.unlink_mailbox()
    assert identity.mailbox is None
    mailbox = await identity.create_mailbox(display_name="Boxed", email_local_part="boxed")
    assert identity.mailbox is not None and identity.email_address == mailbox.email_address
    assert mailbox.email_address.startswith("boxed@")
    assert (await inkbox.mailboxes.get(mailbox.email_address)).display_name == "Boxed"
    with pytest.raises(ConflictError):
        await identity.create_mailbox()


@pytest.mark.anyio
async def test_create_identity_with_number_and_secrets(inkbox: AsyncInkbox) -> None:
    with_number = await inkbox.create_identity(
        "numbered", create_mailbox=True, phone_number={"type": "local", "state": "NY"}
    )
    assert with_number.phone_number is not None and with_number.email_address is not None
    options = IdentityPhoneNumberCreateOptions(type_="local")
    assert (await inkbox.create_identity("optioned", phone_number=options)).phone_number
    with pytest.raises(ValueError, match="create_mailbox"):
        await inkbox.create_identity("no-box", create_mailbox=False)
    with pytest.raises(TypeError, match="phone_number"):
        await inkbox.create_identity("bad-number", phone_number="local")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="vault_secret_ids"):
        await inkbox.create_identity("bad-secrets", vault_secret_ids=["nope"])
    with pytest.raises(NotFoundError):
        await inkbox.get_identity("no-box")
    # an unknown secret is refused by the server, and no identity is left behind
    with pytest.raises(InkboxAPIError):
        await inkbox.create_identity("ghost-secret", vault_secret_ids=[uuid.uuid4()])
    assert "ghost-secret" not in [i.agent_handle for i in await inkbox.list_identities()]


@pytest.mark.anyio
async def test_import_vcards_content_type(inkbox: AsyncInkbox) -> None:
    card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Lovelace\r\nEND:VCARD\r\n"
    result = await inkbox.contacts.vcards.import_vcards(card, content_type="text/x-vcard")
    assert len(result.created_ids) == 1
    with pytest.raises(ValueError, match="content_type"):
        await inkbox.contacts.vcards.import_vcards(card, content_type="text/plain")


@pytest.mark.anyio
async def test_incoming_text_webhook_url_receives_texts(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    identity = await inkbox.create_identity("texter")
    number = await inkbox.phone_numbers.provision(
        identity.agent_handle, incoming_text_webhook_url="https://hooks.example.com/first"
    )
    inkbox_emulator.inject_text(to=number.number, sender=CUSTOMER, text="hello")
    assert inkbox_emulator.webhooks(url="https://hooks.example.com/first")
    await inkbox.phone_numbers.update(
        number.id, incoming_text_webhook_url="https://hooks.example.com/second"
    )
    inkbox_emulator.inject_text(to=number.number, sender=CUSTOMER, text="again")
    assert inkbox_emulator.webhooks(url="https://hooks.example.com/second")
    with pytest.raises(ValueError, match="incoming_text_webhook_url"):
        await inkbox.phone_numbers.provision("texter", incoming_text_webhook_url=" ")
