"""`make bench`: every benchmark, each printing ratios against a baseline measured in the same run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = [
    "bench_import.py",
    "bench_calls.py",
    "bench_vault.py",
    "bench_vault_unlock.py",
    "bench_emulator.py",
    "bench_tunnel.py",
]


def main() -> None:
    failed = []
    for name in BENCHES:
        path = HERE / name
        if not path.exists():
            continue
        print(f"== {name}", flush=True)
        if subprocess.run([sys.executable, str(path)], check=False).returncode != 0:
            failed.append(name)
    if failed:
        raise SystemExit(f"benchmarks failed: {failed}")


if __name__ == "__main__":
    main()
