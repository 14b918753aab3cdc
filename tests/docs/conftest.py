from __future__ import annotations

from typing import Any


def pytest_terminal_summary(terminalreporter: Any) -> None:
    from tests.docs.examples import blocks, pages
    from tests.docs.test_examples import RESULTS

    if not RESULTS["executed"] and not RESULTS["marked"]:
        return
    found = [b for p in pages() for b in blocks(p)]
    marked = [b for b in found if b.no_run is not None]
    terminalreporter.write_line(
        f"doc examples: {len(found)} Python blocks in docs/ and README.md, "
        f"{RESULTS['executed']} executed against the emulator, {len(marked)} marked not to run"
        + "".join(f"\n  not run: {b.where} ({b.no_run})" for b in marked)
    )
