"""`inkbox mail tail --follow` as a user runs it: new mail appears, Ctrl-C ends it cleanly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.support.inkbox_command import command_env, interrupt, spawn


def test_tail_follow_prints_new_mail_and_stops_on_ctrl_c(
    inkbox_emulator: Any, tmp_path: Path
) -> None:
    with inkbox_emulator.client() as api:
        api.post("/api/v1/identities/", json={"agent_handle": "watcher"})
    inkbox_emulator.inject_email(to="watcher@inkboxmail.com", sender="a@example.com", subject="old")
    env = command_env(
        tmp_path, INKBOX_API_KEY=inkbox_emulator.admin_key, INKBOX_BASE_URL=inkbox_emulator.url
    )
    follower = spawn("mail", "tail", "--follow", "--interval", "0.2", "-n", "1", "--json", env=env)
    try:
        assert follower.stdout is not None
        assert json.loads(follower.stdout.readline())["subject"] == "old"
        inkbox_emulator.inject_email(
            to="watcher@inkboxmail.com", sender="b@example.com", subject="new"
        )
        assert json.loads(follower.stdout.readline())["subject"] == "new"
    finally:
        code, err = interrupt(follower)
    assert code == 0, err
    assert "Traceback" not in err
