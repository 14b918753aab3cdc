"""The few primitives that differ between the async code and its generated sync twin.

tools/unasync.py renames `async_sleep` → `sleep` and `async_run_blocking` → `run_blocking`, so
`_async/` calls the first of each pair and `_sync/` the second.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

__all__ = ["async_run_blocking", "async_sleep", "run_blocking", "sleep"]


async def async_sleep(seconds: float) -> None:
    # anyio, not asyncio: httpx supports trio too, and so must we.
    import anyio

    await anyio.sleep(seconds)


def sleep(seconds: float) -> None:
    time.sleep(seconds)


async def async_run_blocking(func: Callable[[], T]) -> T:
    """Run CPU-heavy work (Argon2id) in a worker thread so the event loop keeps serving."""
    import anyio.to_thread

    return await anyio.to_thread.run_sync(func)


def run_blocking(func: Callable[[], T]) -> T:
    return func()
