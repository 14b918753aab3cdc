"""Identities: create, get, list, update, delete, their mailbox/phone links; the requests sent."""

from __future__ import annotations

import uuid

import pytest

from inkbox import (
    AgentIdentity,
    AgentIdentitySummary,
    ConflictError,
    InkboxAPIError,
    InkboxError,
    NotFoundError,
)

from ._fake_api import FakeApi, agent, identity, phone_dict, reply

IDS = "/api/v1/identities/"


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
    with pytest.raises(InkboxError, match="has no mailbox"):
        me.email_address
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
