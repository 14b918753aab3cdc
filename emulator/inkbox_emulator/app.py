"""`create_app(config)`: the Starlette application serving the spec and the test hooks.

The URL map is the spec's own: one route per path template, in both trailing-slash forms
(official clients call `/api/v1/identities/` and `/api/v1/mail/mailboxes`, and httpx follows
no redirects, so neither form may redirect). Literal segments are tried before parameters
(`/threads/folders` before `/threads/{thread_id}`, `/contacts/{id}.vcf` before `/contacts/{id}`).
Path parameters arrive percent-decoded, so `box@inkboxmail.com` and `box%40inkboxmail.com`
name the same mailbox; `+` stays `+`.
"""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import AsyncIterator
from typing import Any

import attrs
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import ASGIApp

from .body_limit import BodyLimit
from .config import EmulatorConfig
from .dispatch import Dispatcher, HookCall, PathEndpoint, Reply, decode_json, json_response
from .errors import EmulatorError
from .hook_guard import hook_refusal
from .request_ids import RequestIdMiddleware
from .routes import Hook, collect
from .spec import Operation, Spec, load_spec
from .spec_routes import SpecRoutes
from .store import Store, all_migrations
from .validation import Validators
from .world import SEAMS, World

__all__ = ["EmulatorState", "create_app", "emulator_state"]


@attrs.define
class EmulatorState:
    config: EmulatorConfig
    spec: Spec
    world: World
    dispatcher: Dispatcher
    hooks: list[Hook]
    schema_versions: dict[str, int]


def emulator_state(request: Request) -> EmulatorState:
    """The one typed door to `app.state` (Starlette's state is an untyped bag)."""
    state: EmulatorState = request.app.state.emulator
    return state


def create_app(config: EmulatorConfig | None = None) -> Starlette:
    config = config or EmulatorConfig()
    spec = load_spec()
    store = Store(config.db_path)
    versions = store.migrate(all_migrations())
    world = World(config, store, SEAMS)
    handlers, hooks = collect(spec.operations)
    dispatcher = Dispatcher(world, Validators(spec), handlers, strict=config.strict)
    state = EmulatorState(config, spec, world, dispatcher, hooks, versions)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await world.webhooks.start()
        world.webhooks.observe()  # for the inspector's delivery log
        try:
            yield
        finally:
            await world.webhooks.stop()
            store.close()

    from .inspector import inspector_routes  # jinja2 is loaded with the app, not on import

    routes: list[BaseRoute] = inspector_routes()
    routes.append(Mount("/_emulator", routes=[_hook_route(world, h) for h in hooks]))
    routes += _api_routes(spec, dispatcher)
    app = Starlette(
        routes=routes,
        # outermost first: the body limit's own 413 carries a request id too
        middleware=[Middleware(RequestIdMiddleware), Middleware(BodyLimit)],
        lifespan=lifespan,
        exception_handlers={HTTPException: _http_exception, 404: _not_found},
    )
    app.router.redirect_slashes = False
    app.state.emulator = state
    return app


def _api_routes(spec: Spec, dispatcher: Dispatcher) -> list[BaseRoute]:
    by_path: dict[str, dict[str, Operation]] = {}
    for op in spec.operations.values():
        by_path.setdefault(op.path, {})[op.method] = op
    routes: list[tuple[str, ASGIApp, list[str]]] = []
    for path in sorted(by_path, key=_specificity):
        endpoint = PathEndpoint(dispatcher, by_path[path])
        methods = list(by_path[path])
        routes.append((path, endpoint, methods))
        twin = path.rstrip("/") if path.endswith("/") else path + "/"
        if twin not in by_path:
            routes.append((twin, endpoint, methods))
    return [SpecRoutes(routes)]


def _specificity(path: str) -> list[tuple[int, str]]:
    # Per segment: literal (0) before literal+parameter (1) before a bare parameter (2).
    key = []
    for segment in path.strip("/").split("/"):
        if "{" not in segment:
            key.append((0, segment))
        elif segment.startswith("{") and segment.endswith("}") and segment.count("{") == 1:
            key.append((2, ""))
        else:
            key.append((1, segment))
    return key


def _hook_route(world: World, hook: Hook) -> Route:
    async def endpoint(request: Request) -> Response:
        refusal = None
        if not hook.presigned:
            refusal = hook_refusal(
                request.method,
                request.headers,
                bound_host=world.config.host,
                admin_key=world.admin_key,
            )
        if refusal is not None:
            return json_response(403, {"detail": refusal})
        raw = await request.body()
        try:
            body: Any = raw if hook.raw else decode_json(raw) if raw.strip() else None
        except EmulatorError as exc:
            return json_response(exc.status, exc.envelope(), exc.headers)
        call = HookCall(
            world,
            dict(request.path_params),
            dict(request.query_params),
            body,
            request.headers.get("content-type", ""),
        )
        try:
            with world.outbox():
                if inspect.iscoroutinefunction(hook.fn):  # it waits (on deliveries): no transaction
                    result = await hook.fn(call)
                else:
                    with world.store.transaction():
                        result = hook.fn(call)
        except EmulatorError as exc:
            return json_response(exc.status, exc.envelope(), exc.headers)
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            # Hooks are not spec-validated: a body of the wrong shape fails inside them, and
            # that is the caller's mistake (422), not the emulator's (500).
            detail = f"hook body of the wrong shape: {type(exc).__name__}: {exc}"
            return json_response(422, {"detail": detail[:500]})
        if isinstance(result, Reply) and result.media_type is not None:
            headers = dict(result.headers)
            return Response(result.body, result.status or 200, headers, result.media_type)
        if isinstance(result, Reply):
            return json_response(result.status or 200, result.body, result.headers)
        return json_response(200 if result is not None else 204, result)

    return Route(hook.path, endpoint, methods=[hook.method])


async def _http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return json_response(exc.status_code, {"detail": exc.detail}, exc.headers)


async def _not_found(request: Request, exc: Exception) -> Response:
    return json_response(404, {"detail": "Not Found"})
