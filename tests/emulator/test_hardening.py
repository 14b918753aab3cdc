"""The emulator cannot be turned against its user: webhooks stay off its hooks and the
network's soft spots, hooks answer only the local user, hostile input gets a clean 4xx, and an
idempotent replay never answers a caller who may not make the call."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from inkbox_emulator.pytest_plugin import EmulatorHandle, strict_emulator

ALICE = "/api/v1/mail/mailboxes/alice@inkboxmail.com"
BOB = "/api/v1/mail/mailboxes/bob@inkboxmail.com"


# --- 7. webhooks cannot attack their host ---------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "gopher://127.0.0.1:25/x",
        "http://example.com/hook",  # plain http only to loopback
        "https://169.254.169.254/latest/meta-data",  # link-local (cloud metadata)
        "https://[fe80::1]/x",
        "https://10.0.0.7/x",
        "https://0.0.0.0/x",
        "http://127.0.0.1:8765/_emulator/reset",
        "http://localhost:1/hooks/../_emulator/reset",
        "http://127.0.0.1:1/%5Femulator/reset",
        "https://user:pw@example.com/x",
        "https://exa mple.com/x",
    ],
)
def test_a_mailbox_webhook_url_that_could_attack_is_refused(admin, url):
    response = admin.patch(BOB, json={"webhook_url": url})
    assert response.status_code == 422, response.text
    assert response.json()["detail"][0]["loc"] == ["body", "webhook_url"]


def test_a_safe_webhook_url_is_accepted(admin):
    for url in ("https://hooks.example.com/inkbox", "http://127.0.0.1:9/hook", None):
        response = admin.patch(BOB, json={"webhook_url": url})
        assert response.status_code == 200 and response.json()["webhook_url"] == url


def test_phone_webhook_urls_get_the_same_checks(admin):
    number = admin.post(
        "/api/v1/phone/numbers", json={"agent_handle": "alice", "type": "local"}
    ).json()
    where = f"/api/v1/phone/numbers/{number['id']}"
    for url in ("https://169.254.169.254/x", "http://127.0.0.1:1/_emulator/reset"):
        response = admin.patch(where, json={"incoming_text_webhook_url": url})
        assert response.status_code == 422, (url, response.text)


def test_a_stored_url_pointing_at_the_hooks_is_never_delivered(admin, inkbox_emulator):
    """Even a URL that got into the store some other way (an older database, a hook) is
    refused at sending time: an agent cannot wipe the emulator through a webhook."""
    target = f"{inkbox_emulator.url}/_emulator/reset"
    state = inkbox_emulator._server.state
    with state.world.store.transaction():
        state.world.store.execute(
            "UPDATE mailboxes SET webhook_url = ? WHERE email_address = ?",
            (target, "bob@inkboxmail.com"),
        )
    sent = admin.post(
        f"{ALICE}/messages",
        json={"recipients": {"to": ["bob@inkboxmail.com"]}, "subject": "x", "body_text": "y"},
    )
    assert sent.status_code == 200
    log = inkbox_emulator.webhooks(url=target)
    assert log and log[0]["last_error"].startswith("refused")
    assert admin.get("/api/v1/identities/").json()  # alice and bob survive


class _Receiver:
    """A webhook receiver on loopback: records deliveries; `hold` makes it wait before
    answering until released (a slow receiver)."""

    def __init__(self, *, hold: bool = False) -> None:
        self.got: list[bytes] = []
        self.arrived = threading.Event()
        self.release = threading.Event()
        if not hold:
            self.release.set()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.got.append(body)
                outer.arrived.set()
                outer.release.wait(10)
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def quick_emulator() -> Iterator[EmulatorHandle]:
    """An emulator whose webhook attempts may take 1 s in all (not 5), without retries."""
    with strict_emulator(webhook_retry_delays=(), webhook_timeout=1.0) as handle:
        yield handle


def test_one_slow_receiver_delays_only_itself(quick_emulator):
    """Deliveries go out per destination: while one receiver sits on its request, another
    gets its own, and a flush waits no longer than an attempt may take."""
    slow, fast = _Receiver(hold=True), _Receiver()
    try:
        with quick_emulator.client() as admin:
            for handle in ("slow", "fast", "sender"):
                admin.post("/api/v1/identities/", json={"agent_handle": handle})
            for handle, receiver in (("slow", slow), ("fast", fast)):
                box = f"/api/v1/mail/mailboxes/{handle}@inkboxmail.com"
                assert admin.patch(box, json={"webhook_url": receiver.url}).status_code == 200
            for handle in ("slow", "fast"):
                admin.post(
                    "/api/v1/mail/mailboxes/sender@inkboxmail.com/messages",
                    json={"recipients": {"to": [f"{handle}@inkboxmail.com"]}, "subject": "s"},
                )
            assert slow.arrived.wait(10)
            assert fast.arrived.wait(10)
            # One worker for everyone would have reached the fast receiver only after the
            # slow one's attempt ended; here that attempt is still under way.
            held = quick_emulator.webhooks(url=slow.url, flush=False)
            assert held[0]["status"] == "pending", "the fast receiver waited behind the slow one"
            quick_emulator.hook("POST", "/webhooks/flush")  # bounded by the 1 s attempt
            failed = quick_emulator.webhooks(url=slow.url, flush=False)
            assert failed[0]["status"] == "failed" and "Timeout" in failed[0]["last_error"]
    finally:
        slow.close()
        fast.close()


# --- 8. hooks only for the local user -------------------------------------------------------


def _raw(emulator: EmulatorHandle, method: str, path: str, **kw: object) -> httpx.Response:
    with httpx.Client(base_url=emulator.url, trust_env=False) as plain:
        return plain.request(method, "/_emulator" + path, **kw)  # type: ignore[arg-type]


def test_a_cross_site_simple_post_cannot_reset(admin, inkbox_emulator):
    """A page's `fetch(..., {method: 'POST', body: 'x'})` sends text/plain without preflight."""
    response = _raw(
        inkbox_emulator, "POST", "/reset", content=b"x", headers={"Content-Type": "text/plain"}
    )
    assert response.status_code == 403
    assert len(admin.get("/api/v1/identities/").json()) == 2  # nothing wiped


