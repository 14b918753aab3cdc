"""Retries, Retry-After, idempotency and error mapping, over real HTTP on loopback."""

from __future__ import annotations

import gzip
import json
import logging
import socket
import time

import httpx
import pytest

from inkbox import (
    AsyncInkbox,
    ConflictError,
    DuplicateContactRuleError,
    Inkbox,
    InkboxAPIError,
    InkboxConnectionError,
    InkboxResponseValidationError,
    InkboxTimeoutError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    RecipientNotOptedInError,
    RedundantContactAccessGrantError,
    SenderSmsPendingError,
)
from inkbox._constants import MAX_RESPONSE_BYTES
from tests.support.hostile_server import HostileServer, http_response
from tests.support.scripted_server import Reply, ScriptedServer

KEY = "ApiKey_test_0123456789"
FAST = {"Retry-After-Ms": "10", "Content-Type": "application/json"}


def err(status: int, detail: object, headers: dict[str, str] | None = None) -> Reply:
    return Reply(
        status,
        json.dumps({"detail": detail}).encode(),
        headers or {"Content-Type": "application/json"},
    )


def client(server: ScriptedServer, **kw: object) -> Inkbox:
    return Inkbox(KEY, base_url=server.url, **kw)  # type: ignore[arg-type]


def test_503_503_200_succeeds_on_third_attempt() -> None:
    """Two 503s then a 200: one call succeeds after three attempts."""
    with ScriptedServer(
        Reply(503, b"{}", FAST), Reply(503, b"{}", FAST), Reply(200, b'{"ok": true}')
    ) as srv:
        with client(srv, max_retries=2) as ib:
            response = ib._http.get("/api/v1/identities/")
    assert response.json() == {"ok": True}
    assert len(srv.received) == 3


def test_retries_are_bounded_by_max_retries() -> None:
    """With max_retries=2 a permanent 503 is tried three times, then raised."""
    with ScriptedServer(Reply(503, b'{"detail": "down"}', FAST)) as srv:
        with client(srv, max_retries=2) as ib, pytest.raises(InternalServerError) as info:
            ib._http.get("/x")
    assert len(srv.received) == 3
    assert info.value.status_code == 503
    assert info.value.detail == "down"


def test_429_retry_after_one_second_is_honoured() -> None:
    """`Retry-After: 1` makes the client wait about a second before the retry."""
    replies = (
        err(429, "slow down", {"Retry-After": "1", "Content-Type": "application/json"}),
        Reply(),
    )
    with ScriptedServer(*replies) as srv, client(srv) as ib:
        started = time.monotonic()
        ib._http.get("/x")
        elapsed = time.monotonic() - started
    assert len(srv.received) == 2
    assert 0.9 <= elapsed < 3.0


def test_retry_after_longer_than_cap_is_not_waited() -> None:
    """`Retry-After: 3600` is beyond the cap: the 429 surfaces at once, nothing is waited."""
    with ScriptedServer(err(429, "quota", {"Retry-After": "3600"})) as srv, client(srv) as ib:
        started = time.monotonic()
        with pytest.raises(RateLimitError) as info:
            ib._http.get("/x")
    assert time.monotonic() - started < 1.0
    assert len(srv.received) == 1
    assert info.value.retry_after == 3600


def test_post_without_idempotency_key_is_not_retried() -> None:
    """A POST that might have been applied is never sent twice without an idempotency key."""
    with ScriptedServer(Reply(503, b"{}", FAST), Reply()) as srv, client(srv) as ib:
        with pytest.raises(InternalServerError):
            ib._http.post("/api/v1/mail/mailboxes/a@b/messages", json={"x": 1})
    assert len(srv.received) == 1


def test_post_with_idempotency_key_reuses_it_on_every_attempt() -> None:
    """With an Idempotency-Key the POST is retried, carrying the same key each time."""
    with ScriptedServer(Reply(502, b"{}", FAST), Reply(503, b"{}", FAST), Reply()) as srv:
        with client(srv) as ib:
            ib._http.post("/send", json={"x": 1}, headers={"Idempotency-Key": "k-123"})
    assert [r.headers["idempotency-key"] for r in srv.received] == ["k-123"] * 3
    assert all(r.body == b'{"x":1}' for r in srv.received)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501])
def test_non_retryable_statuses_are_sent_once(status: int) -> None:
    """4xx other than 408/429, and 501, are never retried."""
    with ScriptedServer(err(status, "no"), Reply()) as srv, client(srv) as ib:
        with pytest.raises(InkboxAPIError) as info:
            ib._http.get("/x")
    assert len(srv.received) == 1
    assert info.value.status_code == status


