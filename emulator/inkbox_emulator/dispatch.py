"""One request through the emulator: faults -> auth -> validation -> idempotency -> handler
-> strict response check -> faults.

Handlers are plain functions named after their operationId (see `routes/`), taking a `Call`
and returning either a JSON-able value (sent with the operation's first 2xx status; `None` for
a 204) or a `Reply` (explicit status, headers, or a non-JSON body).

Sync handlers run on the event loop inside one store transaction (they are short: SQLite in
process), and webhooks they emit go out only after it commits. Async handlers (those that
must wait, e.g. on an incoming-call webhook's answer) get no implicit transaction: they open
`with call.store.transaction():` around each block of writes and never hold one across an
`await`.
"""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import timedelta
from typing import Any

import attrs
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .auth import Principal
from .errors import Conflict, EmulatorError, NotFound, NotImplementedYet, Unprocessable
from .spec import Operation
from .store import Row, Store
from .store.core import idempotency_forget, idempotency_get, idempotency_put
from .validation import SpecViolation, Validators
from .world import World

__all__ = [
    "Call",
    "Dispatcher",
    "Handler",
    "Hook",
    "HookCall",
    "KeepRawSend",
    "PathEndpoint",
    "Reply",
    "decode_json",
    "json_response",
]

log = logging.getLogger("inkbox_emulator")

Handler = Callable[["Call"], Any] | Callable[["Call"], Awaitable[Any]]
# A handler's answer in one shape: (status, body, headers, media type; None = JSON).
Shaped = tuple[int, Any, Mapping[str, str], str | None]


@attrs.frozen
class Reply:
    """An explicit response: status, headers, or a body that is not JSON (`media_type`)."""

    body: Any = None
    status: int | None = None
    headers: Mapping[str, str] = attrs.field(factory=dict)
    media_type: str | None = None  # None: JSON


@attrs.define(slots=True)
class Call:
    """What a handler gets: the validated request and the world."""

    op: Operation
    world: World
    principal: Principal | None
    path: dict[str, Any]
    query: dict[str, Any]
    header: dict[str, Any]  # the header parameters the spec declares, by their spec name
    body: Any
    raw_body: bytes
    headers: Headers

    @property
    def me(self) -> Principal:
        """The caller (every operation but signup requires a key)."""
        assert self.principal is not None, f"{self.op.op_id} is not authenticated"
        return self.principal

    @property
    def store(self) -> Store:
        return self.world.store

    @property
    def json(self) -> dict[str, Any]:
        """The JSON object body ({} when the operation takes none)."""
        return self.body if isinstance(self.body, dict) else {}


def json_response(status: int, body: Any, headers: Mapping[str, str] | None = None) -> Response:
    content = b"" if body is None else json.dumps(body, separators=(",", ":")).encode()
    return Response(
        content,
        status,
        headers=dict(headers or {}),
        media_type=None if body is None else "application/json",
    )


