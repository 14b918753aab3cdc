"""The one surface check of the interop tests: a walker of an `inkbox` package's public API,
the clients it starts from, and the comparison that says what an official caller's code would
find broken in ours.

The walker is stdlib only, so the same source runs here on our SDK and, as a script
(`script_source()`, via `run_official`), in an official SDK's venv. From each root — a label
mapped to `"module:Class"`, to a class, or to `{"class": ..., "init": {...}}` to also walk the
public attributes an instance's `__init__` sets (0.7.20 sets `message_sends` so) — it lists
every public method and property; a property whose annotation names a class of the package
(a resource) is walked in turn, so `inkbox.messages.delete` is one entry. Annotations are read
as strings (both packages use `from __future__ import annotations` and `TYPE_CHECKING`
imports), and the last dotted name is looked up among the package's classes.

`official(version)` and `ours(flavour)` walk the clients every check starts from (`inkbox` and
`identity`), plus any resource classes a check roots at directly. `compare(theirs, ours, paths)`
checks selected paths: a path names a walked resource (all its members) or, after a colon, only
some members (`"identity:update,tunnel"`). `call_problems` is the one rule for a method: every
call the official one accepts, ours accepts too.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import pkgutil
import re
import sys
from typing import Any

_KINDS = {
    inspect.Parameter.POSITIONAL_ONLY: "positional",
    inspect.Parameter.POSITIONAL_OR_KEYWORD: "either",
    inspect.Parameter.VAR_POSITIONAL: "args",
    inspect.Parameter.KEYWORD_ONLY: "keyword",
    inspect.Parameter.VAR_KEYWORD: "kwargs",
}


def _package_classes(package: str) -> dict[str, type]:
    """Every class defined in `package` by name (the first one wins on a clash)."""
    root = importlib.import_module(package)
    for info in pkgutil.walk_packages(root.__path__, prefix=package + "."):
        try:
            importlib.import_module(info.name)
        except Exception:  # an optional extra (h2, the emulator's server) is missing
            continue
    found: dict[str, type] = {}
    for name, module in sorted(sys.modules.items()):
        if name != package and not name.startswith(package + "."):
            continue
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__.startswith(package):
                found.setdefault(value.__name__, value)
    return found


def _params(func: Any) -> list[dict[str, Any]]:
    try:
        sig = inspect.signature(func)
    except (TypeError, ValueError):
        return []
    out = []
    for index, param in enumerate(sig.parameters.values()):
        if index == 0 and param.name in ("self", "cls"):
            continue
        out.append(
            {
                "name": param.name,
                "kind": _KINDS[param.kind],
                "required": param.default is inspect.Parameter.empty
                and param.kind not in (param.VAR_POSITIONAL, param.VAR_KEYWORD),
            }
        )
    return out


def _annotation_class(annotation: Any, classes: dict[str, type]) -> type | None:
    if isinstance(annotation, type):
        return annotation if annotation.__name__ in classes else None
    if not isinstance(annotation, str):
        return None
    names = re.findall(r"[A-Za-z_][A-Za-z_0-9.]*", annotation)
    hits = [classes[n.rsplit(".", 1)[-1]] for n in names if n.rsplit(".", 1)[-1] in classes]
    return hits[0] if len(hits) == 1 else None


def _has_methods(cls: type) -> bool:
    return any(
        not n.startswith("_") and inspect.isfunction(inspect.getattr_static(cls, n))
        for n in dir(cls)
    )


def walk(package: str, roots: dict[str, Any]) -> dict[str, Any]:
    """`{"inkbox.messages.delete": {"kind": "method", "params": [...]}, ...}`; other kinds are
    `resource` (walked), `property` and `attribute`."""
    classes = _package_classes(package)
    surface: dict[str, Any] = {}

    def visit(label: str, cls: type, seen: tuple[type, ...]) -> None:
        for name in sorted(dir(cls)):
            if name.startswith("_"):
                continue
            raw = inspect.getattr_static(cls, name)
            path = f"{label}.{name}"
            if isinstance(raw, (staticmethod, classmethod)):
                raw = raw.__func__
            if isinstance(raw, property) or (hasattr(raw, "func") and hasattr(raw, "attrname")):
                getter = raw.fget if isinstance(raw, property) else raw.func
                target = _annotation_class(inspect.signature(getter).return_annotation, classes)
                if target is not None and target not in seen and _has_methods(target):
                    surface[path] = {"kind": "resource", "class": target.__name__}
                    visit(path, target, (*seen, target))
                else:
                    surface[path] = {"kind": "property"}
            elif inspect.isfunction(raw):
                surface[path] = {
                    "kind": "method",
                    "is_async": inspect.iscoroutinefunction(raw) or inspect.isasyncgenfunction(raw),
                    "params": _params(raw),
                }
            elif not isinstance(raw, type):
                surface[path] = {"kind": "attribute"}

    for label, spec in roots.items():
        where = spec if isinstance(spec, str | type) else spec["class"]
        if isinstance(where, type):
            cls = where
        else:
            module, _, qualname = where.partition(":")
            cls = getattr(importlib.import_module(module), qualname)
        visit(label, cls, (cls,))
        if isinstance(spec, dict) and "init" in spec:
            instance = cls(**spec["init"])
            for name, value in sorted(vars(instance).items()):
                path = f"{label}.{name}"
                target = _annotation_class(type(value), classes)
                if name.startswith("_") or path in surface:
                    continue
                if target is not None and _has_methods(target):
                    surface[path] = {"kind": "resource", "class": target.__name__}
                    visit(path, target, (cls, target))
                else:
                    surface[path] = {"kind": "attribute"}
            close = getattr(instance, "close", None)
            if callable(close):
                close()
    return surface


def exported_names(package: str) -> list[str]:
    module = importlib.import_module(package)
    return sorted(getattr(module, "__all__", ()))


def script_source() -> str:
    """This module's source plus a main that reads `{"package", "roots"}` on stdin."""
    with open(__file__, encoding="utf-8") as handle:
        return handle.read() + _MAIN


