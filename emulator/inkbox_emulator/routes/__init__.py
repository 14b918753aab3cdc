"""The handlers of the spec's operations, one module per family.

Every module in this package whose name does not start with `_` is imported at start and may
export:

- `routes: list[Handler]` — functions named exactly after operationIds (`def get_identity(call:
  Call) -> ...`), so "which code answers operation X" is a grep;
- `hooks: list[Hook]` — test hooks served under `/_emulator/` (not part of the Inkbox API).

`collect()` checks that every handler names a real operation and that no operation has two.
Operations without a handler answer 501 until someone writes one.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from ..dispatch import Handler

__all__ = ["Hook", "collect"]


@attrs.frozen
class Hook:
    """`/_emulator{path}` answering `method` with `fn(HookCall) -> JSON | Reply`."""

    method: str
    path: str  # Starlette template, e.g. "/phone-numbers/{phone_number_id}/sms-status"
    fn: Callable[[Any], Any]
    summary: str = ""


def collect(operation_ids: Mapping[str, object]) -> tuple[dict[str, Handler], list[Hook]]:
    handlers: dict[str, Handler] = {}
    hooks: list[Hook] = []
    package = importlib.import_module(__name__)
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        hooks.extend(getattr(module, "hooks", ()))
        if info.name.startswith("_"):
            continue
        for fn in getattr(module, "routes", ()):
            name = fn.__name__
            if name not in operation_ids:
                raise LookupError(f"{module.__name__}.{name} is not an operationId of the spec")
            if name in handlers:
                raise LookupError(f"operation {name} has two handlers")
            handlers[name] = fn
    return handlers, hooks
