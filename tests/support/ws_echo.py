"""A WebSocket echo server on loopback (HTTP/1.1 upgrade, RFC 6455), for URL-mode tests.

It echoes text and binary messages, sends its reply fragmented in two frames (so the
client must reassemble), records the handshake headers, and answers a close with a close.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib

from inkbox.tunnels._wsframe import BINARY, CLOSE, CONTINUATION, TEXT, FrameDecoder, encode_frame


class WsEcho:
    def __init__(self) -> None:
        self.handshakes: list[dict[str, str]] = []
        self.closes: list[int] = []
        self.server: asyncio.Server | None = None
        self.port = 0

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        headers = {}
        for line in head[1:]:
            name, _, value = line.partition(":")
            if name:
                headers[name.strip().lower()] = value.strip()
        headers["request-line"] = head[0]
        self.handshakes.append(headers)
        accept = base64.b64encode(
            hashlib.sha1(
                headers["sec-websocket-key"].encode() + b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
            ).digest()
        ).decode()
        lines = [
            "HTTP/1.1 101 Switching Protocols",
            "Upgrade: websocket",
            "Connection: Upgrade",
            f"Sec-WebSocket-Accept: {accept}",
            "Set-Cookie: ws=1",
        ]
        if "sec-websocket-protocol" in headers:
            lines.append(
                f"Sec-WebSocket-Protocol: {headers['sec-websocket-protocol'].split(',')[0].strip()}"
            )
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode())
        decoder = FrameDecoder()
        while data := await reader.read(65536):
            for frame in decoder.feed(data):
                if frame.opcode in (TEXT, BINARY):
                    half = len(frame.payload) // 2
                    writer.write(
                        encode_frame(frame.opcode, frame.payload[:half], mask=False, fin=False)
                    )
                    writer.write(encode_frame(CONTINUATION, frame.payload[half:], mask=False))
                elif frame.opcode == CLOSE:
                    self.closes.append(int.from_bytes(frame.payload[:2], "big"))
                    writer.write(encode_frame(CLOSE, frame.payload[:2], mask=False))
                    writer.close()
                    return
        writer.close()
