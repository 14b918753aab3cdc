"""Importing the vault, TOTP and webhook modules must not load argon2 or cryptography."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

INKBOX_EXT = Path(__file__).resolve().parents[2] / "inkbox_ext"

PROBE = """
import sys
import {module}
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("argon2", "cryptography", "_cffi_backend"))
print(",".join(heavy))
"""


@pytest.mark.parametrize(
    "module",
    [
        "inkbox.webhooks",
        "inkbox.vault",
        "inkbox.vault.types",
        "inkbox.vault.totp",
        "inkbox.vault.crypto",
    ],
)
def test_import_is_cheap(module: str) -> None:
    """argon2 and cryptography are imported only when a derivation or cipher runs."""
    assert probe(PROBE.format(module=module)) == ""


def probe(code: str) -> str:
    """What `code` prints in a fresh interpreter that sees the source tree."""
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(INKBOX_EXT), os.environ.get("PYTHONPATH", "")])
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return result.stdout.strip()


CLI_PROBE = """
import sys
import {module}
loaded = sorted({{m.split(".")[0] for m in sys.modules}} & {{"click", "rich", "httpx", "jinja2"}})
print(",".join(loaded), "inkbox.cli" in sys.modules)
"""


@pytest.mark.parametrize(
    ("module", "expected"),
    [
        ("inkbox", " False"),  # the SDK never loads the command line's libraries
        ("inkbox.cli", "click True"),  # `inkbox --help`: Click only, no Rich, no HTTP stack
    ],
)
def test_cli_libraries_load_only_for_the_cli(module: str, expected: str) -> None:
    assert probe(CLI_PROBE.format(module=module)) == expected.strip()
