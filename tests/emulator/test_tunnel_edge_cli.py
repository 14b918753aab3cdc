"""`inkbox-emulator --tunnel-*`: the flags, what tunnels report, and a drain at shutdown."""

from __future__ import annotations

import asyncio
import json
import re
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from inkbox_emulator.__main__ import parse_args
from inkbox_emulator.config import TUNNEL_ZONE, EmulatorConfig
from inkbox_emulator.edge.settings import EdgeSettings

from .tunnel_h2 import RawTunnel

FLAGS = [
    "--tunnel-zone",
    "Tunnels.Test",
    "--tunnel-edge-port",
    "8443",
    "--tunnel-public-port",
    "8080",
    "--tunnel-ca-file",
    "/tmp/ca.pem",
]


def test_flags_make_edge_settings() -> None:
    config = parse_args(FLAGS)
    assert config.tunnel_edge == EdgeSettings(
        zone="tunnels.test", edge_port=8443, public_port=8080, ca_file="/tmp/ca.pem"
    )
    assert config.tunnel_zone == "tunnels.test:8443"
    assert config.tunnel_host_zone == "tunnels.test"
    with_passthrough = parse_args([*FLAGS, "--tunnel-passthrough-port", "8444"])
    assert with_passthrough.tunnel_edge is not None
    assert with_passthrough.tunnel_edge.passthrough_port == 8444


def test_without_flags_the_edge_is_off() -> None:
    config = parse_args([])
    assert config.tunnel_edge is None
    assert config.tunnel_zone == config.tunnel_host_zone == TUNNEL_ZONE


def test_on_443_the_zone_has_no_port() -> None:
    config = EmulatorConfig(tunnel_edge=EdgeSettings(zone="localhost", edge_port=443))
    assert config.tunnel_zone == "localhost"


def test_a_partial_set_of_flags_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse_args(["--tunnel-zone", "localhost"])
    assert "--tunnel-edge-port, --tunnel-public-port, --tunnel-ca-file" in capsys.readouterr().err


def test_cli_serves_the_edge_writes_the_ca_and_drains_on_shutdown(tmp_path: Path) -> None:
    ca_file = tmp_path / "ca.pem"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "inkbox_emulator",
            "--port",
            "0",
            "--api-key",
            "isk_test_edge",
            "--tunnel-zone",
            "localhost",
            "--tunnel-edge-port",
            "0",
            "--tunnel-public-port",
            "0",
            "--tunnel-ca-file",
            str(ca_file),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split(" on ", 1)[1].strip()
        banner = "".join(process.stdout.readline() for _ in range(4))
        match = re.search(r"tunnel edge: localhost:(\d+) .*http://<name>\.localhost:(\d+)/", banner)
        assert match, banner
        edge_port = int(match.group(1))
        assert ca_file.read_text().startswith("-----BEGIN CERTIFICATE-----")
        with httpx.Client(base_url=url, headers={"X-API-Key": "isk_test_edge"}) as api:
            created = api.post("/api/v1/identities/", json={"agent_handle": "cli-app"}).json()
        tunnel = created["tunnel"]
        assert tunnel["zone"] == f"localhost:{edge_port}"
        assert tunnel["public_host"] == "cli-app.localhost"

        async def connect_then_stop() -> tuple[int, bytes]:
            raw = RawTunnel(tunnel["zone"], tunnel["id"], "isk_test_edge")
            await raw.open("127.0.0.1", edge_port, str(ca_file), "localhost")
            assert (await raw.hello())[0] == 200
            process.send_signal(signal.SIGTERM)  # shutdown drains: GOAWAY NO_ERROR "drain"
            assert raw.goaway is not None
            result = await asyncio.wait_for(raw.goaway, 10)
            await raw.close()
            return result

        code, debug = asyncio.run(connect_then_stop())
        assert (code, json.loads(debug)) == (0, {"reason": "drain"})
        assert process.wait(10) in (0, -signal.SIGTERM)  # uvicorn re-raises the signal
    finally:
        process.kill()
        process.communicate(timeout=10)
