"""Vault interop, secret by secret: what our SDK writes the official clients read, and back.

Each direction runs against our emulator: one side initializes the vault and fills it (every
payload type, TOTP, non-ASCII text), the other unlocks with the vault key and with a recovery
code and must read back every secret exactly, TOTP codes included. The official SDKs (0.3.1,
the guide's release, and 0.7.20) run in their own venvs (`official.py`).
"""

from __future__ import annotations

from typing import Any

import pytest

from inkbox import (
    APIKeyPayload,
    Inkbox,
    KeyPairPayload,
    LoginPayload,
    OtherPayload,
    SecretPayload,
    SSHKeyPayload,
)
from inkbox.vault.totp import TOTPConfig, generate_totp, parse_totp_uri
from tests.interop.official import VERSIONS, run_official

VAULT_KEY = "my-Vault-key-01!"
TOTP_URI = "otpauth://totp/GitHub:user@example.com?secret=JBSWY3DPEHPK3PXP&issuer=GitHub"
TOTP_URI_2 = "otpauth://totp/AWS:ops?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&algorithm=SHA256&digits=8&period=60"

# (name, description, secret_type, payload fields, totp uri or None); written by either side.
SECRETS: list[tuple[str, str | None, str, dict[str, Any], str | None]] = [
    (
        "AWS Production",
        "Production IAM user",
        "login",
        {"password": "s3cret", "username": "admin", "url": "https://aws.amazon.com"},
        None,
    ),
    (
        "GitHub",
        None,
        "login",
        {"password": "p\u00e4ssw\u00f6rd \U0001f600", "email": "u@example.com", "notes": "2FA"},
        TOTP_URI,
    ),
    (
        "GitHub PAT",
        None,
        "api_key",
        {"api_key": "ghp_xxx", "endpoint": "https://api.github.com"},
        None,
    ),
    (
        "S3",
        "backups </script>",
        "key_pair",
        {"access_key": "AKIA0000", "secret_key": "wJalr/K7MDENG", "endpoint": "s3.amazonaws.com"},
        None,
    ),
    (
        "Deploy Key",
        None,
        "ssh_key",
        {
            "private_key": "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n-----END OPENSSH PRIVATE KEY-----\n",
            "public_key": "ssh-ed25519 AAAAC3 deploy",
            "fingerprint": "SHA256:abc",
            "passphrase": "pp",
        },
        None,
    ),
    ("Misc", None, "other", {"data": "any freeform content \u2713", "notes": ""}, None),
    ("Ops", None, "login", {"password": "x"}, TOTP_URI_2),
]

_CLASSES: dict[str, type[SecretPayload]] = {
    "login": LoginPayload,
    "api_key": APIKeyPayload,
    "key_pair": KeyPairPayload,
    "ssh_key": SSHKeyPayload,
    "other": OtherPayload,
}

# Runs under the official SDK: unlock with each key, dump every secret (list and get_secret),
# and a TOTP code with the window it belongs to.
READER = r"""
import json, sys
from inkbox import Inkbox
from inkbox.vault.totp import generate_totp
args = json.load(sys.stdin)
out = []
client = Inkbox(args["api_key"], base_url=args["base_url"])
for key in args["keys"]:
    unlocked = client.vault.unlock(key)
    dump = []
    for s in unlocked.secrets:
        fresh = unlocked.get_secret(str(s.id))
        entry = {
            "id": str(s.id),
            "name": s.name,
            "description": s.description,
            "secret_type": str(getattr(s.secret_type, "value", s.secret_type)),
            "payload": s.payload._to_dict(),
            "fresh_payload": fresh.payload._to_dict(),
        }
        if getattr(s.payload, "totp", None) is not None:
            code = unlocked.get_totp_code(str(s.id))
            entry["totp"] = [code.code, code.period_start]
        dump.append(entry)
    out.append(dump)
print(json.dumps(out))
"""

# Runs under the official SDK: initialize, then create every secret of the list it is given.
WRITER = r"""
import json, sys
from inkbox import Inkbox
from inkbox.vault import types
from inkbox.vault.totp import parse_totp_uri
args = json.load(sys.stdin)
classes = {"login": types.LoginPayload, "api_key": types.APIKeyPayload,
           "key_pair": types.KeyPairPayload, "ssh_key": types.SSHKeyPayload,
           "other": types.OtherPayload}
client = Inkbox(args["api_key"], base_url=args["base_url"])
result = client.vault.initialize(args["vault_key"])
unlocked = client.vault.unlock(args["vault_key"])
ids = []
for name, description, kind, fields, uri in args["secrets"]:
    meta = unlocked.create_secret(name, classes[kind](**fields), description=description)
    if uri is not None:
        unlocked.set_totp(str(meta.id), uri)
    ids.append(str(meta.id))
print(json.dumps({"recovery_codes": list(result.recovery_codes), "ids": ids}))
"""


