"""The public surface of an `inkbox` package as JSON: stdlib only, so it runs in any venv.

Run as a script under the official SDK (`run_official(version, SCRIPT, roots)`) or imported
here. `roots` maps a label to `"module:Class"` (`{"inkbox": "inkbox:Inkbox", ...}`). From each
root class it walks public methods and properties; a property whose annotation names a class
of the package (a resource) is walked in turn, so `inkbox.messages.delete` is one entry.
Annotations are read as strings (both packages use `from __future__ import annotations` and
`TYPE_CHECKING` imports), and the last dotted name is looked up among the package's classes.
"""

from __future__ import annotations

import importlib
import inspect
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
    sig = inspect.signature(func)
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


def walk(package: str, roots: dict[str, str]) -> dict[str, Any]:
    """`{"inkbox.messages.delete": {"kind": "method", "params": [...]}, ...}`."""
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
                    surface[path] = {"kind": "attribute"}
            elif inspect.isfunction(raw):
                surface[path] = {
                    "kind": "method",
                    "is_async": inspect.iscoroutinefunction(raw) or inspect.isasyncgenfunction(raw),
                    "params": _params(raw),
                }
            elif not isinstance(raw, type):
                surface[path] = {"kind": "attribute"}

    for label, spec in roots.items():
        module, _, qualname = spec.partition(":")
        cls = getattr(importlib.import_module(module), qualname)
        visit(label, cls, (cls,))
    return surface


def _has_methods(cls: type) -> bool:
    return any(
        not n.startswith("_") and inspect.isfunction(inspect.getattr_static(cls, n))
        for n in dir(cls)
    )


def exported_names(package: str) -> list[str]:
    module = importlib.import_module(package)
    return sorted(getattr(module, "__all__", ()))


def script_source() -> str:
    """This module's source plus a main that reads `{"package", "roots"}` on stdin."""
    with open(__file__, encoding="utf-8") as handle:
        return handle.read() + _MAIN


_MAIN = """
if __name__ == "__main__":
    import json
    _request = json.load(sys.stdin)
    print(json.dumps({
        "surface": walk(_request["package"], _request["roots"]),
        "exports": exported_names(_request["package"]),
    }))
"""
