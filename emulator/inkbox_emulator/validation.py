"""Requests and responses checked against the spec.

Validators are built once per schema at start-up (jsonschema Draft 2020-12, with the whole
document registered under one URI so `#/components/...` refs resolve), so a request pays only
for the checks themselves.

- Requests: path, query and header parameters are coerced from strings to their schema's type
  (`limit=10` -> 10, `is_read=false` -> False, repeated keys -> a list), defaults filled in,
  then validated with the JSON body. Any mismatch raises a 422 whose `detail` is FastAPI's list
  of `{"type", "loc", "msg", "input"}` items, `loc` naming the field (`["body", "recipients",
  "to"]`, `["query", "limit"]`).
- Responses (strict mode): status and body must match what the spec says the operation
  answers; a mismatch is the emulator breaking its own spec, reported as `SpecViolation`.

`uuid` and `date-time` formats are asserted (clients parse them with `UUID()` and
`fromisoformat`, so a bad value would break them), other formats are not.
"""

from __future__ import annotations

import json
import math
import numbers
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING, Any

from .errors import Unprocessable, field_error
from .schema_check import Check, CheckCompiler, Unsupported
from .spec import Operation, Parameter, Spec

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator, FormatChecker
    from jsonschema.exceptions import ValidationError

__all__ = ["SpecViolation", "Validators"]

_SPEC_URI = "urn:inkbox:openapi"
_MISSING = object()


# Numbers the store can hold: SQLite integers are 64-bit, and JSON has no infinity (`1e400`
# parses to one). Anything else is "not of type integer/number": a 422, not an OverflowError.
# These and the formats below are the one definition of both the compiled checks and
# jsonschema's (Draft 2020-12: an integer is an int, or a float with no fraction; never a bool).
_INT64 = 2**63


def _is_integer(instance: object) -> bool:
    if isinstance(instance, bool):
        return False
    if isinstance(instance, int):
        return -_INT64 <= instance < _INT64
    return isinstance(instance, float) and instance.is_integer() and -_INT64 <= instance < _INT64


def _is_number(instance: object) -> bool:
    if isinstance(instance, bool) or not isinstance(instance, numbers.Number):
        return False
    if isinstance(instance, int):
        return -_INT64 <= instance < _INT64
    return math.isfinite(instance)  # type: ignore[arg-type]


_TYPES: dict[str, Check] = {
    "array": lambda instance: isinstance(instance, list),
    "boolean": lambda instance: isinstance(instance, bool),
    "integer": _is_integer,
    "null": lambda instance: instance is None,
    "number": _is_number,
    "object": lambda instance: isinstance(instance, dict),
    "string": lambda instance: isinstance(instance, str),
}


class SpecViolation(AssertionError):
    """A response the emulator produced does not match the spec (a bug in the emulator)."""


def _uuid(value: object) -> bool:
    return not isinstance(value, str) or bool(uuid.UUID(value))


