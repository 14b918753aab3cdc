"""Which public callables of `inkbox` lack a docstring or an `Args:` entry for a parameter.

The public surface is what `inkbox` exports, plus every class its public members name in a
return annotation (`contacts.access`, `tunnels.connect()`'s listener, ...), followed to a
fixpoint. A sync class generated from an async twin is not audited itself: its docstrings are
the twin's (`make check-generated` keeps them so), and the fix belongs in `_async/`.

Run `python -m tests.docs.docstring_audit` for the list; `tests/docs/test_docstrings.py` fails
with it.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import Any

import inkbox

# Modules whose classes may be reached from the public surface (the CLI is a command, not an API).
_PACKAGES = ("inkbox._async", "inkbox._sync", "inkbox.vault", "inkbox.tunnels")
_SECTION = re.compile(r"^(\s*)(Args|Arguments|Parameters|Attributes):\s*$")
_ENTRY = re.compile(r"^\s*\**(\w+)\s*(\([^)]*\))?\s*:")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Made by the SDK, never by users: their constructors are not documented API.
_INTERNAL_INIT = re.compile(
    r"(Resource|Identity|Pager|Vault|Listener|Error|Credentials|Response|Info|Proxy)$"
)


def _all_modules() -> Iterator[Any]:
    for name in (
        "inkbox._errors",
        "inkbox._tunnel_errors",
        "inkbox.webhooks",
        "inkbox._notices",
        "inkbox._raw_response",
        "inkbox._drafts",
        "inkbox._guide_era_names",
    ):
        yield importlib.import_module(name)
    for pkg_name in _PACKAGES:
        pkg = importlib.import_module(pkg_name)
        yield pkg
        for info in pkgutil.walk_packages(pkg.__path__, f"{pkg_name}."):
            yield importlib.import_module(info.name)


def _ours(obj: Any) -> bool:
    module = getattr(obj, "__module__", "") or ""
    return module == "inkbox" or module.startswith("inkbox.")


def _classes_by_name() -> dict[str, list[type]]:
    found: dict[str, list[type]] = {}
    for module in _all_modules():
        for name, value in vars(module).items():
            if isinstance(value, type) and _ours(value) and not name.startswith("_"):
                bucket = found.setdefault(name, [])
                if value not in bucket:
                    bucket.append(value)
    return found


def args_documented(doc: str | None, *, attributes: bool = False) -> set[str]:
    """The parameter names of the Google-style `Args:` section(s) of `doc` (and, with
    `attributes`, of its `Attributes:` sections: a dataclass documents its fields there)."""
    names: set[str] = set()
    lines = inspect.cleandoc(doc or "").splitlines()
    for i, line in enumerate(lines):
        head = _SECTION.match(line)
        if not head or (head.group(2) == "Attributes" and not attributes):
            continue
        indent = len(head.group(1))
        entry_indent: int | None = None
        for body in lines[i + 1 :]:
            if not body.strip():
                continue
            depth = len(body) - len(body.lstrip())
            if depth <= indent:
                break
            if entry_indent is None:
                entry_indent = depth
            if depth == entry_indent and (m := _ENTRY.match(body)):
                names.add(m.group(1))
    return names


def _parameters(func: Callable[..., Any]) -> list[str]:
    try:
        sig = inspect.signature(func)
    except (TypeError, ValueError):
        return []
    return [p for p in sig.parameters if p not in ("self", "cls")]


def _members(cls: type) -> Iterator[tuple[str, str, Any]]:
    """(owner qualname, member name, raw member) for members defined in our classes."""
    seen: set[str] = set()
    for klass in cls.__mro__:
        if not _ours(klass):
            continue
        for name, raw in vars(klass).items():
            if name in seen or (name.startswith("_") and name != "__init__"):
                continue
            seen.add(name)
            yield f"{origin(klass)}.{klass.__qualname__}", name, raw


def _returned_names(raw: Any) -> set[str]:
    func = (
        raw.fget
        if isinstance(raw, property)
        else raw.func
        if isinstance(raw, cached_property)
        else raw
    )
    func = getattr(func, "__func__", func)
    annotation = getattr(func, "__annotations__", {}).get("return")
    if annotation is None:
        return set()
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return set(_IDENT.findall(text))


def origin(obj: Any) -> str:
    """The dotted module that defines `obj` (`inkbox/__init__` renames exports to `inkbox`)."""
    if obj.__module__ == "inkbox" and obj.__name__ in inkbox._EXPORTS:
        return "inkbox" + inkbox._EXPORTS[obj.__name__]
    return str(obj.__module__)


def _is_generated_twin(cls: type, by_name: dict[str, list[type]]) -> bool:
    return origin(cls).startswith("inkbox._sync") and f"Async{cls.__name__}" in by_name


def public_surface() -> list[Any]:
    """Every public class and function of `inkbox` the audit covers."""
    by_name = _classes_by_name()
    queue: list[Any] = []
    for name in inkbox.__all__:
        value = getattr(inkbox, name)
        if (isinstance(value, type) or inspect.isfunction(value)) and _ours(value):
            queue.append(value)
    surface: list[Any] = []
    while queue:
        item = queue.pop()
        if item in surface:
            continue
        surface.append(item)
        if not isinstance(item, type):
            continue
        for _, _, raw in _members(item):
            for ident in _returned_names(raw):
                queue.extend(c for c in by_name.get(ident, []) if c not in surface)
    return sorted(
        (s for s in surface if not (isinstance(s, type) and _is_generated_twin(s, by_name))),
        key=lambda s: (origin(s), s.__qualname__),
    )


def _check_callable(where: str, func: Callable[..., Any], doc_of_args: str | None) -> list[str]:
    problems = []
    if not (func.__doc__ or "").strip():
        problems.append(f"{where}: no docstring")
        return problems
    params = _parameters(func)
    documented = args_documented(doc_of_args)
    missing = [p for p in params if p not in documented]
    if missing:
        problems.append(f"{where}: no Args entry for {', '.join(missing)}")
    # An entry naming no parameter is a stale or misplaced one (the reference shows it as an
    # argument, and `mkdocs build --strict` fails on it).
    stale = sorted(documented - set(params))
    if stale and not _takes_kwargs(func):
        problems.append(f"{where}: Args entry for no parameter: {', '.join(stale)}")
    return problems


def _takes_kwargs(func: Callable[..., Any]) -> bool:
    try:
        kinds = {p.kind for p in inspect.signature(func).parameters.values()}
    except (TypeError, ValueError):
        return True
    return inspect.Parameter.VAR_KEYWORD in kinds


def _check_class(cls: type) -> list[str]:
    problems = []
    qual = f"{origin(cls)}.{cls.__qualname__}"
    if not (cls.__doc__ or "").strip():
        problems.append(f"{qual}: no docstring")
    if issubclass(cls, enum.Enum):
        return problems
    for owner, name, raw in _members(cls):
        where = f"{owner}.{name}"
        if name == "__init__":
            if owner != qual or _INTERNAL_INIT.search(cls.__name__):
                continue
            # Google style: the constructor's arguments are documented on the class.
            doc = f"{cls.__doc__ or ''}\n\n{raw.__doc__ or ''}"
            documented = args_documented(doc, attributes=True)
            missing = [p for p in _parameters(raw) if p not in documented]
            if missing:
                problems.append(f"{qual}: no Args entry for {', '.join(missing)} (constructor)")
            continue
        if isinstance(raw, property | cached_property):
            getter = raw.fget if isinstance(raw, property) else raw.func
            if not (getter.__doc__ or "").strip():
                problems.append(f"{where}: no docstring (property)")
            continue
        func = raw.__func__ if isinstance(raw, classmethod | staticmethod) else raw
        if inspect.isfunction(func):
            problems.extend(_check_callable(where, func, func.__doc__))
    return problems


def audit() -> list[str]:
    """One line per offender: `module.Class.method: what is missing`."""
    problems: list[str] = []
    for item in public_surface():
        if isinstance(item, type):
            problems.extend(_check_class(item))
        else:
            problems.extend(
                _check_callable(f"{origin(item)}.{item.__qualname__}", item, item.__doc__)
            )
    return sorted(set(problems))


if __name__ == "__main__":
    found = audit()
    print("\n".join(found))
    print(f"{len(found)} gaps in {len(public_surface())} public classes and functions")
