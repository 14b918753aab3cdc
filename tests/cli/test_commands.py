"""Each `inkbox` command against the emulator: `--json` parsed and checked, exit codes."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from inkbox import Inkbox, LoginPayload, TOTPConfig

from .conftest import Run

VAULT_KEY = "Correct-Horse-9-battery"


@pytest.fixture
def bot(run: Run) -> dict[str, Any]:
    return run("identities", "create", "bot", "--name", "Bot", "--json").json()


def test_whoami_json_names_the_admin_key(run: Run, inkbox_emulator: Any) -> None:
    me = run("whoami", "--json").json()
    assert me["auth_subtype"] == "api_key.admin_scoped"
    assert run("--json", "whoami").json()["key_id"] == me["key_id"]


def test_identities_lifecycle(run: Run) -> None:
    created = run("identities", "create", "helper", "--phone", "--json").json()
    assert created["agent_handle"] == "helper"
    assert created["mailbox"]["email_address"] == "helper@inkboxmail.com"
    assert created["phone_number"]["number"].startswith("+1")
    listed = run("identities", "list", "--json").json()
    assert [i["agent_handle"] for i in listed] == ["helper"]
    assert run("identities", "get", "helper", "--json").json()["id"] == created["id"]
    unasked = run("identities", "delete", "helper")  # stdin is no terminal: no silent yes
    assert (unasked.code, "--yes" in unasked.err) == (2, True)
    assert run("identities", "delete", "helper", "--yes", "--json").json() == {"deleted": "helper"}
    assert run("identities", "list", "--json").json() == []
    missing = run("identities", "get", "helper")
    assert missing.code == 1
    assert "HTTP 404" in missing.err


def test_mail_send_list_read_thread(run: Run, bot: dict[str, Any], tmp_path: Any) -> None:
    note = tmp_path / "note.txt"
    note.write_text("attached words")
    sent = run(
        "mail", "send", "--to", "jane@example.com", "-s", "Hello", "-b", "Hi Jane",
        "-a", str(note), "--json",
    ).json()  # fmt: skip
    assert sent["subject"] == "Hello"
    assert sent["to_addresses"] == ["jane@example.com"]
    assert sent["has_attachments"] is True
    listed = run("mail", "list", "-i", "bot", "--json").json()
    assert [m["id"] for m in listed] == [sent["id"]]
    detail = run("mail", "read", sent["id"], "--json").json()
    assert detail["body_text"] == "Hi Jane"
    thread = run("mail", "thread", detail["thread_id"], "--json").json()
    assert [m["id"] for m in thread["messages"]] == [sent["id"]]
    human = run("mail", "read", sent["id"])
    assert human.code == 0
    assert "Hi Jane" in human.out


def test_mail_body_from_stdin_and_unread_filter(
    run: Run, bot: dict[str, Any], inkbox_emulator: Any
) -> None:
    run("mail", "send", "--to", "x@example.com", "-s", "piped", "-b", "-", stdin="from a pipe\n")
    inkbox_emulator.inject_email(to="bot@inkboxmail.com", sender="x@example.com", subject="new")
    unread = run("mail", "list", "--unread", "--json").json()
    assert [m["subject"] for m in unread] == ["new"]
    sent = run("mail", "list", "--json").json()
    piped = next(m for m in sent if m["subject"] == "piped")
    assert run("mail", "read", piped["id"], "--json").json()["body_text"] == "from a pipe\n"


def test_mail_tail_prints_json_lines_oldest_first(
    run: Run, bot: dict[str, Any], inkbox_emulator: Any
) -> None:
    for n in range(3):
        inkbox_emulator.inject_email(
            to="bot@inkboxmail.com", sender="x@example.com", subject=f"m{n}"
        )
    lines = run("mail", "tail", "-n", "2", "--json").lines()
    assert [m["subject"] for m in lines] == ["m1", "m2"]


def test_texts_send_list_tail(run: Run, inkbox_emulator: Any) -> None:
    ident = run("identities", "create", "texter", "--phone", "--json").json()
    number = ident["phone_number"]
    inkbox_emulator.set_sms_status(number["id"], "ready")
    inkbox_emulator.inject_text(to=number["number"], sender="+15551230000", text="START")
    sent = run("texts", "send", "--to", "+15551230000", "-t", "hello", "--json").json()
    assert sent["text"] == "hello"
    listed = run("texts", "list", "--json").json()
    assert [t["text"] for t in listed][:1] == ["hello"]
    assert "START" in {t["text"] for t in listed}
    tail = run("texts", "tail", "-n", "5", "--json").lines()
    assert [t["text"] for t in tail][-1] == "hello"


def test_calls_place_and_list(run: Run) -> None:
    run("identities", "create", "caller", "--phone")
    call = run("calls", "place", "--to", "+15551230000", "--json").json()
    assert call["direction"] == "outbound"
    assert [c["id"] for c in run("calls", "list", "--json").json()] == [call["id"]]


VCF = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEMAIL:ada@example.com\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Alan Turing\r\nTEL:+15551112222\r\nEND:VCARD\r\n"
)


def test_contacts_import_list_export(run: Run, tmp_path: Any) -> None:
    vcf = tmp_path / "people.vcf"
    vcf.write_text(VCF)
    summary = run("contacts", "import", str(vcf), "--json").json()
    assert summary["cards"] == 2
    assert summary["created"] == 2
    assert summary["errors"] == []
    listed = run("contacts", "list", "--json").json()
    assert sorted(c["emails"][0]["value"] for c in listed if c["emails"]) == ["ada@example.com"]
    assert len(listed) == 2
    out = tmp_path / "out.vcf"
    assert run("contacts", "export", "-o", str(out)).code == 0
    exported = out.read_text()
    assert exported.count("BEGIN:VCARD") == 2
    assert "Ada Lovelace" in exported
    assert run("contacts", "export", "--json").json()["count"] == 2


def test_contacts_import_refuses_a_file_without_cards(run: Run, tmp_path: Any) -> None:
    empty = tmp_path / "empty.vcf"
    empty.write_text("nothing here")
    result = run("contacts", "import", str(empty))
    assert result.code == 2
    assert "no vCard" in result.err


def test_vault_init_unlock_ls_get_totp(
    run: Run, inkbox_emulator: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MY_VAULT_KEY", VAULT_KEY)
    init = run("vault", "init", "--vault-key-env", "MY_VAULT_KEY", "--json").json()
    assert len(init["recovery_codes"]) == 4
    with Inkbox(api_key=inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as sdk:
        unlocked = sdk.vault.unlock(VAULT_KEY)
        secret = unlocked.create_secret(
            "github",
            LoginPayload(username="octo", password="s3cret!", totp=TOTPConfig("JBSWY3DPEHPK3PXP")),
        )
    # A vault key in the environment is not used behind the user's back (no unlock at start).
    monkeypatch.setenv("INKBOX_VAULT_KEY", "Wrong-Horse-9-battery")
    listed = run("vault", "ls", "--json").json()
    assert [s["name"] for s in listed] == ["github"]
    assert "s3cret" not in json.dumps(listed)
    # The key on stdin (a pipe), never on argv.
    assert run("vault", "unlock", "--json", stdin=VAULT_KEY + "\n").json() == {
        "unlocked": True,
        "secrets": 1,
    }
    got = run("vault", "get", str(secret.id), "--vault-key-env", "MY_VAULT_KEY", "--json").json()
    assert got["payload"]["password"] == "s3cret!"
    code = run("vault", "totp", str(secret.id), "--vault-key-env", "MY_VAULT_KEY", "--json").json()
    assert len(code["code"]) == 6
    assert 0 < code["seconds_remaining"] <= 30
    wrong = run("vault", "unlock", stdin="Wrong-Horse-9-battery\n")
    assert wrong.code == 1
    assert "Wrong-Horse" not in wrong.err + wrong.out


def test_vault_key_is_never_an_argument(run: Run) -> None:
    result = run("vault", "unlock", "--vault-key", VAULT_KEY)
    assert result.code == 2
    assert "No such option" in result.err
    unset = run("vault", "unlock", "--vault-key-env", "NOT_SET_ANYWHERE")
    assert unset.code == 2


def _signed_request(secret: str, body: bytes) -> bytes:
    import hashlib
    import hmac

    mac = hmac.new(secret.encode(), b"req_1.1700000000." + body, hashlib.sha256).hexdigest()
    return (
        b"POST /hook HTTP/1.1\r\nContent-Type: application/json\r\n"
        b"X-Inkbox-Request-ID: req_1\r\nX-Inkbox-Timestamp: 1700000000\r\n"
        + f"X-Inkbox-Signature: sha256={mac}\r\n\r\n".encode()
        + body
    )


def test_webhooks_verify(run: Run, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INKBOX_WEBHOOK_SECRET", "whsec_" + base64.b64encode(b"k" * 24).decode())
    secret = base64.b64encode(b"k" * 24).decode()
    saved = tmp_path / "request.http"
    saved.write_bytes(_signed_request(secret, b'{"event_type":"message.received"}'))
    assert run("webhooks", "verify", str(saved), "--json").json() == {
        "valid": True,
        "request_id": "req_1",
    }
    saved.write_bytes(_signed_request(secret, b'{"event_type":"message.received"}') + b" ")
    tampered = run("webhooks", "verify", str(saved))
    assert tampered.code == 1
    assert "INVALID" in tampered.out


def test_usage_errors_exit_2_and_api_errors_exit_1(run: Run) -> None:
    assert run("mail", "bogus").code == 2
    assert run("mail", "send", "--to", "a@example.com").code == 2  # no --subject
    none = run("mail", "list")
    assert none.code == 2
    assert "--identity" in none.err
    run("identities", "create", "bot")
    bad_id = run("mail", "read", "not-a-uuid")
    assert bad_id.code == 2
    assert "UUID" in bad_id.err
    missing = run("mail", "read", "00000000-0000-0000-0000-000000000000")
    assert missing.code == 1
    assert missing.err.startswith("Error: HTTP 404")


def test_bad_key_is_an_api_error_with_detail(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INKBOX_API_KEY", "isk_test_not_a_real_key")
    result = run("whoami")
    assert result.code == 1
    assert "HTTP 401" in result.err
    assert "not_a_real_key" not in result.err


def test_settings_come_from_the_config_file(
    run: Run, inkbox_emulator: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    monkeypatch.delenv("INKBOX_API_KEY")
    monkeypatch.delenv("INKBOX_BASE_URL")
    (tmp_path / ".inkbox").mkdir()
    (tmp_path / ".inkbox" / "config").write_text(
        f"# written by hand\napi_key = {inkbox_emulator.admin_key}\n"
        f'base_url = "{inkbox_emulator.url}"\nidentity = bot\n'
    )
    run("identities", "create", "bot")
    run("identities", "create", "other")
    # Two identities, but the config names one.
    assert run("mail", "list", "--json").json() == []
    assert run("--base-url", "http://127.0.0.1:1", "whoami").code == 1  # the flag wins


def test_completion_scripts(run: Run) -> None:
    bash = run("completion", "bash")
    assert bash.code == 0
    assert "_INKBOX_COMPLETE" in bash.out