def test_408_is_retried() -> None:
    """408 Request Timeout is retried like a 5xx."""
    with ScriptedServer(Reply(408, b"", FAST), Reply()) as srv, client(srv) as ib:
        ib._http.get("/x")
    assert len(srv.received) == 2


def test_x_should_retry_false_stops_retries() -> None:
    """The server can forbid a retry with `x-should-retry: false`."""
    with ScriptedServer(Reply(503, b"{}", {**FAST, "x-should-retry": "false"}), Reply()) as srv:
        with client(srv) as ib, pytest.raises(InternalServerError):
            ib._http.get("/x")
    assert len(srv.received) == 1


def test_connection_refused_surfaces_after_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing listening: InkboxConnectionError after the retries, saying how many."""
    monkeypatch.setattr("inkbox._retry.backoff", lambda attempt: 0.01)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with Inkbox(KEY, base_url=f"http://127.0.0.1:{port}", max_retries=2) as ib:
        with pytest.raises(InkboxConnectionError) as info:
            ib._http.get("/x")
    assert str(info.value).startswith(f"GET http://127.0.0.1:{port}/x failed after 3 attempts: ")
    assert (info.value.method, info.value.attempts) == ("GET", 3)
    assert not isinstance(info.value, InkboxTimeoutError)


def test_html_502_becomes_api_error() -> None:
    """A proxy's HTML 502 page becomes InkboxAPIError(502), never a JSON parse crash."""
    page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    with ScriptedServer(Reply(502, page, {"Content-Type": "text/html"})) as srv:
        with client(srv, max_retries=0) as ib, pytest.raises(InkboxAPIError) as info:
            ib._http.get("/x")
    assert info.value.status_code == 502
    assert isinstance(info.value, InternalServerError)
    assert "502 Bad Gateway" in str(info.value)


@pytest.mark.parametrize(("status", "cls"), [(499, InkboxAPIError), (520, InternalServerError)])
def test_non_standard_status_codes(status: int, cls: type[InkboxAPIError]) -> None:
    """Statuses outside the IANA registry still map cleanly."""
    with ScriptedServer(Reply(status, b"", {})) as srv, client(srv, max_retries=0) as ib:
        with pytest.raises(InkboxAPIError) as info:
            ib._http.get("/x")
    assert type(info.value) is cls
    assert info.value.status_code == status
    assert "empty response body" in str(info.value)


def test_error_carries_detail_and_request_id() -> None:
    """The server's detail and x-request-id reach the exception."""
    reply = err(
        404, "Identity not found", {"Content-Type": "application/json", "x-request-id": "req-42"}
    )
    with ScriptedServer(reply) as srv, client(srv) as ib, pytest.raises(NotFoundError) as info:
        ib._http.get("/api/v1/identities/ghost")
    assert info.value.detail == "Identity not found"
    assert info.value.request_id == "req-42"
    assert str(info.value) == (
        f"GET {srv.url}/api/v1/identities/ghost failed with 404 after 1 attempt: "
        "Identity not found (request id req-42)"
    )


@pytest.mark.parametrize(
    ("status", "detail", "cls"),
    [
        (
            409,
            {"existing_rule_id": "9b2f5c8e-1d2a-4c3b-8e7f-0a1b2c3d4e5f", "message": "exists"},
            DuplicateContactRuleError,
        ),
        (
            409,
            {"error": "redundant_grant", "detail": "wildcard already implies this identity"},
            RedundantContactAccessGrantError,
        ),
        (
            409,
            {"error": "sender_sms_pending", "message": "number not ready"},
            SenderSmsPendingError,
        ),
        (
            403,
            {"error": "recipient_not_opted_in", "message": "not opted in"},
            RecipientNotOptedInError,
        ),
        (409, {"error": "something_new"}, ConflictError),
    ],
)
def test_structured_errors_get_their_class(
    status: int, detail: dict[str, str], cls: type[InkboxAPIError]
) -> None:
    """Structured 409/403 bodies become the guide's typed exceptions."""
    with (
        ScriptedServer(err(status, detail)) as srv,
        client(srv) as ib,
        pytest.raises(InkboxAPIError) as info,
    ):
        ib._http.get("/x")
    assert type(info.value) is cls
    assert info.value.detail == detail
    if isinstance(info.value, DuplicateContactRuleError):
        assert str(info.value.existing_rule_id) == detail["existing_rule_id"]
    if isinstance(info.value, RedundantContactAccessGrantError):
        assert info.value.error == "redundant_grant"
        assert info.value.detail_message == "wildcard already implies this identity"


