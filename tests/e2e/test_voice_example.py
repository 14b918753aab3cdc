"""`examples/voice_agent.py` runs to the end on its own embedded emulator."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "voice_agent.py"


def test_the_voice_agent_example_runs() -> None:
    """Voice AI answers the injected call (its transcript and tools are read back, the caller
    hangs up on the clock), then leaves a voicemail on the call it places."""
    done = subprocess.run(
        [sys.executable, str(EXAMPLE)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "incoming-call action: hosted_agent" in out
    assert "[remote] I need to move my cleaning to Thursday." in out
    assert "[local ] Thank you, I have noted: Morning if possible." in out
    assert "tool lookup_contact: succeeded" in out
    assert "call completed (remote hung up) after 40 s" in out
    assert "[local ] Hi, this is the front desk: Thursday 9am is booked." in out
    assert "call completed (voicemail)" in out
    assert out.rstrip().endswith("Done.")
