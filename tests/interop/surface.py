"""A generic surface walker: the public methods and properties reachable from a set of roots,
described the same way in any interpreter, and a comparison of two such descriptions.

`describe(roots, paths)` runs here on our SDK and, as source text (`SOURCE`, stdlib only), in
an official SDK's venv; `incompatibilities(official, ours, ignore=...)` lists every member of
the official surface that ours lacks or cannot be called like. A path is a root name followed by
attribute names (`"Inkbox.signing_keys"`); its members are every public callable and property
of the object's type, or only those named after a colon (`"AgentIdentity:update,tunnel"`).
A test per feature family names its paths; nothing here knows any family.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Any

__all__ = ["describe", "incompatibilities", "official_script"]


def official_script(roots: str, paths: list[str]) -> str:
    """A script for `run_official` printing `describe(<roots>, paths)` as JSON; `roots` is a
    Python expression over the official package imported as `official`, e.g.
    `{"Inkbox": official.Inkbox(api_key="k", base_url="http://127.0.0.1:9")}`."""
    body = Path(__file__).read_text().replace("from __future__ import annotations", "")
    return (
        body
        + "\nimport json\nimport inkbox as official\n"
        + f"print(json.dumps(describe({roots}, {paths!r})))\n"
    )


def _params(fn: Any) -> list[list[Any]]:
    """[[name, kind, has_default], ...] of a callable, `self` left out."""
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return []
    return [
        [p.name, p.kind.name, p.default is not inspect.Parameter.empty]
        for p in sig.parameters.values()
        if p.name != "self"
    ]


def _members(obj: Any, wanted: list[str] | None) -> dict[str, Any]:
    cls = obj if isinstance(obj, type) else type(obj)
    names = wanted or sorted(n for n in dir(cls) if not n.startswith("_"))
    found: dict[str, Any] = {}
    for name in names:
        static = inspect.getattr_static(cls, name, None)
        if static is None:
            continue
        if isinstance(static, property):
            found[name] = "property"
        elif callable(static) or isinstance(static, classmethod | staticmethod):
            found[name] = _params(getattr(cls, name))
        # anything else (a cached resource, a constant) is reached through its own path
    return found


def describe(roots: dict[str, Any], paths: list[str]) -> dict[str, dict[str, Any]]:
    """{path: {member: "property" | [[param, kind, has_default], ...]}}; a path that does not
    resolve maps to None."""
    out: dict[str, Any] = {}
    for path in paths:
        dotted, _, names = path.partition(":")
        root, *attrs = dotted.split(".")
        obj: Any = roots.get(root)
        for attr in attrs:
            obj = getattr(obj, attr, None)
        out[path] = None if obj is None else _members(obj, names.split(",") if names else None)
    return out


def _call_problems(where: str, theirs: list[list[Any]], ours: list[list[Any]]) -> list[str]:
    problems = []
    mine = {p[0]: (i, p[1], p[2]) for i, p in enumerate(ours)}
    takes_any_keyword = any(p[1] == "VAR_KEYWORD" for p in ours)
    for index, (name, kind, has_default) in enumerate(theirs):
        if kind in ("VAR_POSITIONAL", "VAR_KEYWORD"):
            continue
        if name not in mine:
            if not takes_any_keyword or kind == "POSITIONAL_ONLY":
                problems.append(f"{where}: no parameter {name!r}")
            continue
        at, my_kind, my_default = mine[name]
        if kind in ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD"):
            if at != index or my_kind == "KEYWORD_ONLY":
                problems.append(f"{where}: {name!r} is not accepted at position {index}")
        elif my_kind == "POSITIONAL_ONLY":
            problems.append(f"{where}: {name!r} cannot be passed by keyword")
        if has_default and not my_default:
            problems.append(f"{where}: {name!r} is optional there, required here")
    names = {p[0] for p in theirs}
    for name, (_, kind, has_default) in mine.items():
        if name not in names and not has_default and kind not in ("VAR_POSITIONAL", "VAR_KEYWORD"):
            problems.append(f"{where}: requires {name!r}, which callers there never pass")
    return problems


def incompatibilities(
    official: dict[str, Any], ours: dict[str, Any], *, ignore: str | None = None
) -> list[str]:
    """Every official member ours lacks or cannot be called like. `ignore` is a regex of
    parameter names left out on purpose (a family delivered elsewhere)."""
    skip = re.compile(ignore) if ignore else None
    problems = []
    for path, members in official.items():
        if members is None:
            problems.append(f"{path}: not in the official SDK either (a wrong path)")
            continue
        mine = ours.get(path)
        if mine is None:
            problems.append(f"{path}: missing")
            continue
        for name, theirs in members.items():
            where = f"{path.partition(':')[0]}.{name}"
            if name not in mine:
                problems.append(f"{where}: missing")
            elif (theirs == "property") != (mine[name] == "property"):
                problems.append(f"{where}: a property on one side only")
            elif theirs != "property":
                kept = [p for p in theirs if not (skip and skip.fullmatch(p[0]))]
                problems.extend(_call_problems(where, kept, mine[name]))
    return problems
