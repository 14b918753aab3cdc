"""What a docs example needs before it runs, by the name its `<!-- example: setup=... -->` gives.

Each function adds names to the page's namespace (where `inkbox` is an `Inkbox` on the
emulator) and may use the emulator's hooks through `emu`.
"""

from __future__ import annotations

from typing import Any

Namespace = dict[str, Any]
CUSTOMER = "+15167251294"


def identity(ns: Namespace, emu: Any) -> None:
    """`identity`: the identity "sales-agent" with its mailbox (made once per page)."""
    if "identity" in ns:
        return
    handles = {summary.agent_handle for summary in ns["inkbox"].list_identities()}
    client = ns["inkbox"]
    ns["identity"] = (
        client.get_identity("sales-agent")
        if "sales-agent" in handles
        else client.create_identity("sales-agent")
    )


def inbound_mail(ns: Namespace, emu: Any) -> None:
    """A customer's email waiting in the identity's inbox."""
    emu.inject_email(
        to=ns["identity"].email_address,
        sender="jane@example.com",
        subject="Where is my order?",
        body_text="Order 42 has not arrived.",
    )


def phone(ns: Namespace, emu: Any) -> None:
    """`identity` gets a local number that may send; `CUSTOMER` has texted START to it."""
    ident = ns["identity"]
    number = ident.phone_number or ident.provision_phone_number(type="local", state="NY")
    emu.set_sms_status(number.id, "ready")
    emu.inject_text(to=number.number, sender=CUSTOMER, text="START")
    ident.refresh()
    ns["phone"] = number


def webhook_request(ns: Namespace, emu: Any) -> None:
    """`raw_body`, `headers`, `secret`: a request signed as the service signs deliveries."""
    import hashlib
    import hmac
    import time

    secret = "whsec_" + "c2VjcmV0LWZvci1kb2Nz"
    body = b'{"event_type": "message.received"}'
    request_id, timestamp = "req_docs", str(int(time.time()))
    digest = hmac.new(
        secret.removeprefix("whsec_").encode(),
        f"{request_id}.{timestamp}.".encode() + body,
        hashlib.sha256,
    ).hexdigest()
    ns.update(
        raw_body=body,
        secret=secret,
        headers={
            "X-Inkbox-Signature": f"sha256={digest}",
            "X-Inkbox-Request-ID": request_id,
            "X-Inkbox-Timestamp": timestamp,
        },
    )