class Dispatcher:
    """The ASGI endpoint shared by every spec path; picks the operation by method."""

    def __init__(
        self,
        world: World,
        validators: Validators,
        handlers: Mapping[str, Handler],
        *,
        strict: bool,
    ) -> None:
        self.world = world
        self.validators = validators
        self.handlers = dict(handlers)
        self.is_async = {name: inspect.iscoroutinefunction(fn) for name, fn in handlers.items()}
        self.strict = strict
        self.violations: list[str] = []  # strict-mode failures, read by the pytest plugin
        # Operations that answered 2xx with a spec-validated response (strict mode only): our
        # test suite checks that, over all its emulators, every operation got one.
        self.validated: set[str] = set()

    async def handle(self, op: Operation, request: Request) -> Response:
        world = self.world
        verdict = world.faults.decide(op.method, request.url.path)
        if world.faults.plan.latency_ms:
            await asyncio.sleep(world.faults.plan.latency_ms / 1000)
        if verdict == "fail":
            status = world.faults.plan.status
            detail = "Injected fault (emulator --faults)"
            return json_response(status, {"detail": detail}, world.faults.failure_headers())
        try:
            status, body, headers, media = await self._run(op, request)
        except EmulatorError as exc:
            status, body, headers, media = exc.status, exc.envelope(), exc.headers, None
        except Exception as exc:  # a bug in a handler: say so in the body and fail strict tests
            log.exception("%s crashed", op.op_id)
            self.violations.append(f"{op.op_id} crashed: {type(exc).__name__}: {exc}")
            status, headers, media = 500, {}, None
            body = {"detail": f"Internal emulator error in {op.op_id}: {type(exc).__name__}: {exc}"}
        if self.strict and media is None and status != NotImplementedYet.status:
            try:
                self.validators.response(op, status, body, has_body=body is not None)
            except SpecViolation as exc:
                self.violations.append(str(exc))
                log.error("emulator broke its own spec: %s", exc)
                status, body, headers = (
                    500,
                    {"detail": {"error": "emulator_spec_violation", "message": str(exc)}},
                    {},
                )
        if self.strict and 200 <= status < 300:
            self.validated.add(op.op_id)
        if verdict == "drop":
            return _DROP
        if media is not None:
            content = body if isinstance(body, bytes) else str(body).encode()
            return Response(content, status, headers=dict(headers), media_type=media)
        return json_response(status, body, headers)

    async def _run(self, op: Operation, request: Request) -> Shaped:
        world = self.world
        principal = None
        if op.authenticated:
            principal = world.keys.authenticate(
                request.headers.get("x-api-key"), world.clock.now_iso()
            )
        try:
            path, query, header = self.validators.parameters(
                op, request.path_params, _multi(request), request.headers
            )
        except Unprocessable:
            if "422" in op.responses:
                raise
            # Only path parameters can fail on these operations (e.g. a message id that is not
            # a UUID): nothing by that name exists, and 404 is what the spec lets them answer.
            raise NotFound("Not found") from None
        raw = await request.body()
        body: Any = None
        if op.body_media_type == "application/json":
            body = self._json_body(op, raw)
        handler = self.handlers.get(op.op_id)
        if handler is None:
            raise NotImplementedYet(f"{op.op_id} is not implemented by the emulator yet")
        call = Call(op, world, principal, path, query, header, body, raw, request.headers)
        # `header` holds only the parameters the spec declares: a key means the op takes one.
        key = header.get("Idempotency-Key")
        if self.is_async[op.op_id]:
            if key is not None:
                with world.store.transaction():
                    replay = self._replay(call, key)
                if replay is not None:
                    return replay
            with world.outbox():
                shaped = _shape(op, await handler(call))
                if key is not None:
                    with world.store.transaction():
                        self._remember(call, key, shaped)
            return shaped
        with world.outbox(), world.store.transaction():
            if key is not None:
                replay = self._replay(call, key)
                if replay is not None:
                    return replay
            shaped = _shape(op, handler(call))
            if key is not None:
                self._remember(call, key, shaped)
        return shaped

    def _json_body(self, op: Operation, raw: bytes) -> Any:
        if not raw.strip():
            if op.body_required:
                raise Unprocessable.field(("body",), "Field required", kind="missing")
            return None
        body = decode_json(raw)
        try:
            self.validators.body(op, body)
        except RecursionError:
            raise Unprocessable.field(
                ("body",), "JSON nested too deeply", kind="json_invalid"
            ) from None
        return body

    # ── idempotency ────────────────────────────────────────────────────────

    @staticmethod
    def _scope(call: Call) -> tuple[str, str, str]:
        # Per key, not per organization: another key of the org (an agent's, which may not
        # make this call at all) must run the handler and its authorisation, never be
        # answered with what the first key was allowed to see.
        org = call.principal.organization_id if call.principal else ""
        caller = call.principal.key_id if call.principal else ""
        where = json.dumps(call.path, sort_keys=True)
        fingerprint = hashlib.sha256(call.raw_body + where.encode()).hexdigest()
        return org, f"{caller}:{call.op.op_id}:{where}", fingerprint

    def _replay(self, call: Call, key: str) -> Shaped | None:
        org, scope, fingerprint = self._scope(call)
        row: Row | None = idempotency_get(call.store, org, scope, key)
        if row is not None and row["created_at"] < call.world.clock.ago_iso(REPLAY_WINDOW):
            idempotency_forget(call.store, org, scope, key)  # expired: the key is fresh again
            row = None
        if row is None:
            return None
        if row["request_hash"] != fingerprint:
            raise Conflict(
                {
                    "error": "idempotency_key_reused",
                    "message": "This Idempotency-Key was already used with a different request.",
                }
            )
        return (
            row["status"],
            json.loads(row["body"]) if row["body"] else None,
            {"Idempotent-Replayed": "true"},
            None,
        )

    def _remember(self, call: Call, key: str, shaped: Shaped) -> None:
        """Store a JSON 2xx answer for replay (errors and non-JSON bodies are not kept)."""
        status, body, _, media = shaped
        if not 200 <= status < 300 or media is not None:
            return
        org, scope, fingerprint = self._scope(call)
        idempotency_put(
            call.store,
            {
                "organization_id": org,
                "scope": scope,
                "key": key,
                "request_hash": fingerprint,
                "status": status,
                "body": None if body is None else json.dumps(body, separators=(",", ":")),
                "created_at": call.world.clock.now_iso(),
            },
        )


