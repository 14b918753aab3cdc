"""`examples/drafts.py` runs to the end against its own in-process emulator."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "drafts.py"


def test_draft_review_send_example() -> None:
    """The reviewed generation is sent into the customer's thread; the stale one is refused."""
    done = subprocess.run(
        [sys.executable, str(EXAMPLE)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "draft 'Re: Refund for order 1042' generation 1" in out
    assert "generation 3, attachments ['return-label.pdf']" in out
    assert "refused: the draft is at generation 3" in out
    assert "thread has 2 messages" in out
    assert "drafts left: 0" in out
    assert "dana received: 'Sorry about that! Your refund of $89" in out
    assert out.rstrip().endswith("Done.")
