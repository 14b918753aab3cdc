"""0.3.1's calls beyond the guide, made by the official 0.3.1 client against our emulator.

The script stars, forwards, downloads an attachment through its signed URL and deletes mail
and a thread; lists calls and transcripts by number; creates (with `tunnel_name=`), updates,
signs and force-deletes tunnels; creates a mailbox for an identity, an identity with a number,
imports vCards as `text/x-vcard` and provisions a number with a text webhook. Our SDK then
reads back what it did, so both sides agree on the state. (0.7.20 has none of these calls in
this form: its tunnels belong to identities, its forwards go through drafts.)
"""

from __future__ import annotations

import base64
from typing import Any

import pytest

from inkbox import Inkbox
from inkbox_emulator.pytest_plugin import EmulatorHandle
from tests.interop.official import GUIDE_ERA, run_official

SALES = "sales-agent@inkboxmail.com"
SUPPORT = "support-bot@inkboxmail.com"
DATA = b"%PDF-1.4 interop " * 50
CUSTOMER = "+15167251294"

SCRIPT = r"""
import json, sys
import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from inkbox import Inkbox, IdentityPhoneNumberCreateOptions

args = json.load(sys.stdin)
out = {}
with Inkbox(args["api_key"], base_url=args["base_url"]) as ib:
    sales = ib.get_identity("sales-agent")
    [original] = [m for m in sales.iter_emails(direction="inbound")]
    out["starred"] = ib.messages.star(args["sales"], original.id).is_starred
    out["unstarred"] = ib.messages.unstar(args["sales"], original.id).is_starred
    ib.messages.star(args["sales"], original.id)
    fwd = sales.forward_email(original.id, to=[args["support"]], body_text="FYI")
    out["forward"] = [fwd.subject, str(fwd.thread_id) != str(original.thread_id)]
    link = ib.messages.get_attachment(args["sales"], original.id, "r.pdf")
    out["link"] = [link["filename"], link["expires_in"] > 0]
    out["download"] = httpx.get(link["url"]).content.hex()
    doomed = sales.send_email(to=["x@example.com"], subject="Doomed", body_text="d")
    ib.messages.delete(args["sales"], doomed.id)
    ib.threads.delete(args["sales"], fwd.thread_id)

    phone = ib.phone_numbers.provision(agent_handle="sales-agent", type="local",
                                       incoming_text_webhook_url="https://hooks.example.com/t")
    call = ib.calls.place(from_number=phone.number, to_number=args["customer"],
                          client_websocket_url="wss://agent.example.com/ws")
    out["calls"] = [str(c.id) for c in ib.calls.list(phone.id)]
    out["call"] = str(ib.calls.get(phone.id, call.id).id)
    out["placed"] = str(call.id)
    out["transcripts"] = len(ib.transcripts.list(phone.id, call.id))
    ib.phone_numbers.update(phone.id, incoming_text_webhook_url="https://hooks.example.com/t2")

    created = ib.tunnels.create(tunnel_name="official-031", description="first")
    out["tunnel_update"] = ib.tunnels.update(created.tunnel.id, description="second").description
    out["force_deleted"] = str(ib.tunnels.force_delete(created.tunnel.id).status)
    passthrough = ib.tunnels.create(tunnel_name="pass-031", tls_mode="passthrough").tunnel
    key = ec.generate_private_key(ec.SECP256R1())
    csr = (x509.CertificateSigningRequestBuilder()
           .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, passthrough.public_host)]))
           .sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM).decode())
    out["signed"] = ib.tunnels.sign_csr(passthrough.id, csr_pem=csr).cert_pem[:27]

    support = ib.get_identity("support-bot")
    support.unlink_mailbox()
    box = support.create_mailbox(display_name="Support", email_local_part="help")
    out["new_mailbox"] = box.email_address
    numbered = ib.create_identity("numbered", create_mailbox=True,
                                  phone_number=IdentityPhoneNumberCreateOptions(type="local"))
    out["numbered"] = [numbered.email_address is not None, numbered.phone_number is not None]
    card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Grace Hopper\r\nEND:VCARD\r\n"
    out["imported"] = ib.contacts.vcards.import_vcards(card, content_type="text/x-vcard").created_count
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def run(emulator: EmulatorHandle) -> dict[str, Any]:
    emulator.reset()
    before = len(emulator.violations)
    with Inkbox(emulator.admin_key, base_url=emulator.url) as ours:
        ours.create_identity("sales-agent")
        support = ours.create_identity("support-bot")
        support.send_email(
            to=[SALES],
            subject="Report",
            body_text="See attached.",
            attachments=[
                {
                    "filename": "r.pdf",
                    "content_type": "application/pdf",
                    "content_base64": base64.b64encode(DATA).decode(),
                }
            ],
        )
        payload = {
            "api_key": emulator.admin_key,
            "base_url": emulator.url,
            "sales": SALES,
            "support": SUPPORT,
            "customer": CUSTOMER,
        }
        out: dict[str, Any] = run_official(GUIDE_ERA, SCRIPT, payload)
        sales = ours.get_identity("sales-agent")
        out["ours_sales"] = [(m.subject, m.is_starred) for m in sales.iter_emails()]
        out["ours_threads"] = sorted(t.subject or "" for t in ours.threads.list(SALES))
        out["ours_tunnels"] = sorted(t.tunnel_name for t in ours.tunnels.list())
        out["ours_support"] = ours.get_identity("support-bot").email_address
        out["ours_numbered"] = ours.get_identity("numbered").phone_number is not None
        number = sales.phone_number
        assert number is not None
        emulator.inject_text(to=number.number, sender=CUSTOMER, text="hello")
        out["hooks"] = [
            len(emulator.webhooks(url=u))
            for u in ("https://hooks.example.com/t", "https://hooks.example.com/t2")
        ]
    assert emulator.violations[before:] == []
    return out


def test_message_calls(run: dict[str, Any]) -> None:
    """star/unstar, forward, the attachment's signed URL and delete, as 0.3.1 makes them."""
    assert (run["starred"], run["unstarred"]) == (True, False)
    assert run["forward"] == ["Fwd: Report", True]
    assert run["link"] == ["r.pdf", True]
    assert bytes.fromhex(run["download"]) == DATA
    # "Doomed" was deleted, the forward's thread too; the star stayed.
    assert run["ours_sales"] == [("Report", True)]
    assert run["ours_threads"] == ["Report"]


def test_calls_and_transcripts_by_number(run: dict[str, Any]) -> None:
    assert run["calls"] == [run["placed"]] and run["call"] == run["placed"]
    assert run["transcripts"] == 0


def test_tunnel_calls(run: dict[str, Any]) -> None:
    """create(tunnel_name=), update(description=), force_delete and sign_csr."""
    assert run["tunnel_update"] == "second"
    assert run["force_deleted"] in ("deleted", "TunnelStatus.DELETED")
    assert run["signed"] == "-----BEGIN CERTIFICATE-----"
    assert "official-031" not in run["ours_tunnels"] and "pass-031" in run["ours_tunnels"]


def test_identity_and_contact_calls(run: dict[str, Any]) -> None:
    """create_mailbox, create_identity(phone_number=...), import_vcards(content_type=...)."""
    assert run["new_mailbox"] == run["ours_support"] and run["new_mailbox"].startswith("help@")
    assert run["numbered"] == [True, True] and run["ours_numbered"]
    assert run["imported"] == 1


def test_text_webhook_url_from_provision_and_update(run: dict[str, Any]) -> None:
    """The text webhook URL 0.3.1 set on provision, then changed by update, gets the texts."""
    assert run["hooks"][0] == 0 and run["hooks"][1] >= 1
