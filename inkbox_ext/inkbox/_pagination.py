"""Page arithmetic for the two list styles of the API; pure, no I/O.

- Cursor lists answer `{items, next_cursor, has_more}`; the next request sends
  `cursor=next_cursor`.
- Offset lists answer a plain array; the next request sends `offset + len(page)`.

Both stop on the first of: the server says there is no more (`has_more` false, or a short
offset page), an empty page, or a cursor seen before (a server bug must not loop forever).
Cursors are compared against one remembered cursor, moved at doubling distances (Brent's cycle
detection), not kept in a set: a walk of ten million messages holds no list of its cursors, and
a loop through k cursors still ends within about 2k pages (a cursor repeated at once, or one
two pages back, ends it at its first repeat, as a set would).
Filters are not handled here at all: the pager's fetch function binds them once, so every page
is requested with the same filters by construction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

__all__ = ["CursorPage", "CursorState", "OffsetState"]


class CursorPage(Protocol):
    """The shape of every cursor-paginated response model."""

    @property
    def items(self) -> Sequence[Any]: ...

    @property
    def has_more(self) -> bool: ...

    @property
    def next_cursor(self) -> str | None: ...


@dataclass(slots=True)
class CursorState:
    """Where a cursor iteration stands. `cursor` is what to send next (None = first page)."""

    cursor: str | None = None
    done: bool = False
    _mark: str | None = None  # a cursor from earlier in the walk
    _since_mark: int = 0  # pages since `_mark` was taken
    _span: int = 1  # when `_since_mark` reaches it, the mark moves to the newest cursor

    def advance(self, page: CursorPage) -> None:
        nxt = page.next_cursor if isinstance(page.next_cursor, str) else None
        if not page.items or not page.has_more or not nxt or nxt == self._mark:
            self.done = True
            return
        self._since_mark += 1
        if self._since_mark == self._span:
            self._mark, self._since_mark, self._span = nxt, 0, self._span * 2
        self.cursor = nxt


@dataclass(slots=True)
class OffsetState:
    """Where an offset iteration stands. `offset` is what to send next."""

    page_size: int
    offset: int = 0
    done: bool = False

    def __post_init__(self) -> None:
        if self.page_size < 1:
            raise ValueError(f"page_size must be >= 1, got {self.page_size}")
        if self.offset < 0:
            raise ValueError(f"offset must be >= 0, got {self.offset}")

    def advance(self, page: Sequence[Any]) -> None:
        if len(page) < self.page_size:
            self.done = True
        self.offset += len(page)
