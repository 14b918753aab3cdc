"""A minimal keep-alive HTTP/1.1 server answering every request with one canned JSON identity.

It runs in its own process so that the client being measured has the CPU it is given and the
server's cost is the same for every client. `python bench/canned_server.py` prints its port.
"""

from __future__ import annotations

import asyncio
import json
import sys

IDENTITY = {
    "id": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
    "organization_id": "org_bench",
    "agent_handle": "bench",
    "display_name": "Bench Agent",
    "description": None,
    "email_address": "bench@inkboxmail.com",
    "mailbox": {
        "id": "7a1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
        "email_address": "bench@inkboxmail.com",
        "sending_domain": "inkboxmail.com",
        "filter_mode": "blacklist",
        "agent_identity_id": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f",
        "filter_mode_change_notice": None,
        "created_at": "2026-03-09T00:00:00Z",
        "updated_at": "2026-03-09T00:00:00Z",
    },
    "phone_number": None,
    "created_at": "2026-03-09T00:00:00Z",
    "updated_at": "2026-03-09T00:00:00Z",
}
BODY = json.dumps(IDENTITY).encode()
RESPONSE = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nx-request-id: bench\r\n"
    + f"content-length: {len(BODY)}\r\n\r\n".encode()
    + BODY
)


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            if length:
                await reader.readexactly(length)
            writer.write(RESPONSE)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionResetError):
        pass
    finally:
        writer.close()


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