_MAIN = """
if __name__ == "__main__":
    _request = json.load(sys.stdin)
    print(json.dumps({
        "surface": walk(_request["package"], _request["roots"]),
        "exports": exported_names(_request["package"]),
    }))
"""


def call_problems(
    their: dict[str, Any], our: dict[str, Any], ignore: str | None = None
) -> list[str]:
    """Why a call valid for `their` walked method may fail on `our` one (empty: compatible):
    a positional parameter at another place or under another name, a keyword ours does not
    take (or takes only by position), `*args`/`**kwargs` ours lacks, or a parameter ours
    requires that theirs left optional or never had. `ignore` is a regex of their parameter
    names left out on purpose. Return types are not compared."""
    skip = re.compile(ignore) if ignore else None
    params = [p for p in their["params"] if not (skip and skip.fullmatch(p["name"]))]
    problems = []
    ours_by_name = {p["name"]: p for p in our["params"]}
    our_positional = [p for p in our["params"] if p["kind"] in ("positional", "either")]
    kinds = {p["kind"] for p in our["params"]}
    their_positional = [p for p in their["params"] if p["kind"] in ("positional", "either")]
    for index, param in enumerate(their_positional):
        if skip and skip.fullmatch(param["name"]):
            continue
        if index >= len(our_positional):
            if "args" not in kinds:
                problems.append(f"positional {param['name']!r} not accepted")
        elif param["kind"] == "either" and our_positional[index]["name"] != param["name"]:
            problems.append(
                f"positional {index} is {our_positional[index]['name']!r}, not {param['name']!r}"
            )
    for param in params:
        mine = ours_by_name.get(param["name"])
        if param["kind"] in ("either", "keyword"):
            if (
                mine is None or mine["kind"] not in ("either", "keyword")
            ) and "kwargs" not in kinds:
                problems.append(f"keyword {param['name']!r} not accepted")
        elif param["kind"] not in kinds and param["kind"] != "positional":  # *args / **kwargs
            problems.append(f"no *{param['kind']}")
        if not param["required"] and mine is not None and mine["required"]:
            problems.append(f"{param['name']!r} is optional there, required here")
    theirs_by_name = {p["name"]: p for p in their["params"]}
    problems += [
        f"{p['name']!r} required"
        for p in our["params"]
        if p["required"] and p["name"] not in theirs_by_name
    ]
    return problems


