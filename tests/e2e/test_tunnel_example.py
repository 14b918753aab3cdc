"""`make demo`: the tunnel example runs to the end against its own in-process emulator and edge."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "tunnel.py"


def test_tunnel_example_serves_http_and_a_websocket() -> None:
    """The Starlette app answers at its public URL, over HTTP and a WebSocket."""
    done = subprocess.run(
        [sys.executable, str(EXAMPLE)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Public URL: https://demo-app.localhost\n" in out
    assert "GET / -> 200 {'hello': 'world', 'path': '/', 'via': 'demo-app.localhost'}" in out
    assert "WebSocket handshake: HTTP/1.1 101" in out
    assert "got 'HELLO TUNNEL'" in out
    assert out.rstrip().endswith("Done.")
