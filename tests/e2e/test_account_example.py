"""`examples/account_setup.py` runs to the end against its own in-process emulator."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "account_setup.py"


def test_account_setup_example_runs() -> None:
    done = subprocess.run(
        [sys.executable, str(EXAMPLE)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "the sales agent's key sees: ['sales-agent']" in out
    assert "after verify: verified" in out
    assert "sales-agent speaks for acme.example" in out
    assert "sales-agent has its own signing key: True" in out
    assert "whsec_" not in out
    assert out.rstrip().endswith("Done.")
