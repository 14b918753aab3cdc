"""The official SDKs' vault administration calls against our emulator.

`test_vault_interop.py` checks the secrets byte for byte both ways; this module runs the guide's
other vault calls once per SDK version: initialize, info, list_keys (with a type filter),
unlock (also for one identity), create/update/delete secrets, `identity.create_secret` with its
access grant, `identity.credentials`, list_secrets (with a type filter) and the admin
delete_secret. Our SDK then unlocks the same vault and reads what is left.
"""

from __future__ import annotations

from typing import Any

import pytest

from inkbox import Inkbox
from inkbox.vault.totp import generate_totp, parse_totp_uri
from inkbox_emulator.pytest_plugin import EmulatorHandle
from tests.interop.official import VERSIONS, run_official

VAULT_KEY = "my-Vault-key-01!"
TOTP_URI = "otpauth://totp/GitHub:user@example.com?secret=JBSWY3DPEHPK3PXP&issuer=GitHub"

SCRIPT = r"""
import json, sys
from inkbox import Inkbox
from inkbox.vault.types import APIKeyPayload, LoginPayload, OtherPayload

args = json.load(sys.stdin)
out = {}


def value(x):
    return getattr(x, "value", x)


with Inkbox(args["api_key"], base_url=args["base_url"]) as ib:
    out["info_before"] = ib.vault.info()
    result = ib.vault.initialize(args["vault_key"])
    out["initialized"] = [len(result.recovery_codes), result.recovery_key_count,
                          len(set(result.recovery_codes))]
    info = ib.vault.info()
    out["info"] = [str(info.id) == str(result.vault_id), info.organization_id, info.key_count,
                   info.recovery_key_count]
    keys = ib.vault.list_keys()
    out["keys"] = sorted(value(k.key_type) for k in keys)
    out["primary_id"] = [str(k.id) for k in keys if value(k.key_type) == "primary"] == [str(result.vault_key_id)]
    out["recovery_keys"] = len(ib.vault.list_keys(key_type="recovery"))

    unlocked = ib.vault.unlock(args["vault_key"])
    aws = unlocked.create_secret(
        "AWS Production",
        LoginPayload(password="s3cret", username="admin", url="https://aws.amazon.com"),
        description="Production IAM user",
    )
    pat = unlocked.create_secret("GitHub PAT", APIKeyPayload(api_key="ghp_xxx"))
    misc = unlocked.create_secret("Misc", OtherPayload(data="any freeform content"))
    out["created"] = [[s.name, value(s.secret_type), s.description] for s in (aws, pat, misc)]

    support = ib.get_identity("support-bot")
    own = support.create_secret("Support login", LoginPayload(password="pw", username="support"))
    out["identity_secret"] = [own.name, value(own.secret_type)]
    out["access_rules"] = [str(r.identity_id) for r in ib.vault.list_access_rules(own.id)]
    out["identity_get"] = support.get_secret(own.id).payload.username
    creds = support.credentials
    out["credential_logins"] = sorted(s.name for s in creds.list_logins())
    out["credential_login"] = creds.get_login(str(own.id)).password

    # TOTP through the identity: set on its login, read a code, remove it again.
    support.set_totp(str(own.id), args["totp_uri"])
    code = support.get_totp_code(str(own.id))
    out["totp"] = [code.code, code.period_start, code.period_end - code.period_start,
                   0 < code.seconds_remaining <= 30]
    support.remove_totp(str(own.id))
    out["totp_removed"] = support.get_secret(str(own.id)).payload.totp

    scoped = ib.vault.unlock(args["vault_key"], identity_id=args["support_id"])
    out["scoped"] = sorted(s.name for s in scoped.secrets)

    out["listed"] = sorted(s.name for s in ib.vault.list_secrets())
    out["listed_login"] = sorted(s.name for s in ib.vault.list_secrets(secret_type="login"))
    unlocked = ib.vault.unlocked
    renamed = unlocked.update_secret(str(aws.id), name="AWS Prod")
    out["renamed"] = renamed.name
    unlocked.update_secret(str(pat.id), payload=APIKeyPayload(api_key="ghp_rotated"))
    out["rotated"] = unlocked.get_secret(str(pat.id)).payload.api_key
    unlocked.delete_secret(str(misc.id))
    ib.vault.delete_secret(str(own.id))
    out["after_delete"] = sorted(s.name for s in ib.vault.list_secrets())
print(json.dumps(out, default=str))
"""