def test_api_key_never_appears_in_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    """Even when the server echoes the key, no message, repr or log line contains it."""
    caplog.set_level(logging.DEBUG, logger="inkbox")
    with (
        ScriptedServer(Reply(503, b'{"x": 1}', FAST), err(401, f"bad key {KEY}")) as srv,
        client(srv) as ib,
    ):
        with pytest.raises(InkboxAPIError) as info:
            ib._http.get("/x")
        assert KEY not in repr(ib)
    assert KEY not in str(info.value) and KEY not in repr(info.value)
    assert KEY not in json.dumps(info.value.body)
    assert caplog.records, "debug logging should have recorded the request"
    assert all(KEY not in r.getMessage() for r in caplog.records)


def test_headers_sent() -> None:
    """Every request carries the key, JSON accept and a versioned User-Agent with the prefix."""
    with ScriptedServer(Reply()) as srv, client(srv, user_agent_prefix="my-agent/1.0") as ib:
        ib._http.get("/x")
    headers = srv.received[0].headers
    assert headers["x-api-key"] == KEY
    assert headers["accept"] == "application/json"
    assert headers["user-agent"].startswith("my-agent/1.0 inkbox-python/")


def test_with_options_shares_the_pool_and_overrides_retries() -> None:
    """`with_options(max_retries=0)` does not retry, and closing it leaves the pool open."""
    with ScriptedServer(Reply(503, b"{}", FAST), Reply(), Reply(503, b"{}", FAST), Reply()) as srv:
        with client(srv) as ib:
            ib._http.get("/warm")  # 503 then 200 on the parent (retried)
            quick = ib.with_options(max_retries=0, timeout=5)
            assert quick._pool is ib._pool
            assert quick.timeout.read == 5
            with pytest.raises(InternalServerError):
                quick._http.get("/x")
            quick.close()
            ib._http.get("/after")  # the shared pool still works
    assert len(srv.received) == 4


def test_timeout_becomes_inkbox_timeout_error() -> None:
    """A read timeout on every attempt surfaces as InkboxTimeoutError."""
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        raise httpx.ReadTimeout("timed out", request=request)

    with httpx.Client(transport=httpx.MockTransport(handler)) as own:
        with Inkbox(KEY, base_url="http://localhost", http_client=own, max_retries=1) as ib:
            with pytest.raises(InkboxTimeoutError):
                ib._http.get("/x")
    assert calls == 2


@pytest.mark.anyio
async def test_async_client_retries_and_maps_errors() -> None:
    """AsyncInkbox shares the behaviour: retried 503, then a typed 404."""
    with ScriptedServer(Reply(503, b"{}", FAST), Reply(), err(404, "nope")) as srv:
        async with AsyncInkbox(KEY, base_url=srv.url) as ib:
            ok = await ib._http.get("/x")
            assert ok.status_code == 200
            with pytest.raises(NotFoundError):
                await ib._http.get("/y")
    assert len(srv.received) == 3


class _CutStream(httpx.SyncByteStream):
    """A body whose connection drops after the headers were received."""

    def __iter__(self):  # type: ignore[no-untyped-def]
        yield b'{"partial": '
        raise httpx.RemoteProtocolError("peer closed connection without sending complete body")


def test_body_cut_after_headers_is_retried_like_a_connection_error() -> None:
    """A 200 whose body never completes is a transport failure, retried for a GET."""
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls == 1:
            return httpx.Response(200, stream=_CutStream())
        return httpx.Response(200, json={"ok": True})

    with httpx.Client(transport=httpx.MockTransport(handler)) as own:
        with Inkbox(KEY, base_url="http://localhost", http_client=own) as ib:
            assert ib._http.get("/x").json() == {"ok": True}
    assert calls == 2


def test_local_protocol_error_is_raised_without_retries() -> None:
    """A request httpx refuses to send (an illegal header value) fails at once, unretried."""
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        raise httpx.LocalProtocolError("Illegal header value b' x'")

    with httpx.Client(transport=httpx.MockTransport(handler)) as own:
        with Inkbox(KEY, base_url="http://localhost", http_client=own, max_retries=2) as ib:
            started = time.monotonic()
            with pytest.raises(InkboxConnectionError) as info:
                ib._http.get("/x")
    assert calls == 1
    assert "retries" not in str(info.value)
    assert time.monotonic() - started < 0.4  # no backoff was waited


