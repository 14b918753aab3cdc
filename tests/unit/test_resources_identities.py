"""Identities, mail, threads, mailboxes, domains, whoami and signup: the exact requests sent."""

from __future__ import annotations

import json
import uuid
from urllib.parse import parse_qs

import httpx
import pytest

from inkbox import (
    AUTH_SUBTYPE_API_KEY_ADMIN_SCOPED,
    AgentIdentity,
    AgentIdentitySummary,
    ConflictError,
    Inkbox,
    InkboxAPIError,
    InkboxError,
    Message,
    NotFoundError,
    SendingDomainStatus,
    ThreadFolder,
    WhoamiApiKeyResponse,
    WhoamiJwtResponse,
)

from ._fake_api import (
    BASE,
    KEY,
    FakeApi,
    identity,
    mailbox_dict,
    message,
    message_detail,
    phone_dict,
    reply,
    thread,
)

IDS = "/api/v1/identities/"
MBX = "/api/v1/mail/mailboxes/sales-agent@inkboxmail.com"


@pytest.fixture
def api() -> FakeApi:
    return FakeApi()


def agent(
    api: FakeApi, *, mailbox: bool = True, phone: bool = False
) -> tuple[Inkbox, AgentIdentity]:
    api.on("GET", IDS + "sales-agent", identity(mailbox=mailbox, phone=phone))
    client = api.sync()
    found = client.get_identity("sales-agent")
    api.requests.clear()
    return client, found


def query(request: httpx.Request) -> dict[str, list[str]]:
    return parse_qs(request.url.query.decode())


# identities ---------------------------------------------------------------------------------


def test_create_identity_sends_only_the_handle(api: FakeApi) -> None:
    """`create_identity(handle)` posts `{"agent_handle": ...}` and wraps the full response."""
    api.on("POST", IDS, reply(201, identity()))
    found = api.sync().create_identity("sales-agent")
    assert [(r.method, r.url.path) for r in api.requests] == [("POST", IDS)]
    assert api.bodies() == [{"agent_handle": "sales-agent"}]
    assert isinstance(found, AgentIdentity)
    assert found.email_address == "sales-agent@inkboxmail.com"
    assert found.mailbox is not None


@pytest.mark.parametrize(
    ("kwargs", "mailbox"),
    [
        ({"sending_domain": "mail.acme.com"}, {"sending_domain": "mail.acme.com"}),
        ({"sending_domain": None}, {"sending_domain": None}),
        ({"email_local_part": "sales"}, {"email_local_part": "sales"}),
    ],
)
def test_create_identity_sending_domain(
    api: FakeApi, kwargs: dict[str, object], mailbox: object
) -> None:
    """A bare domain name binds it, `None` forces the platform domain, omitting inherits."""
    api.on("POST", IDS, reply(201, identity()))
    api.sync().create_identity("sales-bot", **kwargs)  # type: ignore[arg-type]
    assert api.bodies() == [{"agent_handle": "sales-bot", "mailbox": mailbox}]


def test_unknown_handle_is_a_404_with_the_server_detail(api: FakeApi) -> None:
    """The server's 404 reaches the caller as `InkboxAPIError` with its status and detail."""
    api.on("GET", IDS + "unknown", reply(404, {"detail": "Identity not found"}))
    with pytest.raises(InkboxAPIError) as info:
        api.sync().get_identity("unknown")
    assert isinstance(info.value, NotFoundError)
    assert info.value.status_code == 404
    assert info.value.detail == "Identity not found"


def test_duplicate_handle_is_a_409(api: FakeApi) -> None:
    api.on("POST", IDS, reply(409, {"detail": "Handle already taken"}))
    with pytest.raises(ConflictError) as info:
        api.sync().create_identity("taken")
    assert info.value.status_code == 409


def test_list_identities_returns_summaries(api: FakeApi) -> None:
    api.on("GET", IDS, [identity("a"), identity("b", mailbox=False)])
    found = api.sync().list_identities()
    assert [type(i) for i in found] == [AgentIdentitySummary, AgentIdentitySummary]
    assert [i.agent_handle for i in found] == ["a", "b"]


def test_update_rename_and_status(api: FakeApi) -> None:
    """`update(new_handle=...)` and `update(status=...)` send the guide-era keys only."""
    _, me = agent(api)
    api.on("PATCH", IDS + "sales-agent", identity("new-name"))
    me.update(new_handle="new-name")
    assert me.agent_handle == "new-name"
    api.on("PATCH", IDS + "new-name", identity("new-name"))
    me.update(status="paused")
    assert api.bodies() == [{"agent_handle": "new-name"}, {"status": "paused"}]


