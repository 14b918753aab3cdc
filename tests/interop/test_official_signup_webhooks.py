"""The official SDKs' agent signup and webhook signing against our emulator.

Signup: one script signs an agent up, reads its status and whoami, tries a wrong code and
resends; the emulator hook gives the code "emailed" to the human; a second script verifies it
and reads the claimed status. Webhooks: a capture server in this process receives the
emulator's signed deliveries for a mailbox; the official client creates the org signing key
(and, in the guide's era, sets the mailbox's `webhook_url` itself), and its own
`verify_webhook` must accept every delivery and reject a tampered one.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from inkbox import Inkbox
from inkbox_emulator.pytest_plugin import EmulatorHandle
from tests.interop.official import GUIDE_ERA, VERSIONS, run_official

SALES = "sales-agent@inkboxmail.com"
HUMAN = "human@example.com"

SIGNUP = r"""
import json, sys
from inkbox import Inkbox
from inkbox.exceptions import InkboxAPIError

args = json.load(sys.stdin)
base = args["base_url"]
out = {}
signed = Inkbox.signup(HUMAN, note_to_human="Please approve me", agent_handle="signup-bot",
                       display_name="Signup Bot", base_url=base)
out["signup"] = [signed.agent_handle, signed.email_address, signed.claim_status, signed.human_email,
                 signed.api_key.startswith(("ApiKey_", "isk_"))]
key = signed.api_key
status = Inkbox.get_signup_status(key, base_url=base)
out["status"] = [status.claim_status, status.human_email, status.restrictions.max_sends_per_day,
                 list(status.restrictions.allowed_recipients)]
with Inkbox(key, base_url=base) as agent:
    who = agent.whoami()
    out["whoami"] = [who.auth_subtype, who.organization_id == signed.organization_id]
    out["identities"] = [i.agent_handle for i in agent.list_identities()]
try:
    Inkbox.verify_signup(key, "000000", base_url=base)
    out["wrong_code"] = None
except InkboxAPIError as e:
    out["wrong_code"] = e.status_code
try:
    Inkbox.resend_signup_verification(key, base_url=base)
    out["resend"] = "sent"
except InkboxAPIError as e:
    out["resend"] = e.status_code
out["api_key"] = key
print(json.dumps(out))
""".replace("HUMAN", repr(HUMAN))

VERIFY = r"""
import json, sys
from inkbox import Inkbox

args = json.load(sys.stdin)
base = args["base_url"]
verified = Inkbox.verify_signup(args["key"], args["code"], base_url=base)
status = Inkbox.get_signup_status(args["key"], base_url=base)
with Inkbox(args["key"], base_url=base) as agent:
    subtype = agent.whoami().auth_subtype
print(json.dumps({"verified": verified.claim_status, "status": status.claim_status, "whoami": subtype}))
"""

SIGN = r"""
import json, sys
from inkbox import Inkbox

args = json.load(sys.stdin)
with Inkbox(args["api_key"], base_url=args["base_url"]) as ib:
    key = ib.create_signing_key()
    if args["version"] == "0.3.1":
        ib.mailboxes.update(args["email"], webhook_url=args["hook_url"])
    ib.get_identity("support-bot").send_email(to=[args["email"]], subject="Ping", body_text="ping")
print(json.dumps({"key": key.signing_key}))
"""

VERIFY_WEBHOOKS = r"""
import json, sys
from inkbox import verify_webhook

args = json.load(sys.stdin)
out = []
for body, headers in args["deliveries"]:
    raw = body.encode()
    out.append([
        verify_webhook(payload=raw, headers=headers, secret=args["key"]),
        verify_webhook(payload=raw, headers=headers, secret=args["key"].removeprefix("whsec_")),
        verify_webhook(payload=raw + b" ", headers=headers, secret=args["key"]),
        verify_webhook(payload=raw, headers=headers, secret="whsec_wrong"),
    ])
