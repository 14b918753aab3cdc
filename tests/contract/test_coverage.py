"""openapi/COVERAGE.md is true: the operations it names exist, each is called by the resource
method named beside it, and no generated operation is called outside `resources/`."""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "inkbox_ext" / "inkbox"
RESOURCES = PACKAGE / "_sync" / "resources"
OPERATION = re.compile(r"`([a-z][a-z0-9_]+)`")
METHOD = re.compile(r"`(\w+\.\w+)`")


def _rows() -> list[tuple[list[str], list[str]]]:
    """(operationIds, resource methods) of every table row, in the order written."""
    rows = []
    for line in (ROOT / "openapi" / "COVERAGE.md").read_text().splitlines():
        cells = line.split("|")
        if len(cells) > 4 and not set(cells[2].strip()) <= set("-"):
            ops = OPERATION.findall(re.sub(r"\(dep\)|0\.3\.1:", "", cells[2]))
            rows.append((ops, METHOD.findall(cells[3])))
    return rows


def _generated_ops(tree: ast.Module) -> set[str]:
    """Names a module imports from `inkbox_api.api.*` (the generated operations)."""
    return {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("inkbox_api.api")
        for alias in node.names
    }


def callers() -> dict[str, set[str]]:
    """operationId -> the resource methods (`Class.method`) that call it, read from the source.

    A method calls an operation it imports or names in its body; a class-level table entry
    `<method>_op=<operation>` (the contact rules share one body for mail and phone) names the
    public method it serves.
    """
    found: dict[str, set[str]] = defaultdict(set)
    for path in sorted(RESOURCES.glob("*.py")):
        tree = ast.parse(path.read_text())
        ops = _generated_ops(tree)
        for cls in (node for node in tree.body if isinstance(node, ast.ClassDef)):
            for item in cls.body:
                if isinstance(item, ast.FunctionDef):
                    for node in ast.walk(item):
                        if isinstance(node, ast.Name) and node.id in ops:
                            found[node.id].add(f"{cls.name}.{item.name}")
                        if isinstance(node, ast.ImportFrom) and node.module:
                            if node.module.startswith("inkbox_api.api"):
                                for alias in node.names:
                                    found[alias.name].add(f"{cls.name}.{item.name}")
                else:
                    for node in ast.walk(item):
                        if isinstance(node, ast.keyword) and node.arg and node.arg.endswith("_op"):
                            if isinstance(node.value, ast.Name) and node.value.id in ops:
                                method = node.arg.removesuffix("_op")
                                found[node.value.id].add(f"{cls.name}.{method}")
    return found


def test_every_operation_named_in_coverage_exists() -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "inkbox.yaml").read_text())
    ids = {
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    named = {op for ops, _ in _rows() for op in ops}
    assert named, "the table names no operation"
    assert named <= ids, sorted(named - ids)


def test_each_operation_is_called_by_the_resource_method_named_beside_it() -> None:
    """Cell by cell: the i-th method of a row calls the i-th operation of that row."""
    calls = callers()
    wrong = []
    for ops, methods in _rows():
        if not ops:
            continue
        if len(ops) != len(methods):
            wrong.append(f"{ops}: {len(methods)} methods named for {len(ops)} operations")
            continue
        for op, method in zip(ops, methods, strict=True):
            if method not in calls.get(op, set()):
                wrong.append(f"{op} is not called by {method} (but by {sorted(calls[op])})")
    assert not wrong, "\n".join(wrong)


def test_generated_operations_are_called_only_from_resources() -> None:
    """One place per wire call: nothing outside `_async/resources/` (and its sync twin) imports
    a generated operation."""
    outside = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith(("_async/resources/", "_sync/resources/")):
            continue
        if _generated_ops(ast.parse(path.read_text())) or "_get_kwargs" in path.read_text():
            outside.append(rel)
    assert not outside, outside
