"""`ContactCorrespondenceOptions`: the query it sends, and what it refuses before a request."""

from __future__ import annotations

import datetime
import uuid

import pytest

from inkbox import ContactCorrespondenceOptions, CorrespondenceChannel

from ._fake_api import FakeApi, query

CONTACT = str(uuid.uuid4())
IDENT = str(uuid.uuid4())
EMPTY = {
    "contact_id": CONTACT,
    "identity_id": IDENT,
    "items": [],
    "channels": [],
    "next_cursor": None,
}


def test_options_become_the_query(api: FakeApi) -> None:
    api.on("GET", f"/api/v1/contacts/{CONTACT}/correspondence", EMPTY)
    after = datetime.datetime(2026, 3, 1, 12, 0, tzinfo=datetime.UTC)
    options = ContactCorrespondenceOptions(
        channels=[CorrespondenceChannel.EMAIL, "calls"],
        after=after,
        limit_per_channel=5,
        calls_limit=2,
        order="asc",
        content="full",
        transcripts="abridged",
        include_failed=True,
        identity_id=IDENT,
        cursor="abc",
    )
    with api.sync() as ib:
        result = ib.contacts.correspondence.list(CONTACT, options)
        ib.contacts.correspondence.get(CONTACT)
    assert result.items == [] and result.next_cursor is None
    assert query(api.requests[0]) == {
        "channels": ["email,calls"],
        "after": [after.isoformat()],
        "limit_per_channel": ["5"],
        "calls_limit": ["2"],
        "cursor": ["abc"],
        "order": ["asc"],
        "content": ["full"],
        "transcripts": ["abridged"],
        "include_failed": ["true"],
        "identity_id": [IDENT],
    }
    assert query(api.requests[1]) == {}


@pytest.mark.parametrize(
    ("options", "error"),
    [
        (ContactCorrespondenceOptions(channels="email"), TypeError),
        (ContactCorrespondenceOptions(channels=["fax"]), ValueError),
        (ContactCorrespondenceOptions(after="yesterday"), TypeError),  # type: ignore[arg-type]
        (ContactCorrespondenceOptions(sms_limit=101), ValueError),
        (ContactCorrespondenceOptions(content="everything"), ValueError),
        (ContactCorrespondenceOptions(include_failed="yes"), TypeError),  # type: ignore[arg-type]
        (ContactCorrespondenceOptions(identity_id="nope"), ValueError),
    ],
)
def test_bad_options_never_reach_the_server(
    api: FakeApi, options: ContactCorrespondenceOptions, error: type[Exception]
) -> None:
    with api.sync() as ib, pytest.raises(error):
        ib.contacts.correspondence.get(CONTACT, options)
    assert api.requests == []
