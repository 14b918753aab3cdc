"""Where the time goes, path by path: cProfile's top entries by own time, for the calls the
benchmarks measure (in process, on httpx.MockTransport, as `call_worker.py` runs them).

Run: `.venv/bin/python bench/profile_paths.py [--top N]`. Not part of `make bench` (profiling
slows everything several times over; the shares, not the times, are the point).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
_argv, sys.argv = sys.argv, [sys.argv[0], "ours"]  # call_worker reads the client kind from argv
import bench_vault  # noqa: E402
import call_worker  # noqa: E402

sys.argv = _argv

from inkbox.vault import crypto  # noqa: E402


def show(title: str, run: Callable[[], object], top: int) -> None:
    run()  # warm: imports, caches
    profile = cProfile.Profile()
    profile.enable()
    run()
    profile.disable()
    stats = pstats.Stats(profile)
    total = stats.total_tt  # type: ignore[attr-defined]
    print(f"\n{title} (own time, % of {total * 1e3:.0f} ms profiled)")
    entries = sorted(stats.stats.items(), key=lambda item: -item[1][2])  # type: ignore[attr-defined]
    ours = [e for e in entries if "/inkbox" in e[0][0] and "/site-packages/" not in e[0][0]]
    for label, chosen in (("all", entries[:top]), ("our code (inkbox, inkbox_api)", ours[:top])):
        print(f" {label}:")
        for (path, line, name), (_, calls, own, _, _) in chosen:
            short = "/".join(Path(path).parts[-2:]) if path != "~" else "builtin"
            print(f"  {own / total * 100:5.1f}%  {calls:7d}  {short}:{line}({name})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    sync = call_worker.sync_client()
    aclient = call_worker.async_client()
    runner = asyncio.Runner()

    def calls(case: str, n: int) -> Callable[[], None]:
        return lambda: [call_worker.sync_case(sync, case) for _ in range(n)] and None

    def acalls(case: str, n: int) -> Callable[[], None]:
        async def batch() -> None:
            for _ in range(n):
                await call_worker.async_case(aclient, case)

        return lambda: runner.run(batch())

    show("sync get_identity (medium), 2,000 calls", calls("medium", 2000), args.top)
    show("async get_identity (medium), 2,000 calls", acalls("amedium", 2000), args.top)
    show("sync page of 100 messages (large), 100 calls", calls("large", 100), args.top)
    show(
        "iterating 10,000 messages",
        lambda: call_worker.iterate(call_worker.sync_client(100)),
        args.top,
    )
    wrapped, key_ids, entries, _ = bench_vault.build_vault(1000)
    derived = crypto.derive_key(bench_vault.VAULT_KEY, bench_vault.ORG_ID)
    org_key, _ = crypto.find_org_key(derived.master_key, wrapped, key_ids)
    show(
        "vault: decrypt and type 1,000 secrets (the unlock after Argon2id)",
        lambda: crypto.decrypt_secrets(org_key, entries),
        args.top,
    )


if __name__ == "__main__":
    main()
