"""`tail`: the newest items, then (with `--follow`) new ones as they arrive, by polling."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._main import App

__all__ = ["tail", "tail_command"]


def tail(
    newest_first: Callable[[], Iterable[Any]],
    show: Callable[[Any], None],
    *,
    last: int,
    follow: bool,
    interval: float,
) -> None:
    """Show the `last` newest items oldest first; when following, poll and show new ones.

    `newest_first()` is called on each poll and read only until an item already shown, so a
    poll costs one page. Ctrl-C ends the loop (the caller's `main` turns it into exit 0).
    """
    first: list[Any] = []
    for item in newest_first():
        first.append(item)  # one past the window too: with --last 0 it marks where "new" starts
        if len(first) > last:
            break
    seen = {item.id for item in first}
    for item in reversed(first[:last]):
        show(item)
    if not follow:
        return
    try:
        while True:
            time.sleep(interval)
            fresh: list[Any] = []
            for item in newest_first():
                if item.id in seen:
                    break
                fresh.append(item)
            for item in reversed(fresh):
                seen.add(item.id)
                show(item)
    except KeyboardInterrupt:
        return


def tail_command(
    app: App,
    newest_first: Callable[..., Iterable[Any]],
    line: Callable[[Any], str],
    *,
    last: int,
    follow: bool,
    interval: float,
) -> None:
    """`tail` as the commands print it: JSON lines with `--json`, else `line(item)`."""
    import click

    from ._output import emit_line

    def show(item: Any) -> None:
        if app.json:
            emit_line(item)
        else:
            click.echo(line(item))

    page_size = min(max(last, 1), 100)
    tail(
        lambda: newest_first(page_size=page_size), show, last=last, follow=follow, interval=interval
    )
