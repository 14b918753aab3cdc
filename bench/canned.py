"""Canned API answers for the in-process benchmarks, shared by every client measured.

Only the standard library and httpx are imported: the official SDK's venv loads this module
too (`call_worker.py` runs under either interpreter). The bodies are what the emulator answers
(captured once, ids made deterministic): `whoami` is the small answer, an identity with its
mailbox the medium one, a page of 100 messages the large one. `handler` answers them on
`httpx.MockTransport`, and pages a mailbox of any length by cursor for the iteration bench.
"""

from __future__ import annotations

import json
import uuid

import httpx

HANDLE = "bench"
EMAIL = "bench@inkboxmail.com"
ORG = "org_bench"
IDENTITY_ID = str(uuid.UUID(int=1))
MAILBOX_ID = str(uuid.UUID(int=2))
STAMP = "2026-03-09T08:07:40.261624Z"

WHOAMI = {
    "auth_type": "api_key",
    "auth_subtype": "api_key.admin_scoped",
    "scope": f"organization:{ORG}",
    "organization_id": ORG,
    "created_by": "emulator",
    "creator_type": "system",
    "key_id": str(uuid.UUID(int=3)),
    "label": "Emulator admin key",
    "description": None,
    "created_at": STAMP,
    "last_used_at": STAMP,
    "expires_at": None,
}

IDENTITY = {
    "id": IDENTITY_ID,
    "organization_id": ORG,
    "agent_handle": HANDLE,
    "display_name": "Bench Agent",
    "description": None,
    "email_address": EMAIL,
    "status": "active",
    "imessage_enabled": False,
    "contact_sharing_enabled": True,
    "signing_key_configured": False,
    "signing_key_created_at": None,
    "mailbox": {
        "id": MAILBOX_ID,
        "email_address": EMAIL,
        "sending_domain": "inkboxmail.com",
        "display_name": None,
        "filter_mode": "blacklist",
        "inbound_filter_mode": None,
        "outbound_filter_mode": None,
        "agent_identity_id": IDENTITY_ID,
        "filter_mode_change_notice": None,
        "signature_html": None,
        "signature_text": None,
        "signature_enabled": False,
        "created_at": STAMP,
        "updated_at": STAMP,
    },
    "phone_number": None,
    "imessage_number": None,
    "tunnel": None,
    "created_at": STAMP,
    "updated_at": STAMP,
    "imessage_filter_mode": "blacklist",
    "phone_filter_mode": "blacklist",
    "slack_filter_mode": "blacklist",
    "mail_inbound_filter_mode": None,
    "mail_outbound_filter_mode": None,
    "phone_inbound_filter_mode": None,
    "phone_outbound_filter_mode": None,
    "slack_inbound_filter_mode": None,
    "slack_outbound_filter_mode": None,
    "mail_filter_mode": "blacklist",
}

PAGE_SIZE = 100


def message(i: int) -> dict[str, object]:
    return {
        "id": str(uuid.UUID(int=10_000 + i)),
        "mailbox_id": MAILBOX_ID,
        "thread_id": str(uuid.UUID(int=20_000 + i)),
        "message_id": f"<{uuid.UUID(int=30_000 + i).hex}@inkboxmail.com>",
        "from_address": EMAIL,
        "from_display_name": "Bench Agent",
        "to_addresses": ["someone@example.com"],
        "cc_addresses": None,
        "subject": f"Status report {i}",
        "snippet": "Everything is on track for the release; two items need a decision from",
        "direction": "outbound",
        "status": "sent",
        "is_read": True,
        "is_starred": False,
        "has_attachments": False,
        "first_opened_at": None,
        "open_count": 0,
        "import_job_id": None,
        "created_at": STAMP,
    }


MESSAGES = [message(i) for i in range(PAGE_SIZE)]
JSON = {"content-type": "application/json", "x-request-id": "req_bench"}
WHOAMI_BODY = json.dumps(WHOAMI).encode()
IDENTITY_BODY = json.dumps(IDENTITY).encode()
MESSAGES_PATH = f"/api/v1/mail/mailboxes/{EMAIL}/messages"


def page_body(cursor: int, pages: int) -> bytes:
    """Page `cursor` (0-based) of a mailbox `pages` pages long; one serialised body per shape."""
    more = cursor + 1 < pages
    return json.dumps(
        {"items": MESSAGES, "next_cursor": str(cursor + 1) if more else None, "has_more": more}
    ).encode()


def handler(pages: int = 1) -> httpx.MockTransport:
    """A transport answering whoami, the identity and a mailbox of `pages` full pages."""
    last = page_body(pages - 1, pages)
    middle = page_body(0, pages + 1)  # has_more with a next cursor, fixed up below
    bodies = {"/api/whoami": WHOAMI_BODY, f"/api/v1/identities/{HANDLE}": IDENTITY_BODY}

    def answer(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        body = bodies.get(path)
        if body is None and path == MESSAGES_PATH:
            cursor = int(request.url.params.get("cursor") or 0)
            if cursor + 1 >= pages:
                body = last
            else:
                # the cursor is the only part that changes from page to page
                body = middle.replace(
                    b'"next_cursor": "1"', f'"next_cursor": "{cursor + 1}"'.encode()
                )
        if body is None:
            return httpx.Response(404, json={"detail": "not canned"}, headers={"x-request-id": "r"})
        return httpx.Response(200, content=body, headers=JSON)

    return httpx.MockTransport(answer)
