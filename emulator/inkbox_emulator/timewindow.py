"""`start_datetime` / `end_datetime` / `tz` query filters (mail messages, calls, texts,
conversations).

A bare date is a whole day in `tz` (start of day for the lower bound, the whole day included
for the upper one); a naive datetime is read in `tz`; a zoned one is exact. The result is a
half-open UTC range in the wire's ISO form, compared as text against `created_at`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .clock import iso
from .errors import Unprocessable

__all__ = ["window"]


def _zone(name: str | None) -> tzinfo:
    if not name:
        return ZoneInfo("UTC")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise Unprocessable.field(("query", "tz"), "unknown IANA time zone", value=name) from None


def _bound(text: str, zone: tzinfo, field: str, *, upper: bool) -> datetime:
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            start = datetime.combine(day, time(), zone)
            return start + timedelta(days=1) if upper else start
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise Unprocessable.field(
            ("query", field), "not an ISO 8601 date or datetime", value=text
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    # An explicit upper datetime is inclusive; the range is half-open, so step past it.
    return moment + timedelta(microseconds=1) if upper else moment


def window(query: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The query's `(since, until)` as ISO strings (either may be None); 422 for a bad date or
    zone."""
    start, end = query.get("start_datetime"), query.get("end_datetime")
    zone = _zone(query.get("tz"))
    since = _edge(start, zone, "start_datetime", upper=False) if start else None
    until = _edge(end, zone, "end_datetime", upper=True) if end else None
    return since, until


_FUTURE = "9999-12-31T23:59:59.999999Z"
_PAST = "0001-01-01T00:00:00.000000Z"


def _edge(text: str, zone: tzinfo, field: str, *, upper: bool) -> str | None:
    """The bound in wire form; one past the calendar's ends (`9999-12-31` as an inclusive upper
    day, a far offset) is clamped to "no bound" or "nothing", as it means, not a 500."""
    try:
        return iso(_bound(text, zone, field, upper=upper))
    except OverflowError:
        far_future = text.lstrip("+")[:4] >= "5000"
        if upper:
            return None if far_future else _PAST
        return _FUTURE if far_future else None
