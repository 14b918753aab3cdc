"""The built wheel installs in a fresh venv and carries both packages and the emulator.

It is built from a copy of the tree in a temporary directory: setuptools writes `build/` and
`*.egg-info` next to `pyproject.toml`, and a test run must leave the checkout as it found it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Not needed to build, or what a build writes: left out of the copy.
NOT_COPIED = shutil.ignore_patterns(
    ".git", ".venv", ".cache", "build", "dist", "*.egg-info", "__pycache__", "*_cache"
)


def run(*cmd: str | Path, cwd: Path | None = None) -> str:
    proc = subprocess.run(
        [str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, check=False, timeout=600
    )
    assert proc.returncode == 0, f"{cmd}\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


def checkout_state() -> str | None:
    """`git status` of the checkout, ignored files included; None outside a git checkout."""
    try:
        proc = subprocess.run(
            ["git", "status", "--porcelain", "--ignored"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return None
    return proc.stdout if proc.returncode == 0 else None


def test_wheel_installs_and_imports_in_a_fresh_venv(tmp_path: Path) -> None:
    """`pip wheel` then install into a new venv: `inkbox`, `inkbox_api` and the spec copy."""
    before = checkout_state()
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, symlinks=True, ignore=NOT_COPIED)
    dist = tmp_path / "dist"
    run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "-q",
        "-w",
        dist,
        source,
    )
    wheels = list(dist.glob("inkbox-*.whl"))
    assert len(wheels) == 1, wheels
    env = tmp_path / "venv"
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    run(python, "-m", "pip", "install", "-q", "--disable-pip-version-check", wheels[0])
    out = run(
        python,
        "-c",
        "import inkbox, inkbox_api, inkbox_emulator, importlib.resources as r;"
        "from inkbox import Inkbox, AsyncInkbox;"
        "from inkbox_api.api.identities import get_identity;"
        "print(inkbox.__version__, r.files('inkbox_emulator').joinpath('openapi.json').is_file(),"
        " r.files('inkbox').joinpath('py.typed').is_file(),"
        " r.files('inkbox_api').joinpath('py.typed').is_file(),"
        " r.files('inkbox_emulator').joinpath('inspector/templates/base.html').is_file(),"
        " r.files('inkbox_emulator').joinpath('inspector/static/app.js').is_file())",
        cwd=tmp_path,
    )
    version_file = (ROOT / "inkbox_ext" / "inkbox" / "_version.py").read_text()
    version = re.search(r'__version__ = "([^"]+)"', version_file).group(1)  # type: ignore[union-attr]
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert f'version = "{version}"' in pyproject, "_version.py and pyproject.toml disagree"
    assert out.split() == [version, "True", "True", "True", "True", "True"]

    # Nothing new in the checkout, ignored files included (no `build/`, no `*.egg-info`).
    assert checkout_state() == before
