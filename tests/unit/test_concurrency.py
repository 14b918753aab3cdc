"""`async_deadline` on asyncio: the time is up as `TimeoutError`, other cancellations pass."""

from __future__ import annotations

import asyncio

import pytest

from inkbox._concurrency import async_deadline


def test_a_deadline_that_passes_is_a_timeout_error() -> None:
    async def late() -> None:
        async with async_deadline(0.01):
            await asyncio.sleep(5)

    with pytest.raises(TimeoutError):
        asyncio.run(late())


def test_work_done_in_time_is_left_alone() -> None:
    async def quick() -> str:
        async with async_deadline(5):
            await asyncio.sleep(0)
        await asyncio.sleep(0.02)  # the cancelled timer must not fire later
        return "done"

    assert asyncio.run(quick()) == "done"


def test_a_cancellation_from_elsewhere_is_not_swallowed() -> None:
    async def cancelled() -> None:
        task = asyncio.current_task()
        assert task is not None
        asyncio.get_running_loop().call_later(0.01, task.cancel)
        async with async_deadline(5):
            await asyncio.sleep(5)

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(cancelled())


def test_no_deadline_waits_as_long_as_it_takes() -> None:
    async def unbounded() -> str:
        async with async_deadline(None):
            await asyncio.sleep(0.01)
        return "done"

    assert asyncio.run(unbounded()) == "done"
