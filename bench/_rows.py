"""The one row format every benchmark script emits, and `run.py` turns into one table.

A row is a line on stdout: `@row ` followed by a JSON object with
  name      what was measured (unique across the run), e.g. "calls: medium sync (us/call)"
  unit      of the three values: "us", "ms", "s", "MB", ... (lower is better for all of them)
  ours      our client's value
  baseline  the reference's value in the same run (raw httpx, the floor, the app directly ...)
  official  the official inkbox==0.7.20's value in the same run, or null
  target    the goal in words, or null ("<= 1.05x baseline", "<= official", "<= 5 ms")
  ok        whether `ours` meets the target in this run, or null without one
`run.py` adds the ratios ours/baseline and official/baseline. Any other output of a script is
shown as it runs (details, profiles); only these lines make the table.
"""

from __future__ import annotations

import json
import math
import sys

PREFIX = "@row "


def emit(
    name: str,
    unit: str,
    ours: float,
    baseline: float | None,
    official: float | None = None,
    *,
    target: str | None = None,
    ok: bool | None = None,
) -> None:
    def clean(value: float | None) -> float | None:
        return None if value is None or not math.isfinite(value) else round(value, 4)

    row = {
        "name": name,
        "unit": unit,
        "ours": clean(ours),
        "baseline": clean(baseline),
        "official": clean(official),
        "target": target,
        "ok": ok,
    }
    sys.stdout.write(PREFIX + json.dumps(row) + "\n")
    sys.stdout.flush()


def emit_below_official(
    name: str, unit: str, ours: float, baseline: float | None, official: float | None
) -> None:
    """A row whose target is being below the official client (none when it did not run)."""
    emit(
        name,
        unit,
        ours,
        baseline,
        official,
        target=None if official is None else "< official",
        ok=None if official is None else ours < official,
    )
