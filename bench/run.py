"""`make bench`: every benchmark, then one table of every row they emitted (`_rows.py`).

Each script runs in its own process with a time budget; what it prints shows as it runs, and
its `@row` lines (name, unit, ours, baseline, official, target, ok) make the table, with the
ratios ours/baseline and official/baseline computed here. A script that fails or overruns its
budget is named at the end and fails the run.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _rows import PREFIX  # noqa: E402

# (script, arguments, budget in seconds); the whole run stays under five minutes
BENCHES: list[tuple[str, list[str], int]] = [
    ("bench_import.py", [], 50),
    ("bench_calls.py", [], 80),
    ("bench_vault.py", [], 15),
    ("bench_vault_unlock.py", [], 35),
    ("bench_emulator.py", ["--quick"], 45),
    ("bench_tunnel.py", [], 75),
]


def run(name: str, args: list[str], budget: int) -> tuple[list[dict[str, object]], str | None]:
    rows: list[dict[str, object]] = []
    # its own process group: a script over budget is stopped with every process it started
    proc = subprocess.Popen(
        [sys.executable, str(HERE / name), *args],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert proc.stdout is not None
    # a script that goes quiet is stopped too: the timer does not wait for its next line
    timer = threading.Timer(budget, stop, [proc])
    timer.start()
    try:
        for line in proc.stdout:
            if line.startswith(PREFIX):
                rows.append(json.loads(line[len(PREFIX) :]))
            else:
                sys.stdout.write("    " + line)
                sys.stdout.flush()
        code = proc.wait()
    finally:
        timer.cancel()
    if code == -signal.SIGKILL:
        return rows, f"over its {budget} s budget"
    return rows, None if code == 0 else f"exit status {code}"


def stop(proc: subprocess.Popen[str]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


def ratio(value: object, baseline: object) -> str:
    if not isinstance(value, int | float) or not isinstance(baseline, int | float) or not baseline:
        return "-"
    return f"{value / baseline:.2f}x"


def number(value: object) -> str:
    return f"{value:.1f}" if isinstance(value, int | float) else "-"


def table(rows: list[dict[str, object]]) -> None:
    header = (
        "benchmark",
        "unit",
        "ours",
        "baseline",
        "official",
        "ours/base",
        "off/base",
        "target",
        "ok",
    )
    lines = [header]
    for row in rows:
        ok = row.get("ok")
        lines.append(
            (
                str(row["name"]),
                str(row["unit"]),
                number(row.get("ours")),
                number(row.get("baseline")),
                number(row.get("official")),
                ratio(row.get("ours"), row.get("baseline")),
                ratio(row.get("official"), row.get("baseline")),
                str(row.get("target") or "-"),
                "-" if ok is None else ("yes" if ok else "NO"),
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for index, line in enumerate(lines):
        cells = [
            cell.ljust(widths[i]) if i in (0, 1, 7) else cell.rjust(widths[i])
            for i, cell in enumerate(line)
        ]
        print("  ".join(cells).rstrip())
        if index == 0:
            print("  ".join("-" * w for w in widths))


def main() -> None:
    started = time.monotonic()
    rows: list[dict[str, object]] = []
    failed = []
    for name, args, budget in BENCHES:
        if not (HERE / name).exists():
            continue
        print(f"== {name}", flush=True)
        began = time.monotonic()
        got, problem = run(name, args, budget)
        rows += got
        print(f"   ({time.monotonic() - began:.0f} s)", flush=True)
        if problem:
            failed.append(f"{name}: {problem}")
    print(f"\n== all benchmarks, {time.monotonic() - started:.0f} s (ratios: lower is better)")
    table(rows)
    if failed:
        raise SystemExit(f"benchmarks failed: {failed}")


if __name__ == "__main__":
    main()
