"""`inkbox.sms_opt_ins`: the paths and filters sent, rows parsed, numbers checked before HTTP."""

from __future__ import annotations

import pytest

from inkbox import SmsOptIn, SmsOptInSource, SmsOptInStatus

from . import _phone_contact_samples as s
from ._fake_api import FakeApi, query

BASE = "/api/v1/phone/sms-opt-ins"
NUMBER = "+15551234567"


def _row(status: str = "opted_in", source: str = "api") -> dict[str, object]:
    return {
        "id": s.uid(),
        "organization_id": "org_1",
        "receiver_number": NUMBER,
        "status": status,
        "source": source,
        "opted_in_at": s.NOW if status == "opted_in" else None,
        "opted_out_at": s.NOW if status == "opted_out" else None,
        "created_at": s.NOW,
        "updated_at": s.NOW,
    }


def test_calls_and_their_requests(api: FakeApi) -> None:
    api.on("GET", BASE, [_row()])
    api.on("GET", f"{BASE}/{NUMBER}", _row(source="sms"))
    api.on("POST", f"{BASE}/{NUMBER}/opt-in", _row())
    api.on("POST", f"{BASE}/{NUMBER}/opt-out", _row("opted_out"))
    with api.sync() as ib:
        listed = ib.sms_opt_ins.list()
        ib.sms_opt_ins.list(status=SmsOptInStatus.OPTED_OUT, limit=10, offset=20)
        got = ib.sms_opt_ins.get(NUMBER)
        opted_in = ib.sms_opt_ins.opt_in(NUMBER)
        opted_out = ib.sms_opt_ins.opt_out(NUMBER)
    assert isinstance(listed[0], SmsOptIn) and listed[0].status == SmsOptInStatus.OPTED_IN
    assert got.source == SmsOptInSource.SMS
    assert opted_in.opted_out_at is None
    assert opted_out.status == SmsOptInStatus.OPTED_OUT and opted_out.opted_in_at is None
    assert query(api.requests[0]) == {}  # the server's defaults apply
    assert query(api.requests[1]) == {"status": ["opted_out"], "limit": ["10"], "offset": ["20"]}
    assert [r.content for r in api.requests[3:]] == [b"", b""]


def test_iter_pages_until_a_short_page(api: FakeApi) -> None:
    api.on("GET", BASE, [_row(), _row()], [_row()])
    with api.sync() as ib:
        rows = list(ib.sms_opt_ins.iter(status="opted_in", page_size=2))
    assert len(rows) == 3
    assert [query(r) for r in api.requests] == [
        {"status": ["opted_in"], "limit": ["2"], "offset": ["0"]},
        {"status": ["opted_in"], "limit": ["2"], "offset": ["2"]},
    ]


@pytest.mark.parametrize("bad", ["5551234567", "+0555123456", "+1555", "+1 555 123 4567", " "])
def test_numbers_are_checked_before_any_request(api: FakeApi, bad: str) -> None:
    with api.sync() as ib:
        for call in (ib.sms_opt_ins.get, ib.sms_opt_ins.opt_in, ib.sms_opt_ins.opt_out):
            with pytest.raises(ValueError, match="receiver_number"):
                call(bad)
        with pytest.raises(ValueError, match="status must be one of"):
            ib.sms_opt_ins.list(status="unknown")
    assert api.requests == []
