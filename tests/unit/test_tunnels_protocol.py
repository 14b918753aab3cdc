"""The tunnel protocol core against an in-memory hyper-h2 edge, frame by frame."""

from __future__ import annotations

import json

import hpack
import pytest
from hyperframe.frame import GoAwayFrame, HeadersFrame

from inkbox.tunnels._events import (
    BridgeClosed,
    BridgeData,
    BridgeMessage,
    BridgeOpened,
    HelloAccepted,
    RequestReceived,
    ResponseAcked,
    SessionEnded,
)
from inkbox.tunnels._protocol import CONNECTION_WINDOW, MAX_FRAME_SIZE, STREAM_WINDOW
from inkbox.tunnels._wsframe import (
    BINARY,
    CLOSE,
    CONTINUATION,
    PING,
    PONG,
    TEXT,
    FrameDecoder,
    Message,
    RecordDecoder,
    encode_frame,
    encode_record,
)

from ._h2_edge import API_KEY, TUNNEL_ID, Pair


def ended(events: list[object]) -> SessionEnded | None:
    found = [e for e in events if isinstance(e, SessionEnded)]
    return found[-1] if found else None


def envelope(request_id: str = "req-1", **meta: str) -> list[tuple[str, str]]:
    headers = [("inkbox-request-id", request_id)]
    headers += [(f"inkbox-{k.replace('_', '-')}", v) for k, v in meta.items()]
    return headers


def deliver(pair: Pair, headers: list[tuple[str, str]], body: bytes = b"") -> list[object]:
    stream = pair.edge.parked()[0]
    pair.edge.reply(stream, 200, headers, body)
    return list(pair.pump())


# -- hello -----------------------------------------------------------------------------------


def test_hello_is_the_first_stream_with_tunnel_id_and_api_key() -> None:
    """Hello is POST /_system/hello with the tunnel id, the key, length 0 and the pool size."""
    pair = Pair(pool_size=3)
    pair.pump()
    (hello,) = pair.edge.by_path("/_system/hello")
    headers = pair.edge.streams[hello].headers
    assert hello == 1
    assert headers[":method"] == "POST"
    assert headers[":authority"] == "localhost"
    assert headers["x-tunnel-id"] == TUNNEL_ID
    assert headers["x-api-key"] == API_KEY
    assert headers["content-length"] == "0"
    assert headers["x-pool-size"] == "3"
    assert pair.edge.streams[hello].ended


def test_hello_without_pool_size_lets_the_server_choose() -> None:
    """No `pool_size`: no `x-pool-size`, and the server's `default_pool_size` is parked."""
    pair = Pair()
    events = pair.connect(default_pool_size=4, response_deadline_seconds=30)
    assert "x-pool-size" not in pair.edge.streams[1].headers
    assert events == [HelloAccepted(4, 30.0)]
    assert len(pair.edge.parked()) == 4


@pytest.mark.parametrize(
    ("requested", "server", "parked"), [(5, None, 5), (None, None, 1), (2, 7, 7)]
)
def test_pool_size_precedence(requested: int | None, server: int | None, parked: int) -> None:
    """The server's `default_pool_size` wins, else the requested size, else 1."""
    pair = Pair(pool_size=requested)
    fields = {} if server is None else {"default_pool_size": server}
    pair.connect(**fields)
    slots = sorted(int(pair.edge.streams[s].headers["x-pool-slot"]) for s in pair.edge.parked())
    assert slots == list(range(parked))


def test_intakes_carry_the_owner_token_and_not_the_api_key() -> None:
    """Intakes authenticate with the hello's owner token only."""
    pair = Pair(pool_size=1)
    pair.connect()
    (intake,) = pair.edge.parked()
    headers = pair.edge.streams[intake].headers
    assert headers["x-owner-token"] == "tok-1"
    assert "x-api-key" not in headers
    assert headers["x-tunnel-id"] == TUNNEL_ID
    assert pair.edge.streams[intake].ended


@pytest.mark.parametrize(
    ("status", "body", "outcome"),
    [
        (401, b"", "auth"),
        (403, b"", "auth"),
        (409, b'{"reason":"hello-superseded"}', "superseded"),
        (409, b'{"reason":"other"}', "hello-failed"),
        (503, b"draining", "hello-failed"),
        (200, b"not json", "hello-failed"),
        (200, b'{"default_pool_size":2}', "hello-failed"),
    ],
)
def test_hello_refusals_are_classified(status: int, body: bytes, outcome: str) -> None:
    """401/403 are permanent, 409 hello-superseded terminal, anything else transient."""
    pair = Pair()
    pair.pump()
    pair.edge.reply(1, status, [], body)
    result = ended(pair.pump())
    assert result is not None and result.outcome == outcome
    assert not pair.edge.by_path("/_system/intake")


