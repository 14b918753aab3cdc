"""The import and webhook examples run to the end against their own in-process emulator."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def run(script: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_import_mbox_example_files_the_sample_in_threads() -> None:
    out = run("import_mbox.py")
    assert "completed: 3 processed, 3 imported" in out
    assert "'Kickoff notes': 2 message(s)" in out
    assert "2026-01-05 outbound Re: Kickoff notes" in out
    assert out.rstrip().endswith("Done.")


def test_import_mbox_example_reports_a_malformed_archive(tmp_path: Path) -> None:
    archive = tmp_path / "broken.mbox"
    archive.write_bytes(b"\x00\x01 this is not mail")
    out = run("import_mbox.py", str(archive))
    assert "The import failed: Not an RFC 822 message" in out


def test_watch_webhooks_example_sees_retry_and_replay() -> None:
    out = run("watch_webhooks.py")
    assert out.count("signature ok: True, token ok: True") == 3  # failed try, retry, replay
    assert "message.received -> HTTP 503" in out
    assert "message.received -> HTTP 200" in out
    assert "HTTP 200" in out.split("Replayed", 1)[1]
    assert out.rstrip().endswith("Done.")
