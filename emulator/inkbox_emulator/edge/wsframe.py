"""RFC 6455 frames and the bridge's JSON records (reference §3.5).

Both WebSocket legs speak RFC 6455: the third party's (its frames are masked, ours are not)
and the outer framing of the h2 bridge stream, whose BINARY payloads concatenate into records
`u32 big-endian length + compact JSON` ({"type": "text"|"binary"|"close", ...}).
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import struct
from typing import Any

import attrs

__all__ = [
    "OP_BINARY",
    "OP_CLOSE",
    "OP_CONT",
    "OP_PING",
    "OP_PONG",
    "OP_TEXT",
    "Frame",
    "FrameDecoder",
    "FrameError",
    "MessageAssembler",
    "RecordDecoder",
    "close_payload",
    "encode_frame",
    "encode_record",
    "parse_close",
    "record_for",
]

OP_CONT, OP_TEXT, OP_BINARY, OP_CLOSE, OP_PING, OP_PONG = 0x0, 0x1, 0x2, 0x8, 0x9, 0xA
_CONTROL = frozenset({OP_CLOSE, OP_PING, OP_PONG})
MAX_MESSAGE = 64 * 1024 * 1024


class FrameError(Exception):
    """Bytes that are not RFC 6455 (the connection is closed with 1002)."""


@attrs.frozen
class Frame:
    fin: bool
    opcode: int
    payload: bytes


def encode_frame(opcode: int, payload: bytes, *, mask: bool = False, fin: bool = True) -> bytes:
    """One frame; the edge's own frames are unmasked and unfragmented (FIN=1)."""
    head = bytearray([(0x80 if fin else 0) | opcode])
    bit = 0x80 if mask else 0
    size = len(payload)
    if size < 126:
        head.append(bit | size)
    elif size < 1 << 16:
        head.append(bit | 126)
        head += struct.pack("!H", size)
    else:
        head.append(bit | 127)
        head += struct.pack("!Q", size)
    if not mask:
        return bytes(head) + payload
    key = os.urandom(4)
    return bytes(head) + key + _xor(payload, key)


def _xor(data: bytes, key: bytes) -> bytes:
    if not data:
        return b""
    repeated = (key * (len(data) // 4 + 1))[: len(data)]
    return (int.from_bytes(data, "big") ^ int.from_bytes(repeated, "big")).to_bytes(
        len(data), "big"
    )


class FrameDecoder:
    """Bytes in, whole frames out (frames may span or share reads); unmasks masked frames."""

    def __init__(self, max_payload: int = MAX_MESSAGE) -> None:
        self._buf = bytearray()
        self._max = max_payload

    def feed(self, data: bytes) -> list[Frame]:
        self._buf += data
        frames = []
        while (frame := self._next()) is not None:
            frames.append(frame)
        return frames

    def _next(self) -> Frame | None:
        buf = self._buf
        if len(buf) < 2:
            return None
        first, second = buf[0], buf[1]
        if first & 0x70:
            raise FrameError("reserved bits set (no extension was negotiated)")
        size, at = second & 0x7F, 2
        if size == 126:
            if len(buf) < 4:
                return None
            size, at = struct.unpack_from("!H", buf, 2)[0], 4
        elif size == 127:
            if len(buf) < 10:
                return None
            size, at = struct.unpack_from("!Q", buf, 2)[0], 10
        if size > self._max:
            raise FrameError("frame too large")
        masked = bool(second & 0x80)
        end = at + (4 if masked else 0) + size
        if len(buf) < end:
            return None
        payload = bytes(buf[end - size : end])
        if masked:
            payload = _xor(payload, bytes(buf[at : at + 4]))
        del buf[:end]
        opcode = first & 0x0F
        fin = bool(first & 0x80)
        if opcode in _CONTROL and (not fin or size > 125):
            raise FrameError("control frames are short and unfragmented")
        return Frame(fin, opcode, payload)


class MessageAssembler:
    """Whole messages from frames: reassembles fragments; control frames pass straight out."""

    def __init__(self, max_message: int = MAX_MESSAGE) -> None:
        self._opcode: int | None = None
        self._parts: list[bytes] = []
        self._size = 0
        self._max = max_message

    def push(self, frame: Frame) -> tuple[int, bytes] | None:
        if frame.opcode in _CONTROL:
            return frame.opcode, frame.payload
        if frame.opcode == OP_CONT:
            if self._opcode is None:
                raise FrameError("continuation without a message")
        elif frame.opcode in (OP_TEXT, OP_BINARY):
            if self._opcode is not None:
                raise FrameError("new message inside a fragmented one")
            self._opcode = frame.opcode
        else:
            raise FrameError(f"unknown opcode {frame.opcode}")
        self._parts.append(frame.payload)
        self._size += len(frame.payload)
        if self._size > self._max:
            raise FrameError("message too large")
        if not frame.fin:
            return None
        opcode, self._opcode = self._opcode, None
        data, self._parts, self._size = b"".join(self._parts), [], 0
        return opcode, data


def close_payload(code: int, reason: str = "") -> bytes:
    return struct.pack("!H", code) + reason.encode()[:123]


def parse_close(payload: bytes) -> tuple[int, str]:
    """(code, reason) of a CLOSE payload; an empty one means 1005 (no status)."""
    if len(payload) < 2:
        return 1005, ""
    return struct.unpack_from("!H", payload)[0], payload[2:].decode(errors="replace")


# ── the bridge's records ─────────────────────────────────────────────────────


def encode_record(message: dict[str, Any]) -> bytes:
    body = json.dumps(message, separators=(",", ":")).encode()
    return struct.pack("!I", len(body)) + body


def record_for(opcode: int, payload: bytes) -> dict[str, Any]:
    """The record of one whole third-party message (TEXT or BINARY)."""
    if opcode == OP_TEXT:
        return {"type": "text", "data": payload.decode()}
    return {"type": "binary", "data": base64.b64encode(payload).decode()}


class RecordDecoder:
    """Concatenated outer payloads in, records out; a malformed record is skipped (§3.5)."""

    def __init__(self) -> None:
        self._buf = bytearray()

    def feed(self, data: bytes) -> list[tuple[int, bytes] | tuple[str, int, str]]:
        """Each record as `(OP_TEXT|OP_BINARY, payload)` or `("close", code, reason)`."""
        self._buf += data
        out: list[tuple[int, bytes] | tuple[str, int, str]] = []
        while len(self._buf) >= 4:
            size = struct.unpack_from("!I", self._buf)[0]
            if len(self._buf) < 4 + size:
                break
            raw = bytes(self._buf[4 : 4 + size])
            del self._buf[: 4 + size]
            try:
                record = json.loads(raw)
                kind = record["type"]
                if kind == "text":
                    out.append((OP_TEXT, str(record["data"]).encode()))
                elif kind == "binary":
                    out.append((OP_BINARY, base64.b64decode(record["data"], validate=True)))
                elif kind == "close":
                    code = int(record.get("code", 1000))
                    out.append(("close", code, str(record.get("reason") or "")))
            except (ValueError, KeyError, TypeError, binascii.Error):
                continue
        return out
