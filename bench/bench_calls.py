"""Per-call cost of our client against raw httpx + `json` and the official inkbox==0.7.20.

In process, on `httpx.MockTransport` (the network and the server drop out): a small (`whoami`),
a medium (an identity with its mailbox) and a large answer (a page of 100 messages, iterated),
sync and async, plus iterating 100,000 messages (time per message; also by hand over the typed
pages, without the pager) and the tracemalloc peak at 10,000 and 100,000 messages (which must
not grow with the count). Over loopback, against the
canned server in a process of its own: sequential `get_identity`, and 50 in flight on the async
client.

Each client is a long-lived worker process (`call_worker.py`; the official SDK's under its own
venv) and the rounds are interleaved, every round in a new order; the minimum of the rounds is
kept, so load from elsewhere on the machine inflates nothing it did not hit every time.

Run: `.venv/bin/python bench/bench_calls.py [--rounds R] [--quick]`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from _rows import emit, emit_below_official  # noqa: E402

from tests.interop.official import official_python  # noqa: E402

# calls per round: short rounds (some 5 ms) are more often left alone by the scheduler
CALLS = {"small": 50, "medium": 50, "large": 6, "asmall": 50, "amedium": 50, "alarge": 6}
LABELS = {"small": "whoami", "medium": "identity+mailbox", "large": "page of 100 messages"}
ITERATE_PAGES = 1000  # timed: 100,000 messages
PEAK_PAGES = 1000  # memory: 100,000 messages
LOOP_CALLS = 200
INFLIGHT_CALLS = 400
LOOPBACK_ROUNDS = 7


class Worker:
    def __init__(self, kind: str, python: Path | str) -> None:
        env = dict(os.environ)
        if kind == "official":
            # its own venv only: neither our sources nor the user's ~/.inkbox/config
            env = {"PATH": os.environ.get("PATH", ""), "HOME": "/nonexistent"}
        self.kind = kind
        self.proc = subprocess.Popen(
            [str(python), str(HERE / "call_worker.py"), kind],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=str(HERE),
        )

    def ask(self, case: str, n: int, **extra: Any) -> float:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps({"case": case, "n": n, **extra}) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise SystemExit(f"the {self.kind} worker died on {case}")
        return float(json.loads(line)["value"])

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def interleaved(
    workers: list[Worker], case: str, n: int, rounds: int, **extra: Any
) -> dict[str, float]:
    """Min over `rounds` of each worker's answer, the order rotating every round."""
    for worker in workers:  # warm-up: imports, lazy modules, caches, connections
        worker.ask(case, max(1, n // 4), **extra)
    best = {w.kind: float("inf") for w in workers}
    for r in range(rounds):
        order = workers[r % len(workers) :] + workers[: r % len(workers)]
        for worker in order:
            best[worker.kind] = min(best[worker.kind], worker.ask(case, n, **extra))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, help="interleaved rounds (default 30)")
    parser.add_argument("--quick", action="store_true", help="fewer rounds, no loopback")
    args = parser.parse_args()
    rounds = args.rounds or (10 if args.quick else 30)

    official = official_python("0.7.20")
    raw, ours = Worker("raw", sys.executable), Worker("ours", sys.executable)
    theirs = Worker("official", official) if official is not None else None
    sync_workers = [raw, ours] + ([theirs] if theirs else [])
    try:
        print(f"in-process on httpx.MockTransport, CPU time, min of {rounds} interleaved rounds")
        for case in ("small", "medium", "large"):
            for mode, key in (("sync", case), ("async", "a" + case)):
                workers = sync_workers if mode == "sync" else [raw, ours]
                best = interleaved(workers, key, CALLS[key], rounds)
                us = {k: v * 1e6 for k, v in best.items()}
                extra = us["ours"] - us["raw"]
                line = f"  {mode:5} {LABELS[case]:<22} raw {us['raw']:8.1f} us  ours {us['ours']:8.1f} us (+{extra:6.1f})"
                if "official" in us:
                    line += (
                        f"  official {us['official']:8.1f} us (+{us['official'] - us['raw']:6.1f})"
                    )
                print(line, flush=True)
                target, ok = None, None
                if case == "medium":
                    target = "ours - raw <= 25 us" + (" and < official" if "official" in us else "")
                    ok = extra <= 25 and us["ours"] < us.get("official", float("inf"))
                emit(
                    f"call {mode} {case} ({LABELS[case]}), us/call",
                    "us",
                    us["ours"],
                    us["raw"],
                    us.get("official"),
                    target=target,
                    ok=ok,
                )
        best = interleaved(sync_workers, "iterate", ITERATE_PAGES, 3)
        by_hand = interleaved([ours], "iterate_pages", ITERATE_PAGES, 3)["ours"]
        count = ITERATE_PAGES * 100
        print(
            f"  iterate {count:,} messages, us/msg: raw httpx dicts {best['raw'] * 1e6:.2f}, "
            f"ours {best['ours'] * 1e6:.2f}, ours by hand (generated op, typed pages, no pager) "
            f"{by_hand * 1e6:.2f}",
            flush=True,
        )
        emit(
            f"iterate {count:,} messages, us/message",
            "us",
            best["ours"] * 1e6,
            best["raw"] * 1e6,
            best["official"] * 1e6 if "official" in best else None,
            target="<= 1.1x raw page loop",
            ok=best["ours"] <= 1.1 * best["raw"],
        )
        emit(
            f"iterate {count:,} messages: pager vs a hand-written loop of typed pages, us/message",
            "us",
            best["ours"] * 1e6,
            by_hand * 1e6,
            target="<= 1.1x the loop by hand",
            ok=best["ours"] <= 1.1 * by_hand,
        )
        # 10,000 messages are past the garbage collector's lag (answers are freed in batches),
        # so the peak from then on is what one page and the pager keep
        peaks = {w.kind: (w.ask("peak", 100), w.ask("peak", PEAK_PAGES)) for w in (raw, ours)}
        for kind, (small, large) in peaks.items():
            print(
                f"  {kind}: tracemalloc peak iterating 10,000 messages {small / 1e3:.0f} kB, "
                f"{PEAK_PAGES * 100:,} {large / 1e3:.0f} kB"
            )
        growth = {kind: large / small for kind, (small, large) in peaks.items()}
        emit(
            f"iterate memory: peak at {PEAK_PAGES * 100:,} / peak at 10,000 messages",
            "x",
            growth["ours"],
            growth["raw"],
            target="<= 1.1 (one page in memory)",
            ok=growth["ours"] <= 1.1,
        )
        if not args.quick:
            loopback(sync_workers, raw, ours, LOOPBACK_ROUNDS)
    finally:
        for worker in sync_workers:
            worker.close()


def loopback(sync_workers: list[Worker], raw: Worker, ours: Worker, rounds: int) -> None:
    server = subprocess.Popen(
        [sys.executable, str(HERE / "canned_server.py")], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        url = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        best = interleaved(sync_workers, "loop", LOOP_CALLS, rounds, url=url)
        us = {k: v * 1e6 for k, v in best.items()}
        print(
            f"  loopback get_identity: raw {us['raw']:.1f} us, ours {us['ours']:.1f} us, official {us.get('official', float('nan')):.1f} us",
            flush=True,
        )
        emit_below_official(
            "loopback sync get_identity, us/call", "us", us["ours"], us["raw"], us.get("official")
        )
        best = interleaved([raw, ours], "inflight", INFLIGHT_CALLS, rounds, url=url)
        print(
            f"  loopback 50 in flight: raw {best['raw'] * 1e6:.1f} us/req, ours {best['ours'] * 1e6:.1f} us/req",
            flush=True,
        )
        emit(
            f"loopback async get_identity, 50 in flight ({INFLIGHT_CALLS} requests), us/request",
            "us",
            best["ours"] * 1e6,
            best["raw"] * 1e6,
            target="<= 1.05x raw httpx.AsyncClient",
            ok=best["ours"] <= 1.05 * best["raw"],
        )
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
