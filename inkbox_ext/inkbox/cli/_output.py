"""Printing: one JSON document (or JSON lines) with `--json`, Rich tables otherwise."""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
import sys
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = ["console", "emit", "emit_line", "plain", "progress", "table", "to_jsonable"]


def to_jsonable(value: Any) -> Any:
    """SDK models (attrs with `to_dict`, dataclasses), ids, times and enums as JSON values."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return to_jsonable(value.to_dict())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, enum.Enum):
        return to_jsonable(value.value)
    if isinstance(value, uuid.UUID | datetime.datetime | datetime.date):
        return value.isoformat() if not isinstance(value, uuid.UUID) else str(value)
    return value


def emit(value: Any) -> None:
    """One JSON document on stdout."""
    sys.stdout.write(json.dumps(to_jsonable(value), indent=2, sort_keys=True) + "\n")


def emit_line(value: Any) -> None:
    """One JSON line (for `tail`), flushed at once so a pipe sees it."""
    sys.stdout.write(json.dumps(to_jsonable(value), sort_keys=True) + "\n")
    sys.stdout.flush()


def console(*, stderr: bool = False) -> Any:
    from rich.console import Console

    # Not a terminal (pipes, tests): a fixed width keeps the layout stable.
    width = None if (sys.stderr if stderr else sys.stdout).isatty() else 150
    return Console(stderr=stderr, width=width, highlight=False, soft_wrap=False)


def cell(value: Any) -> str:
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, list):
        return ", ".join(cell(v) for v in value)
    value = to_jsonable(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(cell(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    from rich import box
    from rich.table import Table

    out = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left", pad_edge=False)
    for column in columns:
        # Ids are copied into the next command, times read at a glance: never folded.
        keep = column in ("id", "when", "created", "updated")
        out.add_column(column, overflow="fold", no_wrap=keep)
    count = 0
    for row in rows:
        out.add_row(*(cell(v) for v in row))
        count += 1
    if count == 0:
        console().print(f"{title}: none")
        return
    console().print(out)


def plain(pairs: Sequence[tuple[str, Any]], *, title: str | None = None) -> None:
    """A record as aligned `key  value` lines."""
    con = console()
    if title:
        con.print(f"[bold]{title}[/bold]")
    width = max((len(k) for k, _ in pairs), default=0)
    for key, value in pairs:
        con.print(f"{key.ljust(width)}  {cell(value)}", markup=False)


def progress(description: str, total: int) -> Any:
    """A progress bar on stderr (so stdout stays clean for data)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console(stderr=True),
        transient=True,
    )
    task = bar.add_task(description, total=total)
    return bar, task
