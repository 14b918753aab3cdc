"""The `inkbox` command (extra `inkbox[cli]`): each command a thin use of the public SDK.

Nothing here is imported by `import inkbox`; the command modules import only Click at load
time, so `inkbox --help` stays quick, and the SDK (httpx) and Rich load when a command runs.
"""

from __future__ import annotations

from ._main import main

__all__ = ["main"]
