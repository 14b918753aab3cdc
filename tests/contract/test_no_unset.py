"""Responses never carry `UNSET` (DESIGN.md, "Rules of the house").

Walks every public method and property of `Inkbox`, `AsyncInkbox`, `AgentIdentity` and
`AsyncAgentIdentity`, following what they return: resources and pagers (their methods in turn),
models (their attrs or dataclass fields), lists, unions and generic arguments. Any `Unset` in a
type reached this way is a response field the caller would have to test for `UNSET`; the spec
should mark it required (nullable, or with a `default`), which the model template reads leniently.
"""

from __future__ import annotations

import dataclasses
import enum
import importlib
import inspect
import pkgutil
import sys
import types
import typing
from collections.abc import Iterator
from functools import cached_property
from typing import Any

import attrs

import inkbox
import inkbox_api.models
from inkbox_api.types import Unset


def _names() -> dict[str, Any]:
    """Every class and alias of `inkbox` and `inkbox_api.models`, by name: the hand layer
    imports many types only under `TYPE_CHECKING`, so annotations are resolved against these."""
    names: dict[str, Any] = {}
    for info in pkgutil.walk_packages(inkbox.__path__, "inkbox."):
        module = importlib.import_module(info.name)
        for key, value in vars(module).items():
            if not key.startswith("__"):
                names.setdefault(key, value)
    for key in inkbox_api.models.__all__:
        names[key] = getattr(inkbox_api.models, key)
    return names


class _Namespace(dict[str, Any]):
    def __init__(self, module_globals: dict[str, Any], names: dict[str, Any]) -> None:
        super().__init__()
        self._globals = module_globals
        self._names = names

    def __missing__(self, key: str) -> Any:
        if key in self._globals:
            return self._globals[key]
        if key in self._names and not hasattr(__builtins__, key):
            return self._names[key]
        raise KeyError(key)


class _Walker:
    def __init__(self) -> None:
        self.names = _names()
        self.seen: set[object] = set()
        self.found: list[str] = []

    def hints(self, obj: Any) -> dict[str, Any]:
        module = sys.modules[getattr(obj, "__module__", "builtins")]
        return typing.get_type_hints(obj, localns=_Namespace(vars(module), self.names))

    def members(self, cls: type) -> Iterator[tuple[str, Any]]:
        """(name, return type) of the public methods and properties of `cls`."""
        for name, member in inspect.getmembers(cls):
            if name.startswith("_"):
                continue
            func = member.fget if isinstance(member, property) else member
            if isinstance(member, cached_property):
                func = member.func
            if not callable(func) or isinstance(func, type):
                continue
            if not (getattr(func, "__module__", None) or "").startswith("inkbox"):
                continue  # inherited from object, str, ...
            try:
                returned = self.hints(func).get("return")
            except (NameError, TypeError) as exc:  # an annotation that does not resolve
                raise AssertionError(f"{cls.__name__}.{name}: {exc}") from exc
            if returned is not None:
                yield name, returned

    def visit(self, tp: Any, path: str) -> None:
        if tp is Unset:
            self.found.append(path)
            return
        origin = typing.get_origin(tp)
        if origin is typing.Literal or isinstance(tp, typing.TypeVar):
            return
        if origin is not None:
            if isinstance(origin, type) and origin.__module__.startswith("inkbox"):
                self.visit(origin, path)
            for arg in typing.get_args(tp):
                self.visit(arg, path)
            return
        if isinstance(tp, types.UnionType):
            for arg in typing.get_args(tp):
                self.visit(arg, path)
            return
        if not isinstance(tp, type) or tp in self.seen:
            return
        if not tp.__module__.startswith("inkbox") or issubclass(tp, enum.Enum):
            return
        self.seen.add(tp)
        if attrs.has(tp):
            for name, field_type in self.hints(tp).items():
                self.visit(field_type, f"{tp.__name__}.{name}")
        elif dataclasses.is_dataclass(tp):
            for name, field_type in self.hints(tp).items():
                self.visit(field_type, f"{tp.__name__}.{name}")
        elif not issubclass(tp, BaseException):
            for name, returned in self.members(tp):
                self.visit(returned, f"{tp.__name__}.{name}()")


ROOTS = ("Inkbox", "AsyncInkbox", "AgentIdentity", "AsyncAgentIdentity")


def test_no_public_return_type_reaches_unset() -> None:
    """No model that a public method can return (recursively) has a field typed `Unset`."""
    walker = _Walker()
    for root in ROOTS:
        walker.visit(getattr(inkbox, root), root)
    models = [t for t in walker.seen if isinstance(t, type) and attrs.has(t)]
    assert len(models) > 40, sorted(t.__name__ for t in models)  # the walk really went deep
    assert not walker.found, "\n".join(sorted(set(walker.found)))


def test_the_walk_reaches_nested_models() -> None:
    """Sanity: models only reachable through another model's fields are walked too."""
    walker = _Walker()
    walker.visit(inkbox.Inkbox, "Inkbox")
    reached = {t.__name__ for t in walker.seen if isinstance(t, type)}
    for name in ("Contact", "ContactPhone", "ContactImportResultItem", "IdentityMailbox", "Tunnel"):
        assert name in reached, name
