"""The inspector's routes: pages, forms, the live event stream, the sandboxed mail view."""

from __future__ import annotations

import asyncio
import base64
import inspect
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import BaseRoute, Route

from ..dispatch import HookCall
from ..errors import EmulatorError
from ..faults import parse_faults
from ..store import Store
from . import queries
from .forms import Form, read_form
from .security import (
    COOKIE,
    csrf_token,
    foreign_request,
    session_token,
    valid_csrf,
    valid_session,
)

__all__ = ["inspector_routes"]

HERE = Path(__file__).parent
PREFIX = "/_emulator/ui"
# Our own pages: our script and stylesheet only; mail HTML lives in a framed document.
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-src 'self'; form-action 'self'; frame-ancestors 'none'; "
    "base-uri 'none'"
)
# A message's HTML: no script, no remote load of any kind, its own opaque origin.
MAIL_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
    "form-action 'none'; frame-ancestors 'self'; base-uri 'none'; sandbox"
)
STREAM_SECONDS = 20.0  # an event stream ends after this; EventSource reconnects
POLL_SECONDS = 0.25

if TYPE_CHECKING:
    import jinja2

Handler = Callable[[Request, "Inspector", Form], Awaitable[Response]]


@cache
def _environment() -> jinja2.Environment:
    """Made on the first page: jinja2 would add a tenth of the emulator's start-up."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=True,  # nothing from a message is ever rendered unescaped
        undefined=jinja2.StrictUndefined,
    )
    env.filters["pretty"] = lambda value: json.dumps(value, indent=2, sort_keys=True)
    return env


class Inspector:
    """What every page needs: the emulator state and the template environment."""

    def __init__(self, request: Request) -> None:
        from ..app import emulator_state

        self.state = emulator_state(request)
        self.world = self.state.world
        self.store = self.world.store
        # The whole emulator is shown; listings are of one organization (`?org=`, else the
        # default one), since self-signed-up agents get organizations of their own.
        chosen = request.query_params.get("org", "")
        default = self.world.organization_id
        self.org_id = (
            chosen if chosen and queries.organization_exists(self.store, chosen) else default
        )
        self.org_query = "" if self.org_id == default else "?" + urlencode({"org": self.org_id})

    def page(self, request: Request, template: str, **context: Any) -> HTMLResponse:
        html = (
            _environment()
            .get_template(template)
            .render(
                prefix=PREFIX,
                csrf=csrf_token(self.world.admin_key),
                nav=NAV,
                current=request.url.path,
                org_query=self.org_query,
                organization_id=self.org_id,
                notice=request.query_params.get("notice", ""),
                **context,
            )
        )
        return HTMLResponse(html, headers=_page_headers(PAGE_CSP))

    async def run_hook(self, method: str, path: str, body: dict[str, Any]) -> Any:
        """Run a `/_emulator/` hook in-process, exactly as its HTTP route would."""
        hook = next(h for h in self.state.hooks if h.method == method and h.path == path)
        call = HookCall(self.world, {}, {}, body)
        with self.world.outbox():
            if inspect.iscoroutinefunction(hook.fn):
                return await hook.fn(call)
            with self.store.transaction():
                return hook.fn(call)


NAV = [
    ("", "Overview"),
    ("mail", "Mail"),
    ("texts", "Texts"),
    ("calls", "Calls"),
    ("contacts", "Contacts"),
    ("vault", "Vault"),
    ("tunnels", "Tunnels"),
    ("webhooks", "Webhooks"),
]


def _page_headers(csp: str) -> dict[str, str]:
    return {
        "Content-Security-Policy": csp,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
        "Cache-Control": "no-store",
    }


def _guarded(handler: Handler, *, login: bool = True) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        inspector = Inspector(request)
        why = foreign_request(request, inspector.world.config.host)
        if why is not None:
            return PlainTextResponse(f"refused: {why}", status_code=403)
        if login and not valid_session(request, inspector.world.admin_key):
            if request.method == "GET" and "text/event-stream" not in request.headers.get(
                "accept", ""
            ):
                return RedirectResponse(f"{PREFIX}/login", status_code=303)
            return PlainTextResponse("log in first", status_code=401)
        form = Form({}, {})
        if request.method == "POST":
            try:
                form = await read_form(request)
            except ValueError as exc:
                return PlainTextResponse(f"refused: {exc}", status_code=413)
            if login and not valid_csrf(form.get("csrf"), inspector.world.admin_key):
                return PlainTextResponse("refused: bad CSRF token", status_code=403)
        return await handler(request, inspector, form)

    return endpoint


def _back(default: str, notice: str = "") -> RedirectResponse:
    target = default
    if notice:
        target += ("&" if "?" in target else "?") + "notice=" + _quote(notice)
    return RedirectResponse(target, status_code=303)


def _quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text[:300], safe="")


# ── login ─────────────────────────────────────────────────────────────────────


async def login_page(request: Request, ins: Inspector, form: Form) -> Response:
    return ins.page(request, "login.html", error=request.query_params.get("error", ""))


async def login(request: Request, ins: Inspector, form: Form) -> Response:
    given = form.get("admin_key")
    if not given or given != ins.world.admin_key:
        return RedirectResponse(f"{PREFIX}/login?error=That+is+not+the+admin+key", 303)
    response = RedirectResponse(f"{PREFIX}/", status_code=303)
    response.set_cookie(
        COOKIE,
        session_token(ins.world.admin_key),
        httponly=True,
        samesite="strict",
        path=PREFIX,
    )
    return response


async def logout(request: Request, ins: Inspector, form: Form) -> Response:
    response = RedirectResponse(f"{PREFIX}/login", status_code=303)
    response.delete_cookie(COOKIE, path=PREFIX)
    return response


# ── pages ─────────────────────────────────────────────────────────────────────


async def overview(request: Request, ins: Inspector, form: Form) -> Response:
    return ins.page(
        request,
        "overview.html",
        organizations=queries.organizations(ins.store),
        identities=queries.identities(ins.store, ins.org_id),
        numbers=queries.phone_numbers(ins.store, ins.org_id),
        faults=ins.world.faults.plan.describe(),
        now=ins.world.clock.now_iso(),
        offset=ins.world.clock.offset_seconds,
    )


async def mailbox(request: Request, ins: Inspector, form: Form) -> Response:
    box = queries.mailbox(ins.store, request.path_params["mailbox_id"])
    if box is None:
        return PlainTextResponse("No such mailbox", status_code=404)
    threads = queries.threads(ins.store, box["id"])
    messages = queries.thread_messages(ins.store, box["id"])
    by_thread: dict[str, list[dict[str, Any]]] = {}
    for message in messages:
        by_thread.setdefault(message["thread_id"] or "", []).append(message)
    return ins.page(
        request,
        "mailbox.html",
        box=box,
        threads=[(t, by_thread.get(t["id"], [])) for t in threads],
    )


async def message(request: Request, ins: Inspector, form: Form) -> Response:
    row = queries.message(ins.store, request.path_params["message_id"])
    if row is None:
        return PlainTextResponse("No such message", status_code=404)
    return ins.page(request, "message.html", m=row)


async def message_html(request: Request, ins: Inspector, form: Form) -> Response:
    row = queries.message(ins.store, request.path_params["message_id"])
    if row is None or not row["body_html"]:
        return PlainTextResponse("No HTML body", status_code=404)
    return HTMLResponse(row["body_html"], headers=_page_headers(MAIL_CSP))


async def attachment(request: Request, ins: Inspector, form: Form) -> Response:
    row = queries.attachment(
        ins.store, request.path_params["message_id"], request.path_params["attachment_id"]
    )
    if row is None:
        return PlainTextResponse("No such attachment", status_code=404)
    # Always a download, never rendered in our origin (an .html attachment stays inert).
    filename = "".join(c if c.isalnum() or c in "._-" else "_" for c in row["filename"])
    return Response(
        bytes(row["content"]),
        media_type="application/octet-stream",
        headers={
            "Content-Disposition": f'attachment; filename="{filename or "attachment"}"',
            **_page_headers("default-src 'none'; sandbox"),
        },
    )


def _listing(template: str, **loaders: Callable[[Store, str], Any]) -> Handler:
    """A page that shows what each loader reads for the organization."""

    async def handler(request: Request, ins: Inspector, form: Form) -> Response:
        data = {name: load(ins.store, ins.org_id) for name, load in loaders.items()}
        return ins.page(request, template, **data)

    return handler


mail = _listing("mail.html", mailboxes=queries.mailboxes)
texts = _listing("texts.html", numbers=queries.phone_numbers, texts=queries.texts)
calls = _listing("calls.html", numbers=queries.phone_numbers, calls=queries.calls)
contacts = _listing("contacts.html", contacts=queries.contacts, notes=queries.notes)


async def tunnels(request: Request, ins: Inspector, form: Form) -> Response:
    from ..edge import edge_of

    edge = edge_of(ins.world)
    return ins.page(
        request,
        "tunnels.html",
        tunnels=queries.tunnels(ins.store, ins.org_id),
        edge=edge.state() if edge is not None else None,
        requests=list(reversed(edge.log.entries))[:200] if edge is not None else [],
    )


async def vault(request: Request, ins: Inspector, form: Form) -> Response:
    return ins.page(request, "vault.html", **queries.vault(ins.store, ins.org_id))


async def webhooks(request: Request, ins: Inspector, form: Form) -> Response:
    return ins.page(
        request,
        "webhooks.html",
        deliveries=queries.deliveries(ins.store),
        exchanges=ins.world.webhooks.exchanges,
    )


# ── actions ───────────────────────────────────────────────────────────────────


async def _hook_action(
    ins: Inspector, path: str, body: dict[str, Any], *, back: str, done: str
) -> Response:
    try:
        await ins.run_hook("POST", path, body)
    except EmulatorError as exc:
        return _back(back, f"Refused: {exc.envelope().get('detail')}")
    return _back(back, done)


async def inject_email(request: Request, ins: Inspector, form: Form) -> Response:
    fields = form.fields
    body: dict[str, Any] = {
        "from": fields.get("from", ""),
        "to": [a.strip() for a in fields.get("to", "").split(",") if a.strip()],
        "subject": fields.get("subject", ""),
    }
    for key in ("body_text", "body_html", "in_reply_to"):
        if fields.get(key):
            body[key] = fields[key]
    upload = form.files.get("attachment")
    if upload is not None:
        body["attachments"] = [
            {
                "filename": upload.filename,
                "content_type": upload.content_type,
                "content_base64": base64.b64encode(upload.content).decode(),
            }
        ]
    back = fields.get("back") or f"{PREFIX}/mail"
    if not back.startswith(PREFIX + "/"):
        back = f"{PREFIX}/mail"
    return await _hook_action(ins, "/mail/inbound", body, back=back, done="Email delivered")


async def inject_text(request: Request, ins: Inspector, form: Form) -> Response:
    f = form.fields
    body = {"to": f.get("to", ""), "from": f.get("from", ""), "text": f.get("text", "")}
    return await _hook_action(
        ins, "/texts/inbound", body, back=f"{PREFIX}/texts", done="Text delivered"
    )


async def inject_call(request: Request, ins: Inspector, form: Form) -> Response:
    f = form.fields
    body = {"to": f.get("to", ""), "from": f.get("from", "")}
    return await _hook_action(ins, "/calls/inbound", body, back=f"{PREFIX}/calls", done="Call rang")


async def advance_clock(request: Request, ins: Inspector, form: Form) -> Response:
    f = form.fields
    try:
        seconds = float(f.get("seconds", ""))
    except ValueError:
        return _back(f"{PREFIX}/", "Seconds must be a number")
    return await _hook_action(
        ins, "/clock/advance", {"seconds": seconds}, back=f"{PREFIX}/", done="Clock advanced"
    )


async def set_faults(request: Request, ins: Inspector, form: Form) -> Response:
    spec = form.get("spec").strip()
    try:
        plan = parse_faults(spec or None)
    except ValueError as exc:
        return _back(f"{PREFIX}/", f"Faults refused: {exc}")
    ins.world.faults.replace(plan, None)
    return _back(f"{PREFIX}/", f"Faults: {plan.describe() or 'none'}")


async def replay(request: Request, ins: Inspector, form: Form) -> Response:
    row = queries.delivery(ins.store, request.path_params["delivery_id"])
    if row is None:
        return PlainTextResponse("No such delivery", status_code=404)
    # A fresh delivery of the same payload, signed anew (a new request id and timestamp).
    with ins.world.outbox():
        ins.world.emit_webhook(
            row["url"], row["event_type"], row["payload"], identity_id=row["identity_id"]
        )
    return _back(f"{PREFIX}/webhooks", "Replayed")


# ── live updates ──────────────────────────────────────────────────────────────


async def events(request: Request, ins: Inspector, form: Form) -> Response:
    from ..edge import edge_of

    def marks_now() -> dict[str, Any]:
        marks = queries.change_marks(ins.store)
        edge = edge_of(ins.world)
        if edge is not None:  # requests through the edge live in memory, not in the store
            newest = id(edge.log.entries[-1]) if edge.log.entries else None  # the log is capped
            marks["tunnels"] = (marks["tunnels"], newest, edge.state()["tunnels"])
        return marks

    async def stream() -> AsyncIterator[str]:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + STREAM_SECONDS
        last = marks_now()
        yield "retry: 500\n\n"
        while loop.time() < deadline and not await request.is_disconnected():
            await asyncio.sleep(POLL_SECONDS)
            marks = marks_now()
            for region, mark in marks.items():
                if mark != last.get(region):
                    yield f"event: change\ndata: {region}\n\n"
            last = marks

    return StreamingResponse(
        stream(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


async def static(request: Request, ins: Inspector, form: Form) -> Response:
    name = request.path_params["name"]
    kinds = {"app.js": "text/javascript", "style.css": "text/css"}
    if name not in kinds:
        return PlainTextResponse("Not found", status_code=404)
    return Response(
        (HERE / "static" / name).read_bytes(),
        media_type=kinds[name],
        headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache"},
    )


def inspector_routes() -> list[BaseRoute]:
    """Mounted before the hooks (both live under `/_emulator`)."""

    def route(path: str, handler: Handler, method: str = "GET", *, login: bool = True) -> Route:
        return Route(PREFIX + path, _guarded(handler, login=login), methods=[method])

    return [
        route("/login", login_page, login=False),
        route("/login", login, "POST", login=False),
        route("/logout", logout, "POST"),
        route("/static/{name}", static, login=False),
        route("/", overview),
        route("", overview),
        route("/mail", mail),
        route("/mailboxes/{mailbox_id}", mailbox),
        route("/messages/{message_id}", message),
        route("/messages/{message_id}/html", message_html),
        route("/messages/{message_id}/attachments/{attachment_id}", attachment),
        route("/texts", texts),
        route("/calls", calls),
        route("/contacts", contacts),
        route("/vault", vault),
        route("/tunnels", tunnels),
        route("/webhooks", webhooks),
        route("/events", events),
        route("/inject/email", inject_email, "POST"),
        route("/inject/text", inject_text, "POST"),
        route("/inject/call", inject_call, "POST"),
        route("/clock", advance_clock, "POST"),
        route("/faults", set_faults, "POST"),
        route("/webhooks/{delivery_id}/replay", replay, "POST"),
    ]
