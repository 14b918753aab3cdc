"""The official `inkbox` SDK from PyPI in a cached venv of its own, run as a subprocess.

Its import name is also `inkbox`, so it can never share our interpreter. `official_python`
builds `.cache/venvs/inkbox-<version>` once (`python3 -m venv`, then `pip install
inkbox==<version>`), marks it `.installed` and reuses it (the benchmarks use it too); a lock file keeps parallel test runs from building it twice. `run_official` runs a script
with that python, JSON in on stdin and JSON out on stdout. The fixtures that the interop
modules share (the `interop` mark, a module's own strict `emulator`) are in `conftest.py`.
"""

from __future__ import annotations

import fcntl
import functools
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "venvs"
GUIDE_ERA = "0.3.1"  # the SDK guide's own release
VERSIONS = (GUIDE_ERA, "0.7.20")


@functools.cache  # one build attempt per version and test run, even when it fails
def official_python(version: str) -> Path | None:
    """Python of a venv with `inkbox==version`; None when it cannot be built (no PyPI)."""
    env = CACHE / f"inkbox-{version}"
    python = env / "bin" / "python"
    marker = env / ".installed"
    if marker.exists():
        return python
    CACHE.mkdir(parents=True, exist_ok=True)
    with (CACHE / f".inkbox-{version}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if marker.exists():  # built by another process while we waited
            return python
        shutil.rmtree(env, ignore_errors=True)
        steps = [
            ["python3", "-m", "venv", str(env)],
            [
                str(python),
                "-m",
                "pip",
                "install",
                "-q",
                "--disable-pip-version-check",
                f"inkbox=={version}",
            ],
        ]
        for step in steps:
            proc = subprocess.run(step, capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                return None
        marker.write_text(version)
    return python


def require_official(version: str) -> Path:
    """`official_python(version)`; a test that needs a venv which cannot be built fails.

    It fails rather than skips: the official clients are the witnesses of our wire, and a
    silent skip would hide exactly the gap these tests exist to find.
    """
    python = official_python(version)
    if python is None:
        pytest.fail(f"inkbox=={version} could not be installed from PyPI into {CACHE}")
    return python


def run_official(version: str, script: str, payload: Any, *, timeout: float = 300) -> Any:
    """Run `script` under the official SDK `version`; it reads JSON on stdin, prints JSON."""
    python = require_official(version)
    with tempfile.TemporaryDirectory() as home:
        # A clean HOME: 0.7.20 also reads ~/.inkbox/config; no INKBOX_* variable leaks in.
        env = {k: v for k, v in os.environ.items() if not k.startswith("INKBOX_")}
        env |= {"HOME": home, "PYTHONPATH": "", "PYTHONDONTWRITEBYTECODE": "1"}
        proc = subprocess.run(
            [str(python), "-c", script],
            input=json.dumps(payload),
            capture_output=True,
            text=True,
            env=env,
            cwd=home,
            timeout=timeout,
            check=False,
        )
    if proc.returncode != 0:
        raise AssertionError(f"official inkbox=={version} failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])
