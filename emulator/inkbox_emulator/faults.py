"""Fault injection: error statuses, dropped connections and latency, reproducible by seed.

A plan is written `rate=0.1,status=503,retry_after=1,drop=0.05,latency_ms=50`:

- `rate` (0..1): share of API requests answered with `status` (default 503) *before* the
  handler runs, so nothing is stored; `retry_after` (seconds) adds a `Retry-After` header and
  `retry_after_ms` a `Retry-After-Ms` one (fast tests); `status=429` is the rate-limit case.
- `drop` (0..1): share of API requests whose connection is cut *after* the handler ran and
  committed, before a byte of the answer is sent (the client sees a disconnect). This is the
  case idempotency keys exist for: a retry must replay, not resend.
- `latency_ms`: added to every API request.
- `methods` (e.g. `POST+PATCH`) and `path` (a prefix) narrow which requests are eligible.

Draws come from one `random.Random(seed)`, one draw per eligible request, so a sequential test
run with the same seed fails the same requests. `/_emulator/` hooks are never faulted.
"""

from __future__ import annotations

import random
from typing import Literal

import attrs

__all__ = ["FaultInjector", "FaultPlan", "parse_faults"]


@attrs.frozen
class FaultPlan:
    rate: float = 0.0
    status: int = 503
    retry_after: int | None = None
    retry_after_ms: int | None = None
    drop: float = 0.0
    latency_ms: int = 0
    methods: frozenset[str] = frozenset()
    path: str = ""

    @property
    def active(self) -> bool:
        return self.rate > 0 or self.drop > 0 or self.latency_ms > 0

    def describe(self) -> str:
        parts = []
        if self.rate:
            parts += [f"rate={self.rate:g}", f"status={self.status}"]
            if self.retry_after is not None:
                parts.append(f"retry_after={self.retry_after}")
            if self.retry_after_ms is not None:
                parts.append(f"retry_after_ms={self.retry_after_ms}")
        if self.drop:
            parts.append(f"drop={self.drop:g}")
        if self.latency_ms:
            parts.append(f"latency_ms={self.latency_ms}")
        if self.methods:
            parts.append("methods=" + "+".join(sorted(self.methods)))
        if self.path:
            parts.append(f"path={self.path}")
        return ",".join(parts) or "none"


def parse_faults(spec: str | None) -> FaultPlan:
    """`"rate=0.1,status=503"` -> FaultPlan; raises ValueError naming the bad part."""
    if not spec or spec.strip() in ("", "none", "off"):
        return FaultPlan()
    fields: dict[str, object] = {}
    for part in spec.split(","):
        name, sep, value = part.strip().partition("=")
        if not sep:
            raise ValueError(f"fault setting {part!r} is not name=value")
        try:
            if name in ("rate", "drop"):
                share = float(value)
                if not 0 <= share <= 1:
                    raise ValueError
                fields[name] = share
            elif name in ("status", "retry_after", "retry_after_ms", "latency_ms"):
                number = int(value)
                if number < 0 or (name == "status" and not 400 <= number <= 599):
                    raise ValueError
                fields[name] = number
            elif name == "methods":
                fields[name] = frozenset(m.upper() for m in value.split("+") if m)
            elif name == "path":
                fields[name] = value
            else:
                raise KeyError(name)
        except KeyError:
            raise ValueError(f"unknown fault setting {name!r}") from None
        except ValueError:
            raise ValueError(f"bad value for fault setting {name!r}: {value!r}") from None
    return FaultPlan(**fields)  # type: ignore[arg-type]


Verdict = Literal["pass", "fail", "drop"]


class FaultInjector:
    """Holds the current plan (switchable at runtime) and the seeded generator."""

    def __init__(self, plan: FaultPlan, seed: int | None) -> None:
        self.plan = plan
        self._random = random.Random(seed)
        self.counts: dict[str, int] = {"fail": 0, "drop": 0}

    def replace(self, plan: FaultPlan, seed: int | None = None) -> None:
        self.plan = plan
        if seed is not None:
            self._random = random.Random(seed)
        self.counts = {"fail": 0, "drop": 0}

    def failure_headers(self) -> dict[str, str]:
        headers = {}
        if self.plan.retry_after is not None:
            headers["Retry-After"] = str(self.plan.retry_after)
        if self.plan.retry_after_ms is not None:
            headers["Retry-After-Ms"] = str(self.plan.retry_after_ms)
        return headers

    def decide(self, method: str, path: str) -> Verdict:
        plan = self.plan
        if not (plan.rate or plan.drop):
            return "pass"
        if plan.methods and method not in plan.methods:
            return "pass"
        if plan.path and not path.startswith(plan.path):
            return "pass"
        draw = self._random.random()
        if draw < plan.rate:
            self.counts["fail"] += 1
            return "fail"
        if draw < plan.rate + plan.drop:
            self.counts["drop"] += 1
            return "drop"
        return "pass"
