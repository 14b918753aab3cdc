"""The `inkbox-emulator` command: starts fast, prints its URL and admin key, binds loopback."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx


def test_cli_starts_prints_url_and_key_and_serves(tmp_path):
    """`python -m inkbox_emulator --port 0` is serving within a few seconds of launch."""
    started = time.monotonic()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "inkbox_emulator",
            "--port",
            "0",
            "--api-key",
            "isk_test_cli",
            "--seed",
            "3",
            "--db",
            str(tmp_path / "cli.db"),
            "--faults",
            "latency_ms=1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("Inkbox emulator on http://127.0.0.1:")
        url = first.split(" on ", 1)[1].strip()
        assert "isk_test_cli" in process.stdout.readline()
        while True:
            try:
                response = httpx.get(url + "/api/whoami", headers={"X-API-Key": "isk_test_cli"})
                break
            except httpx.ConnectError:
                assert time.monotonic() - started < 10
                time.sleep(0.01)
        assert response.status_code == 200
        assert response.json()["auth_subtype"] == "api_key.admin_scoped"
    finally:
        process.terminate()
        process.communicate(timeout=10)  # also closes the pipes


def test_cli_refuses_a_bad_fault_spec():
    """A typo in --faults is an argparse error naming the setting, not a silent no-op."""
    result = subprocess.run(
        [sys.executable, "-m", "inkbox_emulator", "--faults", "rat=0.1"],
        check=False,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "rat" in result.stderr


def _banner_key(args: list[str], env: dict[str, str] | None = None) -> str:
    """Start the CLI, read the admin key off its banner, stop it."""
    import os

    process = subprocess.Popen(
        [sys.executable, "-m", "inkbox_emulator", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )
    try:
        assert process.stdout is not None
        process.stdout.readline()
        return process.stdout.readline().split("admin API key:", 1)[1].strip()
    finally:
        process.terminate()
        process.communicate(timeout=10)


def test_cli_takes_its_admin_key_from_the_environment_or_a_file(tmp_path):
    """`INKBOX_EMULATOR_API_KEY` sets the key; `--api-key-file` reads it, or writes the key in
    force there (owner-only) for other scripts to read."""
    assert _banner_key([], {"INKBOX_EMULATOR_API_KEY": "isk_test_from_env"}) == "isk_test_from_env"
    key_file = tmp_path / "admin-key"
    made = _banner_key(["--api-key-file", str(key_file)])
    assert made.startswith("isk_test_")
    assert key_file.read_text().strip() == made
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert _banner_key(["--api-key-file", str(key_file)]) == made
    assert _banner_key(["--api-key", "isk_test_flag", "--api-key-file", str(key_file)]) == (
        "isk_test_flag"
    )
    assert key_file.read_text().strip() == "isk_test_flag"