def test_a_foreign_host_is_refused_even_with_json(inkbox_emulator):
    """DNS rebinding: the page's own name arrives in Host."""
    response = _raw(
        inkbox_emulator, "POST", "/reset", json={}, headers={"Host": "evil.example:8765"}
    )
    assert response.status_code == 403 and "Host" in response.json()["detail"]
    assert (
        _raw(inkbox_emulator, "GET", "/state", headers={"Host": "evil.example"}).status_code == 403
    )


def test_a_foreign_origin_is_refused(inkbox_emulator):
    response = _raw(
        inkbox_emulator, "PUT", "/faults", json={"spec": "rate=1"},
        headers={"Origin": "https://evil.example"},
    )  # fmt: skip
    assert response.status_code == 403
    assert inkbox_emulator.hook("GET", "/state")["faults"] == "none"


def test_the_local_user_and_the_admin_key_are_let_in(inkbox_emulator):
    assert _raw(inkbox_emulator, "GET", "/state").status_code == 200
    assert _raw(inkbox_emulator, "POST", "/webhooks/flush", json={}).status_code == 200
    headers = {"X-Inkbox-Emulator": "1"}
    assert _raw(inkbox_emulator, "POST", "/webhooks/flush", headers=headers).status_code == 200
    keyed = {"X-API-Key": inkbox_emulator.admin_key, "Host": "emulator.internal:8765"}
    assert _raw(inkbox_emulator, "POST", "/webhooks/flush", headers=keyed).status_code == 200


def test_reset_keeps_a_generated_admin_key(inkbox_emulator):
    """The README promises it: scripts that read the key once keep working after a reset."""
    key = inkbox_emulator.admin_key
    inkbox_emulator.reset()
    assert inkbox_emulator.hook("POST", "/reset")["admin_api_key"] == key
    with inkbox_emulator.client(key) as client:
        assert client.get("/api/v1/identities/").status_code == 200


# --- 9. never a 500 on input ----------------------------------------------------------------

