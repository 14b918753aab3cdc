"""Quickstart: two agents email each other on a local Inkbox emulator, and a webhook is verified.

Run it with `make demo` (or `python examples/quickstart.py`). Nothing leaves this machine: the
emulator runs in this process on a free port, and the webhook receiver is a tiny HTTP server on
loopback.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self

from sms_and_contacts import sms_and_contacts  # the SMS and contacts part of the demo

from inkbox import Inkbox, verify_webhook
from inkbox_emulator import run_in_thread


class WebhookReceiver:
    """Collects the webhooks POSTed to it: the raw body bytes and the headers, as received."""

    def __init__(self) -> None:
        self.deliveries: list[tuple[dict[str, str], bytes]] = []
        self._arrived = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                receiver.deliveries.append((dict(self.headers.items()), body))
                receiver._arrived.set()
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:  # keep the demo quiet
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        host, port = self._server.server_address[:2]
        self.url = f"http://{host!s}:{port}/inkbox-webhook"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def wait(self, timeout: float = 10.0) -> tuple[dict[str, str], bytes]:
        if not self._arrived.wait(timeout):
            raise SystemExit("no webhook arrived")
        return self.deliveries[0]

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()


def step(text: str) -> None:
    print(f"\n== {text}")


def main() -> None:
    emulator = run_in_thread()  # a local Inkbox on a free port, in this process
    print(f"Inkbox emulator running at {emulator.url}")
    try:
        with WebhookReceiver() as receiver:
            demo(emulator.url, emulator.admin_key, receiver)
        sms_and_contacts(emulator.url, emulator.admin_key)
    finally:
        emulator.stop()
    print("\nDone.")


def demo(base_url: str, api_key: str, receiver: WebhookReceiver) -> None:
    with Inkbox(api_key=api_key, base_url=base_url) as inkbox:
        step("Two agent identities, each with its own mailbox")
        alice = inkbox.create_identity("alice")
        bob = inkbox.create_identity("bob")
        assert alice.email_address and bob.email_address
        print(f"alice: {alice.email_address}")
        print(f"bob:   {bob.email_address}")

        step("Bob's mailbox reports new mail to a local webhook receiver")
        key = inkbox.create_signing_key()  # the secret is shown once: keep it
        inkbox.mailboxes.update(bob.email_address, webhook_url=receiver.url)
        print(f"webhook_url = {receiver.url}")

        step("Alice writes to Bob")
        sent = alice.send_email(
            to=[bob.email_address],
            subject="Lunch on Friday?",
            body_text="Hi Bob, are you free for lunch on Friday at noon?",
        )
        print(f"sent {sent.subject!r} (message {sent.id})")

        step("Bob reads his inbox")
        unread = list(bob.iter_unread_emails())
        for msg in unread:
            body = bob.get_message(msg.id).body_text
            print(f"from {msg.from_address}: {msg.subject!r}\n  {body}")
        bob.mark_emails_read([msg.id for msg in unread])
        question = unread[0]

        step("Bob replies in the same thread")
        reply = bob.send_email(
            to=[alice.email_address],
            subject="Re: Lunch on Friday?",
            body_text="Friday at noon works. See you then!",
            in_reply_to_message_id=question.id,
        )
        print(f"replied {reply.subject!r} (thread {reply.thread_id})")

        step("The thread, oldest first, as Alice sees it")
        assert sent.thread_id is not None
        thread = alice.get_thread(sent.thread_id)
        print(f"{thread.subject!r}: {thread.message_count} messages")
        for m in thread.messages:
            print(f"  {m.created_at:%H:%M:%S}  {m.from_address:<24} {m.subject}")

        step("The webhook Bob's mailbox delivered")
        headers, raw_body = receiver.wait()
        event = json.loads(raw_body)
        print(f"event {event['event_type']!r} about {event['data']['message']['subject']!r}")
        valid = verify_webhook(payload=raw_body, headers=headers, secret=key.signing_key)
        print(f"signature valid: {valid}")
        tampered = verify_webhook(payload=raw_body + b" ", headers=headers, secret=key.signing_key)
        print(f"signature valid after tampering with the body: {tampered}")
        if not valid or tampered:
            raise SystemExit("webhook verification did not behave as expected")


if __name__ == "__main__":
    main()
