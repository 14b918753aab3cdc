"""The plugin's `inkbox_tunnel_edge` fixture: an emulator with its edge on, fresh per test."""

from __future__ import annotations

import asyncio

from inkbox_emulator.pytest_plugin import EmulatorHandle

from .tunnel_h2 import RawTunnel


def test_fixture_runs_an_edge_clients_can_reach(inkbox_tunnel_edge: EmulatorHandle) -> None:
    emu = inkbox_tunnel_edge
    settings = emu.tunnel_edge
    assert settings is not None
    assert emu.tunnel_zone == f"localhost:{settings.edge_port}"
    assert emu.public_url("my-app", "/x") == f"http://my-app.localhost:{settings.public_port}/x"
    with emu.client() as client:
        created = client.post("/api/v1/identities/", json={"agent_handle": "my-app"}).json()
    assert created["tunnel"]["zone"] == emu.tunnel_zone

    async def hello() -> None:
        raw = RawTunnel(emu.tunnel_zone, created["tunnel"]["id"], emu.admin_key)
        await raw.open("127.0.0.1", settings.edge_port, emu.ca_file, "localhost")
        assert (await raw.hello())[0] == 200
        state = await asyncio.to_thread(emu.wait_tunnel, "my-app")
        assert state["connected"] and state["connects"] == 1
        await raw.close()
        await asyncio.to_thread(emu.wait_tunnel, "my-app", connected=False)

    asyncio.run(asyncio.wait_for(hello(), 30))
    assert emu.edge_state()["running"]
