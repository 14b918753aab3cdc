"""The `forward_to` allowlist: loopback literals only, unless remote forwarding is allowed."""

from __future__ import annotations

import pytest

from inkbox.tunnels._forward import check_forward_target


@pytest.mark.parametrize(
    "url",
    ["http://localhost:8080", "http://127.0.0.5:9000", "http://[::1]:8080", "https://127.0.0.1"],
)
def test_loopback_targets_are_allowed(url: str) -> None:
    """Loopback literals and `localhost` pass the allowlist."""
    check_forward_target(url, allow_remote=False)


def test_remote_target_with_the_flag_is_allowed() -> None:
    """`allow_remote_forwarding=True` lifts the allowlist."""
    check_forward_target("https://example.com", allow_remote=True)