# --- retries decided per operation (x-idempotent) ---------------------------------------------

UNSAFE_PUT = {"inkbox_operation": "update_vault_primary_key"}
SAFE_PATCH = {"inkbox_operation": "update_mail_message"}


def test_a_non_idempotent_put_is_sent_once() -> None:
    """The vault key change (`x-idempotent: false`) is never resent blindly, 503 or drop."""
    with ScriptedServer(Reply(503, b"{}", FAST), Reply()) as srv, client(srv) as ib:
        with pytest.raises(InternalServerError):
            ib._http.put("/api/v1/vault/keys/primary", json={}, extensions=UNSAFE_PUT)
    assert len(srv.received) == 1


def test_an_idempotent_patch_is_retried_like_a_get() -> None:
    """Marking a message read (`x-idempotent: true`) is retried after a 503."""
    with ScriptedServer(Reply(503, b"{}", FAST), Reply()) as srv, client(srv) as ib:
        ib._http.patch("/api/v1/mail/x", json={"is_read": True}, extensions=SAFE_PATCH)
    assert len(srv.received) == 2


def test_a_put_that_is_no_spec_operation_is_not_retried() -> None:
    """Without the operation's word, only GET/HEAD/OPTIONS are safe: a bare PUT is sent once."""
    with ScriptedServer(Reply(503, b"{}", FAST), Reply()) as srv, client(srv) as ib:
        with pytest.raises(InternalServerError):
            ib._http.put("/x", json={})
    assert len(srv.received) == 1


# --- every answer is a model or a typed error -----------------------------------------------

NOTE_ID = "00000000-0000-4000-8000-000000000001"


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (b"<html>hello</html>", "not JSON"),
        (b'{"id": "\xff\xfe"}', "not UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b"[]", "documented shape|missing"),
        (b'{"id": 5}', "documented shape|missing"),
        (b'{"title": "t"}', "missing"),
        (b"", "not JSON"),
        (b"null", "documented shape|missing"),
    ],
)
def test_a_2xx_the_spec_does_not_describe_is_a_validation_error(body: bytes, why: str) -> None:
    headers = {"Content-Type": "application/json", "x-request-id": "req_42"}
    with ScriptedServer(Reply(200, body, headers)) as srv, client(srv) as ib:
        with pytest.raises(InkboxResponseValidationError, match=why) as info:
            ib.notes.get(NOTE_ID)
    assert isinstance(info.value, InkboxAPIError)
    assert info.value.status_code == 200
    assert info.value.request_id == "req_42"
    assert isinstance(info.value.body, str) and len(info.value.body) <= 501
    assert info.value.__cause__ is None and info.value.__suppress_context__


@pytest.mark.parametrize("status", [218, 299, 399, 302, 304])
def test_a_status_outside_the_api_is_never_success(status: int) -> None:
    """Non-IANA 2xx/3xx statuses and redirects are errors, not parsed as success."""

    def respond(conn: socket.socket) -> None:
        conn.sendall(http_response(status, b"{}", {"x-request-id": "r1", "Location": "/y"}))

    with HostileServer(respond) as srv, client_at(srv.url, max_retries=0) as ib:
        with pytest.raises(InkboxResponseValidationError) as info:
            ib.notes.get(NOTE_ID)
    assert info.value.status_code == status
    assert info.value.request_id == "r1"


def test_a_key_echoed_in_an_undescribed_body_is_scrubbed() -> None:
    body = json.dumps({"echo": KEY, "escaped": KEY.replace("_", "\\u005f")}).encode()
    with ScriptedServer(Reply(200, body)) as srv, client(srv) as ib:
        with pytest.raises(InkboxResponseValidationError) as info:
            ib.notes.get(NOTE_ID)
    assert KEY not in str(info.value) + repr(info.value) + str(info.value.body)


def test_a_key_echoed_json_escaped_in_an_error_is_scrubbed() -> None:
    """The scrub runs on the decoded JSON too, where `\\u005f` or `\\/` became the key again."""
    sneaky = KEY.replace("_", "\\u005f")
    body = ('{"detail": "bad key ' + sneaky + '", "echo": ["' + sneaky + '"]}').encode()
    with ScriptedServer(Reply(401, body)) as srv, client(srv) as ib:
        with pytest.raises(InkboxAPIError) as info:
            ib._http.get("/x")
    seen = str(info.value) + repr(info.value) + json.dumps(info.value.body) + str(info.value.detail)
    assert KEY not in seen


# --- deadlines and sizes ----------------------------------------------------------------------


