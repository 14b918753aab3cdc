"""Run inside a private network namespace: the emulator with its tunnel edge on port 443.

    unshare -n sh -c 'ip link set lo up && exec python tunnel_netns.py DIR'

The official Python client always dials `ZONE:443`; a namespace of our own gives us a 443
without touching the machine's. Tests outside the namespace reach the emulator's API and the
public and passthrough listeners through Unix sockets in DIR (`api.sock`, `public.sock`,
`passthrough.sock`; file paths are not namespaced), and run the client inside it with `nsenter --net=/proc/PID/ns/net`.

Prints one JSON line when ready (`api_port`, `admin_key`, `ca_file`), then serves until its
stdin closes.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
from pathlib import Path

from inkbox_emulator.edge.settings import EdgeSettings
from inkbox_emulator.pytest_plugin import strict_emulator

PUBLIC_PORT = 8080
PASSTHROUGH_PORT = 8443
DEADLINE = 3.0  # response_deadline_seconds: short, so a test can watch the client's own 504


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(ConnectionError, OSError):
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    with contextlib.suppress(Exception):
        writer.close()


async def _relay(path: Path, port: int) -> asyncio.Server:
    """`path` (a Unix socket) → 127.0.0.1:port in this namespace, byte for byte."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", port)
        # Cancelled when the namespace shuts down with connections open: nothing to report.
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))

    return await asyncio.start_unix_server(handle, path=str(path))


async def main(folder: Path) -> None:
    ca_file = folder / "ca.pem"
    settings = EdgeSettings(
        zone="localhost",
        edge_port=443,
        public_port=PUBLIC_PORT,
        passthrough_port=PASSTHROUGH_PORT,
        ca_file=str(ca_file),
        response_deadline_seconds=DEADLINE,
    )
    with strict_emulator(tunnel_edge=settings) as emulator:
        api_port = int(emulator.url.rsplit(":", 1)[1])
        servers = [
            await _relay(folder / "api.sock", api_port),
            await _relay(folder / "public.sock", PUBLIC_PORT),
            await _relay(folder / "passthrough.sock", PASSTHROUGH_PORT),
        ]
        ready = {"api_port": api_port, "admin_key": emulator.admin_key, "ca_file": str(ca_file)}
        print(json.dumps(ready), flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
        for server in servers:
            server.close()


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1])))