def expected_payload(kind: str, fields: dict[str, Any], uri: str | None) -> dict[str, Any]:
    payload = _CLASSES[kind](**fields)
    if uri is not None:
        assert isinstance(payload, LoginPayload)
        payload.totp = parse_totp_uri(uri)
    return payload.to_dict()


def check_totp(payload: dict[str, Any], code: list[Any]) -> None:
    """The other side's code equals ours for the same config and window."""
    config = TOTPConfig.from_dict(payload["totp"])
    assert generate_totp(config, code[1]).code == code[0]


@pytest.fixture
def emulator(inkbox_emulator: Any) -> Any:
    return inkbox_emulator


def fill_with_ours(inkbox: Inkbox) -> tuple[list[str], list[str]]:
    codes = inkbox.vault.initialize(VAULT_KEY).recovery_codes
    unlocked = inkbox.vault.unlock(VAULT_KEY)
    ids = []
    for name, description, kind, fields, uri in SECRETS:
        meta = unlocked.create_secret(name, _CLASSES[kind](**fields), description=description)
        if uri is not None:
            unlocked.set_totp(meta.id, uri)
        ids.append(str(meta.id))
    return codes, ids


@pytest.mark.parametrize("version", VERSIONS)
def test_official_client_reads_what_we_wrote(emulator: Any, version: str) -> None:
    """Our vault, unlocked by the official SDK with the key and a recovery code."""
    with Inkbox(emulator.admin_key, base_url=emulator.url) as inkbox:
        codes, ids = fill_with_ours(inkbox)
    dumps = run_official(
        version,
        READER,
        {"api_key": emulator.admin_key, "base_url": emulator.url, "keys": [VAULT_KEY, codes[2]]},
    )
    for dump in dumps:
        by_id = {entry["id"]: entry for entry in dump}
        assert sorted(by_id) == sorted(ids)
        for sid, (name, description, kind, fields, uri) in zip(ids, SECRETS, strict=True):
            entry = by_id[sid]
            want = expected_payload(kind, fields, uri)
            assert (entry["name"], entry["description"], entry["secret_type"]) == (
                name,
                description,
                kind,
            )
            assert entry["payload"] == entry["fresh_payload"] == want
            if uri is not None:
                check_totp(want, entry["totp"])


@pytest.mark.parametrize("version", VERSIONS)
def test_we_read_what_the_official_client_wrote(emulator: Any, version: str) -> None:
    """The official SDK's vault, unlocked by ours with the key and a recovery code."""
    written = run_official(
        version,
        WRITER,
        {
            "api_key": emulator.admin_key,
            "base_url": emulator.url,
            "vault_key": VAULT_KEY,
            "secrets": SECRETS,
        },
    )
    with Inkbox(emulator.admin_key, base_url=emulator.url) as inkbox:
        for key in (VAULT_KEY, written["recovery_codes"][3]):
            unlocked = inkbox.vault.unlock(key)
            by_id = {str(s.id): s for s in unlocked.secrets}
            assert sorted(by_id) == sorted(written["ids"])
            for sid, (name, description, kind, fields, uri) in zip(
                written["ids"], SECRETS, strict=True
            ):
                secret = by_id[sid]
                want = expected_payload(kind, fields, uri)
                assert (secret.name, secret.description, str(secret.secret_type)) == (
                    name,
                    description,
                    kind,
                )
                assert secret.payload.to_dict() == want
                assert unlocked.get_secret(secret.id).payload.to_dict() == want
                if uri is not None:
                    code = unlocked.get_totp_code(secret.id)
                    check_totp(want, [code.code, code.period_start])


@pytest.mark.parametrize("version", VERSIONS)
def test_updates_cross_over(emulator: Any, version: str) -> None:
    """A secret we update after the official SDK wrote it (and back) stays readable by both."""
    written = run_official(
        version,
        WRITER,
        {
            "api_key": emulator.admin_key,
            "base_url": emulator.url,
            "vault_key": VAULT_KEY,
            "secrets": SECRETS[:2],
        },
    )
    with Inkbox(emulator.admin_key, base_url=emulator.url, vault_key=VAULT_KEY) as inkbox:
        unlocked = inkbox.vault.unlocked
        assert unlocked is not None
        first, second = written["ids"]
        unlocked.update_secret(first, name="Renamed", payload=LoginPayload(password="rotated"))
        unlocked.remove_totp(second)
        unlocked.create_secret("Ours", APIKeyPayload(api_key="k-ours"))
    [dump] = run_official(
        version,
        READER,
        {"api_key": emulator.admin_key, "base_url": emulator.url, "keys": [VAULT_KEY]},
    )
    assert sorted((e["name"], e["payload"] == e["fresh_payload"]) for e in dump) == [
        ("GitHub", True),
        ("Ours", True),
        ("Renamed", True),
    ]
    by_name = {e["name"]: e["payload"] for e in dump}
    assert by_name["Renamed"] == {"password": "rotated"}
    assert by_name["GitHub"] == SECRETS[1][3]  # its TOTP removed by us
    assert by_name["Ours"] == {"api_key": "k-ours"}
