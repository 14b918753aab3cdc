"""Re-making a generated model as a hand-written subclass (being retired: see issue 10)."""

from __future__ import annotations

from typing import TypeVar, cast

__all__ = ["adopt"]

S = TypeVar("S")


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
