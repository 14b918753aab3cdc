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

HERE = Path(__file__).resolve().parent
RUNS = 5
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


FIRST_CALL = {
    "raw": "import httpx; httpx.Client(base_url=URL, headers={'X-API-Key': 'k'}).get('/api/v1/identities/bench').json()['email_address']",
    "ours": "from inkbox import Inkbox; Inkbox('k', base_url=URL).get_identity('bench').email_address",
    "official": "from inkbox import Inkbox; Inkbox(api_key='k', base_url=URL).get_identity('bench').email_address",
}


def first_call(official: Path | None) -> None:
    """`import` + construct + one GET, cold, in a fresh interpreter, against the canned server;
    each venv's own `import httpx` is subtracted (ours has click and rich, which httpx imports
    for its command line when they are installed, so the venvs' httpx imports differ)."""
    server = subprocess.Popen(
        [sys.executable, str(HERE / "canned_server.py")], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        url = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        pythons = {"raw": Path(sys.executable), "ours": Path(sys.executable)}
        if official is not None:
            pythons["official"] = official
        beyond = {}
        httpx_of: dict[Path, float] = {}
        for kind, python in pythons.items():
            if python not in httpx_of:
                httpx_of[python] = median_ms(python, "import httpx")
            httpx_ms = httpx_of[python]
            total = median_ms(python, f"URL = {url!r}; " + FIRST_CALL[kind])
            beyond[kind] = total - httpx_ms
            print(
                f"  {kind + ': import + first call':<36} {total:8.1f} ms   ({beyond[kind]:.1f} ms beyond import httpx)"
            )
    finally:
        server.terminate()
        server.wait()
    emit(
        "import + construct + first get_identity, cold, ms beyond `import httpx`",
        "ms",
        beyond["ours"],
        beyond["raw"],
        beyond.get("official"),
        target="< official" if "official" in beyond else None,
        ok=beyond["ours"] < beyond["official"] if "official" in beyond else None,
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
    first_call(official)


if __name__ == "__main__":
    main()
