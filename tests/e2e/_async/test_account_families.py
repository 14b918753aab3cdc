"""0.7.20's account families end to end: API keys the emulator honours, domain claims verified
against its simulated DNS, identity affiliation, per-identity signing keys, the identities
resource's newer parameters, and response notices."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

from inkbox import (
    AsyncInkbox,
    ConflictError,
    DomainClaimState,
    FilterMode,
    IdentityTunnelCreate,
    InkboxError,
    NotFoundError,
    PermissionDeniedError,
    ResponseNotice,
    TLSMode,
    UnprocessableEntityError,
    verify_webhook,
)
from tests.support.scripted_server import ScriptedServer


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


# ── API keys ──────────────────────────────────────────────────────────────────


@pytest.mark.anyio
async def test_minted_key_is_scoped_to_its_identity(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    a = await inkbox.create_identity("keys-a")
    await inkbox.create_identity("keys-b")
    created = await inkbox.api_keys.create(
        label="a's key", description="for tests", scoped_identity_id=a.id
    )
    assert created.api_key not in repr(created)
    record = created.record
    assert record.scoped_identity_id == a.id
    assert (record.label, record.description, record.status) == ("a's key", "for tests", "active")
    assert record.last4 == created.api_key[-4:]
    async with AsyncInkbox(created.api_key, base_url=inkbox_emulator.url) as agent:
        assert [i.agent_handle for i in await agent.list_identities()] == ["keys-a"]
        assert (await agent.get_identity("keys-a")).id == a.id
        with pytest.raises(PermissionDeniedError):
            await agent.get_identity("keys-b")
        with pytest.raises(PermissionDeniedError):
            await agent.api_keys.create(label="more", scoped_identity_id=a.id)


@pytest.mark.anyio
async def test_api_key_bad_inputs(inkbox: AsyncInkbox) -> None:
    with pytest.raises(PermissionDeniedError, match="scoped_identity_id"):
        await inkbox.api_keys.create(label="admin please")
    with pytest.raises(NotFoundError):
        await inkbox.api_keys.create(label="ghost", scoped_identity_id=uuid.uuid4())
    with pytest.raises(ValueError, match="scoped_identity_id"):
        await inkbox.api_keys.create(label="x", scoped_identity_id="not-a-uuid")
    with pytest.raises(ValueError, match="label"):
        await inkbox.api_keys.create(label="", scoped_identity_id=uuid.uuid4())


# ── organization domains and affiliation ─────────────────────────────────────


@pytest.mark.anyio
async def test_domain_claim_verify_affiliate_release(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    await inkbox.create_identity("dom-agent")
    claim = await inkbox.organization_domains.create("Acme.test")
    assert (claim.domain, claim.state) == ("acme.test", DomainClaimState.PENDING)
    assert claim.dns_record.type_ == "TXT"
    assert claim.dns_record.name == "_inkbox-verification.acme.test"
    checked = await inkbox.organization_domains.verify(claim.id)
    assert checked.state == DomainClaimState.PENDING
    assert checked.last_check_result == "txt_record_not_found"
    with pytest.raises(ConflictError, match="pending"):
        await inkbox.identities.set_domain_affiliation("dom-agent", claim.id)

    inkbox_emulator.set_txt_record(claim.dns_record.name, claim.dns_record.value)
    verified = await inkbox.organization_domains.verify(claim.id)
    assert verified.state == DomainClaimState.VERIFIED
    assert verified.verified_at is not None and verified.valid_until is not None
    assert (await inkbox.organization_domains.get(claim.id)).state == DomainClaimState.VERIFIED

    link = await inkbox.identities.set_domain_affiliation("dom-agent", claim.id)
    assert link.domain_claim_id == claim.id and link.affiliation is not None
    assert link.affiliation.domain == "acme.test"
    assert (await inkbox.identities.get_domain_affiliation("@dom-agent")).domain == "acme.test"

    inkbox_emulator.set_txt_record(claim.dns_record.name, None)
    lapsed = await inkbox.organization_domains.verify(claim.id)
    assert lapsed.state == DomainClaimState.GRACE

    await inkbox.identities.remove_domain_affiliation("dom-agent")
    await inkbox.identities.remove_domain_affiliation("dom-agent")  # nothing left: still fine
    none = await inkbox.identities.get_domain_affiliation("dom-agent")
    assert (none.domain_claim_id, none.domain, none.affiliation) == (None, None, None)

    await inkbox.organization_domains.delete(claim.id)
    with pytest.raises(NotFoundError):
        await inkbox.organization_domains.get(claim.id)
    with pytest.raises(NotFoundError):
        await inkbox.organization_domains.verify(claim.id)
    with pytest.raises(NotFoundError):
        await inkbox.identities.set_domain_affiliation("dom-agent", claim.id)


@pytest.mark.anyio
async def test_domain_list_pages_and_bad_inputs(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    names = ["one.test", "two.test", "three.test"]
    for name in names:
        await inkbox.organization_domains.create(name)
    pages = [
        [c.domain for c in page]
        async for page in inkbox.organization_domains.list(limit=2).aiter_pages()
    ]
    assert pages == [["three.test", "two.test"], ["one.test"]]
    with pytest.raises(ConflictError):
        await inkbox.organization_domains.create("one.test")
    with pytest.raises(UnprocessableEntityError):
        await inkbox.organization_domains.create("not a domain")
    with pytest.raises(ValueError, match="limit"):
        inkbox.organization_domains.list(limit=0)
    with pytest.raises(ValueError, match="domain"):
        await inkbox.organization_domains.create("")

    await inkbox.create_identity("dom-b")
    async with AsyncInkbox(inkbox_emulator.agent_key("dom-b"), base_url=inkbox_emulator.url) as a:
        with pytest.raises(PermissionDeniedError):
            await a.organization_domains.create("agent.test")


@pytest.mark.anyio
async def test_unverified_claim_expires_with_the_clock(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    claim = await inkbox.organization_domains.create("late.test")
    inkbox_emulator.advance_clock(8 * 24 * 3600)
    assert (await inkbox.organization_domains.get(claim.id)).state == (
        DomainClaimState.PENDING_EXPIRED
    )
    with pytest.raises(ConflictError, match="claim the domain again"):
        await inkbox.organization_domains.verify(claim.id)


# ── signing keys ──────────────────────────────────────────────────────────────


@pytest.mark.anyio
async def test_identity_key_signs_its_webhooks(inkbox: AsyncInkbox) -> None:
    alice = await inkbox.create_identity("sk-alice")
    bob = await inkbox.create_identity("sk-bob")
    assert not (await bob.get_signing_key_status()).configured
    first = await bob.create_signing_key()
    key = await bob.create_signing_key()  # a rotation: the first key stops signing
    other = await inkbox.signing_keys.create_or_rotate("sk-alice")
    status = await inkbox.signing_keys.get_status("sk-bob")
    assert status.configured and status.created_at is not None
    await bob.refresh()
    assert bob.signing_key_configured and bob.signing_key_created_at == status.created_at
    with ScriptedServer() as receiver:
        await inkbox.mailboxes.update(bob.email_address, webhook_url=receiver.url + "/hook")
        await alice.send_email(to=[bob.email_address], subject="signed?", body_text="x")
        deliveries = receiver.wait_for()
    delivery = next(d for d in deliveries if json.loads(d.body)["event_type"] == "message.received")
    assert verify_webhook(payload=delivery.body, headers=delivery.headers, secret=key.signing_key)
    assert not verify_webhook(
        payload=delivery.body, headers=delivery.headers, secret=first.signing_key
    )
    assert not verify_webhook(
        payload=delivery.body, headers=delivery.headers, secret=other.signing_key
    )


@pytest.mark.anyio
async def test_signing_key_bad_inputs(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    with pytest.raises(NotFoundError):
        await inkbox.signing_keys.get_status("nobody-here")
    with pytest.raises(NotFoundError):
        await inkbox.signing_keys.create_or_rotate("nobody-here")
    with pytest.raises(ValueError, match="agent_handle"):
        await inkbox.signing_keys.get_status("")
    await inkbox.create_identity("sk-a")
    await inkbox.create_identity("sk-b")
    async with AsyncInkbox(inkbox_emulator.agent_key("sk-a"), base_url=inkbox_emulator.url) as a:
        with pytest.raises(PermissionDeniedError):
            await a.signing_keys.create_or_rotate("sk-b")
        own = await a.signing_keys.create_or_rotate()  # org route + agent key: its own identity
    assert (await inkbox.signing_keys.get_status("sk-a")).created_at == own.created_at


@pytest.mark.anyio
async def test_with_response_metadata_collects_deprecation_notices(inkbox: AsyncInkbox) -> None:
    await inkbox.create_identity("meta")

    async def calls(scoped: AsyncInkbox) -> bool:
        await scoped.list_identities()
        first = await scoped.signing_keys.get_status()
        again = await scoped.signing_keys.get_status()
        return first.configured or again.configured

    answer = await inkbox.with_response_metadata(calls)
    assert answer.data is False
    assert answer.notices is not None and len(answer.notices) == 1
    notice = answer.notices[0]
    assert isinstance(notice, ResponseNotice)
    assert (notice.code, notice.level) == ("deprecated_endpoint", "warning")

    async def quiet(scoped: AsyncInkbox) -> int:
        return len(await scoped.list_identities())

    assert (await inkbox.with_response_metadata(quiet)).notices is None
    assert (await inkbox.signing_keys.get_status()).configured is False  # parent still usable


# ── identities resource (0.7.20 parameters) ──────────────────────────────────


@pytest.mark.anyio
async def test_identities_create_with_channels_and_release(inkbox: AsyncInkbox) -> None:
    data = await inkbox.identities.create(
        "idr-one",
        display_name="One",
        contact_sharing_enabled=False,
        tunnel=IdentityTunnelCreate(tls_mode=TLSMode.PASSTHROUGH),
        phone_number={"type": "local", "state": "NY"},
        mailbox={"email_local_part": "ignored-on-platform"},
    )
    assert data.contact_sharing_enabled is False
    assert data.tunnel is not None and data.tunnel.tls_mode == TLSMode.PASSTHROUGH
    assert data.phone_number is not None
    identity = await inkbox.get_identity("idr-one")
    assert identity.tunnel is not None and identity.tunnel.id == data.tunnel.id
    assert identity.contact_sharing_enabled is False
    await identity.release_phone_number()
    assert identity.phone_number is None
    assert (await inkbox.identities.get("idr-one")).phone_number is None
    with pytest.raises(InkboxError, match="no phone number"):
        await identity.release_phone_number()
    with pytest.raises(NotFoundError):
        await inkbox.identities.release_phone_number("idr-one")


@pytest.mark.anyio
async def test_identities_create_bad_inputs(inkbox: AsyncInkbox) -> None:
    with pytest.raises(ValueError, match="not both"):
        await inkbox.identities.create("idr-x", mailbox={}, email_local_part="x")
    with pytest.raises(TypeError, match="tunnel"):
        await inkbox.identities.create("idr-x", tunnel="edge")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="vault_secret_ids"):
        await inkbox.identities.create("idr-x", vault_secret_ids=["nope"])
    with pytest.raises(UnprocessableEntityError):
        await inkbox.identities.create("idr-x", vault_secret_ids=uuid.uuid4())
    with pytest.raises(NotFoundError):
        await inkbox.identities.get("idr-x")  # refused whole: nothing was created
    star = await inkbox.identities.create("idr-star", vault_secret_ids="*")
    assert star.agent_handle == "idr-star"


@pytest.mark.anyio
async def test_identity_filter_modes(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    identity = await inkbox.create_identity("modes")
    assert identity.mail_filter_mode == FilterMode.BLACKLIST
    assert identity.mail_inbound_filter_mode == FilterMode.BLACKLIST
    await identity.update(mail_inbound_filter_mode="whitelist", contact_sharing_enabled=False)
    assert identity.mail_inbound_filter_mode == FilterMode.WHITELIST
    assert identity.mail_outbound_filter_mode == FilterMode.BLACKLIST
    assert identity.contact_sharing_enabled is False
    await identity.update(phone_filter_mode=FilterMode.WHITELIST, idempotency_key="modes-1")
    assert identity.phone_filter_mode == FilterMode.WHITELIST
    assert identity.phone_outbound_filter_mode == FilterMode.WHITELIST
    again = await inkbox.identities.update(
        "modes", phone_filter_mode=FilterMode.WHITELIST, idempotency_key="modes-1"
    )
    assert again.phone_filter_mode == FilterMode.WHITELIST
    with pytest.raises(ConflictError):
        await inkbox.identities.update(
            "modes", phone_filter_mode="blacklist", idempotency_key="modes-1"
        )
    with pytest.raises(ValueError, match="not both"):
        await identity.update(mail_filter_mode="whitelist", mail_outbound_filter_mode="blacklist")
    with pytest.raises(ValueError, match="mail_filter_mode"):
        await identity.update(mail_filter_mode="greylist")
    with pytest.raises(ValueError, match="idempotency_key"):
        await identity.update(display_name="x", idempotency_key=" padded ")
    async with AsyncInkbox(inkbox_emulator.agent_key("modes"), base_url=inkbox_emulator.url) as a:
        with pytest.raises(PermissionDeniedError):
            await a.identities.update("modes", mail_filter_mode="blacklist")
