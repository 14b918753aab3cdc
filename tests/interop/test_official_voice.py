"""The official 0.7.20 client drives Voice AI, incoming-call actions and a call's life against
our emulator, unchanged; our SDK then reads what it set, and it reads what ours set.

Our SDK provisions the identity, sets an answering rule and injects a Voice AI inbound call.
The official script reads voices and the config, sets voice, instructions and authority,
switches the incoming-call action through forward (SIP) to hosted agent, places a Voice AI
call and a voicemail-bound one, reads transcripts and tool activity, and hangs up twice.
"""

from __future__ import annotations

from typing import Any

import pytest

from inkbox import Inkbox
from inkbox_emulator.pytest_plugin import EmulatorHandle
from tests.interop.official import run_official

REMOTE = "+15167251294"
VOICEMAIL = "+15167251295"

SCRIPT = r"""
import json, sys
from inkbox import (
    CallMode, ForwardingTargetType, HostedAgentAuthorityMode, IncomingCallAction, Inkbox,
    OnVoicemail,
)
from inkbox.exceptions import InkboxAPIError

args = json.load(sys.stdin)
out = {}


def value(x):
    return getattr(x, "value", x)


def status_of(fn):
    try:
        fn()
    except InkboxAPIError as e:
        return e.status_code
    return None


with Inkbox(args["api_key"], base_url=args["base_url"]) as ib:
    me = ib.get_identity("voice-agent")
    catalog = ib.hosted_agent.list_voices()
    out["voices"] = [[v.id, v.available, v.preview_url is not None] for v in catalog.voices]
    out["default_voice"] = catalog.default_voice
    seen = me.get_hosted_agent_config()
    out["seen_config"] = [seen.voice, seen.effective_voice, seen.instructions, value(seen.authority_mode)]
    cfg = ib.hosted_agent.set_config(voice="mia", instructions="Be kind.", agent_identity_id=me.id)
    out["set_config"] = [str(cfg.agent_identity_id), cfg.voice, cfg.effective_voice,
                         cfg.effective_model, cfg.instructions, cfg.model]
    out["bad_voice"] = status_of(lambda: me.set_hosted_agent_config(voice="nope"))
    out["authority"] = value(me.set_hosted_agent_authority_mode(HostedAgentAuthorityMode.YOLO).authority_mode)
    out["got_config"] = value(ib.hosted_agent.get_config(agent_identity_id=me.id).authority_mode)
    fwd = ib.incoming_call_action.set(
        incoming_call_action=IncomingCallAction.FORWARD, agent_identity_id=me.id,
        forwarding_target_type=ForwardingTargetType.SIP, forwarding_sip_uri="sip:desk@voice.example.com",
    )
    out["forward"] = [value(fwd.incoming_call_action), value(fwd.forwarding_target_type), fwd.forwarding_sip_uri]
    out["forward_missing"] = status_of(lambda: me.set_incoming_call_action(
        incoming_call_action="forward", forwarding_target_type="phone"))
    hosted = me.set_incoming_call_action(
        incoming_call_action="hosted_agent", forwarding_target_type=None, forwarding_sip_uri=None)
    out["hosted_action"] = [value(hosted.incoming_call_action), hosted.forwarding_sip_uri,
                            value(me.get_incoming_call_action().incoming_call_action)]
    out["ours_action"] = value(ib.incoming_call_action.get(agent_identity_id=args["other_id"]).incoming_call_action)
    inbound = ib.calls.get(args["inbound_id"])
    out["inbound"] = [value(inbound.status), inbound.mode, value(inbound.hosted_agent_authority_mode)]
    out["inbound_transcript"] = [[value(t.party), t.text] for t in ib.calls.transcripts(args["inbound_id"])]
    page = me.list_tool_invocations(args["inbound_id"], limit=1, offset=0)
    out["tools"] = [[t.tool_name, value(t.status), t.result, t.completed_at is not None] for t in page.items]
    out["tools_more"] = [page.limit, page.offset, page.has_more]
    call = me.place_call(
        to_number=args["remote"], mode=CallMode.HOSTED_AGENT, reason="Confirm Friday.",
        hosted_agent_authority_mode=HostedAgentAuthorityMode.CONTACT_SCOPED,
    )
    out["placed"] = [value(call.status), call.mode, call.reason, value(call.on_voicemail),
                     value(call.hosted_agent_authority_mode), call.rate_limit.calls_used]
    out["placed_id"] = str(call.id)
    out["placed_transcript"] = [t.text for t in me.list_transcripts(str(call.id))]
    vm = me.place_call(to_number=args["voicemail"], on_voicemail=OnVoicemail.HANG_UP)
    got = ib.calls.get(vm.id)
    out["voicemail"] = [value(got.status), got.hangup_reason, value(got.on_voicemail), value(got.voicemail_detection)]
    out["bad_combo"] = status_of(lambda: me.place_call(to_number=args["remote"], reason="no mode"))
    hung = me.hangup_call(str(call.id))
    out["hangup"] = [value(hung.status), hung.hangup_reason, hung.ended_at is not None]
    out["hangup_twice"] = status_of(lambda: ib.calls.hangup(call.id))
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def run(emulator: EmulatorHandle) -> dict[str, Any]:
    emulator.reset()
    before = len(emulator.violations)
    with Inkbox(emulator.admin_key, base_url=emulator.url) as ours:
        me = ours.create_identity("voice-agent")
        number = me.provision_phone_number(type="local")
        other = ours.create_identity("front-desk")
        other.provision_phone_number(type="local")
        other.set_incoming_call_action(
            incoming_call_action="auto_accept", client_websocket_url="wss://desk.example.com/ws"
        )
        me.set_incoming_call_action(incoming_call_action="hosted_agent")
        inbound = emulator.hook(
            "POST",
            "/calls/inbound",
            {"to": number.number, "from": REMOTE, "say": ["Is my order shipped?"]},
        )
        emulator.hook("PUT", "/calls/answering", {"to": REMOTE, "outcome": "answer"})
        emulator.hook("PUT", "/calls/answering", {"to": VOICEMAIL, "outcome": "voicemail"})
        payload = {
            "api_key": emulator.admin_key,
            "base_url": emulator.url,
            "remote": REMOTE,
            "voicemail": VOICEMAIL,
            "inbound_id": inbound["id"],
            "other_id": str(other.id),
        }
        out: dict[str, Any] = run_official("0.7.20", SCRIPT, payload)
        config = me.get_hosted_agent_config()
        out["ours_config"] = [config.voice, config.instructions, str(config.authority_mode)]
        action = me.get_incoming_call_action()
        out["ours_action_after"] = [str(action.incoming_call_action), action.forwarding_sip_uri]
        placed = ours.calls.get_by_id(out["placed_id"])
        out["ours_placed"] = [placed.status, placed.hangup_reason, str(placed.mode)]
    assert emulator.violations[before:] == []
    return out


def test_voices_and_config_both_ways(run: dict[str, Any]) -> None:
    """The catalog parses; ours reads the voice, instructions and authority the official set."""
    assert run["default_voice"] == "ava"
    assert ["orion", False, True] in run["voices"] and ["mia", True, True] in run["voices"]
    assert run["seen_config"] == [None, "ava", None, "contact_scoped"]
    assert run["set_config"][1:] == ["mia", "mia", "inkbox-voice-1", "Be kind.", None]
    assert run["bad_voice"] == 422
    assert (run["authority"], run["got_config"]) == ("yolo", "yolo")
    assert run["ours_config"] == ["mia", "Be kind.", "yolo"]  # the bad-voice PUT changed nothing


def test_incoming_call_action_both_ways(run: dict[str, Any]) -> None:
    """Forward to SIP, a forward without its target refused, back to hosted agent; each side
    reads what the other set."""
    assert run["forward"] == ["forward", "sip", "sip:desk@voice.example.com"]
    assert run["forward_missing"] == 422
    assert run["hosted_action"] == ["hosted_agent", None, "hosted_agent"]
    assert run["ours_action"] == "auto_accept"
    assert run["ours_action_after"] == ["hosted_agent", None]


def test_inbound_voice_ai_call_and_tools(run: dict[str, Any]) -> None:
    """The injected call was answered by Voice AI: transcript and tool page parse there."""
    assert run["inbound"] == ["answered", "hosted_agent", "contact_scoped"]
    assert run["inbound_transcript"][:2] == [
        ["local", "Hello, you have reached voice-agent. How can I help?"],
        ["remote", "Is my order shipped?"],
    ]
    assert run["tools"] == [
        ["lookup_contact", "succeeded", {"found": False, "contact_id": None}, True]
    ]
    assert run["tools_more"] == [1, 0, True]


def test_placed_calls_voicemail_and_hangup(run: dict[str, Any]) -> None:
    """A Voice AI call placed there is answered by the rule; voicemail hangs up; a second
    hang-up is 409; ours sees the call ended by the official client."""
    status, mode, reason, on_voicemail, authority, used = run["placed"]
    assert (status, mode, reason, on_voicemail, authority) == (
        "ringing",
        "hosted_agent",
        "Confirm Friday.",
        "leave_message",
        "contact_scoped",
    )
    assert used >= 1
    assert (
        run["placed_transcript"][0]
        == "Hi, this is voice-agent's assistant calling. Confirm Friday."
    )
    assert run["voicemail"] == ["completed", "voicemail", "hang_up", "enabled"]
    assert run["bad_combo"] == 422
    assert run["hangup"] == ["completed", "local", True]
    assert run["hangup_twice"] == 409
    assert run["ours_placed"] == ["completed", "local", "hosted_agent"]