def test_update_rejects_unknown_status_before_sending(api: FakeApi) -> None:
    _, me = agent(api)
    with pytest.raises(ValueError, match="'active', 'paused'"):
        me.update(status="sleeping")
    assert api.requests == []


def test_refresh_and_delete(api: FakeApi) -> None:
    _, me = agent(api)
    api.on("GET", IDS + "sales-agent", identity(phone=True))
    api.on("DELETE", IDS + "sales-agent", reply(204))
    assert me.phone_number is None
    assert me.refresh() is me
    assert me.phone_number is not None
    me.delete()
    assert [(r.method, r.url.path) for r in api.requests] == [
        ("GET", IDS + "sales-agent"),
        ("DELETE", IDS + "sales-agent"),
    ]


def test_provision_phone_number_provisions_then_refreshes(api: FakeApi) -> None:
    _, me = agent(api)
    api.on(
        "POST",
        "/api/v1/phone/numbers",
        reply(
            201,
            {
                **phone_dict(),
                **dict.fromkeys(
                    (
                        "forwarding_target_type",
                        "forwarding_phone_number",
                        "forwarding_sip_uri",
                        "filter_mode_change_notice",
                    )
                ),
                "country": "US",
                "inbound_filter_mode": "blacklist",
                "outbound_filter_mode": "blacklist",
            },
        ),
    )
    api.on("GET", IDS + "sales-agent", identity(phone=True))
    phone = me.provision_phone_number(type="toll_free")
    assert phone.number == "+18005551234"
    assert me.phone_number == phone
    assert [(r.method, r.url.path) for r in api.requests] == [
        ("POST", "/api/v1/phone/numbers"),
        ("GET", IDS + "sales-agent"),
    ]
    assert api.bodies()[0] == {"agent_handle": "sales-agent", "type": "toll_free"}


def test_assign_and_unlink_channels(api: FakeApi) -> None:
    """Assign posts the id; unlink deletes and forgets the channel; a bad id never leaves."""
    _, me = agent(api, mailbox=False)
    with pytest.raises(ValueError, match="mailbox_id must be a UUID"):
        me.assign_mailbox("mailbox-uuid")
    assert api.requests == []
    box_id = uuid.uuid4()
    api.on("POST", IDS + "sales-agent/mailbox", identity())
    api.on("DELETE", IDS + "sales-agent/mailbox", reply(204))
    mailbox = me.assign_mailbox(str(box_id))
    assert mailbox.email_address == "sales-agent@inkboxmail.com"
    me.unlink_mailbox()
    assert me.mailbox is None
    assert me.email_address is None
    assert api.bodies() == [{"mailbox_id": str(box_id)}, None]
    api.on("POST", IDS + "sales-agent/phone_number", identity(phone=True))
    api.on("DELETE", IDS + "sales-agent/phone_number", reply(204))
    assert me.assign_phone_number(uuid.uuid4()).number == "+18005551234"
    me.unlink_phone_number()
    assert me.phone_number is None


@pytest.mark.parametrize(
    "call",
    [
        lambda me: me.send_email(to=["a@example.com"], subject="s"),
        lambda me: me.iter_emails(),
        lambda me: me.iter_unread_emails(),
        lambda me: me.mark_emails_read([uuid.uuid4()]),
        lambda me: me.get_thread(uuid.uuid4()),
        lambda me: me.get_message(uuid.uuid4()),
        lambda me: me.unlink_mailbox(),
    ],
)
def test_mail_without_a_mailbox_raises_before_any_request(api: FakeApi, call: object) -> None:
    _, me = agent(api, mailbox=False)
    with pytest.raises(InkboxError, match="has no mailbox"):
        call(me)  # type: ignore[operator]
    assert api.requests == []


def test_unlink_phone_number_without_one_raises(api: FakeApi) -> None:
    _, me = agent(api)
    with pytest.raises(InkboxError, match="has no phone number"):
        me.unlink_phone_number()
    assert api.requests == []


# mail ---------------------------------------------------------------------------------------


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
    """The guide's `in_reply_to_message_id=sent.id` is looked up; an RFC id goes as is."""
    _, me = agent(api)
    original = uuid.uuid4()
    api.on("GET", f"{MBX}/messages/{original}", message_detail(message_id="<orig@x>"))
    api.on("POST", MBX + "/messages", message())
    me.send_email(to=["u@example.com"], subject="Re", in_reply_to_message_id=original)
    me.send_email(to=["u@example.com"], subject="Re", in_reply_to_message_id=str(original))
    me.send_email(to=["u@example.com"], subject="Re", in_reply_to_message_id="<other@x>")
    posts = [json.loads(r.content) for r in api.requests if r.method == "POST"]
    assert [p["in_reply_to_message_id"] for p in posts] == ["<orig@x>", "<orig@x>", "<other@x>"]
    assert [r.method for r in api.requests] == ["GET", "POST", "GET", "POST", "POST"]


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


