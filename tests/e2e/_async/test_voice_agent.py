"""Voice AI, call actions and the life of a call end to end: hosted-agent settings and voices,
incoming-call actions driving injected calls, placing calls with every 0.7 option, tool
activity, transcripts and hang-up; bad inputs fail before any request or with typed errors."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from inkbox import (
    AsyncInkbox,
    CallMode,
    ConflictError,
    ForwardingTargetType,
    HostedAgentAuthorityMode,
    HostedAgentConfig,
    HostedAgentToolInvocationPage,
    HostedAgentToolInvocationStatus,
    IncomingCallAction,
    NotFoundError,
    OnVoicemail,
    PermissionDeniedError,
    UnprocessableEntityError,
)

from ._phone_helpers import CUSTOMER, agent_key, hook, inject_call

pytestmark = pytest.mark.anyio


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


async def test_hosted_agent_settings_and_voices(inkbox: AsyncInkbox) -> None:
    """Voices list with availability; config replaces voice+instructions; authority is admin's."""
    identity = await inkbox.create_identity("voice-agent")
    catalog = await inkbox.hosted_agent.list_voices()
    usable = [v.id for v in catalog.voices if v.available]
    assert catalog.default_voice in usable and len(usable) < len(catalog.voices)
    fresh = await identity.get_hosted_agent_config()
    assert isinstance(fresh, HostedAgentConfig)
    assert (fresh.voice, fresh.effective_voice) == (None, catalog.default_voice)
    assert fresh.authority_mode is HostedAgentAuthorityMode.CONTACT_SCOPED
    set_ = await identity.set_hosted_agent_config(voice=usable[1], instructions="Be brief.")
    assert (set_.voice, set_.effective_voice, set_.instructions) == (
        usable[1],
        usable[1],
        "Be brief.",
    )
    by_id = await inkbox.hosted_agent.get_config(agent_identity_id=identity.id)
    assert by_id.instructions == "Be brief."
    yolo = await identity.set_hosted_agent_authority_mode("yolo")
    assert yolo.authority_mode is HostedAgentAuthorityMode.YOLO
    with pytest.warns(DeprecationWarning, match=r"model=\.\.\.\) is ignored"):
        reset = await inkbox.hosted_agent.set_config(agent_identity_id=identity.id, model="x")
    assert (reset.voice, reset.instructions, reset.model) == (None, None, None)


