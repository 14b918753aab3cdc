"""Messages (`identity.send_email`, `iter_emails`, mark read): the exact requests sent."""

from __future__ import annotations

import json
import uuid

import httpx
import pytest

from inkbox import Message, PermissionDeniedError

from ._fake_api import FakeApi, agent, identity, message, query, reply

IDS = "/api/v1/identities/"
MBX = "/api/v1/mail/mailboxes/sales-agent@inkboxmail.com"


def test_send_email_body_and_idempotency_key(api: FakeApi) -> None:
    """Every field lands where the wire wants it, with a fresh UUID Idempotency-Key per call."""
    _, me = agent(api)
    api.on("POST", MBX + "/messages", message(), message())
    me.send_email(
        to=["user@example.com"],
        subject="Hello",
        body_text="Hi there!",
        body_html="<p>Hi there!</p>",
        cc=["cc@example.com"],
        bcc=["bcc@example.com"],
        attachments=[
            {"filename": "r.pdf", "content_type": "application/pdf", "content_base64": "AAAA"}
        ],
    )
    me.send_email(to=["user@example.com"], subject="Again")
    first, second = api.requests
    assert json.loads(first.content) == {
        "recipients": {
            "to": ["user@example.com"],
            "cc": ["cc@example.com"],
            "bcc": ["bcc@example.com"],
        },
        "subject": "Hello",
        "body_text": "Hi there!",
        "body_html": "<p>Hi there!</p>",
        "attachments": [
            {"filename": "r.pdf", "content_type": "application/pdf", "content_base64": "AAAA"}
        ],
    }
    assert json.loads(second.content) == {
        "recipients": {"to": ["user@example.com"]},
        "subject": "Again",
    }
    keys = [r.headers["Idempotency-Key"] for r in api.requests]
    assert len(set(keys)) == 2
    assert all(uuid.UUID(k) for k in keys)


def test_send_email_retry_reuses_the_idempotency_key(api: FakeApi) -> None:
    """A 503 then a 200: the send is retried with the same key, so it is delivered once."""
    _, me = agent(api)
    api.on(
        "POST",
        MBX + "/messages",
        reply(503, {"detail": "busy"}, {"Retry-After-Ms": "1"}),
        reply(200, message()),
    )
    sent = me.send_email(to=["user@example.com"], subject="Hello")
    assert isinstance(sent, Message)
    first, second = api.requests
    assert first.headers["Idempotency-Key"] == second.headers["Idempotency-Key"]


def test_reply_by_inkbox_id_is_resolved_to_the_message_id(api: FakeApi) -> None:
    """The guide's `in_reply_to_message_id=sent.id` is looked up by listing (never by a GET of
    the message, which marks it read); a message object or an RFC id needs no lookup."""
    _, me = agent(api)
    original = uuid.uuid4()
    page = {
        "items": [message(1), message(2, id=str(original), message_id="<orig@x>")],
        "has_more": False,
        "next_cursor": None,
    }
    api.on("GET", MBX + "/messages", page)
    api.on("POST", MBX + "/messages", message())
    me.send_email(to=["u@example.com"], subject="Re", in_reply_to_message_id=original)
    me.send_email(to=["u@example.com"], subject="Re", in_reply_to_message_id=str(original))
    me.send_email(to=["u@example.com"], subject="Re", in_reply_to_message_id="<other@x>")
    held = Message.from_dict(message(3, message_id="<held@x>"))
    me.send_email(to=["u@example.com"], subject="Re", in_reply_to_message_id=held)
    posts = [json.loads(r.content) for r in api.requests if r.method == "POST"]
    assert [p["in_reply_to_message_id"] for p in posts] == [
        "<orig@x>",
        "<orig@x>",
        "<other@x>",
        "<held@x>",
    ]
    assert [(r.method, r.url.path) for r in api.requests if r.method == "GET"] == [
        ("GET", MBX + "/messages")
    ] * 2


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"to": "user@example.com"}, TypeError),
        ({"to": []}, ValueError),
        ({"to": ["a@x"], "cc": "c@x"}, TypeError),
        ({"to": ["a@x"], "attachments": [{"filename": "x"}]}, ValueError),
        ({"to": ["a@x"], "idempotency_key": ""}, ValueError),
        ({"to": ["a@x"], "idempotency_key": " order-42"}, ValueError),
    ],
)
def test_send_email_bad_input_never_sends(
    api: FakeApi, kwargs: dict[str, object], error: type
) -> None:
    _, me = agent(api)
    with pytest.raises(error):
        me.send_email(subject="s", **kwargs)  # type: ignore[arg-type]
    assert api.requests == []


