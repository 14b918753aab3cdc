"""Webhook subscriptions and the delivery log end to end: events fan out to matching
subscriptions, signed and with the bearer token, every attempt logged, retried, replayed;
and the bad inputs (unknown event type, foreign mailbox, deleted subscription)."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest

from inkbox import (
    AsyncInkbox,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    UnprocessableEntityError,
    WebhookDelivery,
    verify_webhook,
)
from tests.support.scripted_server import Reply, ScriptedServer

from ._phone_helpers import CUSTOMER, inject_call, inject_text, texting_agent

UNKNOWN = "00000000-0000-4000-8000-000000000000"


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


async def logged(inkbox: AsyncInkbox, count: int, **filters: Any) -> list[WebhookDelivery]:
    """The delivery log once it holds `count` attempts (retries land a little later)."""
    deadline = time.monotonic() + 10.0
    while True:
        rows = await inkbox.webhooks.deliveries.list(**filters)
        if len(rows) >= count or time.monotonic() > deadline:
            return rows
        time.sleep(0.02)


@pytest.mark.anyio
async def test_identity_subscription_gets_signed_events_with_token_and_context(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    bot = await inkbox.create_identity("bot")
    assert bot.email_address is not None
    catalog = await inkbox.webhooks.subscriptions.catalog()
    assert catalog.supports_identity_subscriptions
    assert "message.received" in {e.event_type for e in catalog.event_types}
    with ScriptedServer() as receiver:
        sub = await inkbox.webhooks.subscriptions.create(
            url=receiver.url + "/events",
            event_types=["message.received"],
            agent_identity_id=bot.id,
            auth_token="s3cret-token",
            context_config={"email": {"mode": "count", "count": 5}},
        )
        assert sub.signing_key is not None  # minted now, shown once
        assert "s3cret-token" not in repr(sub) and sub.signing_key not in repr(sub)
        assert sub.agent_identity_id == bot.id and sub.has_auth_token
        assert sub.context_config is not None and sub.context_config["texts"] is None
        first = inkbox_emulator.inject_email(to=bot.email_address, sender="a@x.com", subject="one")
        inkbox_emulator.inject_email(
            to=bot.email_address,
            sender="a@x.com",
            subject="Re: one",
            in_reply_to=first["message_id"],
        )
        events = receiver.wait_for(2)
    assert len(events) == 2
    event = events[1]
    assert event.headers["authorization"] == "Bearer s3cret-token"
    assert verify_webhook(payload=event.body, headers=event.headers, secret=sub.signing_key)
    body = json.loads(event.body)
    assert body["data"]["message"]["subject"] == "Re: one"
    context = body["data"]["context"]["email"]
    assert [item["id"] for item in context["items"]] == [first["id"]]
    again = await inkbox.webhooks.subscriptions.create(
        url=receiver.url, event_types=["message.sent"], agent_identity_id=bot.id
    )
    assert again.signing_key is None  # only the first create mints the key

    log = await logged(inkbox, 2, subscription_id=sub.id)
    assert {d.response_status for d in log} == {200}
    assert all(d.replayable and not d.is_replay for d in log)
    assert json.loads(log[0].request_payload)["data"]["message"]["subject"] == "Re: one"


@pytest.mark.anyio
async def test_failed_attempts_are_retried_logged_filtered_and_replayable(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    bot = await inkbox.create_identity("bot")
    assert bot.email_address is not None
    with ScriptedServer(Reply(status=503, body=b"busy"), Reply(status=200)) as receiver:
        sub = await inkbox.webhooks.subscriptions.create(
            url=receiver.url, event_types=["message.received"], mailbox_id=bot.mailbox.id
        )
        inkbox_emulator.inject_email(to=bot.email_address, sender="a@x.com", subject="retry me")
        log = await logged(inkbox, 2)
        assert [d.response_status for d in log] == [200, 503]  # newest first
        assert log[1].response_body == "busy"
        assert log[0].event_id == log[1].event_id
        failed = await inkbox.webhooks.deliveries.list(success=False)
        assert [d.id for d in failed] == [log[1].id]
        assert [d.id async for d in inkbox.webhooks.deliveries.iter(page_size=1)] == [
            d.id for d in log
        ]
        assert await inkbox.webhooks.deliveries.list(event_type="text.received") == []

        replay = await inkbox.webhooks.deliveries.replay(log[1].id)
        assert replay.is_replay and replay.response_status == 200
        assert replay.event_id == log[1].event_id
        assert len(receiver.received) == 3
        assert receiver.received[2].body == receiver.received[0].body
        assert (
            receiver.received[2].headers["x-inkbox-request-id"]
            != receiver.received[0].headers["x-inkbox-request-id"]
        )

    await inkbox.webhooks.subscriptions.delete(sub.id)
    with pytest.raises(NotFoundError):
        await inkbox.webhooks.subscriptions.get(sub.id)
    with pytest.raises(ConflictError, match="deleted"):
        await inkbox.webhooks.deliveries.replay(log[1].id)
    with pytest.raises(NotFoundError):
        await inkbox.webhooks.deliveries.replay(UNKNOWN)


@pytest.mark.anyio
async def test_scopes_route_events_to_their_own_channel(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    alice = await inkbox.create_identity("alice")
    bob = await inkbox.create_identity("bob")
    texter = await texting_agent(inkbox, inkbox_emulator)
    assert alice.email_address and bob.email_address and texter.phone_number
    with ScriptedServer() as receiver:
        mail_sub = await inkbox.webhooks.subscriptions.create(
            url=receiver.url + "/mail",
            event_types=["message.received"],
            mailbox_id=alice.mailbox.id,
        )
        text_sub = await inkbox.webhooks.subscriptions.create(
            url=receiver.url + "/texts",
            event_types=["text.received"],
            phone_number_id=texter.phone_number.id,
        )
        inkbox_emulator.inject_email(to=bob.email_address, sender="x@y.com", subject="not alice")
        inkbox_emulator.inject_email(to=alice.email_address, sender="x@y.com", subject="alice")
        await inject_text(inkbox_emulator, texter.phone_number.number, CUSTOMER, "hello")
        events = receiver.wait_for(2)
        inkbox_emulator.webhooks()  # every queued delivery has been attempted
    paths = sorted(e.path for e in receiver.received)
    assert paths == ["/mail", "/texts"], paths
    assert len(await inkbox.webhooks.deliveries.list(subscription_id=mail_sub.id)) == 1
    texts = await inkbox.webhooks.deliveries.list(subscription_id=text_sub.id)
    assert json.loads(texts[0].request_payload)["data"]["text_message"]["text"] == "hello"
    assert events

    listed = await inkbox.webhooks.subscriptions.list(mailbox_id=alice.mailbox.id)
    assert [s.id for s in listed] == [mail_sub.id]
    assert [s.id for s in await inkbox.webhooks.subscriptions.list(event_type="text.received")] == [
        text_sub.id
    ]


@pytest.mark.anyio
async def test_update_and_mixed_subscriptions_need_identity_scope(inkbox: AsyncInkbox) -> None:
    bot = await inkbox.create_identity("bot")
    mixed = await inkbox.webhooks.subscriptions.create(
        url="http://127.0.0.1:9/x",
        event_types=["message.received", "text.received"],
        agent_identity_id=bot.id,
        auth_token="t",
    )
    assert await inkbox.webhooks.subscriptions.list() == []  # single-channel view
    assert [s.id for s in await inkbox.webhooks.subscriptions.list(scope="identity")] == [mixed.id]
    with pytest.raises(ConflictError, match="scope=identity"):
        await inkbox.webhooks.subscriptions.update(mixed.id, url="http://127.0.0.1:9/y")
    updated = await inkbox.webhooks.subscriptions.update(
        mixed.id,
        url="http://127.0.0.1:9/y",
        event_types=["message.sent"],
        context_config={"email": {"mode": "window", "hours": 24}},
        auth_token=None,
        scope="identity",
    )
    assert updated.url.endswith("/y") and updated.event_types == ["message.sent"]
    assert not updated.has_auth_token and updated.auth_token is None
    assert updated.context_config is not None
    assert updated.context_config["email"] == {"mode": "window", "hours": 24}
    cleared = await inkbox.webhooks.subscriptions.update(mixed.id, context_config=None)
    assert cleared.context_config is None and cleared.url.endswith("/y")
    got = await inkbox.webhooks.subscriptions.get(mixed.id)
    assert got.event_types == ["message.sent"]
    await inkbox.webhooks.subscriptions.delete(mixed.id)
    assert await inkbox.webhooks.subscriptions.list(scope="identity") == []


@pytest.mark.anyio
async def test_bad_inputs(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    bot = await inkbox.create_identity("bot")
    other = await inkbox.create_identity("other")
    subs = inkbox.webhooks.subscriptions
    with pytest.raises(UnprocessableEntityError) as unknown:
        await subs.create(
            url="http://h/x", event_types=["message.exploded"], agent_identity_id=bot.id
        )
    assert unknown.value.detail[0]["loc"] == ["body", "event_types", 0]
    with pytest.raises(UnprocessableEntityError, match="message"):
        await subs.create(
            url="http://h/x", event_types=["text.received"], mailbox_id=bot.mailbox.id
        )
    with pytest.raises(NotFoundError):
        await subs.create(url="http://h/x", event_types=["message.received"], mailbox_id=UNKNOWN)
    with pytest.raises(NotFoundError):
        await subs.update(UNKNOWN, url="http://h/y")
    async with AsyncInkbox(inkbox_emulator.agent_key("bot"), base_url=inkbox_emulator.url) as agent:
        with pytest.raises(PermissionDeniedError):  # another identity's mailbox
            await agent.webhooks.subscriptions.create(
                url="http://h/x", event_types=["message.received"], mailbox_id=other.mailbox.id
            )
        mine = await agent.webhooks.subscriptions.create(
            url="http://h/x", event_types=["message.received"], agent_identity_id=bot.id
        )
        theirs = await subs.create(
            url="http://h/x", event_types=["message.received"], agent_identity_id=other.id
        )
        assert [s.id for s in await agent.webhooks.subscriptions.list()] == [mine.id]
        with pytest.raises(PermissionDeniedError):
            await agent.webhooks.subscriptions.get(theirs.id)

    for kwargs, message in [
        ({"agent_identity_id": bot.id, "mailbox_id": bot.mailbox.id}, "Exactly one"),
        ({}, "Exactly one"),
    ]:
        with pytest.raises(ValueError, match=message):
            await subs.create(url="http://h/x", event_types=["message.received"], **kwargs)
    for event_types, message in [
        ([], "empty"),
        (["message.sent", "message.sent"], "twice"),
        (["phone.incoming_call"], "incoming-call action"),
        (["fax.received"], "no channel"),
    ]:
        with pytest.raises(ValueError, match=message):
            await subs.create(url="http://h/x", event_types=event_types, agent_identity_id=bot.id)
    for config, message in [
        ({"sms": {"mode": "count", "count": 1}}, "unknown class"),
        ({"email": {"mode": "count", "count": 51}}, "between 1 and 50"),
        ({"email": {"mode": "window"}}, "hours"),
        ({"email": {"mode": "latest"}}, "'count' or 'window'"),
    ]:
        with pytest.raises(ValueError, match=message):
            await subs.create(
                url="http://h/x",
                event_types=["message.received"],
                agent_identity_id=bot.id,
                context_config=config,
            )
    with pytest.raises(ValueError, match="cleared"):
        await subs.update(UNKNOWN, url=None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="scope"):
        await subs.delete(UNKNOWN, scope="org")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="limit"):
        await inkbox.webhooks.deliveries.list(limit=500)


@pytest.mark.anyio
async def test_incoming_call_decisions_are_logged_by_number_but_not_replayable(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    await inkbox.create_identity("router")
    number = await inkbox.phone_numbers.provision(agent_handle="router")
    with ScriptedServer(Reply(body=b'{"action": "reject"}')) as receiver:
        await inkbox.phone_numbers.update(
            number.id, incoming_call_action="webhook", incoming_call_webhook_url=receiver.url
        )
        await inject_call(inkbox_emulator, number.number, CUSTOMER)
        [call] = await logged(inkbox, 1, phone_number_id=number.id)
    assert call.event_type == "phone.incoming_call"
    assert call.webhook_subscription_id is None and call.phone_number_id == number.id
    assert not call.replayable and call.replay_unavailable_reason
    with pytest.raises(UnprocessableEntityError):
        await inkbox.webhooks.deliveries.replay(call.id)
