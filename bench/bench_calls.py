"""Per-call overhead and async throughput, against a canned local server, all in one run.

(b) 2,000 sequential `get_identity` GETs: `inkbox.Inkbox` vs raw `httpx.Client` (GET + JSON)
    vs the official inkbox==0.7.20 (its own venv).
(c) 2,000 GETs, 50 in flight: `inkbox.AsyncInkbox` vs raw `httpx.AsyncClient`.

Every client runs in a fresh process against the same server process; the best of `--repeat`
runs is reported, so a noisy neighbour inflates nothing it did not touch every time.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from tests.interop.official import official_python  # noqa: E402 (one venv builder for tests and benches)

N = 2000
CONCURRENCY = 50

SYNC_INKBOX = """
import time
from inkbox import Inkbox
with Inkbox("ApiKey_bench", base_url=URL) as ib:
    ib.get_identity("bench")  # warm the connection
    t = time.perf_counter()
    for _ in range(N):
        ib.get_identity("bench").email_address
    print(time.perf_counter() - t)
"""

SYNC_HTTPX = """
import time, httpx
with httpx.Client(base_url=URL, headers={"X-API-Key": "ApiKey_bench"}) as c:
    c.get("/api/v1/identities/bench").json()
    t = time.perf_counter()
    for _ in range(N):
        c.get("/api/v1/identities/bench").json()["email_address"]
    print(time.perf_counter() - t)
"""

SYNC_OFFICIAL = """
import time
from inkbox import Inkbox
with Inkbox(api_key="ApiKey_bench", base_url=URL) as ib:
    ib.get_identity("bench")
    t = time.perf_counter()
    for _ in range(N):
        ib.get_identity("bench").email_address
    print(time.perf_counter() - t)
"""

ASYNC_INKBOX = """
import asyncio, time
from inkbox import AsyncInkbox
async def main():
    async with AsyncInkbox("ApiKey_bench", base_url=URL) as ib:
        await ib.get_identity("bench")
        sem = asyncio.Semaphore(C)
        async def one():
            async with sem:
                (await ib.get_identity("bench")).email_address
        t = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(N)))
        print(time.perf_counter() - t)
asyncio.run(main())
"""

ASYNC_HTTPX = """
import asyncio, time, httpx
async def main():
    async with httpx.AsyncClient(base_url=URL, headers={"X-API-Key": "ApiKey_bench"}) as c:
        (await c.get("/api/v1/identities/bench")).json()
        sem = asyncio.Semaphore(C)
        async def one():
            async with sem:
                (await c.get("/api/v1/identities/bench")).json()["email_address"]
        t = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(N)))
        print(time.perf_counter() - t)
asyncio.run(main())
"""


def timed(python: str | Path, script: str, url: str, repeat: int) -> float:
    code = f"URL = {url!r}; N = {N}; C = {CONCURRENCY}\n" + script
    best = float("inf")
    for _ in range(repeat):
        out = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=False)
        if out.returncode != 0:
            raise SystemExit(f"bench client failed:\n{out.stderr[-3000:]}")
        best = min(best, float(out.stdout.strip().splitlines()[-1]))
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    server = subprocess.Popen(
        [sys.executable, str(HERE / "canned_server.py")], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        url = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        me = sys.executable
        raw = timed(me, SYNC_HTTPX, url, args.repeat)
        ours = timed(me, SYNC_INKBOX, url, args.repeat)
        print(f"(b) {N} sequential GET /api/v1/identities/{{h}}, best of {args.repeat}")
        print(f"    raw httpx.Client + .json()     {raw * 1e6 / N:8.1f} us/call   1.00x")
        print(
            f"    inkbox.Inkbox.get_identity     {ours * 1e6 / N:8.1f} us/call   {ours / raw:5.2f}x"
        )
        official = official_python("0.7.20")
        if official is not None:
            theirs = timed(official, SYNC_OFFICIAL, url, args.repeat)
            print(
                f"    official 0.7.20 get_identity   {theirs * 1e6 / N:8.1f} us/call   {theirs / raw:5.2f}x"
            )
        araw = timed(me, ASYNC_HTTPX, url, args.repeat)
        aours = timed(me, ASYNC_INKBOX, url, args.repeat)
        print(f"(c) {N} GETs, {CONCURRENCY} in flight, best of {args.repeat}")
        print(f"    raw httpx.AsyncClient          {N / araw:8.0f} req/s     1.00x time")
        print(
            f"    inkbox.AsyncInkbox             {N / aours:8.0f} req/s     {aours / araw:5.2f}x time"
        )
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