def test_get_thread(api: FakeApi) -> None:
    _, me = agent(api)
    thread_id = uuid.uuid4()
    api.on("GET", f"{MBX}/threads/{thread_id}", {**thread(), "messages": [message(0), message(1)]})
    found = me.get_thread(thread_id)
    assert [m.subject for m in found.messages] == ["subject 0", "subject 1"]


# threads ------------------------------------------------------------------------------------


@pytest.mark.parametrize("folder", ["blocked", ThreadFolder.BLOCKED])
def test_moving_a_thread_to_blocked_is_refused_before_sending(api: FakeApi, folder: object) -> None:
    with pytest.raises(ValueError, match="blocked"):
        api.sync().threads.update("a@x.com", uuid.uuid4(), folder=folder)  # type: ignore[arg-type]
    assert api.requests == []


def test_threads_list_folders_and_update(api: FakeApi) -> None:
    client = api.sync()
    thread_id = uuid.uuid4()
    api.on(
        "GET", MBX + "/threads", {"items": [thread("spam")], "next_cursor": None, "has_more": False}
    )
    api.on("GET", MBX + "/threads/folders", ["inbox", "spam"])
    api.on("PATCH", f"{MBX}/threads/{thread_id}", thread("archive"))
    listed = list(client.threads.list("sales-agent@inkboxmail.com", folder="spam"))
    assert [t.folder for t in listed] == [ThreadFolder.SPAM]
    assert query(api.requests[0]) == {"limit": ["50"], "folder": ["spam"]}
    folders = client.threads.list_folders("sales-agent@inkboxmail.com")
    assert folders == [ThreadFolder.INBOX, ThreadFolder.SPAM]
    moved = client.threads.update("sales-agent@inkboxmail.com", thread_id, folder="archive")
    assert moved.folder is ThreadFolder.ARCHIVE
    assert json.loads(api.requests[-1].content) == {"folder": "archive"}
    with pytest.raises(ValueError, match="folder must be one of"):
        client.threads.list("sales-agent@inkboxmail.com", folder="trash")


# mailboxes and domains ----------------------------------------------------------------------


def test_mailbox_update_sends_null_only_when_asked(api: FakeApi) -> None:
    """`webhook_url=None` sends null (remove); arguments not passed are not sent."""
    client = api.sync()
    notice = {
        "new_filter_mode": "whitelist",
        "redundant_rule_action": "block",
        "redundant_rule_count": 3,
    }
    api.on(
        "PATCH", MBX, mailbox_dict(), mailbox_dict(), mailbox_dict(filter_mode_change_notice=notice)
    )
    client.mailboxes.update("sales-agent@inkboxmail.com", display_name="New Name")
    client.mailboxes.update("sales-agent@inkboxmail.com", webhook_url=None)
    updated = client.mailboxes.update("sales-agent@inkboxmail.com", filter_mode="whitelist")
    assert api.bodies() == [
        {"display_name": "New Name"},
        {"webhook_url": None},
        {"filter_mode": "whitelist"},
    ]
    assert updated.filter_mode_change_notice is not None
    assert updated.filter_mode_change_notice.redundant_rule_count == 3


def test_mailbox_create_search_delete(api: FakeApi) -> None:
    client = api.sync()
    api.on("POST", "/api/v1/mail/mailboxes", reply(201, mailbox_dict()))
    api.on("GET", MBX + "/search", {"items": [message()], "next_cursor": "x", "has_more": True})
    api.on("DELETE", MBX, reply(204))
    client.mailboxes.create(agent_handle="sales-bot", sending_domain_id="sending_domain_1")
    client.mailboxes.create(agent_handle="sales-bot", sending_domain_id=None)
    client.mailboxes.create(agent_handle="sales-bot")
    assert api.bodies() == [
        {"agent_handle": "sales-bot", "sending_domain_id": "sending_domain_1"},
        {"agent_handle": "sales-bot", "sending_domain_id": None},
        {"agent_handle": "sales-bot"},
    ]
    found = client.mailboxes.search("sales-agent@inkboxmail.com", q="invoice", limit=20)
    assert len(found) == 1
    assert len([r for r in api.requests if r.url.path.endswith("/search")]) == 1
    assert query(api.requests[3]) == {"q": ["invoice"], "limit": ["20"]}
    client.mailboxes.delete("sales-agent@inkboxmail.com")
    assert api.requests[-1].method == "DELETE"


