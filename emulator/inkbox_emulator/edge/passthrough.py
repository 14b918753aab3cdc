"""Passthrough tunnels (reference §3.6): a public TLS port routed by SNI, never terminated.

The edge reads the third party's ClientHello, takes the SNI `{name}.{ZONE}` to pick a
passthrough tunnel, and hands a `tcp-stream` envelope (`inkbox-tcp-id`, `inkbox-sni-host`) to
a parked intake. The client opens `CONNECT /_system/tcp/{tcp_id}` (`inkbox-tunnel-tcp`); from
then on the bridge carries the raw TLS bytes, the peeked ClientHello first, as RFC 6455
BINARY frames. The client terminates TLS with the certificate `sign-csr` gave it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import struct
import time
import uuid
from typing import TYPE_CHECKING

from ..store import tunnels as store_tunnels
from .h2conn import Stream, StreamGone
from .wsframe import (
    OP_BINARY,
    OP_CLOSE,
    OP_CONT,
    OP_PING,
    OP_PONG,
    FrameDecoder,
    FrameError,
    close_payload,
    encode_frame,
)

if TYPE_CHECKING:
    from .links import Link
    from .service import Edge

__all__ = ["client_hello_sni", "serve_passthrough"]

log = logging.getLogger("inkbox_emulator.edge")

BRIDGE_WAIT = 10.0  # the client's own bound for the CONNECT's 200 (BRIDGE_STATUS_TIMEOUT_SEC)
HELLO_WAIT = 10.0
MAX_HELLO = 64 * 1024
HALF_CLOSE_GRACE = 5.0


class NotTLS(Exception):
    """The first bytes are not a TLS ClientHello with a server name."""


async def read_client_hello(reader: asyncio.StreamReader) -> tuple[bytes, str]:
    """(every byte read so far, the SNI host name) of the ClientHello at the stream's start."""
    raw = bytearray()
    handshake = bytearray()
    while True:
        header = await reader.readexactly(5)
        kind, _, size = struct.unpack("!BHH", header)
        if kind != 0x16:  # handshake records only
            raise NotTLS("not a TLS handshake")
        raw += header + await reader.readexactly(size)
        handshake += raw[-size:]
        if len(handshake) >= 4:
            needed = 4 + int.from_bytes(handshake[1:4], "big")
            if needed > MAX_HELLO:
                raise NotTLS("ClientHello too large")
            if len(handshake) >= needed:
                return bytes(raw), client_hello_sni(bytes(handshake[:needed]))


def client_hello_sni(handshake: bytes) -> str:
    """The `server_name` (host_name) of a ClientHello handshake message."""
    try:
        if handshake[0] != 0x01:
            raise NotTLS("not a ClientHello")
        at = 4 + 2 + 32  # type + length, version, random
        at += 1 + handshake[at]  # session id
        at += 2 + int.from_bytes(handshake[at : at + 2], "big")  # cipher suites
        at += 1 + handshake[at]  # compression methods
        end = at + 2 + int.from_bytes(handshake[at : at + 2], "big")
        at += 2
        while at + 4 <= end:
            kind, size = struct.unpack_from("!HH", handshake, at)
            at += 4
            if kind == 0:  # server_name: list length, then (type, length, name)...
                inner, stop = at + 2, at + size
                while inner + 3 <= stop:
                    name_type, name_size = struct.unpack_from("!BH", handshake, inner)
                    name = handshake[inner + 3 : inner + 3 + name_size]
                    if name_type == 0:
                        return name.decode("ascii").lower()
                    inner += 3 + name_size
            at += size
    except (IndexError, struct.error, UnicodeDecodeError):
        pass
    raise NotTLS("no server name in the ClientHello")


