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


def test_deadlines_sharing_one_timer_each_end_on_time() -> None:
    """A later deadline set first, an earlier one after it, and one that never comes due:
    each task ends at its own deadline, in order, and the finished ones leave nothing behind."""
    ended: list[str] = []

    async def bounded(name: str, seconds: float, work: float) -> None:
        try:
            async with async_deadline(seconds):
                await asyncio.sleep(work)
            ended.append(f"{name} done")
        except TimeoutError:
            ended.append(f"{name} timed out")

    async def main() -> None:
        loop = asyncio.get_running_loop()
        start = loop.time()
        late = asyncio.create_task(bounded("late", 0.2, 5))
        await asyncio.sleep(0)
        early = asyncio.create_task(bounded("early", 0.05, 5))
        quick = asyncio.create_task(bounded("quick", 5, 0.01))
        await asyncio.gather(late, early, quick)
        assert 0.2 <= loop.time() - start < 2

    asyncio.run(main())
    assert ended == ["quick done", "early timed out", "late timed out"]


def test_many_loops_in_many_threads_each_keep_their_deadlines() -> None:
    import threading

    results: list[bool] = []

    def run() -> None:
        async def late() -> bool:
            try:
                async with async_deadline(0.02):
                    await asyncio.sleep(5)
            except TimeoutError:
                return True
            return False

        results.append(asyncio.run(late()))

    threads = [threading.Thread(target=run) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert results == [True] * 8
