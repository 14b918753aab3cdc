"""Sentinels of the public signatures."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Literal, TypeAlias, TypeVar

if TYPE_CHECKING:
    from inkbox_api.types import Unset

__all__ = ["NOT_GIVEN", "NotGiven", "NotGivenOr", "unset_if_not_given"]

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


def unset_if_not_given(value: NotGivenOr[T]) -> T | Unset:
    """The one conversion of `NOT_GIVEN` to the generated client's `UNSET` (omit the field)."""
    from inkbox_api.types import UNSET

    return UNSET if value is NOT_GIVEN else value
