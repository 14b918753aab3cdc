"""`SpecRoutes` routes every request exactly as Starlette's route-by-route scan did."""

from __future__ import annotations

import re
from typing import Any

import pytest
from starlette.routing import Match, Route

from inkbox_emulator.app import _api_routes
from inkbox_emulator.spec import load_spec
from inkbox_emulator.spec_routes import SpecRoutes

SPEC = load_spec()
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
FILLERS = ("x", "folders", "me", "a.vcf", "b@c.com", "+1415", "line\n", "")


def spec_routes() -> SpecRoutes:
    dispatcher: Any = None
    [routes] = _api_routes(SPEC, dispatcher)
    assert isinstance(routes, SpecRoutes)
    return routes


def scan(routes: SpecRoutes) -> list[Route]:
    """The same templates as plain Starlette routes, in order (what the app used to mount)."""
    return [Route(t, app, methods=list(m)) for t, app, m in routes._specs]


def starlette_match(plain: list[Route], scope: dict[str, Any]) -> tuple[Match, Any, Any]:
    partial = None
    for route in plain:
        match, child = route.matches(scope)
        if match is Match.FULL:
            return match, route.path, child["path_params"]
        if match is Match.PARTIAL and partial is None:
            partial = (match, route.path, child["path_params"])
    return partial or (Match.NONE, None, None)


def paths() -> list[str]:
    out: set[str] = {"/", "/api", "/api/", "/api/whoami\n", "/api/v1/unknown", "/api//x"}
    templates = sorted({op.path for op in SPEC.operations.values()})
    for template in templates:
        for filler in FILLERS:
            path = re.sub(r"\{[^}]+\}", lambda _, f=filler: f, template)
            out |= {path, path.rstrip("/"), path.rstrip("/") + "/", path + "\n", path + "/x"}
    return sorted(out)


@pytest.mark.parametrize("method", METHODS)
def test_spec_routes_match_what_starlette_matched(method: str) -> None:
    routes = spec_routes()
    plain = scan(routes)
    for path in paths():
        scope = {"type": "http", "path": path, "root_path": "", "method": method}
        match, child = routes.matches(scope)
        got = (
            (match, child["inkbox_emulator.route"].path, child["path_params"])
            if child
            else (
                match,
                None,
                None,
            )
        )
        assert got == starlette_match(plain, scope), (method, path)