def _datetime(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if "T" not in value and " " not in value:
        raise ValueError("not a date-time")
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    # Stored values are compared and re-emitted in UTC: one whose UTC form falls outside
    # the calendar (0001-01-01T00:00+05:00, 9999-12-31T23:00-05:00) is refused here.
    if moment.tzinfo is not None:
        moment.astimezone(UTC)
    return True


# Format -> (check, what it raises for a value that does not conform).
_FORMATS: dict[
    str, tuple[Callable[[object], bool], type[Exception] | tuple[type[Exception], ...]]
] = {
    "uuid": (_uuid, ValueError),
    "date-time": (_datetime, (ValueError, OverflowError)),
}


def _conforms(
    check: Callable[[object], bool], raises: type[Exception] | tuple[type[Exception], ...]
) -> Check:
    def conforms(value: Any) -> bool:
        try:
            return bool(check(value))
        except raises:
            return False

    return conforms


@cache
def _jsonschema() -> tuple[type[Draft202012Validator], FormatChecker]:
    """jsonschema's validator class with our types and formats, loaded on the first value that
    fails a compiled check (or a schema the compiler leaves to it)."""
    from jsonschema import Draft202012Validator, FormatChecker, validators

    checker = FormatChecker(formats=())
    for name, (check, raises) in _FORMATS.items():
        checker.checks(name, raises=raises)(check)
    types = Draft202012Validator.TYPE_CHECKER.redefine_many(
        {
            "integer": lambda _, instance: _is_integer(instance),
            "number": lambda _, instance: _is_number(instance),
        }
    )
    cls: type[Draft202012Validator] = validators.extend(  # type: ignore[no-untyped-call]
        Draft202012Validator, type_checker=types
    )
    return cls, checker


class Validators:
    """Checks per JSON pointer of the spec, each built on first use and kept: a compiled check
    for every value, and jsonschema's validator only to explain a value that fails one."""

    def __init__(self, spec: Spec) -> None:
        self._spec = spec
        formats = {name: _conforms(check, raises) for name, (check, raises) in _FORMATS.items()}
        self._compiler = CheckCompiler(spec.document, _TYPES, formats)
        self._checks: dict[str, Check] = {}
        self._by_pointer: dict[str, Draft202012Validator] = {}
        # Per parameter: its type and, for arrays, its items' (no spec walk per request).
        self._kinds: dict[str, tuple[str, str | None]] = {}
        self._responses: dict[tuple[str, str], str | None] = {}  # -> the schema's pointer

    def _check(self, pointer: str) -> Check:
        found = self._checks.get(pointer)
        if found is None:
            try:
                found = self._compiler.at(pointer)
            except Unsupported:
                found = self._validator(pointer).is_valid
            self._checks[pointer] = found
        return found

    def _validator(self, pointer: str) -> Draft202012Validator:
        found = self._by_pointer.get(pointer)
        if found is None:
            from referencing import Registry, Resource
            from referencing.jsonschema import DRAFT202012

            validator_class, formats = _jsonschema()
            schema = self._spec.pointer(pointer)
            if '"$ref"' in json.dumps(schema):
                # Refers into the document: reach it through the registry.
                resource = Resource.from_contents(
                    self._spec.document, default_specification=DRAFT202012
                )
                registry: Any = Registry().with_resource(_SPEC_URI, resource)
                found = validator_class(
                    {"$ref": _SPEC_URI + pointer}, registry=registry, format_checker=formats
                )
            else:
                # Self-contained (most parameters): check against it directly, since a `$ref`
                # costs a walk of the document on every request.
                found = validator_class(schema, format_checker=formats)
            self._by_pointer[pointer] = found
        return found

    def _response_pointer(self, op: Operation, code: str) -> str | None:
        key = (op.op_id, code)
        if key not in self._responses:
            pointer = None
            if "application/json" in op.responses[code].get("content", {}):
                raw = self._spec.pointer(_path_pointer(op) + f"/responses/{code}")
                if "$ref" in raw:
                    pointer = raw["$ref"] + "/content/application~1json/schema"
                else:
                    pointer = (
                        _path_pointer(op) + f"/responses/{code}/content/application~1json/schema"
                    )
            self._responses[key] = pointer
        return self._responses[key]

    # ── requests ───────────────────────────────────────────────────────────

    def parameters(
        self,
        op: Operation,
        path: Mapping[str, str],
        query: Mapping[str, list[str]],
        headers: Mapping[str, str],
    ) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
        """Coerce and check parameters; returns (path, query, header) values by name."""
        out: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}}
        errors: list[dict[str, Any]] = []
        for param in op.parameters:
            where = param.location
            if where == "path":
                raw: Any = path.get(param.name, _MISSING)
            elif where == "query":
                values = query.get(param.name)
                raw = values if values else _MISSING
            elif where == "header":
                value = headers.get(param.name.lower())
                raw = _MISSING if value is None else value
            else:  # cookies: never used by the spec
                continue
            if raw is _MISSING:
                if param.required:
                    errors.append(
                        field_error((where, param.name), "Field required", kind="missing")
                    )
                elif "default" in param.schema:
                    out[where][param.name] = param.schema["default"]
                continue
            try:
                value = self._coerce(param, raw)
            except ValueError as exc:
                errors.append(
                    field_error((where, param.name), str(exc), kind="type_error", value=raw)
                )
                continue
            error = None
            if not self._check(param.pointer)(value):
                error = _best_match(self._validator(param.pointer).iter_errors(value))
            if error is not None:
                errors.append(
                    field_error(
                        (where, param.name), error.message, kind=str(error.validator), value=value
                    )
                )
                continue
            out[where][param.name] = value
        if errors:
            raise Unprocessable(errors)
        return out["path"], out["query"], out["header"]

    def _kind(self, param: Parameter) -> tuple[str, str | None]:
        found = self._kinds.get(param.pointer)
        if found is not None:
            return found
        schema = self._spec.resolve(param.schema)
        kind = _schema_type(self._spec, schema)
        items = None
        if kind == "array":
            items = _schema_type(self._spec, self._spec.resolve(schema.get("items", {})))
        self._kinds[param.pointer] = kind, items
        return kind, items

    def _coerce(self, param: Parameter, raw: Any) -> Any:
        kind, items = self._kind(param)
        if items is not None:
            values = raw if isinstance(raw, list) else [raw]
            return [_scalar(items, v) for v in values]
        value = raw[-1] if isinstance(raw, list) else raw
        return _scalar(kind, value)

    def body(self, op: Operation, body: Any) -> None:
        assert op.body_pointer is not None
        if self._check(op.body_pointer)(body):
            return
        errors = sorted(
            self._validator(op.body_pointer).iter_errors(body),
            key=lambda e: [str(p) for p in e.absolute_path],
        )
        if errors:
            raise Unprocessable([_body_error(e) for e in errors[:20]])

    # ── responses ──────────────────────────────────────────────────────────

    def response(self, op: Operation, status: int, body: Any, *, has_body: bool) -> None:
        code = str(status)
        for candidate in (code, code[0] + "XX", "default"):
            if candidate in op.responses:
                code = candidate
                break
        else:
            raise SpecViolation(f"{op.op_id}: status {status} is not a response the spec lists")
        pointer = self._response_pointer(op, code)
        if pointer is None:
            if has_body and status == 204:
                raise SpecViolation(f"{op.op_id}: 204 must have no body")
            return
        if not has_body:
            raise SpecViolation(f"{op.op_id}: status {status} needs a JSON body")
        if self._check(pointer)(body):
            return
        error = _best_match(self._validator(pointer).iter_errors(body))
        if error is not None:
            where = "/".join(str(p) for p in error.absolute_path) or "(root)"
            raise SpecViolation(f"{op.op_id} -> {status}: at {where}: {error.message}")


