"""WebSockets through a tunnel (reference §3.5, §7.2 c).

Third party `GET` + `Upgrade: websocket` → a `ws-upgrade` envelope with `inkbox-ws-id` → the
client's response post (status 200 means "accepted"; acked at once by `links`) → 101 to the
third party → the client's extended CONNECT `/_system/ws/{ws_id}` → two pumps:

- third party → client: unmask, reassemble fragments, answer pings; every whole message is
  one record in one unfragmented, unmasked outer BINARY frame (clients drop continuations);
- client → third party: outer frames → records → RFC 6455 frames, unmasked; outer pings
  answered with pongs.

Frames the third party sends before the bridge exists simply wait in the socket (we do not
read it until then); a bridge that does not come within 10 s closes the WebSocket with 1011.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import time
import uuid
from typing import TYPE_CHECKING

import h11

from .h2conn import Stream, StreamGone
from .public import Exchange, Refusal, intake_by, relay, reply_headers
from .wsframe import (
    OP_BINARY,
    OP_CLOSE,
    OP_PING,
    OP_PONG,
    OP_TEXT,
    FrameDecoder,
    FrameError,
    MessageAssembler,
    RecordDecoder,
    close_payload,
    encode_frame,
    encode_record,
    parse_close,
    record_for,
)

if TYPE_CHECKING:
    from .links import Link
    from .public import Public

__all__ = ["Bridge", "serve_websocket"]

_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
BRIDGE_WAIT = 10.0
CLOSE_GRACE = 2.0
DRAINING = 4500  # close code for bridges of a draining edge (reference §4.3)
_NO_STATUS = frozenset({1005, 1006, 1015})


def accept_key(key: str) -> str:
    return base64.b64encode(hashlib.sha1((key + _GUID).encode()).digest()).decode()  # noqa: S324


async def serve_websocket(public: Public, ex: Exchange, link: Link) -> int:
    """Bridge one WebSocket; returns the status the third party got (101 when bridged)."""
    key = ex.header("sec-websocket-key")
    if key is None or ex.header("sec-websocket-version") != "13":
        raise Refusal(
            400, "bad-websocket-request", "a WebSocket upgrade needs a key and version 13"
        )
    while not isinstance(await ex.next_event(), h11.EndOfMessage):
        pass
    request_id, ws_id = uuid.uuid4().hex, uuid.uuid4().hex
    envelope = public.envelope(ex, request_id, "ws-upgrade")
    envelope.append(("inkbox-ws-id", ws_id))
    deadline = time.monotonic() + public.settings.reply_budget
    pending = public.links.expect(link, request_id, ws_id)
    try:
        intake = await intake_by(link, deadline)
        try:
            intake.respond(200, envelope, end=True)
        except StreamGone:
            raise Refusal(502, "tunnel-connection-lost", "the tunnel client went away") from None
        try:
            reply = await asyncio.wait_for(pending.reply, max(0.0, deadline - time.monotonic()))
        except TimeoutError:
            raise Refusal(
                504, "tunnel-deadline", "the tunnel client did not answer in time"
            ) from None
        if reply.header("inkbox-status") != "200":
            status, _ = await relay(ex, reply)
            return status
        extra = reply_headers(reply)
        reply.discard()
        response = [
            ("upgrade", "websocket"),
            ("connection", "Upgrade"),
            ("sec-websocket-accept", accept_key(key)),
            *[
                (n, v)
                for n, v in extra
                if not n.startswith("sec-websocket-") or n == "sec-websocket-protocol"
            ],
        ]
        ex.write(
            h11.InformationalResponse(
                status_code=101, headers=response, reason=b"Switching Protocols"
            )
        )
        leftover = ex.conn.trailing_data[0]
        assert pending.bridge is not None
        try:
            stream = await asyncio.wait_for(pending.bridge, BRIDGE_WAIT)
        except TimeoutError:
            ex.writer.write(
                encode_frame(OP_CLOSE, close_payload(1011, "tunnel bridge did not open"))
            )
            await ex.writer.drain()
            return 101
        bridge = Bridge(ex.reader, ex.writer, stream, leftover)
        public.bridges.add(bridge)
        try:
            await bridge.run()
        finally:
            public.bridges.discard(bridge)
        return 101
    finally:
        public.links.forget(link, pending)


class Bridge:
    """One bridged WebSocket: the third party's socket and the client's CONNECT stream."""

    def __init__(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        stream: Stream,
        leftover: bytes,
    ) -> None:
        self.reader = reader
        self.writer = writer
        self.stream = stream
        self.leftover = leftover
        self.closing = False  # we sent CLOSE to the third party

    async def run(self) -> None:
        inbound = asyncio.ensure_future(self._from_third_party())
        outbound = asyncio.ensure_future(self._from_client())
        done, _ = await asyncio.wait({inbound, outbound}, return_when=asyncio.FIRST_COMPLETED)
        # The other direction gets a moment to finish its close handshake, then it is cut.
        await asyncio.wait({inbound, outbound} - done, timeout=CLOSE_GRACE)
        for task in (inbound, outbound):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self.stream.end()
        with contextlib.suppress(Exception):
            self.writer.close()

    def close_third_party(self, code: int, reason: str = "") -> None:
        """Send CLOSE(code) to the third party (once)."""
        if self.closing:
            return
        self.closing = True
        payload = b"" if code in _NO_STATUS else close_payload(code, reason)
        with contextlib.suppress(Exception):
            self.writer.write(encode_frame(OP_CLOSE, payload))

    async def _to_client(self, record: dict[str, object]) -> None:
        await self.stream.send(encode_frame(OP_BINARY, encode_record(record)))

    async def _from_third_party(self) -> None:
        frames, messages = FrameDecoder(), MessageAssembler()
        data = self.leftover
        try:
            while True:
                if not data:
                    data = await self.reader.read(65536)
                    if not data:  # vanished without a close handshake
                        await self._to_client({"type": "close", "code": 1001, "reason": ""})
                        return
                for frame in frames.feed(data):
                    message = messages.push(frame)
                    if message is None:
                        continue
                    opcode, payload = message
                    if opcode == OP_PING:
                        self.writer.write(encode_frame(OP_PONG, payload))
                    elif opcode == OP_CLOSE:
                        code, reason = parse_close(payload)
                        await self._to_client(
                            {
                                "type": "close",
                                "code": 1000 if code in _NO_STATUS else code,
                                "reason": reason,
                            }
                        )
                        self.close_third_party(code, reason)  # the closing handshake's echo
                        return
                    elif opcode in (OP_TEXT, OP_BINARY):
                        await self._to_client(record_for(opcode, payload))
                data = b""
        except (FrameError, UnicodeDecodeError) as exc:
            code = 1007 if isinstance(exc, UnicodeDecodeError) else 1002
            self.close_third_party(code)
            with contextlib.suppress(StreamGone):
                await self._to_client({"type": "close", "code": code, "reason": ""})
        except (StreamGone, ConnectionError, OSError):
            self.close_third_party(1011)

    async def _from_client(self) -> None:
        frames, records = FrameDecoder(), RecordDecoder()
        try:
            while chunk := await self.stream.read():
                for frame in frames.feed(chunk):
                    if frame.opcode == OP_PING:
                        await self.stream.send(encode_frame(OP_PONG, frame.payload))
                    elif frame.opcode == OP_CLOSE:
                        self.close_third_party(*parse_close(frame.payload))
                        return
                    elif frame.opcode in (OP_TEXT, OP_BINARY):
                        for record in records.feed(frame.payload):
                            if record[0] == "close":
                                self.close_third_party(int(record[1]), str(record[2]))
                                return
                            if not self.closing:
                                opcode, payload = record[0], record[1]
                                assert isinstance(opcode, int) and isinstance(payload, bytes)
                                self.writer.write(encode_frame(opcode, payload))
                await self.writer.drain()
            self.close_third_party(1000)  # END_STREAM without a close record
        except (StreamGone, FrameError):
            self.close_third_party(1011)
        except (ConnectionError, OSError):
            pass