def test_hello_not_answered_in_time_fails() -> None:
    """No hello reply within 15 s ends the session as a transient failure."""
    pair = Pair()
    pair.pump()
    assert pair.tick(14) == []
    result = ended(pair.tick(1.5))
    assert result is not None and result.outcome == "hello-failed"


# -- requests --------------------------------------------------------------------------------


def test_envelope_becomes_a_request_and_the_slot_is_parked_again() -> None:
    """The intake reply's meta headers and body become an envelope; the slot re-parks."""
    pair = Pair(pool_size=1)
    pair.connect()
    first = pair.edge.parked()[0]
    headers = envelope(
        method="POST", path="/echo?x=1", route_kind="webhook", forwarded_for="203.0.113.9"
    )
    headers += [("inkbox-h-content-type", "application/json"), ("inkbox-h-x-a", "1")]
    headers += [("inkbox-h-x-a", "2")]
    events = deliver(pair, headers, b'{"hi":"world"}')
    (request,) = [e for e in events if isinstance(e, RequestReceived)]
    env = request.envelope
    assert (env.request_id, env.method, env.path) == ("req-1", "POST", "/echo?x=1")
    assert env.forwarded_for == "203.0.113.9"
    assert env.headers == (("content-type", "application/json"), ("x-a", "1"), ("x-a", "2"))
    assert env.body == b'{"hi":"world"}'
    (again,) = pair.edge.parked()
    assert again != first
    assert pair.edge.streams[again].headers["x-pool-slot"] == "0"


def test_envelope_without_request_id_is_dropped_and_reparked() -> None:
    """A 200 intake reply without `inkbox-request-id` is ignored."""
    pair = Pair(pool_size=1)
    pair.connect()
    events = deliver(pair, [("inkbox-method", "GET")])
    assert events == []
    assert len(pair.edge.parked()) == 1


def test_preface_asks_for_large_windows_and_frames() -> None:
    """1 MiB stream windows, a 16 MiB connection window and 256 KiB frames (`STREAM_WINDOW`
    etc.): a large body needs no WINDOW_UPDATE round trips, and the edge writes it in a few
    frames; hyper-h2's own stream and header-list limits are kept."""
    pair = Pair(pool_size=1)
    pair.pump()  # the preface, before the edge has sent any DATA
    settings = pair.edge.h2.remote_settings
    assert settings.initial_window_size == STREAM_WINDOW == 1024 * 1024
    assert settings.max_frame_size == MAX_FRAME_SIZE == 256 * 1024
    assert settings.max_concurrent_streams == 100
    assert settings.max_header_list_size == 65536
    assert pair.edge.h2.outbound_flow_control_window == CONNECTION_WINDOW == 16 * 1024 * 1024


def test_body_in_frames_of_the_advertised_size_is_accepted() -> None:
    """DATA frames as large as the advertised MAX_FRAME_SIZE are taken from the first byte."""
    pair = Pair(pool_size=1)
    pair.connect()
    body = b"b" * (3 * MAX_FRAME_SIZE)
    stream = pair.edge.parked()[0]
    pair.edge.h2.send_headers(stream, [(":status", "200"), *envelope(method="POST")])
    for start in range(0, len(body), MAX_FRAME_SIZE):
        chunk = body[start : start + MAX_FRAME_SIZE]
        pair.edge.h2.send_data(stream, chunk, end_stream=start + MAX_FRAME_SIZE >= len(body))
    (request,) = [e for e in pair.pump() if isinstance(e, RequestReceived)]
    assert request.envelope.body == body


