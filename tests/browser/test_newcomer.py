"""The newcomer's path: `inkbox emulator`, open the printed URL, `inkbox mail send`, see it."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from .conftest import screenshot, wait_for

INKBOX = shutil.which("inkbox", path=str(Path(sys.executable).parent)) or "inkbox"


def test_emulator_then_mail_send_shows_in_the_page(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    env = {
        **os.environ,
        "INKBOX_CONFIG": str(tmp_path / "config"),
        "PYTHONUNBUFFERED": "1",
    }
    emulator = subprocess.Popen(
        [INKBOX, "emulator", "--port", "0", "--no-open", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert emulator.stdout is not None
        started = json.loads(emulator.stdout.readline())
        env |= {"INKBOX_BASE_URL": started["base_url"], "INKBOX_API_KEY": started["admin_api_key"]}

        def inkbox(*args: str) -> str:
            done = subprocess.run(
                [INKBOX, *args], check=False, env=env, capture_output=True, text=True, timeout=60
            )
            assert done.returncode == 0, done.stderr
            return done.stdout

        inkbox("identities", "create", "my-agent")
        inkbox("mail", "send", "--to", "friend@example.com", "-s", "Hello from the CLI", "-b", "Hi")

        browser.delete_all_cookies()
        browser.get(started["inspector_url"])
        browser.find_element(By.ID, "admin_key").send_keys(started["admin_api_key"])
        browser.find_element(By.ID, "login").click()
        wait_for(browser, lambda d: d.find_elements(By.LINK_TEXT, "my-agent@inkboxmail.com"))
        browser.find_element(By.LINK_TEXT, "my-agent@inkboxmail.com").click()
        link = wait_for(browser, lambda d: d.find_element(By.CLASS_NAME, "message-link"))
        assert link.text == "Hello from the CLI"
        screenshot(browser, "newcomer-mailbox")
        browser.get("about:blank")
    finally:
        emulator.send_signal(signal.SIGINT)  # Ctrl-C
        _, err = emulator.communicate(timeout=30)
    assert emulator.returncode == 0, err
    assert "Traceback" not in err
    assert "Stopping." in err
