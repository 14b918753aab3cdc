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
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _rows import emit

from tests.interop.official import official_python

RUNS = 11
TIMER = "import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"
# the construction alone, the import done before the clock starts
CONSTRUCT = "from inkbox import Inkbox; import time; t = time.perf_counter(); Inkbox('k', base_url='http://localhost'); print(time.perf_counter() - t)"
CONSTRUCT_OFFICIAL = CONSTRUCT.replace("Inkbox('k',", "Inkbox(api_key='k',")


def median_ms(python: str | Path, stmt: str, runs: int = RUNS) -> float:
    code = stmt if "perf_counter" in stmt else TIMER.format(stmt=stmt)
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
    ours_import = rows[1][1]
    theirs_import = theirs if official is not None else None
    emit(
        "import inkbox, ms (baseline: import httpx)",
        "ms",
        ours_import,
        httpx_ms,
        theirs_import,
        target="< official" if theirs_import else None,
        ok=ours_import < theirs_import if theirs_import else None,
    )
    construct = median_ms(here, CONSTRUCT)
    emit(
        "Inkbox() construction beyond the import, ms",
        "ms",
        construct,
        None,
        median_ms(official, CONSTRUCT_OFFICIAL) if official is not None else None,
        target="<= 5 ms",
        ok=construct <= 5,
    )
    print(f"  {'Inkbox() alone (after the import)':<36} {construct:8.1f} ms")


if __name__ == "__main__":
    main()
