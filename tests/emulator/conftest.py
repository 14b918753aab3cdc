"""Fixtures shared by the emulator's tests (`inkbox_emulator` itself comes from the plugin)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from inkbox_emulator.pytest_plugin import EmulatorHandle


@pytest.fixture
def admin(inkbox_emulator: EmulatorHandle) -> Iterator[httpx.Client]:
    """An admin-key client on a fresh emulator holding the identities `alice` and `bob`;
    `admin.ids` maps each handle to its identity id."""
    with inkbox_emulator.client() as client:
        ids = {}
        for handle in ("alice", "bob"):
            created = client.post("/api/v1/identities/", json={"agent_handle": handle})
            assert created.status_code == 201, created.text
            ids[handle] = created.json()["id"]
        client.ids = ids  # type: ignore[attr-defined]
        yield client
