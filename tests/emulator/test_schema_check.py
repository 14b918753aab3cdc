"""The compiled checks (`schema_check.py`) answer exactly as jsonschema does.

Differential: every schema the spec validates against (parameters, request bodies, responses,
components) is compiled, then a valid-looking example of it and many near misses (a required
key dropped, each property swapped for a value of every other JSON type, a bad uuid or date,
an out-of-range integer, an extra key) are checked by both; the answers must agree.
"""

from __future__ import annotations

import copy
import math
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from inkbox_emulator.schema_check import COMPILED, VOCABULARY, CheckCompiler, Unsupported
from inkbox_emulator.spec import load_spec
from inkbox_emulator.validation import _FORMATS, _TYPES, _conforms, _jsonschema

URI = "urn:inkbox:test"
SPEC = load_spec()
DOC = SPEC.document

# Values of every JSON type, and strings each format or bound cares about.
PALETTE: list[Any] = [
    None,
    True,
    0,
    -1,
    7,
    1.0,
    1.5,
    2**63,
    -(2**63),
    float("inf"),
    "",
    "x",
    "x" * 600,
    "not-a-uuid",
    "0b7c6f3e-9d0a-4f1e-8c2b-5a4d3e2f1a0b",
    "2026-03-09T10:00:00Z",
    "2026-03-09",
    "0001-01-01T00:00:00+05:00",
    "+14155550100",
    "admin",
    "inbound",
    [],
    ["x"],
    ["x", "x"],
    {},
    {"zz_extra": 1},
]


def compiler() -> CheckCompiler:
    formats = {name: _conforms(check, raises) for name, (check, raises) in _FORMATS.items()}
    return CheckCompiler(DOC, _TYPES, formats)


def reference(pointer: str) -> Draft202012Validator:
    cls, formats = _jsonschema()
    registry: Any = Registry().with_resource(
        URI, Resource.from_contents(DOC, default_specification=DRAFT202012)
    )
    return cls({"$ref": URI + pointer}, registry=registry, format_checker=formats)


def pointers() -> list[str]:
    found = [f"#/components/schemas/{name}" for name in DOC["components"]["schemas"]]
    for op in SPEC.operations.values():
        found += [p.pointer for p in op.parameters]
        if op.body_pointer:
            found.append(op.body_pointer)
    return sorted(set(found))


