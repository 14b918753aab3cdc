"""The newcomer's path: `inkbox emulator`, open the printed URL, `inkbox mail send`, see it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from tests.support.inkbox_command import INKBOX, command_env, interrupt, spawn

from .conftest import screenshot, wait_for


def test_emulator_then_mail_send_shows_in_the_page(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    env = command_env(tmp_path)
    emulator = spawn("emulator", "--port", "0", "--no-open", "--json", env=env)
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

        browser.get(started["inspector_url"])  # a new emulator, a new origin: no session
        browser.find_element(By.ID, "admin_key").send_keys(started["admin_api_key"])
        browser.find_element(By.ID, "login").click()
        wait_for(browser, lambda d: d.find_elements(By.LINK_TEXT, "my-agent@inkboxmail.com"))
        browser.find_element(By.LINK_TEXT, "my-agent@inkboxmail.com").click()
        link = wait_for(browser, lambda d: d.find_element(By.CLASS_NAME, "message-link"))
        assert link.text == "Hello from the CLI"
        screenshot(browser, "newcomer-mailbox")
        browser.get("about:blank")
    finally:
        code, err = interrupt(emulator)
    assert code == 0, err
    assert "Traceback" not in err
    assert "Stopping." in err
