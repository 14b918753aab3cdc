"""The wire's edge cases, in one place: shaping arguments for the generated client, and
narrowing what it answers. Pure, no I/O.

Arguments. Every check raises the builtin the mistake resembles, `TypeError` for a value of the
wrong kind and `ValueError` for a value out of range, with a message naming the argument and
what to pass instead, so a bad call never reaches the network.

"Omitted". The generated client leaves a field out of a request when it is `UNSET`. The public
signatures say "omitted" two ways: `None` where null has no meaning of its own (`omit`,
`opt_*`), and `NOT_GIVEN` where `None` sends JSON `null` to clear a field (`given`, `patch_*`).
Resource code never spells `UNSET`: it calls one of these.

Responses. Error statuses never reach `parsed` (the transport raises them); a success the spec
does not describe is a server/spec mismatch worth a clear error.
"""

from __future__ import annotations

import datetime
import enum
import re
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Literal, TypeGuard, TypeVar

from ._constants import REQUEST_ID_HEADER
from ._errors import InkboxResponseValidationError, response_validation_error
from ._types import NOT_GIVEN, NotGivenOr

if TYPE_CHECKING:
    from inkbox_api.types import Response, Unset

__all__ = [
    "MAX_PAGE_SIZE",
    "answer_of_shape",
    "as_e164",
    "as_enum",
    "as_uuid",
    "as_uuid_list",
    "check_limit",
    "check_offset",
    "flag",
    "given",
    "is_omitted",
    "omit",
    "omitted",
    "opt_enum",
    "opt_enum_list",
    "opt_limit",
    "opt_offset",
    "opt_text",
    "opt_uuid",
    "parsed",
    "parsed_list",
    "patch_enum",
    "patch_nullable_enum",
    "patch_text",
    "require_text",
]

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

# The largest page the API serves on its cursor lists; offset lists take up to 200.
MAX_PAGE_SIZE = 100


def _unset() -> Unset:
    # imported on first use: `import inkbox` must not load the generated package
    from inkbox_api.types import UNSET

    return UNSET


# --- omitted ------------------------------------------------------------------------------


def omitted() -> Unset:
    """Left out of the request, where the generated model would send its spec default: the
    server applies its own."""
    return _unset()


def omit(value: T | None) -> T | Unset:
    """`value`, or left out of the request when `None`."""
    return _unset() if value is None else value


def given(value: NotGivenOr[T]) -> T | Unset:
    """`value` (`None` included: it sends null), or left out of the request when not given."""
    return _unset() if value is NOT_GIVEN else value


def is_omitted(value: object) -> TypeGuard[Unset]:
    """Whether a field of a generated model (or a shaped argument) is left out of the request."""
    from inkbox_api.types import Unset

    return isinstance(value, Unset)


def flag(value: bool) -> Literal[True] | Unset:
    """`True`, or left out of the request: the server's default is off."""
    return True if value else _unset()


# --- text -------------------------------------------------------------------------------------


