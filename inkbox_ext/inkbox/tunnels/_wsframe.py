"""RFC 6455 frames and the bridge's length-prefixed JSON records (reference §3.5). No I/O.

The bridge stream carries WebSocket frames as h2 DATA; their payloads, concatenated, are a
stream of records `u32 BE length + JSON`. The same frame codec serves the URL forwarder's
upstream WebSocket.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import struct
from dataclasses import dataclass

__all__ = [
    "BINARY",
    "CLOSE",
    "CONTINUATION",
    "PING",
    "PONG",
    "TEXT",
    "Frame",
    "FrameDecoder",
    "Message",
    "RecordDecoder",
    "encode_frame",
    "encode_record",
]

CONTINUATION, TEXT, BINARY, CLOSE, PING, PONG = 0x0, 0x1, 0x2, 0x8, 0x9, 0xA


@dataclass(frozen=True, slots=True)
class Frame:
    fin: bool
    opcode: int
    payload: bytes


@dataclass(frozen=True, slots=True)
class Message:
    """One whole WebSocket message.

    Attributes:
        type: `"text"`, `"binary"` or `"close"`.
        data: The text (str) or bytes of a data message.
        code: The close code of a `close` message.
        reason: The close reason of a `close` message.
    """

    type: str
    data: str | bytes = b""
    code: int = 1000
    reason: str = ""


def encode_frame(opcode: int, payload: bytes, *, mask: bool, fin: bool = True) -> bytes:
    """One frame; a client masks every frame it sends (RFC 6455 §5.3)."""
    head = bytearray([(0x80 if fin else 0) | opcode])
    length = len(payload)
    mask_bit = 0x80 if mask else 0
    if length < 126:
        head.append(mask_bit | length)
    elif length < 1 << 16:
        head.append(mask_bit | 126)
        head += struct.pack("!H", length)
    else:
        head.append(mask_bit | 127)
        head += struct.pack("!Q", length)
    if not mask:
        return bytes(head) + payload
    key = os.urandom(4)
    return bytes(head) + key + _xor(payload, key)


def _xor(data: bytes, key: bytes) -> bytes:
    # int arithmetic on the whole payload is far faster than a byte loop for large frames
    repeated = (key * (len(data) // 4 + 1))[: len(data)]
    n = int.from_bytes(data, "big") ^ int.from_bytes(repeated, "big")
    return n.to_bytes(len(data), "big")


class FrameDecoder:
    """Frames out of a byte stream that may split or join them anywhere."""

    def __init__(self) -> None:
        self._buf = bytearray()

    def feed(self, data: bytes) -> list[Frame]:
        self._buf += data
        frames: list[Frame] = []
        while True:
            frame = self._next()
            if frame is None:
                return frames
            frames.append(frame)

    def _next(self) -> Frame | None:
        buf = self._buf
        if len(buf) < 2:
            return None
        length = buf[1] & 0x7F
        offset = 2
        if length == 126:
            if len(buf) < 4:
                return None
            (length,) = struct.unpack_from("!H", buf, 2)
            offset = 4
        elif length == 127:
            if len(buf) < 10:
                return None
            (length,) = struct.unpack_from("!Q", buf, 2)
            offset = 10
        masked = bool(buf[1] & 0x80)
        key = b""
        if masked:
            if len(buf) < offset + 4:
                return None
            key = bytes(buf[offset : offset + 4])
            offset += 4
        if len(buf) < offset + length:
            return None
        fin, opcode = bool(buf[0] & 0x80), buf[0] & 0x0F
        payload = bytes(buf[offset : offset + length])
        del buf[: offset + length]
        if masked:
            payload = _xor(payload, key)
        return Frame(fin=fin, opcode=opcode, payload=payload)


def encode_record(message: Message) -> bytes:
    """A message as one bridge record (compact JSON; binary data as padded base64)."""
    body: dict[str, object]
    if message.type == "close":
        body = {"type": "close", "code": message.code, "reason": message.reason}
    elif isinstance(message.data, bytes):
        body = {"type": "binary", "data": base64.b64encode(message.data).decode("ascii")}
    else:
        body = {"type": "text", "data": message.data}
    raw = json.dumps(body, separators=(",", ":")).encode()
    return struct.pack("!I", len(raw)) + raw


class RecordDecoder:
    """Messages out of the concatenated payloads of a bridge's frames.

    A malformed record or an unknown type is skipped, as the official clients do, so that
    one bad message does not end the bridge.
    """

    def __init__(self) -> None:
        self._buf = bytearray()

    def feed(self, data: bytes) -> list[Message]:
        self._buf += data
        out: list[Message] = []
        while len(self._buf) >= 4:
            (length,) = struct.unpack_from("!I", self._buf, 0)
            if len(self._buf) < 4 + length:
                break
            raw = bytes(self._buf[4 : 4 + length])
            del self._buf[: 4 + length]
            message = _parse_record(raw)
            if message is not None:
                out.append(message)
        return out


def _parse_record(raw: bytes) -> Message | None:
    try:
        body = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(body, dict):
        return None
    kind, data = body.get("type"), body.get("data")
    if kind == "text" and isinstance(data, str):
        return Message("text", data)
    if kind == "binary" and isinstance(data, str):
        try:
            return Message("binary", base64.b64decode(data, validate=True))
        except (binascii.Error, ValueError):
            return None
    if kind == "close":
        code = body.get("code", 1000)
        reason = body.get("reason", "")
        return Message(
            "close",
            code=code if isinstance(code, int) else 1000,
            reason=reason if isinstance(reason, str) else "",
        )
    return None
