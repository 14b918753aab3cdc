"""A package's public call surface as JSON, and whether one surface can stand in for another.

Standard library only: `script_source()` is this module plus a `__main__` block, run under an
official SDK's own venv by `run_official(version, script_source(), request)` with the request
`{"package": "inkbox", "roots": {...}}`; the same `walk()` runs here on ours, so both sides are
described by one piece of code.

`roots` maps a label to where the walk starts: `"module:Class"`, or `{"class": "module:Class",
"init": {...}}` to also build an instance with those keyword arguments and walk the public
attributes `__init__` sets (0.7.20 sets `message_sends` that way, not as a property). From a
root, every public method is an entry (`"inkbox.drafts.send"`), and a property or attribute
holding a class of the package is walked in turn as a resource. Annotations are read as
strings (both packages postpone them), the last dotted name looked up among the package's
classes.

`incompatibilities(theirs, ours)` says why a call valid for their method could fail on ours:
a positional parameter at another place or under another name, a keyword ours does not take,
`*args`/`**kwargs` ours lacks, or a parameter ours requires that theirs left optional. Return
types are not compared.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import sys
from typing import Any

__all__ = ["incompatibilities", "script_source", "walk"]

_KINDS = {
    inspect.Parameter.POSITIONAL_ONLY: "positional",
    inspect.Parameter.POSITIONAL_OR_KEYWORD: "either",
    inspect.Parameter.VAR_POSITIONAL: "args",
    inspect.Parameter.KEYWORD_ONLY: "keyword",
    inspect.Parameter.VAR_KEYWORD: "kwargs",
}


def _classes(package: str) -> dict[str, type]:
    """Every class defined in `package`, by name (the first module in name order wins)."""
    root = importlib.import_module(package)
    for info in pkgutil.walk_packages(root.__path__, prefix=package + "."):
        try:
            importlib.import_module(info.name)
        except Exception:
            continue
    found: dict[str, type] = {}
    for name, module in sorted(sys.modules.items()):
        if name == package or name.startswith(package + "."):
            for value in list(vars(module).values()):
                if isinstance(value, type) and value.__module__.startswith(package):
                    found.setdefault(value.__name__, value)
    return found


def _params(func: Any) -> list[dict[str, Any]]:
    params = list(inspect.signature(func).parameters.values())
    if params and params[0].name in ("self", "cls"):
        params = params[1:]
    return [
        {
            "name": p.name,
            "kind": _KINDS[p.kind],
            "required": p.default is inspect.Parameter.empty
            and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD),
        }
        for p in params
    ]


def _named_class(annotation: Any, classes: dict[str, type]) -> type | None:
    if isinstance(annotation, type):
        return annotation if classes.get(annotation.__name__) is annotation else None
    if not isinstance(annotation, str):
        return None
    hits = {
        classes[name.rsplit(".", 1)[-1]]
        for name in re.findall(r"[A-Za-z_][\w.]*", annotation)
        if name.rsplit(".", 1)[-1] in classes
    }
    return hits.pop() if len(hits) == 1 else None


def _has_methods(cls: type) -> bool:
    return any(
        not n.startswith("_") and inspect.isfunction(inspect.getattr_static(cls, n))
        for n in dir(cls)
    )


def walk(package: str, roots: dict[str, Any]) -> dict[str, Any]:
    """`{"inkbox.drafts.send": {"kind": "method", "params": [...]}, "inkbox.drafts":
    {"kind": "resource", "class": "DraftsResource"}, ...}`."""
    classes = _classes(package)
    surface: dict[str, Any] = {}

    def resource(path: str, target: type | None, seen: tuple[type, ...]) -> None:
        if target is not None and target not in seen and _has_methods(target):
            surface[path] = {"kind": "resource", "class": target.__name__}
            visit(path, target, (*seen, target))
        else:
            surface.setdefault(path, {"kind": "attribute"})

    def visit(label: str, cls: type, seen: tuple[type, ...]) -> None:
        for name in sorted(dir(cls)):
            if name.startswith("_"):
                continue
            raw = inspect.getattr_static(cls, name)
            path = f"{label}.{name}"
            if isinstance(raw, staticmethod | classmethod):
                raw = raw.__func__
            if isinstance(raw, property) or (hasattr(raw, "func") and hasattr(raw, "attrname")):
                getter = raw.fget if isinstance(raw, property) else raw.func
                annotation = inspect.signature(getter).return_annotation
                resource(path, _named_class(annotation, classes), seen)
            elif inspect.isfunction(raw):
                surface[path] = {
                    "kind": "method",
                    "is_async": inspect.iscoroutinefunction(raw) or inspect.isasyncgenfunction(raw),
                    "params": _params(raw),
                }
            elif not isinstance(raw, type):
                surface[path] = {"kind": "attribute"}

    for label, spec in roots.items():
        where = spec if isinstance(spec, str) else spec["class"]
        module, _, qualname = where.partition(":")
        cls = getattr(importlib.import_module(module), qualname)
        visit(label, cls, (cls,))
        if isinstance(spec, dict) and "init" in spec:
            instance = cls(**spec["init"])
            for name, value in sorted(vars(instance).items()):
                path = f"{label}.{name}"
                if not name.startswith("_") and path not in surface:
                    resource(path, _named_class(type(value), classes), (cls,))
            close = getattr(instance, "close", None)
            if callable(close):
                close()
    return surface


def incompatibilities(theirs: dict[str, Any], ours: dict[str, Any]) -> list[str]:
    """Why a call valid for `theirs` (a walked method) may fail on `ours` (empty: none)."""
    problems: list[str] = []
    kinds = {p["kind"] for p in ours["params"]}
    by_name = {p["name"]: p for p in ours["params"]}
    our_positional = [p for p in ours["params"] if p["kind"] in ("positional", "either")]
    their_positional = [p for p in theirs["params"] if p["kind"] in ("positional", "either")]
    for index, param in enumerate(their_positional):
        if index >= len(our_positional):
            if "args" not in kinds:
                problems.append(f"positional {param['name']!r} not accepted")
        elif param["kind"] == "either" and our_positional[index]["name"] != param["name"]:
            problems.append(
                f"positional {index} is {our_positional[index]['name']!r}, not {param['name']!r}"
            )
    for param in theirs["params"]:
        if param["kind"] in ("either", "keyword"):
            mine = by_name.get(param["name"])
            if (
                mine is None or mine["kind"] not in ("either", "keyword")
            ) and "kwargs" not in kinds:
                problems.append(f"keyword {param['name']!r} not accepted")
        elif param["kind"] not in kinds:
            problems.append(f"no *{param['kind']}")
    required = {p["name"] for p in theirs["params"] if p["required"]}
    problems += [
        f"{p['name']!r} required"
        for p in ours["params"]
        if p["required"] and p["name"] not in required
    ]
    return problems


def script_source() -> str:
    """This module's source plus a main reading `{"package", "roots"}` on stdin and printing
    `{"surface": ...}`."""
    with open(__file__, encoding="utf-8") as handle:
        return handle.read() + _MAIN


_MAIN = """
if __name__ == "__main__":
    import json

    _request = json.load(sys.stdin)
    print(json.dumps({"surface": walk(_request["package"], _request["roots"])}))
"""