async def test_hosted_agent_bad_inputs(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    """Unknown or unavailable voice → 422 from the server; bad enum or id → before HTTP;
    an agent key cannot raise its authority or read another identity."""
    identity = await inkbox.create_identity("picky")
    await inkbox.create_identity("other")
    catalog = await inkbox.hosted_agent.list_voices()
    locked = next(v.id for v in catalog.voices if not v.available)
    for voice in ("no-such-voice", locked):
        with pytest.raises(UnprocessableEntityError) as caught:
            await identity.set_hosted_agent_config(voice=voice)
        assert caught.value.status_code == 422 and caught.value.request_id
    with pytest.raises(ValueError, match="authority_mode"):
        await identity.set_hosted_agent_authority_mode("godmode")
    with pytest.raises(ValueError, match="agent_identity_id"):
        await inkbox.hosted_agent.get_config(agent_identity_id="not-a-uuid")
    with pytest.raises(UnprocessableEntityError):
        await inkbox.hosted_agent.get_config()  # an admin key must name the identity
    key = await agent_key(inkbox_emulator, "other")
    async with AsyncInkbox(key, base_url=inkbox_emulator.url) as agent:
        assert (await agent.hosted_agent.get_config()).effective_voice == catalog.default_voice
        with pytest.raises(PermissionDeniedError):
            await agent.hosted_agent.get_config(agent_identity_id=identity.id)
        with pytest.raises(PermissionDeniedError):
            await agent.hosted_agent.set_authority_mode(
                agent_identity_id=identity.id, authority_mode="yolo"
            )


async def test_incoming_call_actions_drive_inbound_calls(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    """Forward (phone and SIP), hosted agent (transcript + tools), client WebSocket, webhook."""
    identity = await inkbox.create_identity("receptionist")
    phone = await identity.provision_phone_number(type="local")
    assert (await identity.get_incoming_call_action()).incoming_call_action is (
        IncomingCallAction.AUTO_REJECT
    )
    config = await identity.set_incoming_call_action(
        incoming_call_action="forward",
        forwarding_target_type=ForwardingTargetType.PHONE,
        forwarding_phone_number="+14155550100",
    )
    assert (config.forwarding_target_type, config.forwarding_phone_number) == (
        ForwardingTargetType.PHONE,
        "+14155550100",
    )
    call = await inject_call(inkbox_emulator, phone.number, CUSTOMER)
    forwarded = await inkbox.calls.get_by_id(call["id"])
    assert [(f.target_type, f.target) for f in forwarded.forwardings] == [
        (ForwardingTargetType.PHONE, "+14155550100")
    ]
    await inkbox.incoming_call_action.set(
        agent_identity_id=identity.id,
        incoming_call_action=IncomingCallAction.HOSTED_AGENT,
        forwarding_target_type=None,
        forwarding_phone_number=None,
    )
    answered = await hook(
        inkbox_emulator,
        "POST",
        "/calls/inbound",
        {"to": phone.number, "from": CUSTOMER, "say": ["I need to move my booking."]},
    )
    transcript = await inkbox.calls.transcripts(answered["id"])
    assert [(t.party, t.text) for t in transcript][:2] == [
        ("local", "Hello, you have reached receptionist. How can I help?"),
        ("remote", "I need to move my booking."),
    ]
    tools = await identity.list_tool_invocations(answered["id"])
    assert isinstance(tools, HostedAgentToolInvocationPage)
    assert [t.tool_name for t in tools.items] == ["lookup_contact", "save_note"]
    assert tools.items[0].status is HostedAgentToolInvocationStatus.SUCCEEDED
    result = tools.items[0].result
    assert result is not None and result["found"] is False
    assert result.to_dict() == {"found": False, "contact_id": None}
    await identity.set_incoming_call_action(
        incoming_call_action="auto_accept", client_websocket_url="wss://agent.example.com/ws"
    )
    bridged = await inject_call(inkbox_emulator, phone.number, CUSTOMER)
    assert (bridged["status"], bridged["client_websocket_url"]) == (
        "answered",
        "wss://agent.example.com/ws",
    )
    await identity.set_incoming_call_action(
        incoming_call_action="webhook", incoming_call_webhook_url="https://127.0.0.1:9/calls"
    )
    ringing = await inject_call(inkbox_emulator, phone.number, CUSTOMER)
    assert ringing["status"] == "ringing"
    log = await hook(inkbox_emulator, "GET", "/webhooks?event_type=phone.incoming_call")
    assert [d["payload"]["id"] for d in log] == [ringing["id"]]


async def test_incoming_call_action_bad_inputs(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    """Contradictory forwarding arguments fail before HTTP; a forward with nothing saved → 422;
    no phone number → 404; another identity's settings → 403."""
    identity = await inkbox.create_identity("forwarder")
    await identity.provision_phone_number(type="local")
    with pytest.raises(ValueError, match="do not clear it"):
        await identity.set_incoming_call_action(
            incoming_call_action="forward", forwarding_target_type=None
        )
    with pytest.raises(ValueError, match="clears the targets; give no target with it"):
        await identity.set_incoming_call_action(
            incoming_call_action="hosted_agent",
            forwarding_target_type=None,
            forwarding_phone_number="+14155550100",
        )
    with pytest.raises(ValueError, match="needs its target"):
        await identity.set_incoming_call_action(
            incoming_call_action="forward",
            forwarding_target_type="sip",
            forwarding_sip_uri=None,
        )
    with pytest.raises(ValueError, match="not both"):
        await identity.set_incoming_call_action(
            incoming_call_action="forward",
            forwarding_phone_number="+14155550100",
            forwarding_sip_uri="sip:a@b.example.com",
        )
    with pytest.raises(ValueError, match="only its own target"):
        await identity.set_incoming_call_action(
            incoming_call_action="forward",
            forwarding_target_type="phone",
            forwarding_sip_uri="sip:a@b.example.com",
        )
    with pytest.raises(ValueError, match="incoming_call_action"):
        await identity.set_incoming_call_action(incoming_call_action="voicemail")
    with pytest.raises(UnprocessableEntityError) as caught:
        await identity.set_incoming_call_action(incoming_call_action="forward")
    assert caught.value.status_code == 422
    numberless = await inkbox.create_identity("numberless-voice")
    with pytest.raises(NotFoundError):
        await numberless.get_incoming_call_action()
    key = await agent_key(inkbox_emulator, "numberless-voice")
    async with AsyncInkbox(key, base_url=inkbox_emulator.url) as agent:
        with pytest.raises(PermissionDeniedError):
            await agent.incoming_call_action.get(agent_identity_id=identity.id)


async def test_placed_call_lives_by_the_answering_rule(
    inkbox: AsyncInkbox, inkbox_emulator: Any
) -> None:
    """Ringing → answered on the clock; Voice AI talks; hang-up ends it once (409 after)."""
    identity = await inkbox.create_identity("dialer")
    await identity.provision_phone_number(type="local")
    await hook(
        inkbox_emulator,
        "PUT",
        "/calls/answering",
        {"to": CUSTOMER, "outcome": "answer", "ring_seconds": 4, "say": ["Sure, Friday."]},
    )
    call = await identity.place_call(
        to_number=CUSTOMER,
        mode=CallMode.HOSTED_AGENT,
        reason="Confirm the Friday delivery.",
        hosted_agent_authority_mode="contact_scoped",
    )
    assert (call.status, call.mode, call.on_voicemail) == (
        "ringing",
        "hosted_agent",
        OnVoicemail.LEAVE_MESSAGE,
    )
    assert await identity.list_transcripts(call.id) == []
    await hook(inkbox_emulator, "POST", "/clock/advance", {"seconds": 5})
    live = await inkbox.calls.get_by_id(call.id)
    assert live.status == "answered" and live.started_at is not None
    segments = await inkbox.calls.transcripts(call.id)
    assert (
        segments[0].text == "Hi, this is dialer's assistant calling. Confirm the Friday delivery."
    )
    page = await inkbox.calls.tool_invocations(call.id, limit=1, offset=1)
    assert ([t.tool_name for t in page.items], page.has_more) == (["save_note"], False)
    await hook(inkbox_emulator, "POST", "/clock/advance", {"seconds": 60})
    ended = await identity.hangup_call(call.id)
    assert (ended.status, ended.hangup_reason) == ("completed", "local")
    assert ended.ended_at is not None and ended.started_at is not None
    assert (ended.ended_at - ended.started_at).total_seconds() >= 60
    with pytest.raises(ConflictError) as twice:
        await inkbox.calls.hangup(call.id)
    assert twice.value.status_code == 409


async def test_voicemail_outcomes(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    """At voicemail a plain call hangs up; a Voice AI call leaves its message, then ends."""
    identity = await inkbox.create_identity("messenger")
    await identity.provision_phone_number(type="local")
    await hook(inkbox_emulator, "PUT", "/calls/answering", {"outcome": "voicemail"})
    plain = await identity.place_call(to_number=CUSTOMER)
    assert (await inkbox.calls.get_by_id(plain.id)).hangup_reason == "voicemail"
    hosted = await identity.place_call(
        to_number=CUSTOMER,
        mode="hosted_agent",
        reason="Reschedule.",
        voicemail_message="Please call us back.",
    )
    assert [t.text for t in await inkbox.calls.transcripts(hosted.id)] == ["Please call us back."]
    await hook(inkbox_emulator, "POST", "/clock/advance", {"seconds": 10})
    done = await inkbox.calls.get_by_id(hosted.id)
    assert (done.status, done.hangup_reason) == ("completed", "voicemail")


async def test_place_call_bad_inputs(inkbox: AsyncInkbox, inkbox_emulator: Any) -> None:
    """Every combination the server refuses fails here first, before any request (a server
    refusal would be an UnprocessableEntityError, not a ValueError/TypeError)."""
    identity = await inkbox.create_identity("strict-caller")
    await identity.provision_phone_number(type="local")
    bad: list[tuple[dict[str, Any], str]] = [
        ({"mode": "hosted_agent"}, "needs a reason"),
        ({"reason": "x"}, "only with mode='hosted_agent'"),
        ({"mode": "robot"}, "mode must be one of"),
        ({"mode": "hosted_agent", "reason": "x", "client_websocket_url": "wss://a"}, "no client_"),
        ({"hosted_agent_authority_mode": "yolo"}, "needs mode='hosted_agent'"),
        ({"voicemail_message": "hi"}, "leaves one"),
        (
            {
                "on_voicemail": "hang_up",
                "mode": "hosted_agent",
                "reason": "x",
                "voicemail_message": "hi",
            },
            "leaves one",
        ),
        ({"voicemail_detection": "disabled", "on_voicemail": "leave_message"}, "contradicts"),
        ({"mode": "hosted_agent", "reason": "x", "voicemail_message": "x" * 1001}, "1000"),
        ({"origination": "carrier_pigeon"}, "origination must be one of"),
    ]
    for extra, message in bad:
        with pytest.raises(ValueError, match=message):
            await identity.place_call(to_number=CUSTOMER, **extra)
    with pytest.raises(TypeError, match="from_number"):
        await inkbox.calls.place(to_number=CUSTOMER)
    key = await agent_key(inkbox_emulator, "strict-caller")
    async with AsyncInkbox(key, base_url=inkbox_emulator.url) as agent:
        me = await agent.get_identity("strict-caller")
        with pytest.raises(PermissionDeniedError):  # yolo over a saved contact_scoped
            await me.place_call(
                to_number=CUSTOMER,
                mode="hosted_agent",
                reason="x",
                hosted_agent_authority_mode="yolo",
            )
    with pytest.raises(NotFoundError):
        await inkbox.calls.tool_invocations("00000000-0000-4000-8000-000000000000")
