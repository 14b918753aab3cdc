"""The tunnel state directory: `state.json` (and a guide-era connect secret), kept private.

Like an SSH key directory: created `0700`, files `0600`, and refused when it is a symlink
or readable by group or others, since it can hold the connect secret and (passthrough)
the private key. Writes are atomic (temp file in the same directory, then `os.replace`).
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

from ._errors import InsecureStateDirError

__all__ = ["StateDir", "default_state_dir", "remember_connect_secret"]

STATE_FILE = "state.json"


def default_state_dir(name: str) -> Path:
    return Path.home() / ".inkbox" / "tunnels" / name


def remember_connect_secret(name: str, secret: str) -> None:
    """Keep a guide-era tunnel's connect secret (shown once) in its default state dir, where
    `connect()` finds it and sends it as `x-tunnel-secret`."""
    StateDir(default_state_dir(name)).update(connect_secret=secret)


class StateDir:
    """A checked state directory. Creating one creates the directory if needed."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path).expanduser()
        if self.path.is_symlink():
            raise InsecureStateDirError(f"tunnel state dir {self.path} is a symlink")
        if not self.path.exists():
            self.path.mkdir(parents=True, mode=0o700)
            self.path.chmod(0o700)  # mkdir's mode is masked by the umask
        _check_private(self.path)

    def __repr__(self) -> str:
        return f"StateDir({str(self.path)!r})"

    def load(self) -> dict[str, Any]:
        """`state.json`, or `{}` when it is missing or corrupt."""
        file = self.path / STATE_FILE
        if not file.exists():
            return {}
        self.check_private(file)
        try:
            data = json.loads(file.read_text())
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def save(self, data: dict[str, Any]) -> None:
        self.write_private(STATE_FILE, json.dumps(data, indent=2, sort_keys=True).encode())

    def update(self, **fields: Any) -> None:
        self.save({**self.load(), **fields})

    def check_private(self, file: Path) -> None:
        """Refuse a file of the state dir that is a symlink or open to other users."""
        _check_private(file)

    def write_private(self, filename: str, content: bytes) -> None:
        """Write `filename` atomically with mode 0600."""
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=self.path)
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(content)
            os.replace(tmp, self.path / filename)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _check_private(path: Path) -> None:
    info = path.lstat()
    if stat.S_ISLNK(info.st_mode):
        raise InsecureStateDirError(f"{path} is a symlink")
    if info.st_mode & 0o077:
        raise InsecureStateDirError(
            f"{path} is open to other users (mode {stat.S_IMODE(info.st_mode):o}); "
            f"run `chmod {'700' if path.is_dir() else '600'} {path}`"
        )
