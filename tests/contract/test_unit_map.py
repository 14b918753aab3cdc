"""Unit test files are named after the module they test (the map in tests/unit/conftest.py)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "inkbox_ext" / "inkbox"


def candidates(name: str) -> list[Path]:
    """The modules `tests/unit/test_<name>.py` may test."""
    name = name.removesuffix("_async")  # what only the async twin does
    for prefix, folder in (
        ("resources_", PACKAGE / "_async" / "resources"),
        ("vault_", PACKAGE / "vault"),
        ("tunnels_", PACKAGE / "tunnels"),
    ):
        if name.startswith(prefix):
            stem = name.removeprefix(prefix)
            return [folder / f"{stem}.py", folder / f"_{stem}.py"]
    return [
        folder / f"{stem}.py"
        for folder in (PACKAGE, PACKAGE / "_async")
        for stem in (name, f"_{name}")
    ]


def test_every_unit_test_file_names_its_module() -> None:
    files = sorted((ROOT / "tests" / "unit").glob("test_*.py"))
    assert files
    unmapped = [
        f.name
        for f in files
        if not any(p.is_file() for p in candidates(f.stem.removeprefix("test_")))
    ]
    assert unmapped == [], (
        f"{unmapped}: name each after the module of inkbox_ext/inkbox it tests "
        "(see tests/unit/conftest.py), or split it if it tests several"
    )
