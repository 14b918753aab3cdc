"""WebSocket frames and the bridge's JSON records: lengths, masking, splits, bad records."""

from __future__ import annotations

import pytest

from inkbox.tunnels._wsframe import (
    BINARY,
    FrameDecoder,
    Message,
    RecordDecoder,
    encode_frame,
    encode_record,
)


@pytest.mark.parametrize("size", [0, 125, 126, 65535, 65536, 70000])
@pytest.mark.parametrize("mask", [True, False])
def test_frames_round_trip_across_arbitrary_splits(size: int, mask: bool) -> None:
    """Frames of every length class decode whether masked or not, fed a byte at a time or whole."""
    payload = bytes(i % 251 for i in range(size))
    data = encode_frame(BINARY, payload, mask=mask) * 2
    decoder = FrameDecoder()
    frames = decoder.feed(data[:1]) + decoder.feed(data[1:3]) + decoder.feed(data[3:])
    assert [(f.fin, f.opcode, f.payload) for f in frames] == [(True, BINARY, payload)] * 2


def test_record_bytes_match_the_reference_example() -> None:
    """`{"type":"text","data":"hi"}` is 27 bytes behind a big-endian length (§3.5)."""
    assert (
        encode_record(Message("text", "hi")) == b"\x00\x00\x00\x1b" + b'{"type":"text","data":"hi"}'
    )


def test_malformed_records_are_skipped() -> None:
    """Bad JSON, bad base64 and unknown types are dropped; the next record still decodes."""

    def record(raw: bytes) -> bytes:
        return len(raw).to_bytes(4, "big") + raw

    data = (
        record(b"{not json")
        + record(b'{"type":"binary","data":"AAE"}')
        + record(b'{"type":"nope"}')
        + encode_record(Message("close", code=4000, reason="bye"))
    )
    assert RecordDecoder().feed(data) == [Message("close", code=4000, reason="bye")]
