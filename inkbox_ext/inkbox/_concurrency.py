"""The few primitives that differ between the async code and its generated sync twin.

tools/unasync.py renames `async_sleep` → `sleep`, `async_run_blocking` → `run_blocking` and
`async_run_at_init` → `run_at_init`, so `_async/` calls the first of each pair and `_sync/` the
second.
"""

from __future__ import annotations

import contextlib
import threading
import time
import weakref
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
    return _LoopDeadline(_timers.of(loop), task, seconds)


class _LoopDeadline:
    """`asyncio.timeout(seconds)` for one task, without its rescheduling machinery, and without
    a timer of its own (see `_SharedTimer`): every request enters one. The same contract: the
    task is cancelled when the time is up, that cancellation leaves as `TimeoutError`, and a
    cancellation from elsewhere is never swallowed."""

    __slots__ = ("_cancelling", "_expired", "_seconds", "_task", "_timer")

    def __init__(self, timer: _SharedTimer, task: asyncio.Task[Any], seconds: float):
        self._timer = timer
        self._task = task
        self._seconds = seconds
        self._expired = False

    async def __aenter__(self) -> None:
        self._cancelling = self._task.cancelling()
        self._timer.add(self, self._seconds)

    def expire(self) -> None:
        self._expired = True
        self._task.cancel()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._timer.discard(self)
        if self._expired:
            import asyncio

            if self._task.uncancel() <= self._cancelling and exc_type is asyncio.CancelledError:
                raise TimeoutError from exc


class _SharedTimer:
    """The deadlines of one event loop, behind a single `call_at` timer.

    A timer per request (a handle built, pushed on the loop's heap, cancelled, later popped)
    was a third of our async per-call cost. Requests of one client share one budget, so a new
    deadline is nearly always later than the one the timer is set for: adding it is a dict
    insert. When the timer fires it cancels what is due and is set again for the earliest
    deadline left, so each deadline is still met to the loop's precision.
    """

    __slots__ = ("_at", "_due", "_handle", "_loop")

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._due: dict[_LoopDeadline, float] = {}
        self._handle: asyncio.TimerHandle | None = None
        self._at = float("inf")  # when the timer fires (inf: not set)

    def add(self, deadline: _LoopDeadline, seconds: float) -> None:
        when = self._loop.time() + seconds
        self._due[deadline] = when
        if when < self._at:
            self._set(when)

    def discard(self, deadline: _LoopDeadline) -> None:
        self._due.pop(deadline, None)

    def _set(self, when: float) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._handle = self._loop.call_at(when, self._fire)
        self._at = when

    def _fire(self) -> None:
        self._handle, self._at = None, float("inf")
        now = self._loop.time()
        due = [deadline for deadline, when in self._due.items() if when <= now]
        for deadline in due:
            del self._due[deadline]
            deadline.expire()
        if self._due:
            self._set(min(self._due.values()))


class _Timers:
    """The `_SharedTimer` of each event loop (loops of several threads may ask at once)."""

    def __init__(self) -> None:
        self._by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _SharedTimer] = (
            weakref.WeakKeyDictionary()
        )
        self._lock = threading.Lock()
        self._last: tuple[weakref.ref[asyncio.AbstractEventLoop], _SharedTimer] | None = None

    def of(self, loop: asyncio.AbstractEventLoop) -> _SharedTimer:
        last = self._last  # one read: another thread may replace it meanwhile
        if last is not None and last[0]() is loop:  # a program's one loop: no dict lookup
            return last[1]
        with self._lock:
            timer = self._by_loop.get(loop)
            if timer is None:
                timer = self._by_loop[loop] = _SharedTimer(loop)
        self._last = (weakref.ref(loop), timer)
        return timer


_timers = _Timers()


@contextlib.asynccontextmanager
async def _anyio_deadline(seconds: float | None) -> AsyncIterator[None]:
    import anyio

    with anyio.fail_after(seconds):
        yield


def deadline(seconds: float | None) -> AbstractContextManager[object]:
    """Nothing: a blocking read cannot be interrupted. The sync client relies on its per-read
    timeouts and the deadline checked between body chunks."""
    return contextlib.nullcontext()
