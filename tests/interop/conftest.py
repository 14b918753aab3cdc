"""Interop: the official `inkbox` SDKs from PyPI run against our emulator.

Shared here: every test in this directory carries the `interop` mark, and `emulator` is one
strict emulator per test module, for suites that set state up once per SDK version (a
module-scoped `run` fixture, which resets it first) and check that state in many tests.
The official venvs and running a script under them live in `official.py` (the benchmarks use
them too): `official_python`, `require_official`, `run_official`, `VERSIONS`, `GUIDE_ERA`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from inkbox_emulator.pytest_plugin import EmulatorHandle, strict_emulator

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.interop)


@pytest.fixture(scope="module")
def emulator() -> Iterator[EmulatorHandle]:
    """One strict emulator for this module (the plugin's `inkbox_emulator` resets per test)."""
    with strict_emulator() as handle:
        yield handle