def members(surface: dict[str, Any], path: str) -> dict[str, Any] | None:
    """The members `path` selects, `{name: entry}`; None when it names nothing walked."""
    dotted, _, names = path.partition(":")
    if dotted not in surface and not any(p.startswith(dotted + ".") for p in surface):
        return None
    wanted = names.split(",") if names else None
    found = {}
    for key, entry in surface.items():
        parent, _, name = key.rpartition(".")
        if parent == dotted and (wanted is None or name in wanted):
            found[name] = entry
    return found


def compare(
    theirs: dict[str, Any], ours: dict[str, Any], paths: list[str], *, ignore: str | None = None
) -> list[str]:
    """Every member the paths select from the official surface that ours lacks, has in
    another kind (a method on one side, a property on the other) or cannot be called like."""
    problems = []
    for path in paths:
        their_members = members(theirs, path)
        if their_members is None:
            problems.append(f"{path}: not in the official SDK either (a wrong path)")
            continue
        our_members = members(ours, path)
        if our_members is None:
            problems.append(f"{path}: missing")
            continue
        for name, their in their_members.items():
            where = f"{path.partition(':')[0]}.{name}"
            mine = our_members.get(name)
            if mine is None:
                problems.append(f"{where}: missing")
            elif (their["kind"] == "method") != (mine["kind"] == "method"):
                problems.append(f"{where}: a method on one side only")
            elif their["kind"] == "method":
                problems += [f"{where}: {p}" for p in call_problems(their, mine, ignore)]
    return problems


# ── the clients every check starts from (run here, never in an official venv) ──────────────

OFFICIAL_ROOTS: dict[str, dict[str, Any]] = {
    "0.3.1": {
        "inkbox": "inkbox.client:Inkbox",
        "identity": "inkbox.agent_identity:AgentIdentity",
    },
    # 0.7.20 sets `message_sends` in __init__ (no property), so an instance is walked too;
    # nothing is sent (the base URL is a closed port).
    "0.7.20": {
        "inkbox": {
            "class": "inkbox.client:Inkbox",
            "init": {"api_key": "ApiKey_surface", "base_url": "http://127.0.0.1:9"},
        },
        "identity": "inkbox.agent_identity:AgentIdentity",
    },
}
OUR_ROOTS: dict[str, dict[str, Any]] = {
    "sync": {
        "inkbox": "inkbox._sync.client:Inkbox",
        "identity": "inkbox._sync.identity:AgentIdentity",
    },
    "async": {
        "inkbox": "inkbox._async.client:AsyncInkbox",
        "identity": "inkbox._async.identity:AsyncAgentIdentity",
    },
}


def official(version: str, extra: dict[str, str] | None = None) -> dict[str, Any]:
    """`{"surface", "exports"}` of the official SDK `version`: its clients, plus `extra`
    roots (`label -> "module:Class"`) for resources no client reaches."""
    return _official(version, json.dumps(extra or {}, sort_keys=True))


@functools.cache
def _official(version: str, extra: str) -> dict[str, Any]:
    from tests.interop.official import run_official

    roots = {**OFFICIAL_ROOTS[version], **json.loads(extra)}
    result: dict[str, Any] = run_official(
        version, script_source(), {"package": "inkbox", "roots": roots}
    )
    return result


def ours(flavour: str, extra: dict[str, type] | None = None) -> dict[str, Any]:
    """Our `"sync"` or `"async"` clients walked the same way, plus `extra` roots."""
    return _ours(flavour, tuple(sorted((extra or {}).items())))


@functools.cache
def _ours(flavour: str, extra: tuple[tuple[str, type], ...]) -> dict[str, Any]:
    return walk("inkbox", {**OUR_ROOTS[flavour], **dict(extra)})
