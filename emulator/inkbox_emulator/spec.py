"""The spec as the emulator sees it: `openapi.json` (generated from `openapi/inkbox.yaml` by
`make generate`) loaded once into an `Operation` per operationId.

The JSON copy is what ships and what loads at runtime: parsing it takes milliseconds, where the
YAML would take most of a second of the start-up budget.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import attrs

__all__ = ["HTTP_METHODS", "Operation", "Parameter", "Spec", "load_spec"]

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
_MISSING = object()


@attrs.frozen
class Parameter:
    name: str
    location: str  # "path" | "query" | "header"
    required: bool
    schema: dict[str, Any]
    pointer: str  # JSON pointer of `schema` inside the spec, for the validator


@attrs.frozen
class Operation:
    op_id: str
    method: str  # upper case
    path: str  # as written in the spec, e.g. "/api/v1/identities/{agent_handle}"
    tag: str
    deprecated: bool
    authenticated: bool
    parameters: tuple[Parameter, ...]
    body_pointer: str | None  # JSON pointer of the JSON request body schema, if any
    body_required: bool
    body_media_type: str | None
    success_status: int  # the first 2xx the spec lists: what a handler's plain return means
    responses: dict[str, dict[str, Any]]  # status ("200", "5XX") -> response object (refs resolved)


class Spec:
    """The loaded document plus its operations, keyed by operationId."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self._pointers: dict[str, Any] = {}  # most operations name the same few responses
        self.operations: dict[str, Operation] = {}
        for path, item in document["paths"].items():
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                if method in item:
                    op = self._operation(path, method, item[method], shared)
                    self.operations[op.op_id] = op

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        """Follow a local `$ref` (`#/components/...`) one level."""
        while "$ref" in node:
            node = self.pointer(node["$ref"])
        return node

    def pointer(self, ref: str) -> Any:
        found = self._pointers.get(ref, _MISSING)
        if found is not _MISSING:
            return found
        node: Any = self.document
        for part in ref.lstrip("#/").split("/"):
            key = part.replace("~1", "/").replace("~0", "~")
            node = node[int(key)] if isinstance(node, list) else node[key]
        self._pointers[ref] = node
        return node

    def _operation(
        self, path: str, method: str, raw: dict[str, Any], shared: list[dict[str, Any]]
    ) -> Operation:
        base = "#/paths/" + path.replace("~", "~0").replace("/", "~1") + "/"
        params: dict[tuple[str, str], Parameter] = {}
        sources = (
            (base + "parameters", shared),
            (base + method + "/parameters", raw.get("parameters", [])),
        )
        for where, plist in sources:
            for index, raw_param in enumerate(plist):
                p = self.resolve(raw_param)
                params[(p["in"], p["name"])] = Parameter(
                    name=p["name"],
                    location=p["in"],
                    required=bool(p.get("required", p["in"] == "path")),
                    schema=p.get("schema", {}),
                    pointer=f"{where}/{index}/schema",
                )
        body_pointer = media = None
        body_required = False
        if "requestBody" in raw:
            body = self.resolve(raw["requestBody"])
            body_required = bool(body.get("required", False))
            content = body.get("content", {})
            media = next(iter(content), None)
            if "application/json" in content:
                media = "application/json"
                body_pointer = base + method + "/requestBody/content/application~1json/schema"
        responses = {code: self.resolve(resp) for code, resp in raw["responses"].items()}
        # The first 2xx listed is the operation's usual answer (`send_text` lists 201 before 200).
        success = next(int(c) for c in responses if c.isdigit() and c.startswith("2"))
        return Operation(
            op_id=raw["operationId"],
            method=method.upper(),
            path=path,
            tag=raw["tags"][0],
            deprecated=bool(raw.get("deprecated", False)),
            authenticated=bool(raw.get("security", [{}])),
            parameters=tuple(params.values()),
            body_pointer=body_pointer,
            body_required=body_required,
            body_media_type=media,
            success_status=success,
            responses=responses,
        )


@cache
def load_spec() -> Spec:
    text = resources.files("inkbox_emulator").joinpath("openapi.json").read_text("utf-8")
    return Spec(json.loads(text))