async def serve_passthrough(
    edge: Edge, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """One third-party TLS connection: route by SNI, then splice it onto a TCP bridge."""
    peer = writer.get_extra_info("peername")
    peer_ip = str(peer[0]) if peer else "unknown"
    started = time.monotonic()
    entry: dict[str, object] = {"method": "TLS", "path": "", "tunnel": None, "kind": "tcp-stream"}
    edge.public.connections.add(writer)
    try:
        try:
            async with asyncio.timeout(HELLO_WAIT):
                hello, sni = await read_client_hello(reader)
        except (NotTLS, TimeoutError, asyncio.IncompleteReadError) as exc:
            entry["status"], entry["reason"] = 400, str(exc) or type(exc).__name__
            return
        entry["path"] = sni
        entry["tunnel"] = edge.public.label(sni) or None
        link = _route(edge, sni)
        if link is None:
            entry["status"], entry["reason"] = 502, "no connected passthrough tunnel"
            return
        entry["status"] = await _bridge(edge, link, reader, writer, hello, sni, peer_ip)
    finally:
        entry["duration_ms"] = round((time.monotonic() - started) * 1000, 1)
        edge.log.add(**entry)
        edge.public.connections.discard(writer)
        with contextlib.suppress(Exception):
            writer.close()


def _route(edge: Edge, sni: str) -> Link | None:
    label = edge.public.label(sni)
    row = store_tunnels.live_tunnel_by_name(edge.world.store, label) if label else None
    if row is None or row["tls_mode"] != "passthrough" or row["status"] != "active":
        return None
    link = edge.links.link(row)
    return link if link.connected else None


async def _bridge(  # noqa: PLR0917 -- one call site, each argument a distinct piece of state
    edge: Edge,
    link: Link,
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    hello: bytes,
    sni: str,
    peer_ip: str,
) -> int:
    request_id, tcp_id = uuid.uuid4().hex, uuid.uuid4().hex
    pending = edge.links.expect(link, request_id, tcp_id)
    try:
        try:
            intake = await link.take_intake(edge.settings.reply_budget)
            intake.respond(
                200,
                [
                    ("inkbox-request-id", request_id),
                    ("inkbox-route-kind", "tcp-stream"),
                    ("inkbox-tcp-id", tcp_id),
                    ("inkbox-sni-host", sni),
                    ("inkbox-forwarded-for", peer_ip),
                ],
                end=True,
            )
            assert pending.bridge is not None
            stream = await asyncio.wait_for(pending.bridge, BRIDGE_WAIT)
        except (TimeoutError, StreamGone):
            return 504
        await _splice(stream, reader, writer, hello)
        return 200
    finally:
        edge.links.forget(link, pending)


async def _splice(
    stream: Stream, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, hello: bytes
) -> None:
    """Third-party bytes ↔ BINARY frames on the bridge, until both directions are done."""

    async def upstream() -> None:
        try:
            data = hello
            while data:
                await stream.send(encode_frame(OP_BINARY, data))
                data = await reader.read(65536)
            # Third-party EOF: a CLOSE frame and END_STREAM mean EOF to the client.
            await stream.send(encode_frame(OP_CLOSE, close_payload(1000)), end=True)
        except (StreamGone, ConnectionError, OSError):
            stream.reset()

    async def downstream() -> None:
        frames = FrameDecoder()
        try:
            while chunk := await stream.read():
                for frame in frames.feed(chunk):
                    if frame.opcode in (OP_BINARY, OP_CONT):
                        writer.write(frame.payload)
                    elif frame.opcode == OP_PING:
                        await stream.send(encode_frame(OP_PONG, frame.payload))
                    elif frame.opcode == OP_CLOSE:
                        return
                    elif frame.opcode != OP_PONG:
                        raise FrameError(f"opcode {frame.opcode} on a TCP bridge")
                await writer.drain()
        except (StreamGone, FrameError, ConnectionError, OSError):
            stream.reset()
        finally:
            with contextlib.suppress(Exception):
                writer.write_eof()

    up, down = asyncio.ensure_future(upstream()), asyncio.ensure_future(downstream())
    done, _ = await asyncio.wait({up, down}, return_when=asyncio.FIRST_COMPLETED)
    # One direction finished: the other gets the client's own half-close grace.
    await asyncio.wait({up, down} - done, timeout=HALF_CLOSE_GRACE)
    for task in (up, down):
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
    stream.end()
