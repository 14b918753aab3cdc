"""`examples/contacts_facts.py` runs to the end on its own embedded emulator."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "contacts_facts.py"


def test_the_contact_facts_example_runs() -> None:
    """Duplicates are found and merged into one contact that keeps every email, phone and
    fact, and the fact learned from an email resolves to that email's mailbox."""
    done = subprocess.run(
        [sys.executable, str(EXAMPLE)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "duplicate groups: ['lovelace']" in out
    assert (
        "Ada Lovelace at Analytical Engines: ada@example.com, ada.l@example.org; "
        "+15551230001; 3 facts"
    ) in out
    assert "contacts left: 1" in out
    assert "[context] Wants the order shipped to Berlin (origin=generated)" in out
    assert "learned from email_message in erin@inkboxmail.com" in out
    assert out.rstrip().endswith("Done.")
