"""The emulator's registries name every module of their package (none is found by file name,
so one left out would silently have no tables or no handlers)."""

from __future__ import annotations

import pkgutil
from types import ModuleType

import inkbox_emulator.routes
import inkbox_emulator.store
from inkbox_emulator.routes import MODULES
from inkbox_emulator.store import FAMILIES


def _modules(package: ModuleType) -> set[str]:
    return {info.name for info in pkgutil.iter_modules(package.__path__)}


def test_every_store_family_is_registered():
    """store.FAMILIES holds every table module (the engine has no tables), `core` first."""
    assert {module.__name__.rsplit(".", 1)[1] for _, module in FAMILIES} == _modules(
        inkbox_emulator.store
    ) - {"engine"}
    assert FAMILIES[0][0] == "core"
    assert all(name == module.__name__.rsplit(".", 1)[1] for name, module in FAMILIES)


def test_every_routes_module_is_registered():
    """routes.MODULES holds every handler module (`_phone_common` is a helper of two)."""
    assert set(MODULES) == _modules(inkbox_emulator.routes) - {"_phone_common"}