def test_body_streamed_in_many_data_frames_is_reassembled() -> None:
    """A request body larger than a window arrives whole (the client credits as it reads)."""
    pair = Pair(pool_size=1, max_in=4 << 20)
    pair.connect()
    body = bytes(range(256)) * 10_000  # 2.56 MB: more than two stream windows of 1 MiB
    stream = pair.edge.parked()[0]
    pair.edge.h2.send_headers(stream, [(":status", "200"), *envelope(method="POST")])
    events: list[object] = []
    view = memoryview(body)
    while view:
        room = min(pair.edge.h2.local_flow_control_window(stream), 16384, len(view))
        assert room > 0
        pair.edge.h2.send_data(stream, bytes(view[:room]), end_stream=room == len(view))
        view = view[room:]
        events += pair.pump()
    (request,) = [e for e in events if isinstance(e, RequestReceived)]
    assert request.envelope.body == body


def test_request_body_over_the_cap_is_answered_413_by_the_client() -> None:
    """Past `max_inbound_body_bytes` the client posts 413 itself and resets the intake."""
    pair = Pair(pool_size=1, max_in=1000)
    pair.connect()
    stream = pair.edge.parked()[0]
    events = deliver(pair, envelope(method="POST"), b"x" * 1001)
    assert not [e for e in events if isinstance(e, RequestReceived)]
    (post,) = pair.edge.by_path("/_system/response/req-1")
    headers = pair.edge.streams[post].header_list
    assert ("inkbox-status", "413") in headers
    assert ("inkbox-h-inkbox-reason", "request-body-too-large") in headers
    assert bytes(pair.edge.streams[post].body) == b"request body too large"
    assert pair.edge.streams[stream].reset or pair.edge.h2.streams.get(stream) is None
    assert len(pair.edge.parked()) == 1


@pytest.mark.parametrize(
    "path", ["/foo/../bar", "/foo/%2e%2e/bar", "/a/%252e%252e/b", "/x%2fy", "/\\evil"]
)
def test_traversal_paths_are_refused_with_400_and_never_dispatched(path: str) -> None:
    """An unsafe envelope path gets 400 invalid-path from the client, nothing is dispatched."""
    pair = Pair(pool_size=1)
    pair.connect()
    events = deliver(pair, envelope(path=path))
    assert not [e for e in events if isinstance(e, RequestReceived)]
    (post,) = pair.edge.by_path("/_system/response/req-1")
    assert ("inkbox-status", "400") in pair.edge.streams[post].header_list
    assert ("inkbox-h-inkbox-reason", "invalid-path") in pair.edge.streams[post].header_list


# -- response posts --------------------------------------------------------------------------


def test_response_post_carries_status_headers_and_a_flow_controlled_body() -> None:
    """The reply is a POST with inkbox-status, repeated inkbox-h-*, and the full body."""
    pair = Pair(pool_size=1)
    pair.connect()
    body = b"z" * 200_000  # beyond the 64 KiB initial window: sent as the edge credits it
    upstream = [
        ("Content-Type", "text/plain"),
        ("Set-Cookie", "a=1"),
        ("Set-Cookie", "b=2"),
        ("Connection", "keep-alive"),
        ("Transfer-Encoding", "chunked"),
        ("Content-Length", "999"),
        ("Inkbox-Reason", "spoofed"),
    ]
    assert pair.session.post_response("req-9", 201, upstream, body)
    pair.pump()
    (post,) = pair.edge.by_path("/_system/response/req-9")
    stream = pair.edge.streams[post]
    assert stream.headers["x-api-key"] == API_KEY
    assert stream.headers["inkbox-request-id"] == "req-9"
    assert stream.headers["content-length"] == str(len(body))
    forwarded = [(k, v) for k, v in stream.header_list if k.startswith("inkbox-")]
    assert forwarded == [
        ("inkbox-request-id", "req-9"),
        ("inkbox-status", "201"),
        ("inkbox-h-content-type", "text/plain"),
        ("inkbox-h-set-cookie", "a=1"),
        ("inkbox-h-set-cookie", "b=2"),
    ]
    assert stream.ended and bytes(stream.body) == body
    pair.edge.reply(post, 200)
    assert pair.pump() == [ResponseAcked("req-9", 200)]


def test_empty_response_ends_the_stream_on_headers() -> None:
    """A reply without a body is HEADERS with END_STREAM."""
    pair = Pair(pool_size=1)
    pair.connect()
    pair.session.post_response("r", 204, [])
    pair.pump()
    (post,) = pair.edge.by_path("/_system/response/r")
    assert (
        pair.edge.streams[post].ended and pair.edge.streams[post].headers["content-length"] == "0"
    )