def test_iterating_1000_messages_fetches_page_by_page(api: FakeApi) -> None:
    """Ten pages of 100: nothing before iteration, one request per page, cursors followed."""
    pages = 10

    def page(request: httpx.Request) -> httpx.Response:
        cursor = query(request).get("cursor", ["0"])[0]
        n = int(cursor)
        body = {
            "items": [message(n * 100 + i) for i in range(100)],
            "next_cursor": str(n + 1) if n + 1 < pages else None,
            "has_more": n + 1 < pages,
        }
        return httpx.Response(200, json=body)

    _, me = agent(api)
    api.on("GET", MBX + "/messages", page)
    emails = me.iter_emails(page_size=100, direction="inbound")
    assert api.requests == []
    first = [next(emails) for _ in range(100)]
    assert len(api.requests) == 1
    rest = list(emails)
    assert len(first) + len(rest) == 1000
    assert len(api.requests) == pages
    sent = [query(r) for r in api.requests]
    assert sent[0] == {"limit": ["100"], "direction": ["inbound"]}
    assert [q.get("cursor") for q in sent[1:]] == [[str(n)] for n in range(1, pages)]
    assert all(q["direction"] == ["inbound"] for q in sent)


def test_unread_filter_and_mark_read(api: FakeApi) -> None:
    """Unread is filtered locally; `mark_emails_read` patches each id with `is_read: true`."""
    _, me = agent(api)
    items = [message(0, is_read=True), message(1), message(2)]
    api.on("GET", MBX + "/messages", {"items": items, "next_cursor": None, "has_more": False})
    unread = [m.id for m in me.iter_unread_emails()]
    assert unread == [uuid.UUID(items[1]["id"]), uuid.UUID(items[2]["id"])]
    for item in items[1:]:
        api.on("PATCH", f"{MBX}/messages/{item['id']}", message(is_read=True))
    me.mark_emails_read(unread)
    patches = [r for r in api.requests if r.method == "PATCH"]
    assert [json.loads(r.content) for r in patches] == [{"is_read": True}] * 2
    with pytest.raises(TypeError):
        me.mark_emails_read(str(unread[0]))  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_async_identity_pages_lazily(api: FakeApi) -> None:
    """The async twin: `async for` over `iter_emails()` follows cursors page by page."""
    api.on("GET", IDS + "sales-agent", identity())
    api.on(
        "GET",
        MBX + "/messages",
        {"items": [message(0)], "next_cursor": "c1", "has_more": True},
        {"items": [message(1, is_read=True)], "next_cursor": None, "has_more": False},
    )
    async with api.asyncio() as client:
        me = await client.get_identity("sales-agent")
        subjects = [m.subject async for m in me.iter_emails()]
        assert subjects == ["subject 0", "subject 1"]
    assert [query(r).get("cursor") for r in api.requests[1:]] == [None, ["c1"]]


class _CutStream(httpx.SyncByteStream):
    """A body whose connection dies after the headers arrived."""

    def __iter__(self):  # type: ignore[no-untyped-def]
        raise httpx.RemoteProtocolError("peer closed connection without sending complete body")
        yield b""


def test_send_retried_when_the_body_never_arrives(api: FakeApi) -> None:
    """A 200 cut mid-body is retried with the same key (the server replays, not resends)."""
    _, me = agent(api)
    api.on(
        "POST",
        MBX + "/messages",
        lambda request: httpx.Response(200, stream=_CutStream()),
        reply(200, message()),
    )
    sent = me.send_email(to=["user@example.com"], subject="Hello")
    assert isinstance(sent, Message)
    first, second = api.requests
    assert first.headers["Idempotency-Key"] == second.headers["Idempotency-Key"]


def test_attachment_download_leaves_the_api_key_behind(api: FakeApi) -> None:
    """The signed URL may point at another host (object storage): our key never goes there,
    and the bytes arrive in chunks of the size asked for."""
    mid = str(uuid.uuid4())
    url = "https://files.example.net/blob/abc?signature=xyz"
    api.on(
        "GET",
        f"{MBX}/messages/{mid}/attachments/report.pdf",
        {"url": url, "filename": "report.pdf", "expires_in": 60},
    )
    api.on("GET", "/blob/abc", lambda request: httpx.Response(200, content=b"0123456789"))
    with api.sync() as client:
        chunks = list(
            client.messages.iter_attachment(
                "sales-agent@inkboxmail.com", mid, "report.pdf", chunk_size=4
            )
        )
    assert chunks == [b"0123", b"4567", b"89"]
    link, download = api.requests
    assert link.headers["X-API-Key"] and link.url.params["redirect"] == "false"
    assert str(download.url) == url and "X-API-Key" not in download.headers


def test_failed_attachment_download_is_a_typed_error(api: FakeApi) -> None:
    mid = str(uuid.uuid4())
    api.on(
        "GET",
        f"{MBX}/messages/{mid}/attachments/a.txt",
        {"url": "https://files.example.net/gone", "filename": "a.txt", "expires_in": 60},
    )
    api.on("GET", "/gone", reply(403, {"detail": "Request has expired"}))
    with api.sync() as client, pytest.raises(PermissionDeniedError, match="expired"):
        client.messages.get_attachment("sales-agent@inkboxmail.com", mid, "a.txt")