def require_text(value: str, name: str) -> str:
    """`value` when it is a non-empty string (path segments such as an email address)."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value


_E164 = re.compile(r"\+[1-9]\d{7,14}")


def as_e164(value: str, name: str) -> str:
    """`value` when it is a canonical E.164 number (`+` then 8-15 digits, no leading zero)."""
    require_text(value, name)
    if not _E164.fullmatch(value):
        raise ValueError(f"{name} must be an E.164 number such as +15551234567, not {value!r}")
    return value


def opt_text(value: str | None, name: str) -> str | Unset:
    """Optional non-empty text: left out of the request when `None`."""
    return _unset() if value is None else require_text(value, name)


def patch_text(value: NotGivenOr[str | None], name: str) -> str | Unset | None:
    """A text field `None` clears (sends null): left out when not given."""
    if value is NOT_GIVEN:
        return _unset()
    return None if value is None else require_text(value, name)


# --- enums and ids ----------------------------------------------------------------------------


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


def opt_enum(value: E | str | None, kind: type[E], name: str) -> E | Unset:
    """An optional enum argument (a filter, say): left out of the request when `None`."""
    return _unset() if value is None else as_enum(value, kind, name)


def opt_enum_list(
    values: Iterable[E | str] | E | str | None, kind: type[E], name: str
) -> list[E] | Unset:
    """A filter of one or several enum values (a single value reads as a list of one): left out
    of the request when `None` or empty."""
    if values is None:
        return _unset()
    if isinstance(values, (str, enum.Enum)):
        values = [values]
    elif isinstance(values, bytes) or not isinstance(values, Iterable):
        raise TypeError(f"{name} must be a {kind.__name__} or a list of them")
    checked = [as_enum(value, kind, f"{name}[{i}]") for i, value in enumerate(values)]
    return checked or _unset()


def patch_enum(value: NotGivenOr[E | str], kind: type[E], name: str) -> E | Unset:
    """A PATCH field that cannot be cleared: left out when not given, else a member of `kind`.

    Raises:
        ValueError: `value` is `None` (the field cannot be null) or not a declared value.
    """
    if value is NOT_GIVEN:
        return _unset()
    if value is None:
        raise ValueError(f"{name} cannot be cleared; pass one of its values or leave it out")
    return as_enum(value, kind, name)


def patch_nullable_enum(
    value: NotGivenOr[E | str | None], kind: type[E], name: str
) -> E | Unset | None:
    """A PATCH field that `None` clears: left out when not given, `None`, or a member of `kind`."""
    if value is NOT_GIVEN:
        return _unset()
    return None if value is None else as_enum(value, kind, name)


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


def opt_uuid(value: uuid.UUID | str | None, name: str) -> uuid.UUID | Unset:
    """An optional id argument: left out of the request when `None`."""
    return _unset() if value is None else as_uuid(value, name)


def as_uuid_list(values: Iterable[uuid.UUID | str], name: str) -> list[uuid.UUID]:
    """Every item of `values` as a UUID (a lone string is refused: it is not a list of ids)."""
    if isinstance(values, (str, bytes)):
        raise TypeError(f"{name} must be a list of UUIDs, not a single {type(values).__name__}")
    return [as_uuid(item, f"{name}[{index}]") for index, item in enumerate(values)]


def opt_when(value: datetime.datetime | datetime.date | str | None, name: str) -> str | Unset:
    """An optional time bound: a `datetime` (naive ones are read by the server in UTC), a `date`
    (the whole day), or the server's own string form; left out when `None`."""
    if value is None:
        return _unset()
    if isinstance(value, datetime.date):  # a datetime is a date too
        return value.isoformat()
    return require_text(value, name)


# --- pages ------------------------------------------------------------------------------------


def _check_int(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    return value


def check_limit(value: int, name: str = "limit", *, high: int = 200) -> int:
    """`value` when it is a page size the API accepts (1 to `high`): the one check of every
    `limit` and `page_size` argument."""
    number = _check_int(value, name)
    if not 1 <= number <= high:
        raise ValueError(f"{name} must be from 1 to {high}, got {number}")
    return number


def opt_limit(value: int | None, name: str = "limit", *, high: int = 200) -> int | Unset:
    """An optional page size: left out (the server's default) when `None`."""
    return _unset() if value is None else check_limit(value, name, high=high)


def check_offset(value: int, name: str = "offset") -> int:
    """`value` when it is an integer >= 0."""
    number = _check_int(value, name)
    if number < 0:
        raise ValueError(f"{name} must be >= 0, got {number}")
    return number


def opt_offset(value: int | None, name: str = "offset") -> int | Unset:
    """An optional offset: left out (0) when `None`."""
    return _unset() if value is None else check_offset(value, name)


# --- responses --------------------------------------------------------------------------------


def parsed(response: Response[Any], kind: type[T]) -> T:
    """The parsed body of a successful response, as `kind`.

    Error statuses never get here (the transport raises them), so the generated union of the
    success model and the error envelope narrows to the success model; a 2xx body the generated
    parser could not read has already raised `InkboxResponseValidationError`.

    Raises:
        InkboxResponseValidationError: the status was a 2xx the spec does not list for the
            operation, so nothing was parsed.
    """
    value = response.parsed
    if not isinstance(value, kind):
        raise _unexpected(
            response, f"HTTP {int(response.status_code)} did not carry a {kind.__name__}"
        )
    return value


@contextmanager
def answer_of_shape(what: str) -> Iterator[None]:
    """Around code that reads a parsed answer further (decoding a field the spec types as a
    string, say): a value of another shape is an `InkboxResponseValidationError` naming what
    was expected, not a `KeyError`."""
    try:
        yield
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InkboxResponseValidationError(
            200, f"unexpected response from the server: not {what}"
        ) from exc


def parsed_list(response: Response[Any], kind: type[T]) -> list[T]:
    """Like `parsed`, for operations that answer a JSON array of `kind`."""
    value = response.parsed
    if not isinstance(value, list) or not all(isinstance(item, kind) for item in value):
        raise _unexpected(
            response, f"HTTP {int(response.status_code)} did not carry a list of {kind.__name__}"
        )
    return value


def _unexpected(response: Response[Any], reason: str) -> InkboxResponseValidationError:
    return response_validation_error(
        int(response.status_code),
        response.content,
        reason,
        request_id=response.headers.get(REQUEST_ID_HEADER),
    )