def test_response_over_the_cap_becomes_502() -> None:
    """A body over `max_outbound_body_bytes` is replaced by 502 response-too-large."""
    pair = Pair(pool_size=1, max_out=100)
    pair.connect()
    pair.session.post_response("r", 200, [("x-big", "1")], b"y" * 101)
    pair.pump()
    stream = pair.edge.streams[pair.edge.by_path("/_system/response/r")[0]]
    assert ("inkbox-status", "502") in stream.header_list
    assert ("inkbox-h-inkbox-reason", "response-too-large") in stream.header_list
    assert ("inkbox-h-x-big", "1") not in stream.header_list
    assert bytes(stream.body) == b"response too large"


def test_reply_can_be_posted_on_another_connection() -> None:
    """A reply for a request another session delivered is posted by request id (§7.4)."""
    old, new = Pair(pool_size=1), Pair(pool_size=1)
    old.connect()
    new.connect()
    events = deliver(old, envelope("req-x"))
    assert [e for e in events if isinstance(e, RequestReceived)]
    assert new.session.post_response("req-x", 200, [], b"ok")
    new.pump()
    assert new.edge.by_path("/_system/response/req-x")


def test_a_header_h2_refuses_becomes_a_500_not_a_crash() -> None:
    """An upstream header value with a newline cannot be relayed: the client posts 500."""
    pair = Pair(pool_size=1)
    pair.connect()
    assert pair.session.post_response("r", 200, [("x-bad", "a\r\nb")], b"ok")
    pair.pump()
    stream = pair.edge.streams[pair.edge.by_path("/_system/response/r")[-1]]
    assert stream.headers["inkbox-status"] == "500"


# -- intake replies other than envelopes -----------------------------------------------------


def test_intake_401_means_the_owner_token_is_stale() -> None:
    """An intake answered 401 ends the session: a new hello is needed."""
    pair = Pair(pool_size=1)
    pair.connect()
    pair.edge.reply(pair.edge.parked()[0], 401, [("inkbox-reason", "owner-token-rejected")])
    result = ended(pair.pump())
    assert result is not None and result.outcome == "token-rejected"


def test_intake_409_superseded_is_a_takeover() -> None:
    """409 + `intake-superseded` ends the session as superseded."""
    pair = Pair(pool_size=1)
    pair.connect()
    pair.edge.reply(pair.edge.parked()[0], 409, [("inkbox-reason", "intake-superseded")])
    result = ended(pair.pump())
    assert result is not None and result.outcome == "superseded"


def test_idle_release_reparks_at_once_but_repeated_refusals_back_off() -> None:
    """One non-200 re-parks immediately; a run of them is delayed so the client cannot spin."""
    pair = Pair(pool_size=1)
    pair.connect()
    pair.edge.reply(pair.edge.parked()[0], 204, [("inkbox-reason", "intake-idle")])
    pair.pump()
    assert len(pair.edge.parked()) == 1  # the first refusal: parked again at once
    pair.edge.reply(pair.edge.parked()[0], 204)
    pair.pump()
    assert pair.edge.parked() == []  # the second in a row: waits
    assert pair.session.next_deadline() == pytest.approx(pair.now + 0.05)
    pair.tick(0.05)
    assert len(pair.edge.parked()) == 1


def test_reset_intake_is_parked_again() -> None:
    """An intake the edge resets is replaced."""
    pair = Pair(pool_size=1)
    pair.connect()
    stream = pair.edge.parked()[0]
    pair.edge.h2.reset_stream(stream)
    pair.pump()
    (again,) = pair.edge.parked()
    assert again != stream


# -- liveness and ends -----------------------------------------------------------------------


def test_pings_every_20_seconds_and_ends_without_an_ack() -> None:
    """A PING goes out 20 s after hello; acked, the next follows; unacked for 10 s, the end."""
    pair = Pair(pool_size=1)
    pair.connect()
    assert pair.tick(19.9) == []
    assert pair.edge.pings == 0
    assert pair.tick(0.2) == []
    assert pair.edge.pings == 1  # sent, and acked within the pump
    assert pair.session.next_deadline() == pytest.approx(pair.now + 20)
    # now an edge that stops reading: the next ping is never acked
    pair.now += 20
    pair.session.tick(pair.now)
    pair.session.data_to_send()  # dropped on the floor
    result = ended(pair.session.tick(pair.now + 10))
    assert result is not None and result.outcome == "ping-timeout"


