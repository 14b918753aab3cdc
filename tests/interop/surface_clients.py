"""The roots most surface checks compare: 0.7.20's `Inkbox` and `AgentIdentity` against our
sync or async client and identity class, walked by `surface.py` on both sides."""

from __future__ import annotations

from typing import Any

import inkbox
from tests.interop.official import run_official
from tests.interop.surface import describe, official_script

__all__ = ["official_client_surface", "our_client_surface"]

ROOTS = (
    '{"Inkbox": official.Inkbox(api_key="k", base_url="http://127.0.0.1:9"),'
    ' "AgentIdentity": official.AgentIdentity}'
)


def official_client_surface(paths: list[str]) -> dict[str, Any]:
    """`describe` of 0.7.20's client and identity class, run in its venv."""
    surface: dict[str, Any] = run_official("0.7.20", official_script(ROOTS, paths), {})
    return surface


def our_client_surface(flavour: str, paths: list[str]) -> dict[str, Any]:
    """`describe` of our `Inkbox`/`AgentIdentity` (`"sync"`) or their async twins."""
    if flavour == "sync":
        client: Any = inkbox.Inkbox("k", base_url="http://127.0.0.1:9")
        identity: Any = inkbox.AgentIdentity
    else:
        client = inkbox.AsyncInkbox("k", base_url="http://127.0.0.1:9")
        identity = inkbox.AsyncAgentIdentity
    return describe({"Inkbox": client, "AgentIdentity": identity}, paths)
