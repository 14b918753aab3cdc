"""Pagers: lazy, one page at a time, filters carried, and they always stop."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from inkbox._pagination import CursorState, OffsetState
from inkbox._sync.pager import CursorPager, OffsetPager


@dataclass
class Page:
    items: list[int]
    has_more: bool
    next_cursor: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def test_cursor_pager_is_lazy_and_follows_cursors() -> None:
    """Nothing is fetched before iteration; each next request sends the last next_cursor."""
    pages = {None: Page([1, 2], True, "c1"), "c1": Page([3], True, "c2"), "c2": Page([4], False)}
    asked: list[str | None] = []

    def fetch(cursor: str | None) -> Page:
        asked.append(cursor)
        return pages[cursor]

    pager: CursorPager[int] = CursorPager(fetch)
    assert asked == []
    assert list(pager) == [1, 2, 3, 4]
    assert asked == [None, "c1", "c2"]


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        (Page([1], False, "c9"), "has_more false"),
        (Page([], True, "c9"), "empty page"),
        (Page([1], True, None), "no cursor"),
    ],
)
def test_cursor_state_stops(page: Page, reason: str) -> None:
    state = CursorState()
    state.advance(page)
    assert state.done, reason


def test_repeated_cursor_stops_instead_of_looping() -> None:
    """A server that hands back a cursor it already gave cannot trap us in a loop."""
    calls = 0

    def fetch(cursor: str | None) -> Page:
        nonlocal calls
        calls += 1
        return Page([calls], True, "same")

    assert list(CursorPager[int](fetch)) == [1, 2]
    assert calls == 2


@pytest.mark.parametrize("tail", [0, 1, 7])
@pytest.mark.parametrize("loop", [1, 2, 3, 10, 33])
def test_cursor_loop_of_any_length_ends_within_twice_its_length(tail: int, loop: int) -> None:
    """The cursors run `tail` fresh ones, then cycle through `loop` for ever."""
    state = CursorState()
    cursors = [f"t{i}" for i in range(tail)] + [f"l{i}" for i in range(loop)]
    pages = 0
    while not state.done:
        i = pages if pages < len(cursors) else tail + (pages - tail) % loop
        state.advance(Page([pages], True, cursors[i]))
        pages += 1
        assert pages <= 2 * (tail + 2 * loop) + 2, "the loop was not noticed"
    if loop <= 2 and tail == 0:  # the first repeat ends it, as a set of all cursors would
        assert pages == loop + 1


def test_cursors_that_never_repeat_are_all_followed() -> None:
    state = CursorState()
    for i in range(10_000):
        state.advance(Page([i], True, f"c{i}"))
        assert not state.done
        assert state.cursor == f"c{i}"


def test_offset_pager_stops_on_short_page() -> None:
    data = list(range(25))
    asked: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> list[int]:
        asked.append((offset, limit))
        return data[offset : offset + limit]

    assert list(OffsetPager(fetch, page_size=10)) == data
    assert asked == [(0, 10), (10, 10), (20, 10)]


def test_offset_pager_stops_on_empty_page_after_full_one() -> None:
    asked: list[int] = []

    def fetch(offset: int, limit: int) -> list[int]:
        asked.append(offset)
        return [1, 2] if offset == 0 else []

    assert list(OffsetPager(fetch, page_size=2)) == [1, 2]
    assert asked == [0, 2]


def test_offset_state_validates() -> None:
    with pytest.raises(ValueError, match="page_size"):
        OffsetState(0)
    with pytest.raises(ValueError, match="offset"):
        OffsetPager(lambda o, n: [], offset=-1)
