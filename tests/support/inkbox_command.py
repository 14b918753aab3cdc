"""The installed `inkbox` command, run as a user runs it: its own process, its own imports."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

INKBOX = shutil.which("inkbox", path=str(Path(sys.executable).parent)) or "inkbox"


def command_env(home: Path, **variables: str) -> dict[str, str]:
    """This environment with a private home (so `~/.inkbox/config`), unbuffered output, and
    `variables`."""
    return {
        **os.environ,
        "HOME": str(home),
        "PYTHONUNBUFFERED": "1",
        **variables,
    }


def spawn(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    """`inkbox ARGS` in the background with stdout and stderr piped."""
    return subprocess.Popen(
        [INKBOX, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


def interrupt(process: subprocess.Popen[str]) -> tuple[int, str]:
    """Ctrl-C, then its exit code and what it wrote on stderr."""
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    return process.returncode, err
