"""Headless Chromium (Debian's `chromium` + `chromium-driver`, installed by `.ci/run`) driving
the inspector through Selenium. No browser is ever downloaded: both binaries are named.

Screenshots go to `test-artifacts/screenshots/` (gitignored; `$INKBOX_TEST_ARTIFACTS` moves
it) and their paths are printed in the test report.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,900",
)
RECEIVER_ANSWER = b'{"received": true}'
WAIT = 15.0  # the longest any one step may wait; bounds the suite's time


def artifacts() -> Path:
    folder = (
        Path(os.environ.get("INKBOX_TEST_ARTIFACTS") or ROOT / "test-artifacts") / "screenshots"
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not shutil.which(p)]
    if missing:
        pytest.fail(
            f"{missing} not found: the browser tests need Debian's chromium and chromium-driver "
            "(`apt-get install -y chromium chromium-driver`, as .ci/run does)"
        )
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must never fetch a driver or browser
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(WAIT)
    driver.set_script_timeout(WAIT)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def page(browser: Any, inkbox_emulator: Any) -> Iterator[Any]:
    """The browser, logged in to this test's emulator (fresh state)."""
    from selenium.webdriver.common.by import By

    browser.get(inkbox_emulator.url + "/_emulator/ui/login")
    browser.delete_all_cookies()  # of this origin: a session of an earlier test is gone
    browser.get(inkbox_emulator.url + "/_emulator/ui/")
    assert browser.current_url.endswith("/_emulator/ui/login")
    browser.find_element(By.ID, "admin_key").send_keys(inkbox_emulator.admin_key)
    browser.find_element(By.ID, "login").click()
    wait_for(browser, lambda d: d.current_url.endswith("/_emulator/ui/"))
    yield browser
    browser.get("about:blank")  # closes the page's event stream before the emulator resets


def wait_for(driver: Any, condition: Any, timeout: float = WAIT) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(condition)


SHOTS: list[Path] = []


def screenshot(driver: Any, name: str) -> Path:
    path = artifacts() / f"{name}.png"
    driver.save_screenshot(str(path))
    SHOTS.append(path)
    return path


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """The screenshots' paths, at the end of the test output."""
    if SHOTS:
        terminalreporter.write_sep("-", "inspector screenshots")
        for path in dict.fromkeys(SHOTS):
            terminalreporter.write_line(str(path))


class Receiver:
    """A webhook endpoint on loopback that answers 200 and remembers what it got."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        received = self.requests

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                received.append({"headers": dict(self.headers), "body": self.rfile.read(length)})
                self.send_response(200)
                self.send_header("Content-Length", str(len(RECEIVER_ANSWER)))
                self.end_headers()
                self.wfile.write(RECEIVER_ANSWER)

            def do_GET(self) -> None:  # a remote image a message might try to load
                received.append({"headers": dict(self.headers), "path": self.path})
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()
