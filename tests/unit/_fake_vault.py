"""An in-memory vault server for `httpx.MockTransport`: stores what it is sent, as the real one.

It knows only ciphertext and hashes (like the real server), records every request, and can
be told to tamper with a stored payload. Used by the vault client unit tests, with
`make_client` (an `Inkbox` on it) and `stored_plaintext` (what it holds, decrypted).
"""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

import httpx

from inkbox import Inkbox
from inkbox.vault import crypto

NOW = "2026-03-18T12:00:00Z"
ORG_ID = "org_unit_test_vault"
IDENTITY_ID = "11111111-2222-4333-8444-555555555555"
OTHER_IDENTITY_ID = "99999999-2222-4333-8444-555555555555"
PREFIX = "/api/v1/vault"
VAULT_KEY = "my-Vault-key-01!"
TOTP_URI = "otpauth://totp/GitHub:user@example.com?secret=JBSWY3DPEHPK3PXP&issuer=GitHub"


@dataclass
class Call:
    method: str
    path: str
    params: dict[str, str]
    body: Any


@dataclass
class FakeVault:
    org_id: str = ORG_ID
    keys: list[dict[str, Any]] = field(default_factory=list)
    secrets: dict[str, dict[str, Any]] = field(default_factory=dict)
    access: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    calls: list[Call] = field(default_factory=list)
    vault_id: str | None = None
    inline_access: bool = True

    # --- helpers for tests ---------------------------------------------------------------

    def writes(self) -> list[Call]:
        return [c for c in self.calls if c.method in {"POST", "PUT", "PATCH", "DELETE"}]

    def tamper(self, secret_id: str) -> None:
        """Flip one ciphertext bit of a stored payload (the server cannot tell)."""
        blob = bytearray(base64.b64decode(self.secrets[secret_id]["encrypted_payload"]))
        blob[0] ^= 0x01
        self.secrets[secret_id]["encrypted_payload"] = base64.b64encode(bytes(blob)).decode()

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    # --- wire ----------------------------------------------------------------------------

    def _rules(self, sid: str) -> list[dict[str, Any]]:
        return self.access.setdefault(sid, [])

    def _meta(self, sid: str, *, detail: bool) -> dict[str, Any]:
        s = self.secrets[sid]
        out = {k: s[k] for k in ("id", "name", "description", "secret_type")}
        out |= {"created_at": s["created_at"], "updated_at": s["updated_at"]}
        if self.inline_access:
            out["access"] = list(self._rules(sid))
        if detail:
            out["encrypted_payload"] = s["encrypted_payload"]
        return out

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        params = {k: v[0] for k, v in parse_qs(request.url.query.decode()).items()}
        body: Any = json.loads(request.content) if request.content else None
        self.calls.append(Call(request.method, path, params, body))
        if path == "/api/whoami":
            return httpx.Response(200, json=_whoami(self.org_id))
        if not path.startswith(PREFIX):
            return _error(404, "no route")
        route = path[len(PREFIX) :]
        method = request.method
        if route == "/initialize" and method == "POST":
            if self.vault_id is not None:
                return _error(409, "vault already exists")
            self.vault_id = str(uuid.uuid4())
            for key in [body["vault_key"], *body["recovery_keys"]]:
                self.keys.append({**key, "created_by": "user_1", "created_at": NOW})
            return httpx.Response(
                201,
                json={
                    "vault_id": self.vault_id,
                    "vault_key_id": body["vault_key"]["id"],
                    "recovery_key_count": len(body["recovery_keys"]),
                },
            )
        if self.vault_id is None:
            return _error(404, "vault not initialized")
        if route == "/info":
            return httpx.Response(
                200,
                json={
                    "id": self.vault_id,
                    "organization_id": self.org_id,
                    "created_at": NOW,
                    "updated_at": NOW,
                    "key_count": len(self.keys),
                    "secret_count": len(self.secrets),
                    "recovery_key_count": sum(k["key_type"] == "recovery" for k in self.keys),
                },
            )
        if route == "/unlock":
            match = next((k for k in self.keys if k["auth_hash"] == params.get("auth_hash")), None)
            return httpx.Response(
                200,
                json={
                    "wrapped_org_encryption_key": match and match["wrapped_org_encryption_key"],
                    "wrapped_org_encryption_keys": None,
                    "encrypted_secrets": [self._meta(s, detail=True) for s in self.secrets],
                },
            )
        if route == "/keys":
            wanted = params.get("type")
            return httpx.Response(
                200,
                json=[
                    {
                        "id": k["id"],
                        "key_type": k["key_type"],
                        "created_by": k["created_by"],
                        "created_at": k["created_at"],
                        "updated_at": k["created_at"],
                    }
                    for k in self.keys
                    if wanted is None or k["key_type"] == wanted
                ],
            )
        if route == "/keys/primary" and method == "PUT":
            proof = body.get("current_auth_hash") or body.get("recovery_auth_hash")
            if not any(k["auth_hash"] == proof for k in self.keys):
                return _error(403, "bad hash")
            self.keys = [
                k
                for k in self.keys
                if k["key_type"] != "primary" and k["auth_hash"] != body.get("recovery_auth_hash")
            ]
            new = {
                "id": body["id"],
                "wrapped_org_encryption_key": body["wrapped_org_encryption_key"],
                "auth_hash": body["auth_hash"],
                "key_type": "primary",
                "created_by": "user_1",
                "created_at": NOW,
            }
            self.keys.append(new)
            return httpx.Response(
                200,
                json={k: new[k] for k in ("id", "key_type", "created_by", "created_at")}
                | {"updated_at": NOW},
            )
        if route == "/secrets" and method == "GET":
            wanted = params.get("secret_type")
            return httpx.Response(
                200,
                json=[
                    self._meta(s, detail=False)
                    for s, v in self.secrets.items()
                    if wanted is None or v["secret_type"] == wanted
                ],
            )
        if route == "/secrets" and method == "POST":
            sid = body.get("id") or str(uuid.uuid4())
            self.secrets[sid] = {
                "id": sid,
                "name": body["name"],
                "description": body.get("description"),
                "secret_type": body["secret_type"],
                "encrypted_payload": body["encrypted_payload"],
                "created_at": NOW,
                "updated_at": NOW,
            }
            meta = self._meta(sid, detail=False)
            meta.pop("access", None)  # absent from create responses, as the spec allows
            return httpx.Response(201, json=meta)
        parts = route.split("/")  # "", "secrets", id, ["access", [identity]]
        if len(parts) >= 3 and parts[1] == "secrets":
            sid = parts[2]
            if sid not in self.secrets:
                return _error(404, "secret not found")
            if len(parts) == 3:
                if method == "GET":
                    return httpx.Response(200, json=self._meta(sid, detail=True))
                if method == "PATCH":
                    self.secrets[sid].update(body)
                    self.secrets[sid]["updated_at"] = "2026-03-19T08:00:00Z"
                    return httpx.Response(200, json=self._meta(sid, detail=False))
                if method == "DELETE":
                    del self.secrets[sid]
                    self.access.pop(sid, None)
                    return httpx.Response(204)
            if len(parts) == 4 and parts[3] == "access":
                if method == "GET":
                    return httpx.Response(200, json=self._rules(sid))
                rule = {
                    "id": str(uuid.uuid4()),
                    "vault_secret_id": sid,
                    "identity_id": body["identity_id"],
                    "created_at": NOW,
                }
                self._rules(sid).append(rule)
                return httpx.Response(201, json=rule)
            if len(parts) == 5 and method == "DELETE":
                self.access[sid] = [r for r in self._rules(sid) if r["identity_id"] != parts[4]]
                return httpx.Response(204)
        return _error(404, "no route")


