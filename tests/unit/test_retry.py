"""The pure retry policy: what is retried, how long to wait, when to give up."""

from __future__ import annotations

import email.utils

import pytest

from inkbox._retry import RetryPolicy, backoff, parse_retry_after

POLICY = RetryPolicy(max_retries=2)


def test_backoff_is_exponential_capped_and_jittered() -> None:
    """min(0.5 * 2**n, 8) seconds, less at most 25%."""
    for attempt, ceiling in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (10, 8.0)]:
        delays = [backoff(attempt) for _ in range(200)]
        assert all(0.75 * ceiling <= d <= ceiling for d in delays)
        assert len(set(delays)) > 1, "jitter spreads clients apart"


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after": "soon"}, None),
        ({"retry-after": "-4"}, None),
        ({}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    """Seconds, milliseconds (which win) and garbage."""
    assert parse_retry_after(headers) == expected


def test_parse_retry_after_http_date() -> None:
    """An HTTP date is turned into seconds from now."""
    now = 1_800_000_000.0
    header = email.utils.formatdate(now + 30, usegmt=True)
    assert parse_retry_after({"retry-after": header}, now=now) == pytest.approx(30, abs=1)
    past = email.utils.formatdate(now - 30, usegmt=True)
    assert parse_retry_after({"retry-after": past}, now=now) == 0.0


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 520, 529])
def test_retryable_statuses(status: int) -> None:
    assert (
        POLICY.delay_after_status("GET", {}, 0, status_code=status, response_headers={}) is not None
    )


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501])
def test_non_retryable_statuses(status: int) -> None:
    assert POLICY.delay_after_status("GET", {}, 0, status_code=status, response_headers={}) is None


@pytest.mark.parametrize("method", ["POST", "PATCH", "DELETE", "PUT"])
def test_unsafe_methods_need_an_idempotency_key(method: str) -> None:
    """Without the spec's word, writes are repeated only when the server can deduplicate them."""
    assert POLICY.delay_after_error(method, {}, 0) is None
    assert POLICY.delay_after_error(method, {"Idempotency-Key": "k"}, 0) is not None


@pytest.mark.parametrize("method", ["PUT", "PATCH", "DELETE", "POST"])
def test_the_operation_decides_over_the_method(method: str) -> None:
    """`x-idempotent` from the spec: true is retried like a GET, false never without a key."""
    assert POLICY.delay_after_error(method, {}, 0, idempotent=True) is not None
    assert POLICY.delay_after_error(method, {}, 0, idempotent=False) is None
    assert POLICY.delay_after_error(method, {"Idempotency-Key": "k"}, 0, idempotent=False)
    retry = {"status_code": 503, "response_headers": {}}
    assert POLICY.delay_after_status(method, {}, 0, idempotent=True, **retry) is not None  # type: ignore[arg-type]
    assert POLICY.delay_after_status(method, {}, 0, idempotent=False, **retry) is None  # type: ignore[arg-type]
    assert POLICY.delay_after_status("GET", {}, 0, idempotent=False, **retry) is None  # type: ignore[arg-type]


def test_retry_after_beyond_the_cap_gives_up() -> None:
    """A server asking for an hour gets its error surfaced, not an hour of waiting."""
    far = {"retry-after": "3600"}
    near = {"retry-after": "2"}
    assert POLICY.delay_after_status("GET", {}, 0, status_code=429, response_headers=far) is None
    assert POLICY.delay_after_status("GET", {}, 0, status_code=429, response_headers=near) == 2.0
    patient = RetryPolicy(max_retries=2, max_retry_after=7200)
    assert patient.delay_after_status("GET", {}, 0, status_code=429, response_headers=far) == 3600


def test_attempts_are_bounded() -> None:
    assert POLICY.delay_after_error("GET", {}, 1) is not None
    assert POLICY.delay_after_error("GET", {}, 2) is None
    assert RetryPolicy(0).delay_after_error("GET", {}, 0) is None


@pytest.mark.parametrize("bad", [-1, 1.5, True, "2"])
def test_max_retries_is_validated(bad: object) -> None:
    with pytest.raises((ValueError, TypeError), match="max_retries"):
        RetryPolicy(bad)  # type: ignore[arg-type]
