"""`inkbox mail tail --follow` as a user runs it: new mail appears, Ctrl-C ends it cleanly."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

INKBOX = shutil.which("inkbox", path=str(Path(sys.executable).parent)) or "inkbox"


def test_tail_follow_prints_new_mail_and_stops_on_ctrl_c(
    inkbox_emulator: Any, tmp_path: Path
) -> None:
    with inkbox_emulator.client() as api:
        api.post("/api/v1/identities/", json={"agent_handle": "watcher"})
    inkbox_emulator.inject_email(to="watcher@inkboxmail.com", sender="a@example.com", subject="old")
    env = {
        **os.environ,
        "INKBOX_API_KEY": inkbox_emulator.admin_key,
        "INKBOX_BASE_URL": inkbox_emulator.url,
        "INKBOX_CONFIG": str(tmp_path / "config"),
        "PYTHONUNBUFFERED": "1",
    }
    follower = subprocess.Popen(
        [INKBOX, "mail", "tail", "--follow", "--interval", "0.2", "-n", "1", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert follower.stdout is not None
        assert json.loads(follower.stdout.readline())["subject"] == "old"
        inkbox_emulator.inject_email(
            to="watcher@inkboxmail.com", sender="b@example.com", subject="new"
        )
        assert json.loads(follower.stdout.readline())["subject"] == "new"
    finally:
        follower.send_signal(signal.SIGINT)
        _, err = follower.communicate(timeout=30)
    assert follower.returncode == 0, err
    assert "Traceback" not in err
