"""Pure wire rules of the tunnel data plane: names, paths, envelopes, header filters."""

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
