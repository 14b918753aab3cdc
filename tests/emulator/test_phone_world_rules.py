"""The emulator's pure phone-world rules: number allocation, carrier keywords, SMS gates."""

from __future__ import annotations

import pytest

from inkbox_emulator import telephony
from inkbox_emulator.clock import Ids


def test_allocation_uses_real_area_codes_and_valid_exchanges():
    """Local numbers: the state's area codes, NXX exchanges that are never N11 or 555."""
    ids = Ids(seed=7)
    for _ in range(200):
        found = telephony.allocate_number(ids, lambda n: False, kind="local", state="NY")
        assert found is not None
        number, state = found
        assert state == "NY" and number[2:5] in telephony.AREA_CODES["NY"]
        exchange = number[5:8]
        assert exchange[0] in "23456789" and exchange[1:] != "11" and exchange != "555"
        assert len(number) == 12


def test_allocation_any_state_toll_free_and_exhaustion():
    """No state: any area code with its state; toll-free: 8xx and no state; full -> None."""
    ids = Ids(seed=1)
    number, state = telephony.allocate_number(ids, lambda n: False, kind="local") or ("", None)
    assert telephony.STATE_OF_AREA_CODE[number[2:5]] == state
    free, no_state = telephony.allocate_number(ids, lambda n: False, kind="toll_free") or ("", "x")
    assert free[2:5] in telephony.TOLL_FREE_PREFIXES and no_state is None
    assert telephony.allocate_number(ids, lambda n: True, kind="local", state="AK") is None


def test_seeded_allocation_is_reproducible():
    """Two emulators with one seed allocate the same numbers."""
    a = [telephony.allocate_number(Ids(seed=3), lambda n: False, kind="local") for _ in range(3)]
    b = [telephony.allocate_number(Ids(seed=3), lambda n: False, kind="local") for _ in range(3)]
    assert a == b


def test_every_state_and_dc_has_area_codes():
    """50 states plus DC, three-digit codes, no code in two states."""
    assert len(telephony.AREA_CODES) == 51
    codes = [c for group in telephony.AREA_CODES.values() for c in group]
    assert len(codes) == len(set(codes)) and all(len(c) == 3 and c[0] in "23456789" for c in codes)


@pytest.mark.parametrize(
    ("text", "keyword"),
    [("STOP", "stop"), (" stop. ", "stop"), ("Unsubscribe", "stop"), ("START", "start"), ("unstop", "start"),
     ("yes", "start"), ("HELP", "help"), ("stop texting me", None), ("", None), (None, None)],
)  # fmt: skip
def test_keywords(text, keyword):
    """Only a message that is exactly a carrier keyword counts."""
    assert telephony.keyword_of(text) == keyword


def test_sender_gates():
    """Toll-free and pending senders are refused with 409 and a machine-readable code."""
    assert telephony.check_sender(sender_type="local", sender_sms_status="ready") is None
    pending = telephony.check_sender(sender_type="local", sender_sms_status="pending")
    assert pending is not None and (pending.status, pending.error) == (409, "sender_sms_pending")
    assert set(pending.detail()) == {"error", "message"}
    free = telephony.check_sender(sender_type="toll_free", sender_sms_status="ready")
    assert free is not None and free.error == "toll_free_verification_pending"
    failed = telephony.check_sender(sender_type="local", sender_sms_status="assignment_failed")
    assert failed is not None and failed.status == 409


def test_recipient_gates_are_all_or_nothing():
    """One opted-out or unknown recipient refuses the send; own numbers are exempt."""
    opt = {"+12125550001": "opted_in", "+12125550002": "opted_out"}
    own = {"+12125550009"}
    assert (
        telephony.check_recipients(
            ["+12125550001", "+12125550009"], opt_status=opt, own_numbers=own
        )
        is None
    )
    out = telephony.check_recipients(
        ["+12125550001", "+12125550002"], opt_status=opt, own_numbers=own
    )
    assert out is not None and (out.status, out.error, out.recipient) == (
        403,
        "recipient_opted_out",
        "+12125550002",
    )
    unknown = telephony.check_recipients(["+12125550003"], opt_status=opt, own_numbers=own)
    assert unknown is not None and unknown.error == "recipient_not_opted_in"
