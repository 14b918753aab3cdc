"""A generic surface check: the public methods of official classes vs ours, by signature.

`official_surface(version, classes)` runs in the official venv and answers, per
`"module:Class"`, every public method's parameters `[name, kind, has_default]`.
`incompatibilities(official, ours)` lists what a caller of the official method could write
that ours would refuse: a missing method, a missing parameter, a positional parameter that
is keyword-only here or in another place, a default the official has and ours lacks, or a
required parameter ours adds. Extra optional parameters and extra methods are fine.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from typing import Any

from tests.interop.official import run_official

__all__ = ["incompatibilities", "official_surface", "surface_of"]

Params = list[list[Any]]  # [name, kind name, has default]

_DUMP = r"""
import importlib, inspect, json, sys

out = {}
for target in json.load(sys.stdin):
    module, _, name = target.partition(":")
    cls = getattr(importlib.import_module(module), name)
    methods = {}
    for attr, fn in inspect.getmembers(cls, inspect.isfunction):
        if attr.startswith("_"):
            continue
        params = list(inspect.signature(fn).parameters.values())[1:]  # drop self
        methods[attr] = [[p.name, p.kind.name, p.default is not p.empty] for p in params]
    out[target] = methods
print(json.dumps(out))
"""


def official_surface(version: str, classes: Iterable[str]) -> dict[str, dict[str, Params]]:
    """`{"module:Class": {method: params}}` of the official SDK `version`."""
    result: dict[str, dict[str, Params]] = run_official(version, _DUMP, sorted(classes))
    return result


def surface_of(cls: type) -> dict[str, Params]:
    """The same shape for one of our classes (methods and async methods alike)."""
    methods: dict[str, Params] = {}
    for attr, fn in inspect.getmembers(cls, inspect.isfunction):
        if not attr.startswith("_"):
            params = list(inspect.signature(fn).parameters.values())[1:]
            methods[attr] = [[p.name, p.kind.name, p.default is not p.empty] for p in params]
    return methods


def incompatibilities(
    official: dict[str, Params], ours: dict[str, Params], where: str
) -> list[str]:
    problems = []
    for method, theirs in official.items():
        if method not in ours:
            problems.append(f"{where}.{method}: missing")
            continue
        mine = {p[0]: p for p in ours[method]}
        positional = [p[0] for p in ours[method] if p[1] != "KEYWORD_ONLY"]
        their_positional = [p[0] for p in theirs if p[1] != "KEYWORD_ONLY"]
        if positional[: len(their_positional)] != their_positional:
            problems.append(f"{where}.{method}: positional {their_positional} vs ours {positional}")
        for name, _kind, has_default in theirs:
            if name not in mine:
                problems.append(f"{where}.{method}: no parameter {name!r}")
            elif has_default and not mine[name][2]:
                problems.append(f"{where}.{method}: {name!r} is required here, optional there")
        for name, _kind, has_default in ours[method]:
            if name not in {p[0] for p in theirs} and not has_default:
                problems.append(f"{where}.{method}: extra required parameter {name!r}")
    return problems
