"""Every response carries an `x-request-id`, as production's do, so request-id handling (errors
that quote it, logs that correlate on it) is testable offline.

Ids come from the OS, not the seeded id source: a seeded run must mint the same resource ids
whether or not requests are counted.
"""

from __future__ import annotations

import secrets

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["REQUEST_ID_HEADER", "RequestIdMiddleware", "new_request_id"]

REQUEST_ID_HEADER = b"x-request-id"


def new_request_id() -> str:
    return "req_" + secrets.token_hex(12)


class RequestIdMiddleware:
    """Adds `x-request-id` to every HTTP response that lacks one (API, hooks, 404s alike)."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        request_id = new_request_id().encode()

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if not any(name.lower() == REQUEST_ID_HEADER for name, _ in headers):
                    headers.append((REQUEST_ID_HEADER, request_id))
                message = {**message, "headers": headers}
            await send(message)

        await self._app(scope, receive, send_with_id)
