"""Schemas of the spec compiled once into yes/no checks, for the common case: a valid value.

jsonschema walks a schema's dicts on every call (an identity response takes it ≈0.7 ms) and
its import and validator set-up cost a sixth of the emulator's start-up. `CheckCompiler` turns
the schema at a JSON pointer into nested closures, once, so a valid request or response costs
microseconds. `validation.py` asks jsonschema only when a check says no, for its error
messages, so every answer and message stays jsonschema's own.

The closures follow Draft 2020-12 as jsonschema implements it, keyword by keyword: each
applies only to its own JSON type (`maxLength` ignores numbers, `required` ignores lists),
`$ref` applies beside its siblings, `enum`/`const` compare strings exactly. What a type is and
what a format allows are handed in (`validation.py` gives jsonschema the same functions). A
schema using a keyword not compiled here raises `Unsupported`, and is left to jsonschema.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["COMPILED", "VOCABULARY", "Check", "CheckCompiler", "Unsupported"]

Check = Callable[[Any], bool]

# Every keyword Draft 2020-12 gives meaning to; anything else in a schema (`description`,
# `default`, `x-secret`, …) is an annotation that jsonschema ignores, and so do we.
VOCABULARY = frozenset(
    {
        "$anchor", "$comment", "$defs", "$dynamicAnchor", "$dynamicRef", "$id", "$ref",
        "$schema", "additionalProperties", "allOf", "anyOf", "const", "contains",
        "dependentRequired", "dependentSchemas", "else", "enum", "exclusiveMaximum",
        "exclusiveMinimum", "format", "if", "items", "maxItems", "maxLength", "maxProperties",
        "maximum", "minItems", "minLength", "minProperties", "minimum", "multipleOf", "not",
        "oneOf", "pattern", "patternProperties", "prefixItems", "properties", "propertyNames",
        "required", "then", "type", "unevaluatedItems", "unevaluatedProperties", "uniqueItems",
    }
)  # fmt: skip
# The ones compiled here (`$comment` and `$defs` hold nothing to check).
COMPILED = frozenset(
    {
        "$comment", "$defs", "$ref", "additionalProperties", "allOf", "anyOf", "const", "enum",
        "format", "items", "maxItems", "maxLength", "maxProperties", "maximum", "minItems",
        "minLength", "minProperties", "minimum", "oneOf", "pattern", "properties", "required",
        "type", "uniqueItems",
    }
)  # fmt: skip


class Unsupported(Exception):
    """The schema uses a keyword (or a value of one) that is not compiled: use jsonschema."""


def _always(value: Any) -> bool:
    return True


def _never(value: Any) -> bool:
    return False


class CheckCompiler:
    """Compiles schemas of one document; `$ref`s are local pointers into it (`#/...`).

    Args:
        document: The OpenAPI document whose schemas are compiled.
        types: JSON type name -> is this value of that type (jsonschema's type checker).
        formats: Format name -> does this value conform (formats not named pass, as in
            jsonschema's `FormatChecker`).
    """

    def __init__(
        self, document: Mapping[str, Any], types: Mapping[str, Check], formats: Mapping[str, Check]
    ) -> None:
        self._document = document
        self._types = dict(types)
        self._formats = dict(formats)
        self._refs: dict[str, Check] = {}

    def at(self, pointer: str) -> Check:
        """The check of the schema at `pointer` (`#/paths/...`); raises `Unsupported`."""
        return self._ref(pointer)

    # ── nodes ──────────────────────────────────────────────────────────────

    def _ref(self, ref: str) -> Check:
        found = self._refs.get(ref)
        if found is not None:
            return found
        if not ref.startswith("#"):
            raise Unsupported(f"$ref {ref!r} leaves the document")
        # A schema may reach itself through its refs: until it is compiled, its uses go
        # through this cell. Should it fail, so do the refs compiled on the way (they may
        # hold the empty cell).
        cell: list[Check] = []
        before = set(self._refs)
        self._refs[ref] = lambda value: cell[0](value)  # noqa: PLW0108 - cell[0] is not there yet
        try:
            check = self._schema(self._pointer(ref))
        except BaseException:
            for added in set(self._refs) - before:
                del self._refs[added]
            raise
        cell.append(check)
        self._refs[ref] = check
        return check

    def _pointer(self, ref: str) -> Any:
        node: Any = self._document
        for part in ref.lstrip("#/").split("/") if ref.strip("#/") else ():
            key = part.replace("~1", "/").replace("~0", "~")
            node = node[int(key)] if isinstance(node, list) else node[key]
        return node

    def _schema(self, schema: Any) -> Check:
        if schema is True:
            return _always
        if schema is False:
            return _never
        if not isinstance(schema, dict):
            raise Unsupported(f"schema of type {type(schema).__name__}")
        keywords = schema.keys() & VOCABULARY
        unknown = keywords - COMPILED
        if unknown:
            raise Unsupported(f"keywords {sorted(unknown)}")
        checks: list[Check] = []
        if "type" in schema:
            checks.append(self._type(schema["type"]))
        if "$ref" in schema:
            checks.append(self._ref(schema["$ref"]))
        if keywords & {
            "properties", "required", "additionalProperties", "minProperties", "maxProperties"
        }:  # fmt: skip
            checks.append(self._object(schema))
        if keywords & {"items", "minItems", "maxItems", "uniqueItems"}:
            checks.append(self._array(schema))
        if keywords & {"minLength", "maxLength", "pattern"}:
            checks.append(self._string(schema))
        if "format" in schema and schema["format"] in self._formats:
            checks.append(self._formats[schema["format"]])
        if "enum" in schema:
            checks.append(_enum(schema["enum"]))
        if "const" in schema:
            checks.append(_enum([schema["const"]]))
        if keywords & {"minimum", "maximum"}:
            checks.append(self._bounds(schema))
        for keyword in ("allOf", "anyOf", "oneOf"):
            if keyword in schema:
                checks.append(self._combined(keyword, schema[keyword]))
        return _all(checks)

    def _type(self, names: Any) -> Check:
        if isinstance(names, str):
            names = [names]
        try:
            tests = [self._types[name] for name in names]
        except (KeyError, TypeError):
            raise Unsupported(f"type {names!r}") from None
        if len(tests) == 1:
            return tests[0]
        return lambda value: any(test(value) for test in tests)

    def _object(self, schema: Mapping[str, Any]) -> Check:
        properties = {name: self._schema(sub) for name, sub in schema.get("properties", {}).items()}
        required = tuple(schema.get("required", ()))
        extra_schema = schema.get("additionalProperties", True)
        extra: Check | None = None if extra_schema is True else self._schema(extra_schema)
        lookup = properties.get
        least = schema.get("minProperties", 0)
        most = schema.get("maxProperties")

        def check(value: Any) -> bool:
            if not isinstance(value, dict):
                return True
            if len(value) < least or (most is not None and len(value) > most):
                return False
            for name in required:
                if name not in value:
                    return False
            for name, item in value.items():
                sub = lookup(name)
                if sub is None:
                    if extra is not None and not extra(item):
                        return False
                elif not sub(item):
                    return False
            return True

        return check

    def _array(self, schema: Mapping[str, Any]) -> Check:
        items_schema = schema.get("items", True)
        item: Check | None = None if items_schema is True else self._schema(items_schema)
        least = schema.get("minItems", 0)
        most = schema.get("maxItems")
        unique = bool(schema.get("uniqueItems", False))

        def check(value: Any) -> bool:
            if not isinstance(value, list):
                return True
            count = len(value)
            if count < least or (most is not None and count > most):
                return False
            if item is not None:
                for each in value:
                    if not item(each):
                        return False
            return not unique or _unique(value)

        return check

    def _string(self, schema: Mapping[str, Any]) -> Check:
        least = schema.get("minLength", 0)
        most = schema.get("maxLength")
        pattern = schema.get("pattern")
        search = None if pattern is None else re.compile(pattern).search

        def check(value: Any) -> bool:
            if not isinstance(value, str):
                return True
            length = len(value)
            if length < least or (most is not None and length > most):
                return False
            return search is None or search(value) is not None

        return check

    def _bounds(self, schema: Mapping[str, Any]) -> Check:
        is_number = self._types["number"]  # the bounds apply to what jsonschema calls a number
        least = schema.get("minimum")
        most = schema.get("maximum")

        def check(value: Any) -> bool:
            if not is_number(value):
                return True
            return (least is None or value >= least) and (most is None or value <= most)

        return check

    def _combined(self, keyword: str, schemas: Any) -> Check:
        if not isinstance(schemas, list) or not schemas:
            raise Unsupported(f"{keyword} of {schemas!r}")
        subs = [self._schema(sub) for sub in schemas]
        if keyword == "allOf":
            return _all(subs)
        if keyword == "anyOf":
            return lambda value: any(sub(value) for sub in subs)
        return lambda value: sum(1 for sub in subs if sub(value)) == 1  # oneOf: exactly one


def _all(checks: list[Check]) -> Check:
    if not checks:
        return _always
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda value: first(value) and second(value)

    return lambda value: all(each(value) for each in checks)


def _enum(values: Any) -> Check:
    """`enum` (and `const`, one value) over strings and null: jsonschema's `equal` is then
    `==` between two strings and identity for None; other values are left to jsonschema."""
    if not isinstance(values, list) or not all(v is None or isinstance(v, str) for v in values):
        raise Unsupported(f"enum of {values!r}")
    strings = frozenset(v for v in values if v is not None)
    if None in values:
        return lambda value: value is None or (isinstance(value, str) and value in strings)
    return lambda value: isinstance(value, str) and value in strings


def _unique(values: list[Any]) -> bool:
    if all(isinstance(v, str) for v in values):
        return len(set(values)) == len(values)
    from jsonschema._utils import uniq  # its idea of equal (1 is not True, lists by value)

    return bool(uniq(values))
