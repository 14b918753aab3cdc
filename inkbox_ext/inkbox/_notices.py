"""Advisory notices the server attaches to responses, and `with_response_metadata`'s answer.

The server sends them in the `Inkbox-Notices` header as a JSON list of `{code, level,
message}` (deprecations, soon-to-change behaviour). They never change what a call returns, so
they are collected on the side: `inkbox.with_response_metadata(fn)` answers
`APIResponse(data=fn's result, notices=[...] or None)`. Pure: no I/O.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = ["APIResponse", "NoticeCollector", "ResponseNotice", "parse_notices"]

T = TypeVar("T")

NOTICES_HEADER = "Inkbox-Notices"


@dataclass(frozen=True)
class ResponseNotice:
    """One advisory notice of the server's `Inkbox-Notices` header.

    Attributes:
        code: A stable identifier of the notice.
        level: How serious it is, e.g. `"warning"`.
        message: The notice in words.
    """

    code: str
    level: str
    message: str


@dataclass(frozen=True)
class APIResponse(Generic[T]):
    """What `with_response_metadata` answers: the callback's result and the notices seen."""

    data: T
    notices: list[ResponseNotice] | None = None


def parse_notices(headers: Mapping[str, str]) -> list[ResponseNotice]:
    """The well-formed notices of one response's headers (malformed ones are ignored: they
    are advice, and must never break the call that carried them)."""
    raw = headers.get(NOTICES_HEADER)
    if raw is None:
        return []
    try:
        value = json.loads(raw)
    except ValueError:
        return []
    if not isinstance(value, list):
        return []
    return [
        ResponseNotice(item["code"], item["level"], item["message"])
        for item in value
        if isinstance(item, dict)
        and all(isinstance(item.get(key), str) for key in ("code", "level", "message"))
    ]


class NoticeCollector:
    """The distinct notices of the responses it observes, in order, until closed (a client
    kept past its scope collects nothing more)."""

    def __init__(self) -> None:
        self._notices: list[ResponseNotice] = []
        self._open = True
        self._lock = threading.Lock()

    def observe(self, headers: Mapping[str, str]) -> None:
        found = parse_notices(headers)
        with self._lock:
            if self._open:
                self._notices.extend(n for n in found if n not in self._notices)

    def close(self) -> list[ResponseNotice] | None:
        with self._lock:
            self._open = False
            return list(self._notices) or None
