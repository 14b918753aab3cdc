"""Retries, Retry-After, idempotency and error mapping, over real HTTP on loopback."""

from __future__ import annotations

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
    InkboxTimeoutError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    RecipientNotOptedInError,
    RedundantContactAccessGrantError,
    SenderSmsPendingError,
)
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