# How long a stored answer is replayed (the spec: "for 7 days").
REPLAY_WINDOW = timedelta(days=7)


def decode_json(raw: bytes) -> Any:
    """A request body as JSON, or a 422: not JSON, the non-standard `NaN`/`Infinity`, nested
    too deeply for the parser, or holding lone surrogates (`"\\ud800"` decodes, but no UTF-8
    store or response can hold it)."""

    def refuse(message: str) -> Unprocessable:
        return Unprocessable.field(("body", 0), message, kind="json_invalid")

    def no_constant(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")

    try:
        body = json.loads(raw, parse_constant=no_constant)
    except RecursionError:
        raise refuse("JSON decode error: nested too deeply") from None
    except ValueError as exc:
        raise refuse(f"JSON decode error: {exc}") from None
    try:
        json.dumps(body, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise refuse(
            "JSON decode error: a string holds a lone surrogate (\\ud800-\\udfff)"
        ) from None
    except RecursionError:
        raise refuse("JSON decode error: nested too deeply") from None
    return body


class PathEndpoint:
    """The ASGI app of one path template: picks the operation by method.

    A class rather than a function so Starlette mounts it as raw ASGI (a function would be
    wrapped as a request -> response endpoint), which lets `drop` faults cut the connection.
    """

    def __init__(self, dispatcher: Dispatcher, operations: Mapping[str, Operation]) -> None:
        self.dispatcher = dispatcher
        self.operations = dict(operations)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        op = self.operations.get(request.method)
        if op is None:
            allow = {"Allow": ", ".join(self.operations)}
            response = json_response(405, {"detail": "Method Not Allowed"}, allow)
        else:
            response = await self.dispatcher.handle(op, request)
            if response is _DROP:
                await _drop(scope, send)
                return
        await response(scope, receive, send)


def _multi(request: Request) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name, value in request.query_params.multi_items():
        out.setdefault(name, []).append(value)
    return out


def _shape(op: Operation, result: Any) -> Shaped:
    if isinstance(result, Reply):
        return result.status or op.success_status, result.body, result.headers, result.media_type
    if result is None and op.success_status != 204 and "204" not in op.responses:
        raise EmulatorError(f"{op.op_id} returned no body")  # a handler bug: answer 500, loudly
    return op.success_status if result is not None else 204, result, {}, None


class _Drop(Response):
    """Marker: cut the connection instead of answering."""


_DROP = _Drop()


RAW_SEND_KEY = "inkbox_emulator.raw_send"


class KeepRawSend:
    """Outermost ASGI wrapper: remembers the server's own `send` in the scope.

    Starlette's middleware wraps `send` in closures; the server's original one is a bound
    method of uvicorn's request cycle, whose transport a `drop` fault aborts.
    """

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope[RAW_SEND_KEY] = send
        await self.app(scope, receive, send)


async def _drop(scope: Scope, send: Send) -> None:
    """Cut the connection without a byte of response (the handler has already committed)."""
    raw = scope.get(RAW_SEND_KEY)
    transport = getattr(getattr(raw, "__self__", None), "transport", None)
    if transport is not None:
        transport.abort()
        # let uvicorn see the disconnect before the app returns, so it sends nothing more
        await asyncio.sleep(0)
        return
    # Without the transport (another server): start a response and end the call without a
    # body; the client then sees headers followed by EOF.
    await send(
        {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"64")]}
    )


@attrs.frozen
class Hook:
    """`/_emulator{path}` answering `method` with `fn(HookCall) -> JSON | Reply`."""

    method: str
    path: str  # Starlette template, e.g. "/phone-numbers/{phone_number_id}/sms-status"
    fn: Callable[[Any], Any]
    summary: str = ""
    raw: bool = False  # True: `body` is the request's bytes (uploads), not parsed JSON


@attrs.define(slots=True)
class HookCall:
    """What a `/_emulator/` hook gets: no auth, no spec validation (hooks are not the API)."""

    world: World
    path: dict[str, Any]
    query: dict[str, str]
    body: Any
    content_type: str = ""

    @property
    def json(self) -> dict[str, Any]:
        return self.body if isinstance(self.body, dict) else {}
