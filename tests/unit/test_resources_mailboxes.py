"""Mailboxes: create, update (null only when asked), search and delete; the exact requests sent."""

from __future__ import annotations

from ._fake_api import FakeApi, mailbox_dict, message, query, reply

MBX = "/api/v1/mail/mailboxes/sales-agent@inkboxmail.com"


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
