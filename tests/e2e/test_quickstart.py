"""`make demo`: the quickstart runs to the end against its own in-process emulator."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

QUICKSTART = Path(__file__).resolve().parents[2] / "examples" / "quickstart.py"


def test_quickstart_runs_and_verifies_the_webhook() -> None:
    """Two identities mail each other, reply in the thread, and the webhook verifies."""
    done = subprocess.run(
        [sys.executable, str(QUICKSTART)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Lunch on Friday?': 2 messages" in out
    assert "signature valid: True" in out
    assert "signature valid after tampering with the body: False" in out
    assert out.rstrip().endswith("Done.")
