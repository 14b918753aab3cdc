"""The tunnels control plane end to end: create, list, get, delete, restore, rotate."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

from inkbox import AsyncInkbox, NotFoundError, TLSMode, TunnelStatus


@pytest.fixture
async def inkbox(inkbox_emulator: Any) -> AsyncIterator[AsyncInkbox]:
    async with AsyncInkbox(inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


@pytest.mark.anyio
async def test_tunnel_lifecycle_as_the_guide_shows(inkbox: AsyncInkbox) -> None:
    """create → list/get → delete (pending removal) → restore → rotate_secret."""
    created = await inkbox.tunnels.create(name="my-app", tls_mode="edge")
    tunnel = created.tunnel
    assert created.connect_secret and created.connect_secret not in repr(created)
    assert tunnel.tunnel_name == "my-app" and tunnel.tls_mode == TLSMode.EDGE
    assert tunnel.id in [t.id for t in await inkbox.tunnels.list()]
    assert (await inkbox.tunnels.get(str(tunnel.id))).tunnel_name == "my-app"

    deleted = await inkbox.tunnels.delete(str(tunnel.id))
    assert deleted.status == TunnelStatus.PENDING_REMOVAL == "pending_removal"
    restored = await inkbox.tunnels.restore(tunnel.id)
    assert restored.status == TunnelStatus.ACTIVE

    rotated = await inkbox.tunnels.rotate_secret(tunnel.id)
    assert rotated.connect_secret and rotated.connect_secret != created.connect_secret
    assert rotated.connect_secret not in repr(rotated)


@pytest.mark.anyio
async def test_tunnel_bad_inputs_fail_before_any_request(inkbox: AsyncInkbox) -> None:
    """An empty name, an unknown TLS mode or a non-UUID id raise before HTTP; unknown id is 404."""
    with pytest.raises(ValueError, match="name"):
        await inkbox.tunnels.create(name=" ")
    with pytest.raises(ValueError, match="tls_mode"):
        await inkbox.tunnels.create(name="x-app", tls_mode="bogus")
    with pytest.raises(ValueError, match="tunnel_id"):
        await inkbox.tunnels.get("tunnel-uuid")
    with pytest.raises(NotFoundError):
        await inkbox.tunnels.get(uuid.uuid4())
    assert "x-app" not in [t.tunnel_name for t in await inkbox.tunnels.list()]
