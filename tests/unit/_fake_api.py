"""A scripted stand-in for the Inkbox API on `httpx.MockTransport`, sample wire objects, and
helpers to read what was sent (`query`) and to build an identity on it (`agent`, `phone_agent`)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import httpx

from inkbox import AgentIdentity, AgentIdentitySummary, AsyncInkbox, Inkbox

KEY = "ApiKey_unit_0123456789"
BASE = "http://localhost"
NOW = "2026-03-09T00:00:00Z"
Responder = Callable[[httpx.Request], httpx.Response]


class FakeApi:
    """Answers requests from a table of (method, path) -> responder, and records every request."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._routes: dict[tuple[str, str], list[Responder]] = {}

    def on(
        self, method: str, path: str, *responders: Responder | dict[str, Any] | list[Any]
    ) -> None:
        """Queue responses for a route; the last one repeats. Dicts/lists are 200 JSON bodies."""
        queue = [r if callable(r) else reply(200, r) for r in responders]
        self._routes[(method, path)] = queue

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        queue = self._routes.get((request.method, request.url.path))
        if not queue:
            return httpx.Response(
                404, json={"detail": f"no route {request.method} {request.url.path}"}
            )
        responder = queue.pop(0) if len(queue) > 1 else queue[0]
        return responder(request)

    def sync(self) -> Inkbox:
        return Inkbox(
            KEY, base_url=BASE, http_client=httpx.Client(transport=httpx.MockTransport(self))
        )

    def asyncio(self) -> AsyncInkbox:
        transport = httpx.MockTransport(self)
        return AsyncInkbox(KEY, base_url=BASE, http_client=httpx.AsyncClient(transport=transport))

    def bodies(self) -> list[Any]:
        return [json.loads(r.content) if r.content else None for r in self.requests]


def reply(status: int, body: Any = None, headers: dict[str, str] | None = None) -> Responder:
    def respond(request: httpx.Request) -> httpx.Response:
        if body is None:
            return httpx.Response(status, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return respond


def identity(
    handle: str = "sales-agent", *, mailbox: bool = True, phone: bool = False
) -> dict[str, Any]:
    email = f"{handle}@inkboxmail.com"
    return {
        "id": str(uuid.uuid4()),
        "organization_id": "org-1",
        "agent_handle": handle,
        "display_name": handle,
        "description": None,
        "email_address": email if mailbox else None,
        "mailbox": mailbox_dict(email) if mailbox else None,
        "phone_number": phone_dict() if phone else None,
        "created_at": NOW,
        "updated_at": NOW,
    }


def mailbox_dict(email: str = "sales-agent@inkboxmail.com", **extra: Any) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "email_address": email,
        "sending_domain": email.split("@")[1],
        "filter_mode": "blacklist",
        "agent_identity_id": None,
        "filter_mode_change_notice": None,
        "created_at": NOW,
        "updated_at": NOW,
        **extra,
    }


def phone_dict(number: str = "+18005551234") -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "number": number,
        "type": "local",
        "status": "active",
        "sms_status": "pending",
        "sms_error_code": None,
        "sms_error_detail": None,
        "sms_ready_at": None,
        "incoming_call_action": "auto_reject",
        "client_websocket_url": None,
        "incoming_call_webhook_url": None,
        "state": None,
        "filter_mode": "blacklist",
        "agent_identity_id": None,
        "created_at": NOW,
        "updated_at": NOW,
    }


def message(index: int = 0, *, is_read: bool = False, **extra: Any) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "mailbox_id": str(uuid.uuid4()),
        "thread_id": str(uuid.uuid4()),
        "message_id": f"<m{index}@inkboxmail.com>",
        "from_address": "user@example.com",
        "to_addresses": ["sales-agent@inkboxmail.com"],
        "cc_addresses": None,
        "subject": f"subject {index}",
        "snippet": None,
        "direction": "inbound",
        "status": "received",
        "is_read": is_read,
        "is_starred": False,
        "has_attachments": False,
        "created_at": NOW,
        **extra,
    }


def message_detail(**extra: Any) -> dict[str, Any]:
    return {
        **message(),
        "body_text": "hi",
        "body_html": None,
        "bcc_addresses": None,
        "in_reply_to": None,
        "references": None,
        "attachment_metadata": None,
        "ses_message_id": None,
        "updated_at": NOW,
        **extra,
    }


def thread(folder: str = "inbox", **extra: Any) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "mailbox_id": str(uuid.uuid4()),
        "subject": "hello",
        "folder": folder,
        "message_count": 1,
        "last_message_at": NOW,
        "created_at": NOW,
        **extra,
    }


# reading requests, building identities --------------------------------------------------------


def query(request: httpx.Request) -> dict[str, list[str]]:
    return parse_qs(request.url.query.decode())


def agent(
    api: FakeApi, *, mailbox: bool = True, phone: bool = False
) -> tuple[Inkbox, AgentIdentity]:
    """A sync client and its identity `sales-agent` (one GET); the request log is then cleared."""
    api.on("GET", "/api/v1/identities/sales-agent", identity(mailbox=mailbox, phone=phone))
    client = api.sync()
    found = client.get_identity("sales-agent")
    api.requests.clear()
    return client, found


def phone_agent(api: FakeApi, *, phone: bool = True) -> tuple[AgentIdentity, str, str]:
    """A sync identity built from a wire summary; returns it, its number id and identity id."""
    data = AgentIdentitySummary.from_dict(identity(phone=phone))
    number_id = str(data.phone_number.id) if data.phone_number else ""
    return AgentIdentity(api.sync(), data), number_id, str(data.id)
