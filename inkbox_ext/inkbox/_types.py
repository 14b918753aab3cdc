"""Sentinels of the public signatures."""

from __future__ import annotations

import enum
from typing import Literal, TypeAlias, TypeVar

__all__ = ["NOT_GIVEN", "NotGiven", "NotGivenOr"]

T = TypeVar("T")


class NotGiven(enum.Enum):
    """An argument that was not passed, where `None` means something else.

    For PATCH-style calls, `None` sends JSON `null` (clear the field) while `NOT_GIVEN` leaves the
    field out of the request. A single-member enum so type checkers narrow `x is NOT_GIVEN`.
    """

    NOT_GIVEN = "NOT_GIVEN"

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> Literal[False]:
        return False


NOT_GIVEN: Literal[NotGiven.NOT_GIVEN] = NotGiven.NOT_GIVEN

NotGivenOr: TypeAlias = T | Literal[NotGiven.NOT_GIVEN]
