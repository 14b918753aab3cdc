"""Drafts (`inkbox.drafts`, `identity.*_email_draft`): the exact requests sent, what is left out
of them, and the typed stale-generation error."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
import pytest

from inkbox import DraftGenerationConflictError, DraftRecipients

from ._fake_api import FakeApi, agent, query, reply

MBX = "/api/v1/mail/mailboxes/sales-agent@inkboxmail.com"
EMAIL = "sales-agent@inkboxmail.com"
DRAFT_ID = uuid.UUID(int=7)


def draft(**extra: Any) -> dict[str, Any]:
    return {
        "id": str(DRAFT_ID),
        "mailbox_id": str(uuid.UUID(int=1)),
        "from_address": EMAIL,
        "to_addresses": [],
        "cc_addresses": [],
        "bcc_addresses": [],
        "subject": None,
        "snippet": None,
        "has_attachments": False,
        "attachment_count": 0,
        "generation": 1,
        "send_state": "draft",
        "track_opens": False,
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
        "body_text": None,
        "body_html": None,
        "reply_to": None,
        "thread_id": None,
        "message_id": None,
        "in_reply_to": None,
        "references": [],
        "forward_source_message_id": None,
        "forward_note_text": None,
        "forward_note_html": None,
        "attachment_metadata": [],
        **extra,
    }


def test_create_sends_only_what_was_given_with_a_key(api: FakeApi) -> None:
    _, me = agent(api)
    api.on("POST", MBX + "/drafts", reply(201, draft()))
    forwarded = uuid.uuid4()
    me.create_email_draft(
        to=["a@example.com"],
        forward_message_id=forwarded,
        forward_mode="wrapped",
        include_original_attachments=False,
    )
    [request] = api.requests
    assert json.loads(request.content) == {
        "recipients": {"to": ["a@example.com"]},
        "forward_message_id": str(forwarded),
        "forward_mode": "wrapped",
        "include_original_attachments": False,
    }
    assert request.headers["Idempotency-Key"]


def test_update_sends_null_to_clear_and_leaves_out_what_was_not_given(api: FakeApi) -> None:
    client, _ = agent(api)
    api.on("PATCH", f"{MBX}/drafts/{DRAFT_ID}", draft(generation=3))
    client.drafts.update(EMAIL, DRAFT_ID, generation=2, recipients=None, body_html=None)
    client.drafts.update(
        EMAIL, DRAFT_ID, generation=3, recipients=DraftRecipients(to=["b@example.com"])
    )
    client.drafts.update(EMAIL, DRAFT_ID, generation=3, recipients={"cc": ["c@example.com"]})
    assert api.bodies() == [
        {"generation": 2, "recipients": None, "body_html": None},
        {"generation": 3, "recipients": {"to": ["b@example.com"]}},
        {"generation": 3, "recipients": {"cc": ["c@example.com"]}},
    ]


def test_generation_travels_in_the_query_for_delete_and_download(api: FakeApi) -> None:
    client, _ = agent(api)
    api.on("DELETE", f"{MBX}/drafts/{DRAFT_ID}", reply(204))
    api.on(
        "GET",
        f"{MBX}/drafts/{DRAFT_ID}/attachments/2",
        lambda request: httpx.Response(
            200,
            content=b"bytes",
            headers={
                "Content-Type": "text/plain; charset=utf-8",
                "Content-Disposition": 'attachment; filename="n.txt"',
            },
        ),
    )
    client.drafts.delete(EMAIL, DRAFT_ID, generation=4)
    got = client.drafts.download_attachment(EMAIL, DRAFT_ID, 2, generation=4)
    assert [query(r) for r in api.requests] == [{"generation": ["4"]}, {"generation": ["4"]}]
    assert (got.content, got.filename, got.content_type) == (b"bytes", "n.txt", "text/plain")


def test_stale_generation_is_a_typed_conflict(api: FakeApi) -> None:
    client, _ = agent(api)
    detail = {"error": "draft_generation_conflict", "message": "moved", "current_generation": 5}
    api.on("POST", f"{MBX}/drafts/{DRAFT_ID}/send", reply(409, {"detail": detail}))
    with pytest.raises(DraftGenerationConflictError) as info:
        client.drafts.send(EMAIL, DRAFT_ID, generation=4)
    assert (info.value.status_code, info.value.current_generation) == (409, 5)
    assert info.value.error == "draft_generation_conflict"


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda c: c.drafts.send(EMAIL, DRAFT_ID, generation=True), TypeError),
        (lambda c: c.drafts.duplicate(EMAIL, DRAFT_ID, generation=0), ValueError),
        (lambda c: c.drafts.remove_attachment(EMAIL, DRAFT_ID, -1, generation=1), ValueError),
        (lambda c: c.drafts.create(EMAIL, forward_note_text="hi"), ValueError),
        (lambda c: c.drafts.create(EMAIL, cc="x@example.com"), TypeError),
        (lambda c: c.drafts.update(EMAIL, DRAFT_ID, generation=1, recipients=["x"]), TypeError),
        (lambda c: c.drafts.list(EMAIL, page_size=101), ValueError),
    ],
)
def test_bad_arguments_raise_before_any_request(api: FakeApi, call: Any, error: type) -> None:
    client, _ = agent(api)
    with pytest.raises(error):
        call(client)
    assert api.requests == []
