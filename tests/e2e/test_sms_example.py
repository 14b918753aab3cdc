"""`examples/sms_and_contacts.py` (the README's pointer for offline testing) runs to the end."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sms_and_contacts.py"


def test_the_sms_gates_and_contacts_example_runs() -> None:
    """A pending number and a recipient without opt-in are refused with their typed reasons;
    after START the text goes out, and the number that texted is found in the contacts."""
    done = subprocess.run(
        [sys.executable, str(EXAMPLE)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "refused: sender_sms_pending" in out
    assert "refused: recipient_not_opted_in" in out
    assert "(queued)" in out
    assert "marked 2 texts read" in out
    assert "is Dana Reyes <dana@example.com>" in out
    assert out.rstrip().endswith("Done.")