def test_a_trickling_body_cannot_outlive_the_timeout() -> None:
    """A byte every 0.2 s keeps each read alive, but not the call: it times out as a whole."""
    body = b'{"x": "' + b"a" * 40 + b'"}'

    def respond(conn: socket.socket) -> None:
        conn.sendall(http_response(200, b"", {"Content-Length": str(len(body))}))
        for byte in body:
            conn.sendall(bytes([byte]))
            time.sleep(0.2)

    with HostileServer(respond) as srv, client_at(srv.url, timeout=0.5, max_retries=0) as ib:
        with pytest.raises(InkboxTimeoutError):
            ib._http.get("/x")


def test_a_gzip_bomb_is_refused_not_inflated() -> None:
    """The body is capped after decoding: a small gzip of zeros never reaches memory whole."""
    bomb = gzip.compress(b"\0" * (MAX_RESPONSE_BYTES + 1_000_000), compresslevel=1)

    def respond(conn: socket.socket) -> None:
        conn.sendall(http_response(200, bomb, {"Content-Encoding": "gzip"}))

    with HostileServer(respond) as srv, client_at(srv.url, max_retries=0) as ib:
        with pytest.raises(InkboxResponseValidationError, match="larger than"):
            ib._http.get("/x")


def test_an_oversized_body_in_one_chunk_still_shows_its_start() -> None:
    """The cap trips on the first chunk read, and the error's clip is that chunk's start."""
    body = b'{"items": "' + b"a" * MAX_RESPONSE_BYTES + b'"}'

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=iter([body]))  # streamed: one chunk, over the cap

    with httpx.Client(transport=httpx.MockTransport(handler)) as own:
        with Inkbox(KEY, base_url="http://localhost", http_client=own, max_retries=0) as ib:
            with pytest.raises(InkboxResponseValidationError, match="larger than") as info:
                ib._http.get("/x")
    assert str(info.value.body).startswith('{"items": "aaa')


# --- redirects --------------------------------------------------------------------------------


def test_a_redirect_never_carries_the_key_to_another_origin() -> None:
    """Even a caller's `follow_redirects=True` client does not follow: the key stays home."""
    with ScriptedServer(Reply()) as elsewhere:
        location = {"Location": f"{elsewhere.url}/steal", "Content-Type": "application/json"}
        with ScriptedServer(Reply(302, b"", location)) as srv:
            with httpx.Client(follow_redirects=True) as own:
                with Inkbox(KEY, base_url=srv.url, http_client=own) as ib:
                    with pytest.raises(InkboxResponseValidationError, match="redirect") as info:
                        ib._http.get("/x")
    assert elsewhere.received == []
    assert info.value.status_code == 302


def client_at(url: str, **kw: object) -> Inkbox:
    return Inkbox(KEY, base_url=url, **kw)  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_the_async_client_bounds_attempts_and_validates_answers_too() -> None:
    """The async twin reads bodies the same way: a trickle times out, a 299 is refused."""
    body = b'{"x": "' + b"a" * 40 + b'"}'

    def trickle(conn: socket.socket) -> None:
        conn.sendall(http_response(200, b"", {"Content-Length": str(len(body))}))
        for byte in body:
            conn.sendall(bytes([byte]))
            time.sleep(0.2)

    with HostileServer(trickle) as srv:
        async with AsyncInkbox(KEY, base_url=srv.url, timeout=0.5, max_retries=0) as ib:
            with pytest.raises(InkboxTimeoutError):
                await ib._http.get("/x")
    with HostileServer(lambda conn: conn.sendall(http_response(299))) as srv:
        async with AsyncInkbox(KEY, base_url=srv.url, max_retries=0) as ib:
            with pytest.raises(InkboxResponseValidationError):
                await ib.notes.get(NOTE_ID)


@pytest.mark.anyio
async def test_the_async_client_bounds_a_trickle_of_headers() -> None:
    """Before any body: a status line and headers sent a byte at a time still end in time
    (the async client cancels the attempt; a blocking sync read cannot be interrupted)."""
    head = http_response(200, b"{}", {"X-Padding": "p" * 40})

    def trickle(conn: socket.socket) -> None:
        for byte in head:
            conn.sendall(bytes([byte]))
            time.sleep(0.05)

    with HostileServer(trickle) as srv:
        async with AsyncInkbox(KEY, base_url=srv.url, timeout=0.5, max_retries=0) as ib:
            with pytest.raises(InkboxTimeoutError):
                await ib._http.get("/x")
