"""The spec is valid, complete by our conventions, and matches the generated client."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "inkbox.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
TAGS = {
    "signup", "whoami", "identities", "mailboxes", "messages", "threads", "domains",
    "signing_keys", "phone_numbers", "calls", "texts", "mail_contact_rules",
    "phone_contact_rules", "contacts", "notes", "vault", "tunnels",
    "api_keys", "organization_domains",
}  # fmt: skip
TAGS |= {"drafts", "message_sends"}  # 0.7 mail families


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text())


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def test_spec_validates(spec: dict[str, Any]) -> None:
    """openapi-spec-validator accepts the document as OpenAPI 3.1."""
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_every_operation_has_id_one_tag_success_and_error(spec: dict[str, Any]) -> None:
    """Each operation: a snake_case operationId, exactly one known tag, a 2xx and a 4xx/5xx."""
    problems = []
    # The families are the tags the spec declares (new families declare theirs there).
    families = {tag["name"] for tag in spec["tags"]}
    assert families >= TAGS, sorted(TAGS - families)
    for path, method, op in operations(spec):
        where = f"{method.upper()} {path}"
        op_id = op.get("operationId", "")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", op_id):
            problems.append(f"{where}: operationId {op_id!r} is not snake_case")
        tags = op.get("tags", [])
        if len(tags) != 1 or tags[0] not in families:
            problems.append(f"{where}: tags {tags} (want exactly one of the families)")
        codes = [str(c) for c in op.get("responses", {})]
        if not any(c.startswith("2") for c in codes):
            problems.append(f"{where}: no success response")
        if not any(c[0] in "45" for c in codes):
            problems.append(f"{where}: no error response")
        if "security" not in op:
            problems.append(
                f"{where}: no operation-level security (the generator ignores the global one)"
            )
    assert not problems, "\n".join(problems)


def test_operation_ids_are_unique(spec: dict[str, Any]) -> None:
    """operationIds name generated modules, so two operations may not share one."""
    ids = [op["operationId"] for _, _, op in operations(spec)]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_error_responses_use_the_one_envelope(spec: dict[str, Any]) -> None:
    """Every error response is one of the shared components, whose body is ErrorEnvelope."""
    shared = spec["components"]["responses"]
    for name, response in shared.items():
        schema = response["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/ErrorEnvelope"}, name
    for path, method, op in operations(spec):
        for code, response in op["responses"].items():
            if str(code)[0] in "45":
                ref = response.get("$ref", "")
                assert ref.startswith("#/components/responses/"), f"{method} {path} {code}"


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def test_every_ref_resolves(spec: dict[str, Any]) -> None:
    """No dangling `$ref`: each points at an existing node of the document."""
    missing = []
    for ref in set(_refs(spec)):
        assert ref.startswith("#/"), ref
        node: Any = spec
        for raw in ref[2:].split("/"):
            part = raw.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or part not in node:
                missing.append(ref)
                break
            node = node[part]
    assert not missing, sorted(missing)


def test_guide_class_names_are_schemas(spec: dict[str, Any]) -> None:
    """The guide's class names exist as schemas (they become the generated model names)."""
    names = set(spec["components"]["schemas"])
    guide = {
        "ThreadFolder", "MailRuleAction", "MailRuleMatchType", "PhoneRuleAction",
        "PhoneRuleMatchType", "SmsStatus", "SmsDeliveryStatus", "SendingDomainStatus",
        "Message", "Thread", "PhoneCall", "TextMessage", "Contact", "ContactEmail",
        "ContactPhone", "ContactAddress", "Note", "Tunnel", "AgentIdentitySummary",
        "WhoamiApiKeyResponse", "WhoamiJwtResponse", "DuplicateContactRuleDetail",
        "RedundantGrantDetail", "SmsGatingDetail", "ErrorEnvelope",
    }  # fmt: skip
    assert guide <= names, sorted(guide - names)


def test_trailing_slash_paths_as_the_official_clients_call_them(spec: dict[str, Any]) -> None:
    """Identities and domains lists carry the slash, whoami lives outside /api/v1."""
    paths = set(spec["paths"])
    assert {"/api/v1/identities/", "/api/v1/domains/", "/api/whoami"} <= paths
    assert spec["components"]["securitySchemes"]["ApiKeyAuth"] == {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-Key",
    }


