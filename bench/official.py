"""The official `inkbox` SDK from PyPI, in a venv of its own (its import name is also `inkbox`).

Benchmarks and interop tests run it as a subprocess with that venv's python. The venv is built
once under `.cache/venvs/` and reused.
"""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".cache" / "venvs"


def official_python(version: str) -> Path | None:
    """Path to a python with `inkbox==version` installed, or None when PyPI is unreachable."""
    env = CACHE / f"inkbox-{version}"
    python = env / "bin" / "python"
    marker = env / ".installed"
    if marker.exists():
        return python
    CACHE.mkdir(parents=True, exist_ok=True)
    venv.create(env, with_pip=True, clear=True)
    proc = subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            f"inkbox=={version}",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-2000:])
        return None
    marker.write_text(version)
    return python
