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


def _mail_in(ns: Namespace, emu: Any, sender: str, subject: str, body_text: str) -> None:
    emu.inject_email(
        to=ns["identity"].email_address, sender=sender, subject=subject, body_text=body_text
    )


def inbound_mail(ns: Namespace, emu: Any) -> None:
    """A customer's email waiting in the identity's inbox."""
    _mail_in(ns, emu, "jane@example.com", "Where is my order?", "Order 42 has not arrived.")


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


def answering(ns: Namespace, emu: Any) -> None:
    """Calls placed to `CUSTOMER` are picked up at once; the customer says one line."""
    emu.hook(
        "PUT",
        "/calls/answering",
        {"to": CUSTOMER, "outcome": "answer", "say": ["Friday works, thanks."]},
    )


def inbound_call(ns: Namespace, emu: Any) -> None:
    """`call_id`: `CUSTOMER` has called `phone` and said two lines."""
    call = emu.inject_call(
        to=ns["phone"].number,
        sender=CUSTOMER,
        say=["I need to move my cleaning to Thursday.", "Morning if possible."],
    )
    ns["call_id"] = call["id"]


def learned_fact(ns: Namespace, emu: Any) -> None:
    """`contact` gets a fact the service learned from an email to `identity` (citing it)."""
    _mail_in(ns, emu, "ada@example.com", "Order 42", "Please ship to Berlin.")
    message = next(iter(ns["identity"].iter_emails(direction="inbound")))
    emu.hook(
        "POST",
        f"/contacts/{ns['contact'].id}/facts",
        {
            "content": "Wants order 42 shipped to Berlin",
            "kind": "context",
            "citations": [{"source_type": "email_message", "source_id": str(message.id)}],
        },
    )
