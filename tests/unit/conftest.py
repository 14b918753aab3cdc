"""Unit tests: one file per module of `inkbox_ext/inkbox/`, named after it.

`test_<name>.py` tests `inkbox/_<name>.py`, `inkbox/<name>.py` or `inkbox/_async/<name>.py`
(the `_sync/` twin is generated from it); `test_resources_<name>.py` tests
`inkbox/_async/resources/<name>.py`; `test_vault_<name>.py` tests `inkbox/vault/<name>.py`;
`test_tunnels_<name>.py` tests `inkbox/tunnels/_<name>.py` (`_h2_edge.py`: a server-side
hyper-h2 connection playing the tunnel edge in memory).
`test_<name>_async.py` holds what only the async twin does. Helpers are named for what they
hold: `_fake_api.py` (a scripted API on `httpx.MockTransport`), `_fake_vault.py` (an in-memory
vault server), `_phone_contact_samples.py` (wire rows). The shared fixtures live here.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from inkbox import Inkbox
from inkbox.vault import crypto

from ._fake_api import FakeApi
from ._fake_vault import VAULT_KEY, FakeVault, make_client


@pytest.fixture
def api() -> FakeApi:
    """A fresh scripted API; `api.sync()` / `api.asyncio()` give clients on it."""
    return FakeApi()


@pytest.fixture
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id with tiny costs: these tests exercise the flows, the vectors cover the KDF."""
    monkeypatch.setattr(crypto, "ARGON2_MEMORY_COST", 64)
    monkeypatch.setattr(crypto, "ARGON2_TIME_COST", 1)


@pytest.fixture
def fake() -> FakeVault:
    return FakeVault()


@pytest.fixture
def inkbox(fake: FakeVault, cheap_argon2: None) -> Iterator[Inkbox]:
    with make_client(fake) as client:
        yield client


@pytest.fixture
def codes(inkbox: Inkbox) -> list[str]:
    return inkbox.vault.initialize(VAULT_KEY).recovery_codes
