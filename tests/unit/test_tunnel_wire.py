"""Pure wire rules of the tunnel data plane: names, paths, header filters, WS frames."""

from __future__ import annotations

import pytest

from inkbox.tunnels._wire import (
    Envelope,
    parse_envelope,
    path_is_safe,
    request_headers,
    response_meta_headers,
    validate_name,
)
from inkbox.tunnels._wsframe import (
    BINARY,
    FrameDecoder,
    Message,
    RecordDecoder,
    encode_frame,
    encode_record,
)


@pytest.mark.parametrize(
    "path",
    [
        "/foo/../bar",
        "/foo/./bar",
        "/foo/%2e%2e/bar",
        "/foo/%252e%252e/bar",
        "/foo/%2f/bar",
        "/foo/%5cbar",
        "/foo\\..\\bar",
        "/static\\secret",
        "/\\evil",
        "/a/%00/b",
        "/..",
    ],
)
def test_unsafe_paths_are_refused(path: str) -> None:
    """Traversal, encoded separators, repeated encoding and control characters are refused."""
    assert not path_is_safe(path)


@pytest.mark.parametrize(
    "path", ["/webhook", "/api/v1/users", "/path/with%20space", "/with-query?x=1&y=2", "/q?p=../x"]
)
def test_ordinary_paths_pass(path: str) -> None:
    """Ordinary paths (and anything after `?`) pass."""
    assert path_is_safe(path)


@pytest.mark.parametrize("name", ["my-app", "@My-App", "abc", "a" * 63, "a1-b2"])
def test_valid_names(name: str) -> None:
    """Names are lowercased and lose a leading `@`."""
    assert validate_name(name) == name.removeprefix("@").lower()


@pytest.mark.parametrize("name", ["ab", "a" * 64, "-ab", "ab-", "a--b", "a_b", "a.b", ""])
def test_invalid_names(name: str) -> None:
    """Bad names raise `ValueError` that names the rule."""
    with pytest.raises(ValueError, match="3-63"):
        validate_name(name)


def test_request_headers_are_rebuilt_and_filtered() -> None:
    """Client-set headers come first; hop-by-hop, spoofable and `inkbox-*` ones are dropped."""
    env = Envelope(
        request_id="r",
        forwarded_for="198.51.100.7",
        headers=(
            ("host", "evil"),
            ("x-forwarded-for", "1.2.3.4"),
            ("forwarded", "for=1.2.3.4"),
            ("connection", "close"),
            ("transfer-encoding", "chunked"),
            ("inkbox-status", "200"),
            ("accept", "*/*"),
            ("cookie", "a=1"),
            ("cookie", "b=2"),
        ),
    )
    assert request_headers(env, host="127.0.0.1:8080", public_host="app.zone") == [
        ("host", "127.0.0.1:8080"),
        ("x-forwarded-host", "app.zone"),
        ("x-forwarded-proto", "https"),
        ("x-forwarded-for", "198.51.100.7"),
        ("forwarded", "for=198.51.100.7"),
        ("accept", "*/*"),
        ("cookie", "a=1"),
        ("cookie", "b=2"),
    ]


def test_websocket_request_headers_drop_handshake_fields() -> None:
    """For a WS upstream, `sec-websocket-*` and `Forwarded` are left to the handshake."""
    env = Envelope(
        request_id="r",
        forwarded_for="::1",
        headers=(("sec-websocket-protocol", "chat"), ("upgrade", "websocket"), ("x-a", "1")),
    )
    headers = request_headers(env, host="h", public_host="p", websocket=True)
    assert ("forwarded", "for=::1") not in headers
    assert headers[-1] == ("x-a", "1")
    assert not [n for n, _ in headers if n.startswith("sec-websocket") or n == "upgrade"]


def test_response_meta_headers_keep_repeats_and_add_the_reason() -> None:
    """Response headers become `inkbox-h-*`, repeats kept, and the reason is last."""
    meta = response_meta_headers(
        404, [("Set-Cookie", "a"), ("set-cookie", "b"), ("TE", "x")], reason="r"
    )
    assert meta == [
        ("inkbox-status", "404"),
        ("inkbox-h-set-cookie", "a"),
        ("inkbox-h-set-cookie", "b"),
        ("inkbox-h-inkbox-reason", "r"),
    ]


def test_envelope_meta_last_wins_and_defaults_apply() -> None:
    """A repeated meta header keeps its last value; absent ones take the defaults."""
    env = parse_envelope(
        [("inkbox-request-id", "a"), ("inkbox-request-id", "b"), ("content-length", "3")]
    )
    assert env == Envelope(request_id="b")
    assert parse_envelope([("inkbox-method", "GET")]) is None


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
