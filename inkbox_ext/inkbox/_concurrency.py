"""The few primitives that differ between the async code and its generated sync twin.

tools/unasync.py renames `async_sleep` → `sleep`, `async_run_blocking` → `run_blocking` and
`async_run_at_init` → `run_at_init`, so `_async/` calls the first of each pair and `_sync/` the
second.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import TypeVar

T = TypeVar("T")

__all__ = [
    "async_deadline",
    "async_run_at_init",
    "async_run_blocking",
    "async_sleep",
    "deadline",
    "run_at_init",
    "run_blocking",
    "sleep",
]


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


def async_run_at_init(
    func: Callable[[], Awaitable[object]], *, cleanup: Callable[[], Awaitable[object]]
) -> None:
    """Nothing: an async client cannot await in `__init__`, so the caller runs `func` later
    (on `async with` or first use). The sync twin, `run_at_init`, runs it during `__init__`."""


def run_at_init(func: Callable[[], object], *, cleanup: Callable[[], object]) -> None:
    """Run `func` while a client is constructed; if it fails, run `cleanup` and re-raise."""
    try:
        func()
    except BaseException:
        cleanup()
        raise


def async_deadline(seconds: float | None) -> AbstractAsyncContextManager[object]:
    """Fail with `TimeoutError` once `seconds` have passed (`None`: never), whatever is being
    awaited: a server trickling its status line and headers a byte at a time included."""
    import asyncio  # here, not at the top: `import inkbox` does not load asyncio

    try:
        asyncio.get_running_loop()
    except RuntimeError:  # not asyncio (trio): anyio's scope, which costs some 20 us more
        return _anyio_deadline(seconds)
    return asyncio.timeout(seconds)


@contextlib.asynccontextmanager
async def _anyio_deadline(seconds: float | None) -> AsyncIterator[None]:
    import anyio

    with anyio.fail_after(seconds):
        yield


def deadline(seconds: float | None) -> AbstractContextManager[object]:
    """Nothing: a blocking read cannot be interrupted. The sync client relies on its per-read
    timeouts and the deadline checked between body chunks."""
    return contextlib.nullcontext()