def test_domains_list_and_set_default(api: FakeApi) -> None:
    client = api.sync()
    domain = {
        "id": "sending_domain_1",
        "domain": "mail.acme.com",
        "status": "verified",
        "is_default": False,
        "verified_at": None,
    }
    api.on("GET", "/api/v1/domains/", [domain])
    api.on("POST", "/api/v1/domains/mail.acme.com/set-default", {"default_domain": "mail.acme.com"})
    api.on("POST", "/api/v1/domains/inkboxmail.com/set-default", {"default_domain": None})
    verified = client.domains.list(status=SendingDomainStatus.VERIFIED)
    assert verified[0].id == "sending_domain_1"
    assert query(api.requests[0]) == {"status": ["verified"]}
    assert client.domains.set_default("mail.acme.com") == "mail.acme.com"
    assert client.domains.set_default("inkboxmail.com") is None


# whoami, signing keys, signup ---------------------------------------------------------------


def test_whoami_picks_the_shape_by_auth_type(api: FakeApi) -> None:
    base = dict.fromkeys(
        (
            "scope",
            "organization_id",
            "created_by",
            "creator_type",
            "key_id",
            "label",
            "description",
        ),
        None,
    )
    key_info = {
        **base,
        "auth_type": "api_key",
        "auth_subtype": AUTH_SUBTYPE_API_KEY_ADMIN_SCOPED,
        "created_at": None,
        "last_used_at": None,
        "expires_at": None,
    }
    jwt_info = dict.fromkeys(
        ("user_id", "email", "name", "organization_id", "org_role", "org_slug")
    )
    api.on(
        "GET", "/api/whoami", key_info, {**jwt_info, "auth_type": "jwt", "auth_subtype": "clerk"}
    )
    client = api.sync()
    first = client.whoami()
    assert isinstance(first, WhoamiApiKeyResponse)
    assert first.auth_subtype == "api_key.admin_scoped"
    assert isinstance(client.whoami(), WhoamiJwtResponse)


def test_signing_key_secret_stays_out_of_repr(api: FakeApi) -> None:
    api.on(
        "POST",
        "/api/v1/signing-keys",
        reply(201, {"signing_key": "whsec_topsecret", "created_at": "2026-03-09T00:00:00Z"}),
    )
    key = api.sync().create_signing_key()
    assert key.signing_key == "whsec_topsecret"
    assert "topsecret" not in repr(key)


def test_signup_sends_no_key_and_the_rest_send_theirs(api: FakeApi) -> None:
    """`signup` is anonymous; verify/resend/status authenticate with the signup key."""
    signed = {
        "email_address": "a@inkboxmail.com",
        "organization_id": "org",
        "api_key": "ApiKey_agent_secret",
        "agent_handle": "a",
        "claim_status": "agent_unclaimed",
        "human_email": "h@example.com",
        "message": "ok",
    }
    claimed = {"claim_status": "agent_claimed", "organization_id": "org", "message": "ok"}
    status = {
        "claim_status": "agent_unclaimed",
        "human_state": "human_no_account",
        "human_email": "h@example.com",
        "restrictions": {
            "max_sends_per_day": 5,
            "allowed_recipients": ["h@example.com"],
            "can_receive": True,
            "can_create_mailboxes": False,
        },
    }
    api.on("POST", "/api/v1/agent-signup", reply(201, signed))
    api.on("POST", "/api/v1/agent-signup/verify", claimed)
    api.on("POST", "/api/v1/agent-signup/resend-verification", claimed)
    api.on("GET", "/api/v1/agent-signup/status", status)
    opts = {"base_url": BASE, "http_client": httpx.Client(transport=httpx.MockTransport(api))}
    result = Inkbox.signup("h@example.com", note_to_human="hi", agent_handle="a", **opts)  # type: ignore[arg-type]
    assert result.api_key == "ApiKey_agent_secret"
    assert "ApiKey_agent_secret" not in repr(result)
    assert Inkbox.verify_signup(result.api_key, "123456", **opts).claim_status == "agent_claimed"  # type: ignore[arg-type]
    Inkbox.resend_signup_verification(result.api_key, **opts)  # type: ignore[arg-type]
    assert Inkbox.get_signup_status(result.api_key, **opts).restrictions.max_sends_per_day == 5  # type: ignore[arg-type]
    first, *rest = api.requests
    assert "x-api-key" not in first.headers
    assert json.loads(first.content) == {
        "human_email": "h@example.com",
        "note_to_human": "hi",
        "agent_handle": "a",
    }
    assert [r.headers["x-api-key"] for r in rest] == ["ApiKey_agent_secret"] * 3
    assert rest[0].content == b'{"verification_code":"123456"}' or json.loads(rest[0].content) == {
        "verification_code": "123456"
    }
    assert rest[1].content == b""


def test_signup_refuses_plain_http_to_a_remote_host() -> None:
    with pytest.raises(ValueError, match="https"):
        Inkbox.get_signup_status(KEY, base_url="http://example.com")


# async --------------------------------------------------------------------------------------


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
