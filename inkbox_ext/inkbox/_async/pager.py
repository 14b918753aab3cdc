"""Lazy auto-paging iterators: one page in memory, nothing fetched before iteration."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Generic, TypeVar

from .._pagination import CursorPage, CursorState, OffsetState

__all__ = ["AsyncCursorPager", "AsyncOffsetPager"]

T = TypeVar("T")
P = TypeVar("P", bound=CursorPage)


class AsyncCursorPager(Generic[T, P]):
    """Iterates the items of a cursor-paginated list, fetching the next page when needed.

    `fetch(cursor)` requests one page with every filter of the original call already bound.
    """

    def __init__(self, fetch: Callable[[str | None], Awaitable[P]]) -> None:
        self._fetch = fetch

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.aiter_pages():
            for item in page.items:
                yield item

    async def aiter_pages(self) -> AsyncIterator[P]:
        """Iterate whole pages (for callers who want page boundaries or `next_cursor`)."""
        state = CursorState()
        while not state.done:
            page = await self._fetch(state.cursor)
            state.advance(page)
            yield page


class AsyncOffsetPager(Generic[T]):
    """Iterates an offset-paginated list (`limit` + `offset`), one page at a time."""

    def __init__(
        self,
        fetch: Callable[[int, int], Awaitable[Sequence[T]]],
        *,
        page_size: int = 50,
        offset: int = 0,
    ) -> None:
        self._fetch = fetch
        self._page_size = page_size
        self._offset = offset
        OffsetState(page_size, offset)  # validate now, not at first iteration

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.aiter_pages():
            for item in page:
                yield item

    async def aiter_pages(self) -> AsyncIterator[Sequence[T]]:
        state = OffsetState(self._page_size, self._offset)
        while not state.done:
            page = await self._fetch(state.offset, state.page_size)
            state.advance(page)
            if not page:
                return
            yield page
