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

from _rows import emit, emit_below_official

from tests.interop.official import official_python

HERE = Path(__file__).resolve().parent
RUNS = 5
TIMER = "import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"
# the construction alone, the import done before the clock starts
CONSTRUCT = "from inkbox import Inkbox; import time; t = time.perf_counter(); Inkbox('k', base_url='http://localhost'); print(time.perf_counter() - t)"
CONSTRUCT_OFFICIAL = CONSTRUCT.replace("Inkbox('k',", "Inkbox(api_key='k',")


def once_ms(python: str | Path, stmt: str) -> float:
    """`stmt` timed in a fresh interpreter (a statement that times itself prints its seconds)."""
    code = stmt if "perf_counter" in stmt else TIMER.format(stmt=stmt)
    out = subprocess.run([str(python), "-c", code], check=True, capture_output=True, text=True)
    return float(out.stdout) * 1000


def median_ms(python: str | Path, stmt: str, runs: int = RUNS) -> float:
    once_ms(python, stmt)  # warm .pyc
    return statistics.median(once_ms(python, stmt) for _ in range(runs))


FIRST_CALL = {
    "raw": "import httpx; httpx.Client(base_url=URL, headers={'X-API-Key': 'k'}).get('/api/v1/identities/bench').json()['email_address']",
    "ours": "from inkbox import Inkbox; Inkbox('k', base_url=URL).get_identity('bench').email_address",
    "official": "from inkbox import Inkbox; Inkbox(api_key='k', base_url=URL).get_identity('bench').email_address",
}


def first_call(official: Path | None) -> None:
    """`import` + construct + one GET, cold, in a fresh interpreter, against the canned server,
    less the same with raw httpx in the same venv: the venvs differ in what httpx and httpcore
    import (ours has click, rich and trio, which they load when installed), so only the part
    above httpx compares across venvs. The rounds alternate raw and client, venv by venv."""
    server = subprocess.Popen(
        [sys.executable, str(HERE / "canned_server.py")], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        url = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        venvs = {"ours": Path(sys.executable)}
        if official is not None:
            venvs["official"] = official
        raw_ms: dict[str, float] = {}
        beyond: dict[str, float] = {}
        for kind, python in venvs.items():
            raw_code = f"URL = {url!r}; " + FIRST_CALL["raw"]
            code = f"URL = {url!r}; " + FIRST_CALL[kind]
            once_ms(python, raw_code)  # warm .pyc
            once_ms(python, code)
            raw_samples, samples = [], []
            for _ in range(RUNS):
                raw_samples.append(once_ms(python, raw_code))
                samples.append(once_ms(python, code))
            raw_ms[kind] = statistics.median(raw_samples)
            beyond[kind] = statistics.median(samples) - raw_ms[kind]
            print(
                f"  {kind + ': import + first call':<36} {beyond[kind] + raw_ms[kind]:8.1f} ms"
                f"   ({beyond[kind]:.1f} ms beyond raw httpx's {raw_ms[kind]:.1f} ms)"
            )
    finally:
        server.terminate()
        server.wait()
    emit_below_official(
        "import + construct + first get_identity, cold, ms beyond raw httpx's",
        "ms",
        beyond["ours"],
        None,
        beyond.get("official"),
    )


def main() -> None:
    here = sys.executable
    httpx_ms = median_ms(here, "import httpx")
    rows = [
        ("import httpx (baseline)", httpx_ms),
        ("import inkbox", median_ms(here, "import inkbox")),
        ("from inkbox import Inkbox", median_ms(here, "from inkbox import Inkbox")),
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
    emit_below_official(
        "import inkbox, ms (baseline: import httpx)", "ms", ours_import, httpx_ms, theirs_import
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
    first_call(official)


if __name__ == "__main__":
    main()
