"""Fixtures shared by the e2e tests of both twins."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def edge(inkbox_tunnel_edge: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The plugin's emulator with its tunnel edge on, its CA trusted through `SSL_CERT_FILE`
    (tunnels report `zone = localhost:PORT`, so `connect()` needs nothing else)."""
    monkeypatch.setenv("SSL_CERT_FILE", inkbox_tunnel_edge.ca_file)
    return inkbox_tunnel_edge
