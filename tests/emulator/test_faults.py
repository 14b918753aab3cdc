"""Fault injection: reproducible with a seed, switchable per test, and survivable by the SDK
(retries + idempotency keys store every message exactly once)."""

from __future__ import annotations

import httpx
import pytest

from inkbox_emulator.faults import parse_faults


def test_fault_spec_parsing():
    """Specs parse to plans; bad settings are refused with a message naming them."""
    plan = parse_faults(
        "rate=0.1,status=503,retry_after=1,drop=0.05,latency_ms=50,methods=POST+PATCH,path=/api/v1/mail"
    )
    assert (plan.rate, plan.status, plan.retry_after, plan.drop, plan.latency_ms) == (
        0.1,
        503,
        1,
        0.05,
        50,
    )
    assert plan.methods == frozenset({"POST", "PATCH"})
    assert parse_faults("").active is False
    for bad in ("rate=2", "status=200", "colour=red", "rate"):
        with pytest.raises(ValueError):
            parse_faults(bad)


def _statuses(emulator, n: int) -> list[int]:
    with emulator.client() as client:
        return [client.get("/api/whoami").status_code for _ in range(n)]


def test_faults_are_deterministic_with_a_seed(inkbox_emulator):
    """The same seed fails the same requests; the 429 carries Retry-After."""
    inkbox_emulator.set_faults("rate=0.3,status=429,retry_after=7", seed=42)
    first = _statuses(inkbox_emulator, 30)
    inkbox_emulator.set_faults("rate=0.3,status=429,retry_after=7", seed=42)
    second = _statuses(inkbox_emulator, 30)
    assert first == second
    assert 3 <= first.count(429) <= 18 and first.count(200) + first.count(429) == 30
    with inkbox_emulator.client() as client:
        for _ in range(20):
            response = client.get("/api/whoami")
            if response.status_code == 429:
                assert response.headers["Retry-After"] == "7"
                break
    inkbox_emulator.set_faults("")
    assert set(_statuses(inkbox_emulator, 10)) == {200}


def test_dropped_connection_after_commit_is_healed_by_the_idempotency_key(inkbox_emulator):
    """A drop loses the answer, not the write; the retry with the same key replays it."""
    with inkbox_emulator.client() as client:
        client.post("/api/v1/identities/", json={"agent_handle": "dropper"})
        inkbox_emulator.set_faults("drop=1,methods=POST")
        body = {"recipients": {"to": ["x@example.com"]}, "subject": "lost answer"}
        send = "/api/v1/mail/mailboxes/dropper@inkboxmail.com/messages"
        with pytest.raises(httpx.TransportError):
            client.post(send, json=body, headers={"Idempotency-Key": "k-drop"})
        inkbox_emulator.set_faults("")
        retry = client.post(send, json=body, headers={"Idempotency-Key": "k-drop"})
        assert retry.status_code == 200 and retry.headers["Idempotent-Replayed"] == "true"
        assert len(client.get(send).json()["items"]) == 1


def test_500_sends_through_10_percent_503s_store_exactly_500(inkbox_emulator):
    """`identity.send_email` x 500 under 10% injected 503s and 2% drops: exactly 500 stored.

    The SDK makes one Idempotency-Key per send and reuses it on every retry, so a send whose
    answer was lost is replayed by the emulator, never stored twice.
    """
    import inkbox

    with inkbox.Inkbox(
        api_key=inkbox_emulator.admin_key, base_url=inkbox_emulator.url, max_retries=3
    ) as client:
        identity = client.create_identity("bulk")
        inkbox_emulator.set_faults("rate=0.1,status=503,retry_after_ms=1,drop=0.02", seed=7)
        for i in range(500):
            sent = identity.send_email(to=["list@example.com"], subject=f"n{i}")
            assert sent.subject == f"n{i}"
    state = inkbox_emulator.hook("GET", "/state")
    inkbox_emulator.set_faults("")
    assert state["fault_counts"]["fail"] >= 30  # the faults really happened
    assert state["fault_counts"]["drop"] >= 3
    assert state["messages"] == 500
    subjects = {m["subject"] for m in inkbox_emulator.outside_mail(to="list@example.com")}
    assert subjects == {f"n{i}" for i in range(500)}
