"""openapi/COVERAGE.md names only operations that exist in the spec."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_every_operation_named_in_coverage_exists() -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "inkbox.yaml").read_text())
    ids = {
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    table = (ROOT / "openapi" / "COVERAGE.md").read_text()
    named: set[str] = set()
    for line in table.splitlines():
        cells = line.split("|")
        if len(cells) > 3:
            named |= set(re.findall(r"`([a-z][a-z0-9_]+)`", cells[2]))
    assert named, "the table names no operation"
    assert named <= ids, sorted(named - ids)
