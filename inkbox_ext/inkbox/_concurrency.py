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
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import asyncio

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
        loop = asyncio.get_running_loop()
    except RuntimeError:  # not asyncio (trio): anyio's scope, which costs some 20 us more
        return _anyio_deadline(seconds)
    task = asyncio.current_task(loop)
    if seconds is None or task is None:
        return asyncio.timeout(seconds)
    return _LoopDeadline(loop, task, seconds)


class _LoopDeadline:
    """`asyncio.timeout(seconds)` for one task, without its rescheduling machinery: every
    request enters one, and this costs about half of the 3 us `asyncio.timeout` does. The same
    contract: the task is cancelled when the time is up, that cancellation leaves as
    `TimeoutError`, and a cancellation from elsewhere is never swallowed."""

    __slots__ = ("_cancelling", "_expired", "_handle", "_loop", "_seconds", "_task")

    def __init__(self, loop: asyncio.AbstractEventLoop, task: asyncio.Task[Any], seconds: float):
        self._loop = loop
        self._task = task
        self._seconds = seconds
        self._expired = False

    async def __aenter__(self) -> None:
        self._cancelling = self._task.cancelling()
        self._handle = self._loop.call_at(self._loop.time() + self._seconds, self._expire)

    def _expire(self) -> None:
        self._expired = True
        self._task.cancel()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._handle.cancel()
        if self._expired:
            import asyncio

            if self._task.uncancel() <= self._cancelling and exc_type is asyncio.CancelledError:
                raise TimeoutError from exc


@contextlib.asynccontextmanager
async def _anyio_deadline(seconds: float | None) -> AsyncIterator[None]:
    import anyio

    with anyio.fail_after(seconds):
        yield


def deadline(seconds: float | None) -> AbstractContextManager[object]:
    """Nothing: a blocking read cannot be interrupted. The sync client relies on its per-read
    timeouts and the deadline checked between body chunks."""
    return contextlib.nullcontext()
