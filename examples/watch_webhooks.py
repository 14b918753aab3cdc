"""Subscribe a webhook to an agent's events and watch the deliveries, retries and a replay.

Run it with `python examples/watch_webhooks.py` (against its own in-process emulator). A tiny
receiver in this process plays your endpoint: it verifies each signature with the key the
subscription handed out, checks the bearer token, and fails its first delivery on purpose so
you can watch the retry land in the delivery log; then one delivery is replayed.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

from inkbox import Inkbox, verify_webhook

TOKEN = "my-endpoint-token"


class Receiver:
    """Your webhook endpoint: verifies what arrives, answers 503 once, then 200."""

    def __init__(self) -> None:
        self.secret = ""
        self.events: list[dict[str, Any]] = []
        self._fail_next = True
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                status = receiver.receive(body, self.headers)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/inkbox"

    def receive(self, body: bytes, headers: Mapping[str, str]) -> int:
        valid = verify_webhook(payload=body, headers=dict(headers), secret=self.secret)
        authorized = headers.get("Authorization") == f"Bearer {TOKEN}"
        event = json.loads(body)
        print(
            f"  <- {event['event_type']} {event['id']} signature ok: {valid}, token ok: {authorized}"
        )
        if self._fail_next:
            self._fail_next = False
            return 503  # the emulator retries with backoff
        self.events.append(event)
        return 200

    def close(self) -> None:
        self._server.shutdown()


def watch(base_url: str, api_key: str) -> int:
    receiver = Receiver()
    try:
        with Inkbox(api_key=api_key, base_url=base_url) as inkbox:
            agent = inkbox.create_identity("watched-agent")
            assert agent.email_address is not None
            sub = inkbox.webhooks.subscriptions.create(
                url=receiver.url,
                event_types=["message.received", "message.sent"],
                agent_identity_id=agent.id,
                auth_token=TOKEN,
                context_config={"email": {"mode": "count", "count": 5}},
            )
            assert sub.signing_key is not None  # shown once: keep it to verify deliveries
            receiver.secret = sub.signing_key
            print(f"Subscribed {receiver.url} to {', '.join(sub.event_types)}")

            # Someone outside writes to the agent (the emulator's test hook plays them).
            httpx.post(
                f"{base_url}/_emulator/mail/inbound",
                json={
                    "to": agent.email_address,
                    "from": "customer@example.com",
                    "subject": "Where is my order?",
                    "body_text": "Order 1042, please.",
                },
            ).raise_for_status()
            # Watch the log until the retry succeeded (the first attempt got our 503).
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                if inkbox.webhooks.deliveries.list(subscription_id=sub.id, success=True):
                    break
                time.sleep(0.05)

            print("Delivery log (newest first):")
            log = inkbox.webhooks.deliveries.list(subscription_id=sub.id)
            for attempt in log:
                print(
                    f"  {attempt.event_type} -> HTTP {attempt.response_status}"
                    f"{' (replay)' if attempt.is_replay else ''}"
                )
            failed = inkbox.webhooks.deliveries.list(subscription_id=sub.id, success=False)
            replay = inkbox.webhooks.deliveries.replay(failed[0].id)
            print(f"Replayed {replay.event_id}: HTTP {replay.response_status}")
            inkbox.webhooks.subscriptions.delete(sub.id)
            return len(log)
    finally:
        receiver.close()


def main() -> None:
    from inkbox_emulator import run_in_thread

    emulator = run_in_thread()
    try:
        watch(emulator.url, emulator.admin_key)
    finally:
        emulator.stop()
    print("Done.")


if __name__ == "__main__":
    main()
