"""Import cost: `import inkbox` (and `from inkbox import Inkbox`) against `import httpx`, and
against the official inkbox==0.7.20 in its own venv — all measured in this run.

Each statement runs in a fresh interpreter (warm .pyc), timed inside the process with
perf_counter around the import alone; the median of N runs is reported.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.interop.official import official_python  # one venv builder for tests and benches

RUNS = 21
TIMER = "import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"


def median_ms(python: str | Path, stmt: str, runs: int = RUNS) -> float:
    code = TIMER.format(stmt=stmt)
    subprocess.run([str(python), "-c", code], check=True, capture_output=True)  # warm .pyc
    samples = []
    for _ in range(runs):
        out = subprocess.run([str(python), "-c", code], check=True, capture_output=True, text=True)
        samples.append(float(out.stdout) * 1000)
    return statistics.median(samples)


def main() -> None:
    here = sys.executable
    httpx_ms = median_ms(here, "import httpx")
    rows = [
        ("import httpx (baseline)", httpx_ms),
        ("import inkbox", median_ms(here, "import inkbox")),
        ("from inkbox import Inkbox", median_ms(here, "from inkbox import Inkbox")),
        (
            "Inkbox(...) constructed",
            median_ms(here, "from inkbox import Inkbox; Inkbox('k', base_url='http://localhost')"),
        ),
        ("import inkbox_api", median_ms(here, "import inkbox_api")),
    ]
    official = official_python("0.7.20")
    print(
        f"import time, median of {RUNS} fresh interpreters (ratio: against httpx in the same venv)"
    )
    for label, ms in rows:
        print(f"  {label:<36} {ms:8.1f} ms   {ms / httpx_ms:5.2f}x")
    if official is not None:
        own_httpx = median_ms(official, "import httpx")
        theirs = median_ms(official, "import inkbox")
        print(f"  {'official 0.7.20: import httpx':<36} {own_httpx:8.1f} ms   1.00x (its venv)")
        print(
            f"  {'official 0.7.20: import inkbox':<36} {theirs:8.1f} ms   {theirs / own_httpx:5.2f}x"
        )


if __name__ == "__main__":
    main()
