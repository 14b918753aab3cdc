"""Threads (`identity.get_thread`, `threads.*`): the exact requests sent."""

from __future__ import annotations

import json
import uuid

import pytest

from inkbox import ThreadFolder

from ._fake_api import FakeApi, agent, message, query, thread

MBX = "/api/v1/mail/mailboxes/sales-agent@inkboxmail.com"


def test_get_thread(api: FakeApi) -> None:
    _, me = agent(api)
    thread_id = uuid.uuid4()
    api.on("GET", f"{MBX}/threads/{thread_id}", {**thread(), "messages": [message(0), message(1)]})
    found = me.get_thread(thread_id)
    assert [m.subject for m in found.messages] == ["subject 0", "subject 1"]


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
