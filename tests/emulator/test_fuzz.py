"""A fuzz pass over the whole spec against a strict emulator: no 500, every answer valid.

For every operation, hypothesis draws requests from the spec (`_strategy` turns the spec's JSON
Schema subset into strategies):
path and query parameters from their schemas (or ids that exist, so handlers get past the
404), and JSON bodies that are valid, or any JSON at all, or bytes that are not JSON. The
emulator validates each of its answers against the spec (strict mode turns a violation into a
500 and records it), so one assertion covers both: no 500 and no recorded violation.

Bounded: `INKBOX_FUZZ_EXAMPLES` cases per operation (default 40, derandomized so CI runs the
same cases; about 4,400 requests), and `INKBOX_FUZZ_SECONDS` (default 60) overall, after which
the remaining operations get a single case each. Raise them locally for a deeper run
(`INKBOX_FUZZ_EXAMPLES=150 INKBOX_FUZZ_SECONDS=600`: about 15,000 requests).
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from inkbox_emulator.pytest_plugin import EmulatorHandle, strict_emulator
from inkbox_emulator.spec import Operation, Parameter, load_spec

EXAMPLES = int(os.environ.get("INKBOX_FUZZ_EXAMPLES", "40"))
BUDGET = float(os.environ.get("INKBOX_FUZZ_SECONDS", "60"))

FORMATS: dict[str, st.SearchStrategy[str]] = {
    "uuid": st.uuids().map(str),
    "date-time": st.datetimes(timezones=st.just(UTC)).map(lambda d: d.isoformat()),
    "date": st.dates().map(str),
    "binary": st.text(max_size=50),
}
JSON_ANY = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=10,
)  # fmt: skip


def _strategy(document: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> Any:
    """Values valid for `schema` (the subset of JSON Schema the spec uses), mostly; with some
    edge values (empty, long, unicode, big numbers) that the spec may or may not allow."""
    if "$ref" in schema:
        node: Any = document
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        return _strategy(
            document, {**node, **{k: v for k, v in schema.items() if k != "$ref"}}, depth
        )
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return st.one_of([_strategy(document, sub, depth) for sub in schema[key]])
    if "allOf" in schema:
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for sub in schema["allOf"]:
            merged = {**_resolved(document, sub), **merged}
        return _strategy(document, merged, depth)
    kinds = schema.get("type", "object" if "properties" in schema else None)
    if isinstance(kinds, list):
        return st.one_of([_strategy(document, {**schema, "type": k}, depth) for k in kinds])
    if kinds == "null":
        return st.none()
    if kinds == "boolean":
        return st.booleans()
    if kinds in ("integer", "number"):
        low, high = schema.get("minimum"), schema.get("maximum")
        ints = st.integers(min_value=low, max_value=high)
        edge = st.sampled_from([0, -1, 2**31, 10**18])
        base = ints if kinds == "integer" else ints | st.floats(low, high, allow_nan=False)
        return st.one_of(base, base, edge)
    if kinds == "string":
        fmt = schema.get("format")
        if fmt in FORMATS:
            return FORMATS[fmt]
        low, high = schema.get("minLength", 0), schema.get("maxLength", 40)
        edge = st.sampled_from(
            ["", " ", "..", "a" * 300, "\u00e9\u4e2d\U0001f600", "x\r\ny", "<b>"]
        )
        return st.one_of(st.text(min_size=low, max_size=min(high, 40)), edge)
    if kinds == "array":
        items = _strategy(document, schema.get("items", {}), depth + 1) if depth < 4 else JSON_ANY
        return st.lists(items, min_size=schema.get("minItems", 0), max_size=3)
    if kinds == "object" or "properties" in schema:
        props = schema.get("properties", {})
        if depth >= 4:
            return st.just({})
        required = set(schema.get("required", []))
        return st.fixed_dictionaries(
            {k: _strategy(document, v, depth + 1) for k, v in props.items() if k in required},
            optional={
                k: _strategy(document, v, depth + 1) for k, v in props.items() if k not in required
            },
        )
    return JSON_ANY


def _resolved(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = document
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


@pytest.fixture(scope="module")
def fuzz_emulator() -> Iterator[EmulatorHandle]:
    with strict_emulator(webhook_retry_delays=(), webhook_timeout=0.2) as handle:
        yield handle


def _seed(client: httpx.Client) -> dict[str, list[str]]:
    """A little real state, so drawn ids sometimes name something that exists."""
    known: dict[str, list[str]] = {"agent_handle": [], "email_address": [], "identity_id": []}
    for handle in ("alice", "bob"):
        identity = client.post("/api/v1/identities/", json={"agent_handle": handle}).json()
        known["agent_handle"].append(handle)
        known["email_address"].append(f"{handle}@inkboxmail.com")
        known["identity_id"].append(identity["id"])
    number = client.post(
        "/api/v1/phone/numbers", json={"agent_handle": "alice", "type": "local"}
    ).json()
    known["phone_number_id"] = [number["id"]]
    sent = client.post(
        "/api/v1/mail/mailboxes/alice@inkboxmail.com/messages",
        json={"recipients": {"to": ["bob@inkboxmail.com"]}, "subject": "s", "body_text": "b"},
    ).json()
    known["message_id"], known["thread_id"] = [sent["id"]], [sent["thread_id"]]
    note = client.post("/api/v1/notes", json={"body": "n"}).json()
    known["note_id"] = [note["id"]]
    contact = client.post("/api/v1/contacts", json={"preferred_name": "Jane"}).json()
    known["contact_id"] = [contact.get("id", "")]
    return known


def _value(document: dict[str, Any], param: Parameter, known: dict[str, list[str]]) -> Any:
    drawn = _strategy(document, param.schema)
    if known.get(param.name):
        return st.one_of(st.sampled_from(known[param.name]), drawn)
    return drawn


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    return str(value)


def _body(document: dict[str, Any], op: Operation) -> Any:
    if op.body_pointer is None:
        return st.none()
    schema = document
    for part in op.body_pointer.lstrip("#/").split("/"):
        schema = schema[part.replace("~1", "/").replace("~0", "~")]
    valid = _strategy(document, schema).map(json.dumps)
    junk = JSON_ANY.map(json.dumps) | st.binary(max_size=40).map(lambda b: b.decode("latin-1"))
    return st.one_of(valid, valid, junk)


def _request(op: Operation, document: dict[str, Any], known: dict[str, list[str]]) -> Any:
    path = {p.name: _value(document, p, known) for p in op.parameters if p.location == "path"}
    query = {
        p.name: _value(document, p, known)
        for p in op.parameters
        if p.location == "query" and p.schema
    }
    return st.fixed_dictionaries(
        {
            "path": st.fixed_dictionaries(path),
            "query": st.fixed_dictionaries({}, optional=query),
            "body": _body(document, op),
        }
    )


def _send(client: httpx.Client, op: Operation, case: dict[str, Any]) -> httpx.Response:
    url = op.path
    for name, value in case["path"].items():
        url = url.replace("{" + name + "}", quote(_as_text(value), safe=""))
    body = case["body"]
    return client.request(
        op.method,
        url,
        params={k: _as_text(v) for k, v in case["query"].items()},
        content=None if body is None else body.encode("utf-8", "surrogatepass"),
        headers={"Content-Type": "application/json"} if body is not None else {},
    )


def _fuzz(
    client: httpx.Client,
    op: Operation,
    cases: Any,
    examples: int,
    statuses: Counter[int],
    failures: list[str],
) -> None:
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=cases)
    def run(case: dict[str, Any]) -> None:
        response = _send(client, op, case)
        statuses[response.status_code] += 1
        if response.status_code >= 500:
            failures.append(
                f"{op.op_id} {case!r:.300} -> {response.status_code} {response.text[:300]}"
            )

    run()


def test_fuzz_every_operation_no_500_and_valid_answers(fuzz_emulator: EmulatorHandle) -> None:
    spec = load_spec()
    document = spec.document
    statuses: Counter[int] = Counter()
    failures: list[str] = []
    started = time.monotonic()
    with fuzz_emulator.client() as client:
        known = _seed(client)
        for op in spec.operations.values():
            examples = EXAMPLES if time.monotonic() - started < BUDGET else 1
            _fuzz(client, op, _request(op, document, known), examples, statuses, failures)
    cases = sum(statuses.values())
    print(f"\nfuzz: {cases} cases over {len(spec.operations)} operations in "
          f"{time.monotonic() - started:.0f}s; statuses {dict(sorted(statuses.items()))}")  # fmt: skip
    assert not failures, "\n".join(failures[:20])
    assert not fuzz_emulator.violations, fuzz_emulator.violations[:10]
