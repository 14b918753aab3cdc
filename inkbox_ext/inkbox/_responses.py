"""Turning a generated `Response[...]` into the value the caller gets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from ._exceptions_base import InkboxError

if TYPE_CHECKING:
    from inkbox_api.types import Response

__all__ = ["parsed", "parsed_list"]

T = TypeVar("T")


def parsed(response: Response[Any], kind: type[T]) -> T:
    """The parsed body of a successful response, as `kind`.

    Error statuses never get here (the transport raises them), so the generated union of the
    success model and the error envelope narrows to the success model. A success the spec does
    not describe (a 200 where the spec says 201) is a server/spec mismatch worth a clear error.
    """
    value = response.parsed
    if not isinstance(value, kind):
        raise InkboxError(
            f"unexpected response from the server: HTTP {int(response.status_code)} did not "
            f"carry a {kind.__name__}"
        )
    return value


def parsed_list(response: Response[Any], kind: type[T]) -> list[T]:
    """Like `parsed`, for operations that answer a JSON array of `kind`."""
    value = response.parsed
    if not isinstance(value, list) or not all(isinstance(item, kind) for item in value):
        raise InkboxError(
            f"unexpected response from the server: HTTP {int(response.status_code)} did not "
            f"carry a list of {kind.__name__}"
        )
    return value