@pytest.mark.parametrize(
    ("code", "debug", "outcome"),
    [
        (0, b'{"reason":"drain"}', "drain"),
        (0, b"", "drain"),
        (0x1201, b'{"reason":"superseded"}', "superseded"),
        (0x1201, b"", "superseded"),
        (0, b'{"reason":"superseded"}', "superseded"),
        (2, b"", "fault"),
    ],
)
def test_goaway_is_classified(code: int, debug: bytes, outcome: str) -> None:
    """NO_ERROR drains, 0x1201 or reason superseded is a takeover, other codes are faults."""
    pair = Pair(pool_size=1)
    pair.connect()
    pair.edge.h2.close_connection(error_code=code, additional_data=debug)
    result = ended(pair.pump())
    assert result is not None and result.outcome == outcome


def test_nothing_is_delivered_after_a_drain_goaway() -> None:
    """After GOAWAY(0) the session reads nothing more: a late envelope or a second GOAWAY
    (the edge superseding the client's own draining connection) is ignored."""
    pair = Pair(pool_size=1)
    pair.connect()
    stream = pair.edge.parked()[0]
    pair.edge.h2.close_connection(error_code=0)
    assert ended(pair.pump()) == SessionEnded("drain", "drain")
    # raw frames: the edge's own h2 refuses to send after its GOAWAY
    late = HeadersFrame(stream, hpack.Encoder().encode([(":status", "200"), *envelope()]))
    late.flags.add("END_HEADERS")
    late.flags.add("END_STREAM")
    superseded = GoAwayFrame(0, error_code=0x1201)
    assert pair.session.receive_data(late.serialize() + superseded.serialize(), pair.now) == []
    assert not pair.session.post_response("req-1", 200, [], b"")


def test_eof_ends_the_session() -> None:
    """A closed socket ends the session once."""
    pair = Pair(pool_size=1)
    pair.connect()
    assert pair.session.connection_lost() == [SessionEnded("eof")]
    assert pair.session.connection_lost() == []


# -- WebSocket bridge ------------------------------------------------------------------------


def upgrade(pair: Pair) -> None:
    pair.connect()
    events = deliver(
        pair,
        [
            *envelope("req-ws", route_kind="ws-upgrade", ws_id="ws1", path="/chat"),
            ("inkbox-h-sec-websocket-protocol", "chat"),
        ],
    )
    (request,) = [e for e in events if isinstance(e, RequestReceived)]
    assert request.envelope.route_kind == "ws-upgrade" and request.envelope.ws_id == "ws1"


def test_bridge_opens_only_after_the_accept_post_is_acked() -> None:
    """The CONNECT waits for the edge's ack of the 200 post (the §3.5 deadlock rule)."""
    pair = Pair(pool_size=1)
    upgrade(pair)
    upstream = [
        ("sec-websocket-protocol", "chat"),
        ("sec-websocket-accept", "x"),
        ("set-cookie", "s=1"),
    ]
    pair.session.post_response("req-ws", 200, upstream, bridge_ws_id="ws1")
    pair.pump()
    (post,) = pair.edge.by_path("/_system/response/req-ws")
    headers = pair.edge.streams[post].header_list
    assert ("inkbox-status", "200") in headers
    assert ("inkbox-h-sec-websocket-protocol", "chat") in headers
    assert ("inkbox-h-set-cookie", "s=1") in headers
    assert not [h for h in headers if h[0] == "inkbox-h-sec-websocket-accept"]
    assert pair.edge.by_path("/_system/ws/") == []
    pair.edge.reply(post, 200)
    pair.pump()
    (bridge,) = pair.edge.by_path("/_system/ws/ws1")
    headers = pair.edge.streams[bridge].headers
    assert headers[":method"] == "CONNECT" and headers[":protocol"] == "inkbox-tunnel-ws"
    assert headers["x-api-key"] == API_KEY and headers["inkbox-ws-id"] == "ws1"
    assert not pair.edge.streams[bridge].ended
    pair.edge.h2.send_headers(bridge, [(":status", "200")])
    assert pair.pump() == [BridgeOpened("ws1")]


def open_bridge(pair: Pair) -> int:
    upgrade(pair)
    pair.session.post_response("req-ws", 200, [], bridge_ws_id="ws1")
    pair.pump()
    pair.edge.reply(pair.edge.by_path("/_system/response/req-ws")[0], 200)
    pair.pump()
    (bridge,) = pair.edge.by_path("/_system/ws/ws1")
    pair.edge.h2.send_headers(bridge, [(":status", "200")])
    pair.pump()
    return bridge


