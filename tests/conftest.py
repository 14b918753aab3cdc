"""Test-wide set-up: a clean environment so a developer's INKBOX_* variables never leak in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("INKBOX_API_KEY", "INKBOX_BASE_URL", "INKBOX_VAULT_KEY", "INKBOX_LOG"):
        monkeypatch.delenv(name, raising=False)
    yield


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
