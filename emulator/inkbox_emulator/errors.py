"""Errors a handler raises, rendered in one place as the spec's `ErrorEnvelope`.

    EmulatorError (status, detail)        -> {"detail": ..., "agent_support"?: ...}
    ├── BadRequest            400
    ├── Unauthorized          401
    ├── PaymentRequired       402
    ├── Forbidden             403
    ├── NotFound              404
    ├── Conflict              409
    ├── Gone                  410
    ├── Unprocessable         422   (`Unprocessable.field(...)` gives FastAPI's list form)
    ├── TooManyRequests       429   (+ Retry-After)
    ├── NotImplementedYet     501   (an operation of the spec with no handler yet)
    └── ServiceUnavailable    503

`detail` is a string, or a dict for the structured errors the SDK maps to typed exceptions
(`{"error": "recipient_blocked", ...}`, `{"existing_rule_id": ...}`), or a list of
`{"type", "loc", "msg", "input"}` items for validation errors (FastAPI's shape, which clients
pass through as a list).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

__all__ = [
    "BadRequest",
    "Conflict",
    "EmulatorError",
    "Forbidden",
    "Gone",
    "NotFound",
    "NotImplementedYet",
    "PaymentRequired",
    "ServiceUnavailable",
    "TooManyRequests",
    "Unauthorized",
    "Unprocessable",
    "field_error",
]


class EmulatorError(Exception):
    """An error response: HTTP status, the envelope's `detail`, optional headers."""

    status: ClassVar[int] = 500

    def __init__(
        self,
        detail: str | Mapping[str, Any] | Sequence[Any],
        *,
        headers: Mapping[str, str] | None = None,
        agent_support: str | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.headers = dict(headers or {})
        self.agent_support = agent_support

    def envelope(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "detail": self.detail if isinstance(self.detail, str) else _plain(self.detail)
        }
        if self.agent_support:
            body["agent_support"] = self.agent_support
        return body

    def __str__(self) -> str:
        return f"{self.status} {self.detail!r}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.detail!r})"


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return [_plain(v) for v in value]
    return value


class BadRequest(EmulatorError):
    status = 400


class Unauthorized(EmulatorError):
    status = 401


class PaymentRequired(EmulatorError):
    status = 402


class Forbidden(EmulatorError):
    status = 403


class NotFound(EmulatorError):
    status = 404


class Conflict(EmulatorError):
    status = 409


class Gone(EmulatorError):
    status = 410


class Unprocessable(EmulatorError):
    status = 422

    @classmethod
    def field(
        cls, loc: Sequence[str | int], msg: str, *, kind: str = "value_error", value: Any = None
    ) -> Unprocessable:
        """A 422 naming one field, e.g. `Unprocessable.field(("body", "type"), "...")`."""
        return cls([field_error(loc, msg, kind=kind, value=value)])


class TooManyRequests(EmulatorError):
    status = 429

    def __init__(
        self, detail: str | Mapping[str, Any] = "Too many requests", *, retry_after: int = 1
    ) -> None:
        super().__init__(detail, headers={"Retry-After": str(retry_after)})


class NotImplementedYet(EmulatorError):
    status = 501


class ServiceUnavailable(EmulatorError):
    status = 503


def field_error(
    loc: Sequence[str | int], msg: str, *, kind: str = "value_error", value: Any = None
) -> dict[str, Any]:
    """One FastAPI-style validation item: `{"type", "loc", "msg", "input"}`."""
    return {"type": kind, "loc": list(loc), "msg": msg, "input": value}