def test_bridge_messages_both_ways() -> None:
    """Records split over frames arrive whole; client frames are masked and unfragmented."""
    pair = Pair(pool_size=1)
    bridge = open_bridge(pair)
    records = encode_record(Message("text", "hi")) + encode_record(Message("binary", b"\x00\x01"))
    # one record split over two unmasked frames, in two DATA frames
    pair.edge.h2.send_data(bridge, encode_frame(BINARY, records[:10], mask=False))
    first = pair.pump()
    pair.edge.h2.send_data(bridge, encode_frame(BINARY, records[10:], mask=False))
    events = first + pair.pump()
    assert events == [
        BridgeMessage("ws1", Message("text", "hi")),
        BridgeMessage("ws1", Message("binary", b"\x00\x01")),
    ]
    pair.session.ws_send("ws1", Message("binary", b"\xff" * 70000))
    pair.pump()
    frames = FrameDecoder().feed(bytes(pair.edge.streams[bridge].body))
    assert [(f.fin, f.opcode) for f in frames] == [(True, BINARY)]
    assert pair.edge.streams[bridge].body[1] & 0x80  # masked
    (message,) = RecordDecoder().feed(frames[0].payload)
    assert message == Message("binary", b"\xff" * 70000)


def test_bridge_answers_ping_and_reports_close() -> None:
    """An outer PING gets a masked PONG; a close record ends the bridge with its code."""
    pair = Pair(pool_size=1)
    bridge = open_bridge(pair)
    pair.edge.h2.send_data(bridge, encode_frame(PING, b"p1", mask=False))
    assert pair.pump() == []
    (pong,) = FrameDecoder().feed(bytes(pair.edge.streams[bridge].body))
    assert (pong.opcode, pong.payload) == (PONG, b"p1")
    pair.edge.h2.send_data(
        bridge, encode_frame(BINARY, encode_record(Message("close", code=1001)), mask=False)
    )
    assert pair.pump() == [BridgeClosed("ws1", 1001, "")]
    assert pair.edge.streams[bridge].ended  # the client ended its half too


def test_client_close_ends_the_bridge_stream() -> None:
    """Closing from the client sends a close record with END_STREAM."""
    pair = Pair(pool_size=1)
    bridge = open_bridge(pair)
    pair.session.close_bridge("ws1", 1000)
    pair.pump()
    (frame,) = FrameDecoder().feed(bytes(pair.edge.streams[bridge].body))
    assert RecordDecoder().feed(frame.payload) == [Message("close", code=1000)]
    assert pair.edge.streams[bridge].ended


def test_drain_closes_live_bridges_with_4500() -> None:
    """A drain GOAWAY tells each live bridge 4500 (server draining)."""
    pair = Pair(pool_size=1)
    open_bridge(pair)
    pair.edge.h2.close_connection(
        error_code=0, additional_data=json.dumps({"reason": "drain"}).encode()
    )
    events = pair.pump()
    assert events[0] == BridgeClosed("ws1", 4500, "drain")
    assert ended(events) == SessionEnded("drain", "drain")


def test_refused_bridge_reports_closed() -> None:
    """A non-200 to the CONNECT closes the bridge with 1011."""
    pair = Pair(pool_size=1)
    upgrade(pair)
    pair.session.post_response("req-ws", 200, [], bridge_ws_id="ws1")
    pair.pump()
    pair.edge.reply(pair.edge.by_path("/_system/response/req-ws")[0], 200)
    pair.pump()
    (bridge,) = pair.edge.by_path("/_system/ws/ws1")
    pair.edge.reply(bridge, 404)
    (closed,) = pair.pump()
    assert isinstance(closed, BridgeClosed) and closed.code == 1011


def test_oversized_header_block_is_a_fault_not_a_crash() -> None:
    """An envelope header block over the client's 64 KiB list limit ends the session as a
    fault (the driver reconnects) instead of raising out of the core (§7.4)."""
    pair = Pair(pool_size=1)
    pair.connect()
    big = [(f"inkbox-h-x-{i}", "v" * 1000) for i in range(80)]
    result = ended(deliver(pair, envelope() + big))
    assert result is not None and result.outcome == "fault"


# -- passthrough (tcp-stream) bridge ---------------------------------------------------------