def example(schema: Any, depth: int = 0) -> Any:
    """A value meant to be valid (it need not be: both checkers see the same value)."""
    schema = SPEC.resolve(schema) if isinstance(schema, dict) else schema
    if not isinstance(schema, dict) or depth > 6:
        return None
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    for keyword in ("allOf", "anyOf", "oneOf"):
        options = [o for o in schema.get(keyword, []) if SPEC.resolve(o).get("type") != "null"]
        if options:
            return example(options[0], depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in schema:
        return {k: example(v, depth + 1) for k, v in schema.get("properties", {}).items()}
    if kind == "array":
        return [example(schema.get("items", {}), depth + 1)] * max(1, schema.get("minItems", 1))
    if kind == "integer":
        return schema.get("minimum", 1)
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "uuid":
            return "0b7c6f3e-9d0a-4f1e-8c2b-5a4d3e2f1a0b"
        if fmt == "date-time":
            return "2026-03-09T10:00:00Z"
        return "x" * max(1, schema.get("minLength", 1))
    return None


def near_misses(value: Any, depth: int = 0) -> list[Any]:
    out: list[Any] = [value, *PALETTE]
    if isinstance(value, dict):
        for key in value:
            dropped = dict(value)
            del dropped[key]
            out.append(dropped)
            for other in PALETTE:
                out.append({**value, key: other})
            if depth < 1 and isinstance(value[key], dict | list):
                out += [{**value, key: inner} for inner in near_misses(value[key], depth + 1)]
        out.append({**value, "zz_extra": "x"})
    elif isinstance(value, list) and value:
        out += [[v] for v in near_misses(value[0], depth + 1)] if depth < 1 else []
        out.append(value + value)
        out.append([])
    return out


@pytest.mark.parametrize("pointer", pointers())
def test_compiled_checks_agree_with_jsonschema(pointer: str) -> None:
    try:
        check = compiler().at(pointer)
    except Unsupported:
        return  # left to jsonschema at run time: nothing to compare
    validator = reference(pointer)
    schema = SPEC.pointer(pointer)
    for value in near_misses(example(schema)):
        expected = validator.is_valid(copy.deepcopy(value))
        assert check(value) is expected, f"{pointer}: {value!r} -> jsonschema says {expected}"


def test_every_schema_of_the_spec_compiles() -> None:
    """No schema falls back to jsonschema today: a new keyword should be compiled too."""
    made = compiler()
    for pointer in pointers():
        made.at(pointer)


SEMANTICS: list[tuple[dict[str, Any], Any]] = [
    ({"type": "integer"}, 1.0),
    ({"type": "integer"}, 1.5),
    ({"type": "integer"}, True),
    ({"type": "integer"}, 2**63),
    ({"type": "integer"}, 2**63 - 1),
    ({"type": "integer"}, 1e300),
    ({"type": "number"}, math.inf),
    ({"type": "number"}, False),
    ({"type": ["string", "null"]}, None),
    ({"enum": ["a", None]}, None),
    ({"enum": ["a", None]}, False),
    ({"enum": ["a"]}, 1),
    ({"const": "a"}, "a"),
    ({"maxLength": 1}, 12345),
    ({"maxLength": 1}, "ab"),
    ({"minimum": 0}, "x"),
    ({"minimum": 0}, -1),
    ({"maximum": 3}, 3.5),
    ({"minimum": 0}, 2**64),  # not a number we store: `minimum` does not apply to it
    ({"required": ["a"]}, ["a"]),
    ({"required": ["a"]}, {"b": 1}),
    ({"properties": {"a": {"type": "string"}}, "additionalProperties": False}, {"a": "x"}),
    ({"properties": {"a": {"type": "string"}}, "additionalProperties": False}, {"b": 1}),
    ({"additionalProperties": {"type": "integer"}}, {"b": "x"}),
    ({"minProperties": 1}, {}),
    ({"minProperties": 1}, {"a": 1}),
    ({"minProperties": 1}, []),
    ({"maxProperties": 1}, {"a": 1, "b": 2}),
    ({"items": {"type": "string"}, "minItems": 1}, []),
    ({"items": {"type": "string"}, "maxItems": 1}, ["a", "b"]),
    ({"uniqueItems": True}, ["a", "a"]),
    ({"uniqueItems": True}, [1, True]),
    ({"uniqueItems": True}, [[1], [1]]),
    ({"oneOf": [{"type": "string"}, {"maxLength": 3}]}, "ab"),
    ({"oneOf": [{"type": "string"}, {"maxLength": 3}]}, "abcd"),
    ({"anyOf": [{"type": "string"}, {"type": "null"}]}, 1),
    ({"allOf": [{"type": "string"}, {"minLength": 2}]}, "a"),
    ({"pattern": "^[a-z]+$"}, "abc"),
    ({"pattern": "^[a-z]+$"}, "ab1"),
    ({"pattern": "[0-9]"}, "a1b"),  # search, not match
    ({"format": "uuid"}, "0B7C6F3E9D0A4F1E8C2B5A4D3E2F1A0B"),
    ({"format": "uuid"}, "nope"),
    ({"format": "uuid"}, 12),
    ({"format": "date-time"}, "2026-03-09 10:00:00"),
    ({"format": "date-time"}, "2026-03-09"),
    ({"format": "date-time"}, "9999-12-31T23:00:00-05:00"),
    ({"format": "email"}, "not an email"),  # formats we do not assert pass
    ({"type": "string", "description": "x", "x-secret": True, "default": 3}, "x"),
]


@pytest.mark.parametrize(("schema", "value"), SEMANTICS)
def test_keyword_semantics_match_jsonschema(schema: dict[str, Any], value: Any) -> None:
    document = {"s": schema}
    formats = {name: _conforms(check, raises) for name, (check, raises) in _FORMATS.items()}
    check = CheckCompiler(document, _TYPES, formats).at("#/s")
    cls, format_checker = _jsonschema()
    assert check(value) is cls(schema, format_checker=format_checker).is_valid(value)


def test_recursive_references_compile() -> None:
    document = {
        "node": {
            "type": "object",
            "properties": {"children": {"type": "array", "items": {"$ref": "#/node"}}},
            "required": ["children"],
        }
    }
    check = CheckCompiler(document, _TYPES, {}).at("#/node")
    assert check({"children": [{"children": []}]})
    assert not check({"children": [{"kids": []}]})


@pytest.mark.parametrize("keyword", sorted(VOCABULARY - COMPILED))
def test_keywords_not_compiled_are_left_to_jsonschema(keyword: str) -> None:
    document = {"s": {"type": "object", "properties": {"a": {keyword: {}}}}, "t": {"$ref": "#/s"}}
    made = CheckCompiler(document, _TYPES, {})
    for pointer in ("#/s", "#/t"):  # and what refers to it is not half-compiled either
        with pytest.raises(Unsupported):
            made.at(pointer)


def test_vocabulary_is_jsonschemas() -> None:
    known = set(Draft202012Validator.VALIDATORS) | {
        "$anchor", "$comment", "$defs", "$dynamicAnchor", "$id", "$schema", "then", "else"
    }  # fmt: skip
    assert known == VOCABULARY