print(json.dumps(out))
"""


class _Capture(BaseHTTPRequestHandler):
    """Records every POST (body and headers) and answers 200."""

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length).decode()
        self.server.received.append((body, dict(self.headers.items())))  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        return


@pytest.fixture(scope="module")
def capture() -> Iterator[tuple[str, list[tuple[str, dict[str, str]]]]]:
    """A loopback HTTP server recording the emulator's webhook deliveries: (url, received)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Capture)
    server.received = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/hook", server.received  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module", params=VERSIONS)
def run(
    request: pytest.FixtureRequest,
    emulator: EmulatorHandle,
    capture: tuple[str, list[tuple[str, dict[str, str]]]],
) -> dict[str, Any]:
    """Signup and verify scripts, then the signing-key script and the webhook verification."""
    version: str = request.param
    emulator.reset()
    before = len(emulator.violations)
    base = {"version": version, "base_url": emulator.url}
    out: dict[str, Any] = {"version": version}
    out["signup"] = run_official(version, SIGNUP, base)
    code = emulator.signup_code("signup-bot")
    out["code_mail"] = [code in (m["body_text"] or "") for m in emulator.outside_mail(to=HUMAN)]
    out["verify"] = run_official(
        version, VERIFY, base | {"key": out["signup"]["api_key"], "code": code}
    )

    hook_url, received = capture
    received.clear()
    with Inkbox(emulator.admin_key, base_url=emulator.url) as ours:
        ours.create_identity("sales-agent")
        ours.create_identity("support-bot")
        if version != GUIDE_ERA:  # 0.7.20 can no longer set a mailbox's webhook_url
            ours.mailboxes.update(SALES, webhook_url=hook_url)
        signing = run_official(
            version,
            SIGN,
            base | {"api_key": emulator.admin_key, "email": SALES, "hook_url": hook_url},
        )
        out["mailbox_webhook"] = ours.mailboxes.get(SALES).webhook_url
    emulator.inject_email(to=SALES, sender="jane@example.com", subject="Hello", body_text="hi")
    out["log"] = [
        (d["event_type"], d["signed"], d["status"]) for d in emulator.webhooks(url=hook_url)
    ]
    deliveries = list(received)
    out["verified"] = run_official(
        version, VERIFY_WEBHOOKS, {"key": signing["key"], "deliveries": deliveries}
    )
    out["key"] = signing["key"]
    out["hook_url"] = hook_url
    assert emulator.violations[before:] == []
    return out


def test_signup(run: dict[str, Any]) -> None:
    """Inkbox.signup creates an unclaimed agent with a mailbox; status and whoami agree."""
    signup = run["signup"]
    assert signup["signup"] == [
        "signup-bot",
        "signup-bot@inkboxmail.com",
        "agent_unclaimed",
        HUMAN,
        True,
    ]
    assert signup["status"] == ["agent_unclaimed", HUMAN, 5, [HUMAN]]
    assert signup["whoami"] == ["api_key.agent_scoped.unclaimed", True]
    assert signup["identities"] == ["signup-bot"]
    assert signup["wrong_code"] in {400, 422}
    assert signup["resend"] == 429  # within the 5-minute cooldown
    assert run["code_mail"] == [True]  # the code was "emailed" to the human, once


def test_verify_signup(run: dict[str, Any]) -> None:
    """verify_signup with the emailed code claims the agent; whoami follows."""
    verify = run["verify"]
    assert verify["verified"] == verify["status"] == "agent_claimed"
    assert verify["whoami"] == "api_key.agent_scoped.claimed"


def test_webhook_signatures_verify(run: dict[str, Any]) -> None:
    """Every delivery signed with the official client's org key passes its verify_webhook."""
    assert run["key"].startswith("whsec_")
    assert run["mailbox_webhook"] == run["hook_url"]
    events = [e for e, _, _ in run["log"]]
    assert events.count("message.received") == 2  # from support-bot and from jane
    assert all(signed and status == "delivered" for _, signed, status in run["log"])
    assert run["verified"]
    assert run["verified"] == [[True, True, False, False]] * len(run["log"])
