"""A stateful local Inkbox serving `openapi/inkbox.yaml` (see emulator/README.md).

    from inkbox_emulator import EmulatorConfig, EmulatorServer
    with EmulatorServer(EmulatorConfig(port=0)) as emulator:
        ...  # emulator.url, emulator.admin_key

Names are imported on first use, so `import inkbox_emulator` (done by the pytest plugin's
entry point in every test run) loads neither Starlette nor uvicorn.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import create_app
    from .config import EmulatorConfig
    from .server import EmulatorServer

__all__ = ["EmulatorConfig", "EmulatorServer", "create_app", "run_in_thread"]

_WHERE = {"EmulatorConfig": ".config", "EmulatorServer": ".server", "create_app": ".app"}


def run_in_thread(**settings: Any) -> EmulatorServer:
    """Start an emulator on a background thread (`port=0` by default); call `.stop()` after."""
    from .config import EmulatorConfig
    from .server import EmulatorServer

    settings.setdefault("port", 0)
    return EmulatorServer(EmulatorConfig(**settings)).start()


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