SEND = {"recipients": {"to": ["a@example.com"]}, "subject": "s", "body_text": "x"}


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b'{"recipients": {"to": ["a@example.com"]}, "subject": "\\ud800x"}', 422),
        (b'{"recipients": {"to": ["a\\udfff@example.com"]}, "subject": "s"}', 422),
        (b'{"subject": ' + b"[" * 1000 + b"]" * 1000 + b"}", 422),
        (b"[" * 100_000 + b"]" * 100_000, 422),
        (b'{"recipients": {"to": ["a@example.com"]}, "subject": NaN}', 422),
        (json.dumps({**SEND, "recipients": {"to": ["a@example.com\r\nBcc: x@y.com"]}}).encode(), 422),
        (json.dumps({**SEND, "recipients": {"to": ["alice"]}}).encode(), 422),
        (json.dumps({**SEND, "recipients": {"to": ["@example.com"]}}).encode(), 422),
        (json.dumps({**SEND, "recipients": {"cc": ["a@b"], "to": ["a@example.com"]}}).encode(), 422),
        (b'{"subject": "' + b"a" * (41 * 1024 * 1024) + b'"}', 413),
    ],
)  # fmt: skip
def test_hostile_bodies_get_a_clean_4xx_and_the_connection_lives(admin, body, status):
    response = admin.post(
        f"{ALICE}/messages", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == status, response.text[:300]
    assert admin.get("/api/v1/identities/").status_code == 200  # same client, still usable


@pytest.mark.parametrize(
    "query",
    [
        {"start_datetime": "9999-12-31"},
        {"end_datetime": "9999-12-31"},
        {"end_datetime": "9999-12-31T23:59:59.999999"},
        {"start_datetime": "0001-01-01T00:00:00+05:00"},
        {"end_datetime": "0001-01-01T00:00:00+05:00"},
        {"start_datetime": "9999-12-31T20:00:00-10:00"},
    ],
)
def test_dates_at_the_calendars_ends_are_not_a_500(admin, query):
    response = admin.get(f"{ALICE}/messages", params=query)
    assert response.status_code == 200, response.text


@pytest.mark.parametrize("seconds", ["NaN", "Infinity", "1e308", "-1", '"10"', "true"])
def test_the_clock_refuses_what_it_cannot_keep(inkbox_emulator, seconds):
    before = inkbox_emulator.hook("GET", "/state")["clock_offset_seconds"]
    response = _raw(
        inkbox_emulator,
        "POST",
        "/clock/advance",
        content=b'{"seconds": ' + seconds.encode() + b"}",
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 422, response.text
    assert inkbox_emulator.hook("GET", "/state")["clock_offset_seconds"] == before


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/api-keys", {"agent_handle": ["x"]}),
        ("/mail/inbound", {"from": "a@b.co", "to": [5]}),
        ("/mail/inbound", {"from": "a@b.co\r\nX: y", "to": "alice@inkboxmail.com"}),
        ("/mail/inbound", {"from": "a@b.co", "to": {"x": 1}}),
        ("/domains", {"domain": 7}),
        ("/faults", {"spec": 7}),
    ],
)
def test_hooks_answer_bad_shapes_with_4xx(admin, inkbox_emulator, path, body):
    method = "PUT" if path == "/faults" else "POST"
    response = _raw(inkbox_emulator, method, path, json=body)
    assert 400 <= response.status_code < 500, response.text


# --- 10. authorisation before idempotent replay ---------------------------------------------


def test_a_replay_never_answers_a_key_that_may_not_make_the_call(admin, inkbox_emulator):
    """The admin creates an identity with key K; an agent key sending the same request with K
    gets its own 403, not the admin's stored 201."""
    headers = {"Idempotency-Key": "same-key-1"}
    body = {"agent_handle": "carol"}
    first = admin.post("/api/v1/identities/", json=body, headers=headers)
    assert first.status_code == 201
    with inkbox_emulator.client(inkbox_emulator.agent_key("alice")) as agent:
        second = agent.post("/api/v1/identities/", json=body, headers=headers)
    assert second.status_code == 403, second.text
    assert "Idempotent-Replayed" not in second.headers


def test_replays_expire_after_seven_days(admin, inkbox_emulator):
    box = f"{ALICE}/messages"
    headers = {"Idempotency-Key": "weekly"}
    first = admin.post(box, json=SEND, headers=headers)
    again = admin.post(box, json=SEND, headers=headers)
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert again.json()["id"] == first.json()["id"]
    inkbox_emulator.advance_clock(7 * 86400 + 60)
    later = admin.post(box, json=SEND, headers=headers)
    assert later.status_code == 200 and "Idempotent-Replayed" not in later.headers
    assert later.json()["id"] != first.json()["id"]


@pytest.mark.parametrize(
    "query", [{"offset": str(2**70)}, {"limit": str(-(2**70))}, {"offset": "1e400"}]
)
def test_numbers_the_store_cannot_hold_are_a_422(admin, query):
    """Found by the fuzz pass: `offset=2**70` reached SQLite as an OverflowError (500)."""
    for where in ("/api/v1/notes", "/api/v1/contacts", "/api/v1/mail/contact-rules"):
        response = admin.get(where, params=query)
        assert response.status_code == 422, (where, response.text)


def test_a_body_number_past_json_and_int64_is_a_422(admin):
    for raw in (
        b'{"limit": 1e400}',
        b'{"body": "n", "title": 1e400}',
        b'{"x": ' + b"9" * 30 + b"}",
    ):
        response = admin.post(
            "/api/v1/notes", content=raw, headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 422, response.text


def test_listing_calls_of_an_unknown_identity_is_a_documented_404(admin, inkbox_emulator):
    """Found by the fuzz pass: the 404 was not in the spec (strict mode answered 500)."""
    response = admin.get("/api/v1/phone/calls", params={"agent_identity_id": str(uuid.uuid4())})
    assert response.status_code == 404
    assert not inkbox_emulator.violations