def _error(status: int, detail: str) -> httpx.Response:
    return httpx.Response(status, json={"detail": detail})


def _whoami(org_id: str) -> dict[str, Any]:
    return {
        "auth_type": "api_key",
        "auth_subtype": "api_key.admin_scoped",
        "scope": f"organization:{org_id}",
        "organization_id": org_id,
        "created_by": "user_1",
        "creator_type": "human",
        "key_id": "key_1",
        "label": None,
        "description": None,
        "created_at": NOW,
        "last_used_at": None,
        "expires_at": None,
    }


def identity_summary(identity_id: str = IDENTITY_ID, handle: str = "support-bot") -> Any:
    from inkbox_api.models import AgentIdentitySummary

    return AgentIdentitySummary.from_dict(
        {
            "id": identity_id,
            "organization_id": ORG_ID,
            "agent_handle": handle,
            "display_name": None,
            "description": None,
            "email_address": None,
            "mailbox": None,
            "phone_number": None,
            "created_at": NOW,
            "updated_at": NOW,
        }
    )


def make_client(fake: FakeVault, **kwargs: Any) -> Inkbox:
    return Inkbox(
        "ApiKey_test",
        base_url="http://localhost",
        http_client=httpx.Client(transport=fake.transport()),
        **kwargs,
    )


def stored_plaintext(fake: FakeVault, org_key: bytes, secret_id: str) -> dict[str, Any]:
    return crypto.decrypt_payload(org_key, fake.secrets[secret_id]["encrypted_payload"], secret_id)
