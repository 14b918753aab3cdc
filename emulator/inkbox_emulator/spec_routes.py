"""`SpecRoutes`: the spec's URL map as one Starlette route that finds its template by index.

Starlette tries routes one by one, a regular expression each: over the spec's ≈240 templates
(both slash forms) that is most of a request's routing time, and compiling them a tenth of
start-up's. Here the templates are indexed by their number of segments and their literal
leading segments; a request tries only the few that can match, each a real Starlette `Route`
(built on first use), in the order Starlette would have tried them all. So what matches, the
path parameters and the 405s are Starlette's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from starlette._utils import get_route_path
from starlette.routing import BaseRoute, Match, Route
from starlette.types import ASGIApp, Receive, Scope, Send

__all__ = ["SpecRoutes"]

_CHOSEN = "inkbox_emulator.route"  # scope key: the template route `matches` chose
_KEYED = 3  # leading segments (after the first "/") an index key may hold


def _key(segments: Sequence[str]) -> tuple[str, ...]:
    """The index key of a path or template: its segment count and leading segments, never
    the last one (a path's last segment may end in the newline that `$` lets through)."""
    return (str(len(segments)), *segments[1 : min(_KEYED + 1, len(segments) - 1)])


class SpecRoutes(BaseRoute):
    """Routes of `(template, ASGI app, methods)`, tried in the order given."""

    def __init__(self, routes: Sequence[tuple[str, ASGIApp, Sequence[str]]]) -> None:
        self._specs = list(routes)
        self._built: dict[int, Route] = {}
        self._index: dict[tuple[str, ...], list[int]] = {}
        self._loose: dict[str, list[int]] = {}  # by segment count: a parameter in the key
        for position, (template, _, _) in enumerate(self._specs):
            segments = template.split("/")
            key = _key(segments)
            if any("{" in part for part in key[1:]):
                self._loose.setdefault(key[0], []).append(position)
            else:
                self._index.setdefault(key, []).append(position)

    def _route(self, position: int) -> Route:
        route = self._built.get(position)
        if route is None:
            template, app, methods = self._specs[position]
            route = self._built[position] = Route(template, app, methods=list(methods))
        return route

    def _candidates(self, path: str) -> list[int]:
        key = _key(path.split("/"))
        exact = self._index.get(key, [])
        loose = self._loose.get(key[0], [])
        if not loose:
            return exact
        return sorted(exact + loose) if exact else loose

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] != "http":
            return Match.NONE, {}
        partial: tuple[Match, Scope] | None = None
        for position in self._candidates(get_route_path(scope)):
            route = self._route(position)
            match, child = route.matches(scope)
            if match is Match.FULL:
                return match, {**child, _CHOSEN: route}
            if match is Match.PARTIAL and partial is None:
                partial = match, {**child, _CHOSEN: route}
        return partial or (Match.NONE, {})

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        route: Route = scope[_CHOSEN]
        scope["route"] = route
        await route.handle(scope, receive, send)

    def url_path_for(self, name: str, /, **path_params: Any) -> Any:
        from starlette.routing import NoMatchFound

        raise NoMatchFound(name, path_params)  # spec routes have no names