def open_tcp(pair: Pair) -> int:
    pair.connect()
    events = deliver(pair, envelope("req-t", route_kind="tcp-stream", tcp_id="t1", sni_host="a.b"))
    (request,) = [e for e in events if isinstance(e, RequestReceived)]
    assert request.envelope.tcp_id == "t1" and request.envelope.sni_host == "a.b"
    assert pair.session.open_tcp_bridge("t1")
    pair.pump()
    (bridge,) = pair.edge.by_path("/_system/tcp/t1")
    headers = pair.edge.streams[bridge].headers
    assert headers[":protocol"] == "inkbox-tunnel-tcp" and headers["inkbox-tcp-id"] == "t1"
    assert headers["sec-websocket-protocol"] == "inkbox-tunnel-tcp"
    pair.edge.h2.send_headers(bridge, [(":status", "200")])
    assert pair.pump() == [BridgeOpened("t1")]
    return bridge


def test_tcp_bridge_carries_raw_bytes_with_continuations() -> None:
    """Binary and continuation payloads are the byte stream; client frames are masked."""
    pair = Pair(pool_size=1)
    bridge = open_tcp(pair)
    pair.edge.h2.send_data(bridge, encode_frame(BINARY, b"\x16\x03", mask=False, fin=False))
    pair.edge.h2.send_data(bridge, encode_frame(CONTINUATION, b"\x01", mask=False))
    assert pair.pump() == [BridgeData("t1", b"\x16\x03"), BridgeData("t1", b"\x01")]
    pair.session.tcp_send("t1", b"server hello")
    pair.session.tcp_close("t1", 1000, "clean-eof")
    pair.pump()
    frames = FrameDecoder().feed(bytes(pair.edge.streams[bridge].body))
    assert [(f.opcode, f.payload) for f in frames] == [
        (BINARY, b"server hello"),
        (CLOSE, b"\x03\xe8clean-eof"),
    ]
    assert pair.edge.streams[bridge].body[1] & 0x80 and pair.edge.streams[bridge].ended


def test_text_on_a_tcp_bridge_is_a_protocol_error() -> None:
    """A TEXT frame on a passthrough bridge closes it with 1002."""
    pair = Pair(pool_size=1)
    bridge = open_tcp(pair)
    pair.edge.h2.send_data(bridge, encode_frame(TEXT, b"nope", mask=False))
    assert pair.pump() == [BridgeClosed("t1", 1002, "protocol-error")]
    (frame,) = FrameDecoder().feed(bytes(pair.edge.streams[bridge].body))
    assert frame.opcode == CLOSE and frame.payload[:2] == (1002).to_bytes(2, "big")


def test_edge_stream_limit_delays_parking_instead_of_failing() -> None:
    """With the edge's MAX_CONCURRENT_STREAMS reached, extra slots park later, no exception."""
    import h2.settings

    pair = Pair(pool_size=4)
    pair.edge.h2.update_settings({h2.settings.SettingCodes.MAX_CONCURRENT_STREAMS: 2})
    pair.connect(default_pool_size=4)
    assert len(pair.edge.parked()) == 2
    assert not pair.session.post_response("r", 200, [], b"x")  # no stream free: try later
    pair.edge.reply(pair.edge.parked()[0], 204)  # frees one stream
    pair.pump()
    assert len(pair.edge.parked()) == 2  # re-parked at once into the freed stream
    pair.tick(0.25)
    assert len(pair.edge.parked()) == 2 and pair.session.ended is None


def test_bridge_window_is_credited_only_as_the_local_end_consumes() -> None:
    """Bridge DATA is credited when `bridge_consumed` says it was delivered (backpressure);
    the connection window is credited at once, so intakes keep flowing."""
    pair = Pair(pool_size=1)
    bridge = open_bridge(pair)
    stream = pair.edge.h2.streams[bridge]
    before = (stream.outbound_flow_control_window, pair.edge.h2.outbound_flow_control_window)
    data = encode_frame(BINARY, encode_record(Message("binary", b"x" * 10000)), mask=False)
    pair.edge.h2.send_data(bridge, data)
    assert [type(e) for e in pair.pump()] == [BridgeMessage]
    assert stream.outbound_flow_control_window == before[0] - len(data)
    assert pair.edge.h2.outbound_flow_control_window == before[1]
    pair.session.bridge_consumed("ws1")
    pair.pump()
    assert stream.outbound_flow_control_window == before[0]