def test_every_operation_has_its_generated_module(spec: dict[str, Any]) -> None:
    """The generated client has exactly one module per operation, under its tag."""
    expected = {f"{op['tags'][0]}/{op['operationId']}" for _, _, op in operations(spec)}
    api = ROOT / "generated" / "inkbox_api" / "api"
    generated = {f"{p.parent.name}/{p.stem}" for p in api.glob("*/*.py") if p.name != "__init__.py"}
    assert generated == expected, {
        "missing": sorted(expected - generated),
        "extra": sorted(generated - expected),
    }


def test_emulator_spec_copy_is_the_spec(spec: dict[str, Any]) -> None:
    """The emulator serves exactly the spec the client was generated from."""
    copy = json.loads((ROOT / "emulator" / "inkbox_emulator" / "openapi.json").read_text())
    assert copy == spec


def test_no_nullable_keyword(spec: dict[str, Any]) -> None:
    """3.1 style only: nullability is `type: [X, "null"]`, never `nullable: true`."""
    assert "nullable:" not in SPEC_PATH.read_text()


# The spec extensions the templates read (openapi/CONVENTIONS.md, "Schemas").
PROPERTY_EXTENSIONS = {"x-alias", "x-secret"}
SCHEMA_EXTENSIONS = {"x-mapping", "x-public-values"}


def test_only_extensions_the_template_reads(spec: dict[str, Any]) -> None:
    """A misspelt extension (`x-secrets: true`) would silently do nothing: only known ones, where
    the template reads them (a schema's own `properties`, not through `allOf`)."""
    for name, schema in spec["components"]["schemas"].items():
        assert {k for k in schema if k.startswith("x-")} <= SCHEMA_EXTENSIONS, name
        if "x-public-values" in schema:  # enum labels: each names a value of the enum
            labels = schema["x-public-values"]
            assert set(labels) <= set(schema["enum"]), name
            assert all(label.isidentifier() for label in labels.values()), name
        for part in schema.get("allOf", []):
            for prop, body in (part.get("properties") or {}).items():
                assert not [k for k in body if k.startswith("x-")], f"{name}.{prop} (in allOf)"
        for prop, body in (schema.get("properties") or {}).items():
            found = {k for k in body if k.startswith("x-")}
            assert found <= PROPERTY_EXTENSIONS, f"{name}.{prop}: {found}"
            alias = body.get("x-alias")
            # a free name, or the wire name itself where the generator renamed it (`type_`)
            free = alias is None or alias == prop or alias not in schema["properties"]
            assert free and (alias is None or alias.isidentifier()), f"{name}.{prop}: {alias!r}"
            if "default" in body and body["default"] is None:
                assert prop in schema.get("required", []), (
                    f"{name}.{prop}: default null, not required"
                )


# Operations whose repeat after an unknown outcome would differ from doing them once.
NOT_IDEMPOTENT_WRITES = {"update_vault_primary_key", "update_identity", "rotate_tunnel_secret"}


def test_every_operation_declares_whether_it_is_idempotent(spec: dict[str, Any]) -> None:
    """`x-idempotent: true|false` on every operation (the transport's retry decision), and only
    that extension on operations; reads are idempotent, the known unsafe writes are not."""
    for path, method, op in operations(spec):
        where = f"{method.upper()} {path} ({op['operationId']})"
        assert {k for k in op if k.startswith("x-")} == {"x-idempotent"}, where
        assert isinstance(op["x-idempotent"], bool), where
        if method == "get":
            assert op["x-idempotent"] is True, where
        if op["operationId"] in NOT_IDEMPOTENT_WRITES:
            assert op["x-idempotent"] is False, where


def test_generated_operations_name_themselves_for_the_transport(spec: dict[str, Any]) -> None:
    """Each generated request carries its operationId, and the table knows every one."""
    from inkbox_api.operations import IDEMPOTENT

    assert IDEMPOTENT == {op["operationId"]: op["x-idempotent"] for _, _, op in operations(spec)}
    api = ROOT / "generated" / "inkbox_api" / "api"
    for module in api.glob("*/*.py"):
        if module.name != "__init__.py":
            assert f'"inkbox_operation": "{module.stem}"' in module.read_text(), module
