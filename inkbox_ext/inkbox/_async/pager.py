"""Lazy auto-paging iterators: one page in memory, nothing fetched before iteration.

Every list that spans pages answers an `AsyncPager[T]`, whatever its wire style: a single-pass
iterator of the items (`async for msg in pager`, as the guide's `Iterator[Message]`), with
`aiter_pages()` for page boundaries (`list[T]` each).
`AsyncCursorPager` and `AsyncOffsetPager` only differ in how the next page is asked for.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any, Generic, Self, TypeVar

from .._pagination import CursorPage, CursorState, OffsetState

__all__ = ["AsyncCursorPager", "AsyncOffsetPager", "AsyncPager"]

T = TypeVar("T")


class AsyncPager(Generic[T]):
    """The items of a list that spans pages: a lazy, single-pass iterator, like a generator.

    `async for item in pager` fetches each page when the previous one is used up;
    `aiter_pages()` gives the rest page by page (`list[T]` each, a partly read page first).
    """

    def __init__(self) -> None:
        self._keep: Callable[[T], bool] | None = None
        self._stream: AsyncIterator[Sequence[T]] | None = None
        self._buffer: deque[T] = deque()

    def _keeping(self, keep: Callable[[T], bool]) -> Self:
        """This pager, yielding only the items `keep` accepts (client-side filters)."""
        self._keep = keep
        return self

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        while not self._buffer:
            self._buffer.extend(await self._next_page())
        return self._buffer.popleft()

    async def aiter_pages(self) -> AsyncIterator[list[T]]:
        """The remaining items, page by page as the server cut them (filters applied)."""
        if self._buffer:
            rest = list(self._buffer)
            self._buffer.clear()
            yield rest
        while True:
            try:
                page = await self._next_page()
            except StopAsyncIteration:
                return
            yield page

    async def _next_page(self) -> list[T]:
        if self._stream is None:
            self._stream = self._pages()
        page = await anext(self._stream)  # StopAsyncIteration: no page left
        keep = self._keep
        return list(page) if keep is None else [item for item in page if keep(item)]

    def _pages(self) -> AsyncIterator[Sequence[T]]:
        raise NotImplementedError


class AsyncCursorPager(AsyncPager[T]):
    """A cursor-paginated list: `fetch(cursor)` asks for one page with every filter bound."""

    def __init__(self, fetch: Callable[[str | None], Awaitable[CursorPage]]) -> None:
        super().__init__()
        self._fetch = fetch

    async def _pages(self) -> AsyncIterator[Sequence[T]]:
        state = CursorState()
        while not state.done:
            page = await self._fetch(state.cursor)
            state.advance(page)
            items: Sequence[Any] = page.items
            if items:
                yield items


class AsyncOffsetPager(AsyncPager[T]):
    """An offset-paginated list: `fetch(offset, limit)` asks for one page.

    With `snapshot=True` every page is read when iteration starts, before the first item is
    given out. Offsets count rows of the filtered list, so a loop that takes items out of the
    filter (marking each unread text read) would shift the rows under the next offset and make
    a page-at-a-time pager skip them; the snapshot is taken before the loop changes anything.
    """

    def __init__(
        self,
        fetch: Callable[[int, int], Awaitable[Sequence[T]]],
        *,
        page_size: int = 50,
        offset: int = 0,
        snapshot: bool = False,
    ) -> None:
        super().__init__()
        self._fetch = fetch
        self._page_size = page_size
        self._offset = offset
        self._snapshot = snapshot
        OffsetState(page_size, offset)  # validate now, not at first iteration

    async def _pages(self) -> AsyncIterator[Sequence[T]]:
        pages = self._fetch_pages()
        if self._snapshot:
            pages = _replay([page async for page in pages])
        async for page in pages:
            yield page

    async def _fetch_pages(self) -> AsyncIterator[Sequence[T]]:
        state = OffsetState(self._page_size, self._offset)
        while not state.done:
            page = await self._fetch(state.offset, state.page_size)
            state.advance(page)
            if not page:
                return
            yield page


async def _replay(pages: list[Sequence[T]]) -> AsyncIterator[Sequence[T]]:
    for page in pages:
        yield page