@pytest.fixture(scope="module", params=VERSIONS)
def run(request: pytest.FixtureRequest, emulator: EmulatorHandle) -> dict[str, Any]:
    """An identity from our SDK; the official script; our SDK unlocks and reads the vault."""
    version: str = request.param
    emulator.reset()
    before = len(emulator.violations)
    with Inkbox(emulator.admin_key, base_url=emulator.url) as ours:
        support = ours.create_identity("support-bot")
        payload = {
            "api_key": emulator.admin_key,
            "base_url": emulator.url,
            "vault_key": VAULT_KEY,
            "support_id": str(support.id),
            "totp_uri": TOTP_URI,
        }
        out: dict[str, Any] = run_official(version, SCRIPT, payload)
        out["org"] = ours.whoami().organization_id
        out["support_id"] = str(support.id)
        unlocked = ours.vault.unlock(VAULT_KEY)
        out["ours"] = {s.name: s.payload.to_dict() for s in unlocked.secrets}
    assert emulator.violations[before:] == []
    return out


def test_initialize_info_keys(run: dict[str, Any]) -> None:
    """initialize gives four recovery codes; info and list_keys describe the new vault."""
    assert run["info_before"] is None
    assert run["initialized"] == [4, 4, 4]
    assert run["info"] == [True, run["org"], 5, 4]
    assert run["keys"] == ["primary"] + ["recovery"] * 4
    assert run["primary_id"] is True
    assert run["recovery_keys"] == 4


def test_create_secrets(run: dict[str, Any]) -> None:
    """create_secret infers the type from the payload and keeps the description."""
    assert run["created"] == [
        ["AWS Production", "login", "Production IAM user"],
        ["GitHub PAT", "api_key", None],
        ["Misc", "other", None],
    ]


def test_identity_secret_and_access(run: dict[str, Any]) -> None:
    """identity.create_secret grants the identity; unlock(identity_id=...) sees only that."""
    assert run["identity_secret"] == ["Support login", "login"]
    assert run["access_rules"] == [run["support_id"]]
    assert run["identity_get"] == "support"
    assert "Support login" in run["credential_logins"]
    assert run["credential_login"] == "pw"
    assert run["scoped"] == ["Support login"]


def test_identity_totp(run: dict[str, Any]) -> None:
    """identity.set_totp/get_totp_code/remove_totp: the code is the one ours computes."""
    code, period_start, period, in_window = run["totp"]
    assert (period, in_window) == (30, True)
    assert generate_totp(parse_totp_uri(TOTP_URI), period_start).code == code
    assert run["totp_removed"] is None


def test_list_update_delete(run: dict[str, Any]) -> None:
    """list_secrets (with a type filter), update_secret, and both delete_secret forms."""
    assert run["listed"] == ["AWS Production", "GitHub PAT", "Misc", "Support login"]
    assert run["listed_login"] == ["AWS Production", "Support login"]
    assert run["renamed"] == "AWS Prod"
    assert run["rotated"] == "ghp_rotated"
    assert run["after_delete"] == ["AWS Prod", "GitHub PAT"]


def test_our_sdk_reads_the_vault(run: dict[str, Any]) -> None:
    """Our SDK unlocks the vault the official client initialized and reads its secrets."""
    assert run["ours"] == {
        "AWS Prod": {"password": "s3cret", "username": "admin", "url": "https://aws.amazon.com"},
        "GitHub PAT": {"api_key": "ghp_rotated"},
    }
