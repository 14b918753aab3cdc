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
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker, validators
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .errors import Unprocessable, field_error
from .spec import Operation, Parameter, Spec

__all__ = ["SpecViolation", "Validators"]

_SPEC_URI = "urn:inkbox:openapi"
_MISSING = object()


# Numbers the store can hold: SQLite integers are 64-bit, and JSON has no infinity (`1e400`
# parses to one). Anything else is "not of type integer/number": a 422, not an OverflowError.
_INT64 = 2**63
_BASE_TYPES = Draft202012Validator.TYPE_CHECKER


def _storable_integer(checker: Any, instance: object) -> bool:
    return bool(_BASE_TYPES.is_type(instance, "integer")) and -_INT64 <= instance < _INT64  # type: ignore[operator]


def _storable_number(checker: Any, instance: object) -> bool:
    if not _BASE_TYPES.is_type(instance, "number"):
        return False
    if isinstance(instance, int):
        return -_INT64 <= instance < _INT64
    return math.isfinite(instance)  # type: ignore[arg-type]


_Validator: type[Draft202012Validator] = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator,
    type_checker=_BASE_TYPES.redefine_many(
        {"integer": _storable_integer, "number": _storable_number}
    ),
)


class SpecViolation(AssertionError):
    """A response the emulator produced does not match the spec (a bug in the emulator)."""


def _format_checker() -> FormatChecker:
    checker = FormatChecker(formats=())

    @checker.checks("uuid", raises=ValueError)
    def _uuid(value: object) -> bool:
        return not isinstance(value, str) or bool(uuid.UUID(value))

    @checker.checks("date-time", raises=(ValueError, OverflowError))
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

    return checker


class Validators:
    def __init__(self, spec: Spec) -> None:
        self._spec = spec
        resource = Resource.from_contents(spec.document, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        self._formats = _format_checker()
        self._by_pointer: dict[str, Draft202012Validator] = {}
        # Per parameter: its type and, for arrays, its items' (no spec walk per request).
        self._kinds: dict[str, tuple[str, str | None]] = {}
        self._responses: dict[tuple[str, str], Draft202012Validator | None] = {}
        for op in spec.operations.values():
            for param in op.parameters:
                self._validator(param.pointer)
                self._kinds[param.pointer] = self._kind(param)
            if op.body_pointer:
                self._validator(op.body_pointer)
            for code, response in op.responses.items():
                self._responses[(op.op_id, code)] = self._response_validator(op, code, response)

    def _validator(self, pointer: str) -> Draft202012Validator:
        found = self._by_pointer.get(pointer)
        if found is None:
            schema = self._registry.resolver(_SPEC_URI).lookup(_SPEC_URI + pointer).contents
            if '"$ref"' in json.dumps(schema):
                # Refers into the document: reach it through the registry.
                found = _Validator(
                    {"$ref": _SPEC_URI + pointer},
                    registry=self._registry,
                    format_checker=self._formats,
                )
            else:
                # Self-contained (most parameters): check against it directly, since a `$ref`
                # costs a walk of the document on every request.
                found = _Validator(schema, format_checker=self._formats)
            self._by_pointer[pointer] = found
        return found

    def _response_validator(
        self, op: Operation, code: str, response: Mapping[str, Any]
    ) -> Draft202012Validator | None:
        content = response.get("content", {})
        if "application/json" not in content:
            return None
        raw = self._spec.pointer(_path_pointer(op) + f"/responses/{code}")
        if "$ref" in raw:
            pointer = raw["$ref"] + "/content/application~1json/schema"
        else:
            pointer = _path_pointer(op) + f"/responses/{code}/content/application~1json/schema"
        return self._validator(pointer)

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
            error = best_match(self._validator(param.pointer).iter_errors(value))
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
        schema = self._spec.resolve(param.schema)
        kind = _schema_type(self._spec, schema)
        if kind != "array":
            return kind, None
        return kind, _schema_type(self._spec, self._spec.resolve(schema.get("items", {})))

    def _coerce(self, param: Parameter, raw: Any) -> Any:
        kind, items = self._kinds[param.pointer]
        if items is not None:
            values = raw if isinstance(raw, list) else [raw]
            return [_scalar(items, v) for v in values]
        value = raw[-1] if isinstance(raw, list) else raw
        return _scalar(kind, value)

    def body(self, op: Operation, body: Any) -> None:
        assert op.body_pointer is not None
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
            if (op.op_id, candidate) in self._responses:
                code = candidate
                break
        else:
            raise SpecViolation(f"{op.op_id}: status {status} is not a response the spec lists")
        validator = self._responses[(op.op_id, code)]
        if validator is None:
            if has_body and status == 204:
                raise SpecViolation(f"{op.op_id}: 204 must have no body")
            return
        if not has_body:
            raise SpecViolation(f"{op.op_id}: status {status} needs a JSON body")
        error = best_match(validator.iter_errors(body))
        if error is not None:
            where = "/".join(str(p) for p in error.absolute_path) or "(root)"
            raise SpecViolation(f"{op.op_id} -> {status}: at {where}: {error.message}")


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
    leaf = best_match([error]) or error
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
