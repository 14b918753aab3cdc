"""Inkbox Voice AI answers an inbound call, and leaves a voicemail on an outbound one.

Runs on its own against the embedded emulator: `python examples/voice_agent.py`. The caller's
side (the call ringing in, what they say, the voicemail box picking up) and the passing of time
are played by the emulator's test hooks; everything else is the SDK.
"""

from __future__ import annotations

import httpx

from inkbox import CallMode, IncomingCallAction, Inkbox, OnVoicemail

CUSTOMER = "+15167251294"  # a phone outside the organization
OFFICE = "+15167251300"  # a line whose voicemail picks up


def step(text: str) -> None:
    print(f"\n== {text}")


def voice_agent(base_url: str, api_key: str) -> None:
    """Configure Voice AI, take an inbound call, read its transcript; place a call that reaches
    voicemail. `world` is the emulator's hooks, playing the callers and the clock."""
    with (
        Inkbox(api_key=api_key, base_url=base_url) as inkbox,
        httpx.Client(base_url=f"{base_url}/_emulator", headers={"X-Inkbox-Emulator": "1"}) as world,
    ):
        _answer_and_call(inkbox, world)


def _answer_and_call(inkbox: Inkbox, world: httpx.Client) -> None:
    step("An identity with a number; pick a Voice AI voice and give it instructions")
    desk = inkbox.create_identity("front-desk")
    phone = desk.provision_phone_number(type="local")
    catalog = inkbox.hosted_agent.list_voices()
    voice = next(v for v in catalog.voices if v.available and v.id != catalog.default_voice)
    config = desk.set_hosted_agent_config(
        voice=voice.id, instructions="You book appointments for a dental practice."
    )
    print(f"voice {config.effective_voice} ({voice.name}), model {config.effective_model}")

    step("Voice AI answers this identity's inbound calls")
    desk.set_incoming_call_action(incoming_call_action=IncomingCallAction.HOSTED_AGENT)
    print(f"incoming-call action: {desk.get_incoming_call_action().incoming_call_action}")

    step("A customer calls, asks for a new appointment, and hangs up after 40 seconds")
    ring = {
        "to": phone.number,
        "from": CUSTOMER,
        "say": ["I need to move my cleaning to Thursday.", "Morning if possible."],
        "talk_seconds": 40,
    }
    call_id = world.post("/calls/inbound", json=ring).raise_for_status().json()["id"]
    for segment in desk.list_transcripts(call_id):
        print(f"  [{segment.party:6}] {segment.text}")
    for tool in desk.list_tool_invocations(call_id).items:
        print(f"  tool {tool.tool_name}: {tool.status}")
    world.post("/clock/advance", json={"seconds": 41}).raise_for_status()
    call = inkbox.calls.get_by_id(call_id)
    assert call.started_at is not None and call.ended_at is not None
    seconds = (call.ended_at - call.started_at).total_seconds()
    print(f"call {call.status} ({call.hangup_reason} hung up) after {seconds:.0f} s")

    step("Voice AI calls the office back; its voicemail picks up and gets a message")
    world.put("/calls/answering", json={"to": OFFICE, "outcome": "voicemail"}).raise_for_status()
    placed = desk.place_call(
        to_number=OFFICE,
        mode=CallMode.HOSTED_AGENT,
        reason="Confirm Thursday morning for the cleaning.",
        on_voicemail=OnVoicemail.LEAVE_MESSAGE,
        voicemail_message="Hi, this is the front desk: Thursday 9am is booked. Call us back!",
    )
    print(f"placed: {placed.status}, {placed.rate_limit.calls_remaining} calls left today")
    for segment in inkbox.calls.transcripts(placed.id):
        print(f"  [{segment.party:6}] {segment.text}")
    world.post("/clock/advance", json={"seconds": 10}).raise_for_status()
    ended = inkbox.calls.get_by_id(placed.id)
    print(f"call {ended.status} ({ended.hangup_reason})")


if __name__ == "__main__":
    from inkbox_emulator import run_in_thread

    emulator = run_in_thread()
    try:
        voice_agent(emulator.url, emulator.admin_key)
    finally:
        emulator.stop()
    print("\nDone.")
