"""Turning a generated `Response[...]` into the value the caller gets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, cast

from ._exceptions_base import InkboxError

if TYPE_CHECKING:
    from inkbox_api.types import Response

__all__ = ["adopt", "parsed", "parsed_list"]

T = TypeVar("T")
S = TypeVar("S")


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


def adopt(value: object, kind: type[S]) -> S:
    """`value`, a generated attrs model, re-made as `kind`: a hand-written subclass of its class.

    Used where the guide's object needs behaviour the generated model lacks (an attribute the
    generator renamed, dict-style access); the fields are shared, not copied deeply.
    """
    import attrs

    if not isinstance(value, kind.__mro__[1]):
        raise TypeError(f"cannot adopt a {type(value).__name__} as {kind.__name__}")
    new = object.__new__(kind)
    model = cast("type[attrs.AttrsInstance]", type(value))
    for field in attrs.fields(model):
        object.__setattr__(new, field.name, getattr(value, field.name))
    return new
