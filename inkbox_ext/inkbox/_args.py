"""Checking and shaping call arguments before any request is sent; pure, no I/O.

Every check raises the builtin the mistake resembles (`ValueError`, `TypeError`) with a message
naming the argument and what to pass instead, so a bad call never reaches the network.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar

from ._types import NOT_GIVEN, NotGivenOr

if TYPE_CHECKING:
    from inkbox_api.types import Unset

__all__ = [
    "as_enum",
    "as_uuid",
    "as_uuid_list",
    "check_limit",
    "check_offset",
    "enum_or_unset",
    "nullable_enum_or_unset",
    "nullable_text_or_unset",
    "require_text",
    "text_or_unset",
]

E = TypeVar("E", bound=enum.Enum)


def as_uuid(value: uuid.UUID | str, name: str) -> uuid.UUID:
    """`value` as a UUID; ids arrive as `UUID` objects or their string form.

    Raises:
        TypeError: `value` is neither a UUID nor a string.
        ValueError: the string is not a UUID (for example empty, or a placeholder).
    """
    if isinstance(value, uuid.UUID):
        return value
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a UUID or its string form, not {type(value).__name__}")
    try:
        return uuid.UUID(value.strip())
    except ValueError:
        raise ValueError(
            f"{name} must be a UUID such as '{uuid.UUID(int=0)}', got {value!r}"
        ) from None


def as_uuid_list(values: Iterable[uuid.UUID | str], name: str) -> list[uuid.UUID]:
    """Every item of `values` as a UUID (a lone string is refused: it is not a list of ids)."""
    if isinstance(values, (str, bytes)):
        raise TypeError(f"{name} must be a list of UUIDs, not a single {type(values).__name__}")
    return [as_uuid(item, f"{name}[{index}]") for index, item in enumerate(values)]


def as_enum(value: E | str, kind: type[E], name: str) -> E:
    """`value` as a declared member of `kind`; the enum itself or its string value is accepted.

    The generated enums turn unknown *response* values into pseudo-members so a new server value
    never breaks parsing; a value we send must be one the spec declares, so a typo fails here.

    Raises:
        ValueError: `value` is not one of the declared values.
    """
    allowed = [member.value for member in kind]
    raw = value.value if isinstance(value, enum.Enum) else value
    if raw not in allowed:
        choices = ", ".join(repr(choice) for choice in allowed)
        raise ValueError(f"{name} must be one of {choices}; got {value!r}")
    return kind(raw)


def require_text(value: str, name: str) -> str:
    """`value` when it is a non-empty string (path segments such as an email address)."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value


def text_or_unset(value: str | None, name: str) -> str | Unset:
    """An optional text argument: left out of the request when `None`, else non-empty text."""
    from inkbox_api.types import UNSET

    return UNSET if value is None else require_text(value, name)


def nullable_text_or_unset(value: NotGivenOr[str | None], name: str) -> str | Unset | None:
    """A text field where `None` means null (clear, or "none"): omitted when not given."""
    from inkbox_api.types import UNSET

    if value is NOT_GIVEN:
        return UNSET
    return None if value is None else require_text(value, name)


def enum_or_unset(value: NotGivenOr[E | str], kind: type[E], name: str) -> E | Unset:
    """A PATCH field that cannot be cleared: omitted when not given, else a member of `kind`.

    Raises:
        ValueError: `value` is `None` (the field cannot be null) or not a declared value.
    """
    from inkbox_api.types import UNSET

    if value is NOT_GIVEN:
        return UNSET
    if value is None:
        raise ValueError(f"{name} cannot be cleared; pass one of its values or leave it out")
    return as_enum(value, kind, name)


def nullable_enum_or_unset(
    value: NotGivenOr[E | str | None], kind: type[E], name: str
) -> E | Unset | None:
    """A PATCH field that `None` clears: omitted when not given, `None`, or a member of `kind`."""
    from inkbox_api.types import UNSET

    if value is NOT_GIVEN:
        return UNSET
    return None if value is None else as_enum(value, kind, name)


def check_limit(value: int, name: str = "limit", *, low: int = 1, high: int = 200) -> int:
    """`value` when it is an integer within the page-size bounds the API accepts."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{name} must be an integer from {low} to {high}, got {value!r}")
    return value


def check_offset(value: int, name: str = "offset") -> int:
    """`value` when it is a non-negative integer."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name} must be an integer >= 0, got {value!r}")
    return value