def _best_match(errors: Any) -> ValidationError | None:
    from jsonschema.exceptions import best_match

    found: ValidationError | None = best_match(errors)
    return found


def _path_pointer(op: Operation) -> str:
    return "#/paths/" + op.path.replace("~", "~0").replace("/", "~1") + "/" + op.method.lower()


def _schema_type(spec: Spec, schema: Mapping[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind is None:
        for option in schema.get("anyOf", []) + schema.get("oneOf", []) + schema.get("allOf", []):
            inner = _schema_type(spec, spec.resolve(option))
            if inner != "null":
                return inner
        return "string"
    return str(kind)


def _scalar(kind: str, value: str) -> Any:
    if kind == "integer":
        try:
            return int(value)
        except ValueError:
            raise ValueError("Input should be a valid integer") from None
    if kind == "number":
        try:
            return float(value)
        except ValueError:
            raise ValueError("Input should be a valid number") from None
    if kind == "boolean":
        lowered = value.lower()
        if lowered in ("true", "1", "yes", "on"):
            return True
        if lowered in ("false", "0", "no", "off"):
            return False
        raise ValueError("Input should be a valid boolean")
    return value


def _body_error(error: ValidationError) -> dict[str, Any]:
    leaf = _best_match([error]) or error
    loc: list[str | int] = ["body", *leaf.absolute_path]
    instance = leaf.instance
    if leaf.validator == "required" and isinstance(instance, Mapping):
        required: list[str] = list(leaf.validator_value)  # type: ignore[arg-type]
        missing = [f for f in required if f not in instance]
        return field_error([*loc, *(missing[:1])], "Field required", kind="missing")
    if leaf.validator == "additionalProperties" and isinstance(instance, Mapping):
        schema = leaf.schema if isinstance(leaf.schema, Mapping) else {}
        known = set(schema.get("properties", {}))
        extra = sorted(k for k in instance if k not in known)
        return field_error(
            [*loc, *(extra[:1])], "Extra inputs are not permitted", kind="extra_forbidden"
        )
    return field_error(loc, leaf.message, kind=str(leaf.validator), value=_short(instance))


def _short(value: Any) -> Any:
    if isinstance(value, str) and len(value) > 200:
        return value[:200] + "…"
    if isinstance(value, Mapping | Sequence) and not isinstance(value, str):
        return None  # containers would echo whole bodies back
    return value
