"""`--db FILE`: a restart keeps every identity, message, key, domain and setting; the schema is
versioned and a database from a newer emulator is refused."""

from __future__ import annotations

import sqlite3

import httpx
import pytest

from inkbox_emulator import EmulatorConfig, EmulatorServer
from inkbox_emulator.store import SchemaError, Store, all_migrations

KEEPER = "/api/v1/mail/mailboxes/keeper@inkboxmail.com"
SEND = {
    "recipients": {"to": ["other@inkboxmail.com"]},
    "subject": "remember me",
    "body_text": "please",
}


def test_restart_with_db_keeps_state(tmp_path):
    """Identities, mail, keys, rules of the world and the admin key survive a restart."""
    db = str(tmp_path / "inkbox.db")
    with EmulatorServer(EmulatorConfig(port=0, db_path=db, strict=True)) as first:
        admin_key = first.admin_key
        client = httpx.Client(base_url=first.url, headers={"X-API-Key": admin_key})
        assert (
            client.post("/api/v1/identities/", json={"agent_handle": "keeper"}).status_code == 201
        )
        client.post("/api/v1/identities/", json={"agent_handle": "other"})
        sent = client.post(
            KEEPER + "/messages", json=SEND, headers={"Idempotency-Key": "persisted-key"}
        ).json()
        client.patch(
            KEEPER, json={"filter_mode": "whitelist", "webhook_url": "http://127.0.0.1:9/h"}
        )
        signing = client.post("/api/v1/identities/keeper/signing-key").json()
        agent_key = httpx.post(
            first.url + "/_emulator/api-keys", json={"agent_handle": "keeper"}
        ).json()["api_key"]
        httpx.post(first.url + "/_emulator/domains", json={"domain": "mail.keep.com"})
        client.close()
    with EmulatorServer(EmulatorConfig(port=0, db_path=db, strict=True)) as second:
        assert second.admin_key == admin_key
        client = httpx.Client(base_url=second.url, headers={"X-API-Key": admin_key})
        assert sorted(i["agent_handle"] for i in client.get("/api/v1/identities/").json()) == [
            "keeper",
            "other",
        ]
        mailbox = client.get(KEEPER).json()
        assert (mailbox["filter_mode"], mailbox["webhook_url"]) == (
            "whitelist",
            "http://127.0.0.1:9/h",
        )
        inbox = client.get("/api/v1/mail/mailboxes/other@inkboxmail.com/messages").json()["items"]
        assert [(m["subject"], m["message_id"]) for m in inbox] == [
            ("remember me", sent["message_id"])
        ]
        status = client.get("/api/v1/identities/keeper/signing-key").json()
        assert status == {"configured": True, "created_at": signing["created_at"]}
        assert [d["domain"] for d in client.get("/api/v1/domains/").json()] == ["mail.keep.com"]
        # the idempotency record survived too: a retry after the restart replays
        replay = client.post(
            KEEPER + "/messages", json=SEND, headers={"Idempotency-Key": "persisted-key"}
        )
        assert replay.json()["id"] == sent["id"]
        assert (
            len(client.get("/api/v1/mail/mailboxes/other@inkboxmail.com/messages").json()["items"])
            == 1
        )
        who = httpx.get(second.url + "/api/whoami", headers={"X-API-Key": agent_key}).json()
        assert who["auth_subtype"] == "api_key.agent_scoped.claimed"
        client.close()


def test_schema_versions_are_recorded_and_newer_databases_refused(tmp_path):
    """Every family's version is in schema_migrations; a version from the future is refused."""
    db = str(tmp_path / "future.db")
    store = Store(db)
    versions = store.migrate(all_migrations())
    assert versions["core"] >= 1 and versions["mail"] >= 1
    again = store.migrate(all_migrations())  # idempotent
    assert again == versions
    store.close()
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO schema_migrations VALUES ('core', 999, datetime('now'))")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaError, match="newer emulator"):
        Store(db).migrate(all_migrations())


def test_explicit_admin_key_is_used(tmp_path):
    """`--api-key` becomes the admin key (and the generated one keeps working after a restart)."""
    with EmulatorServer(EmulatorConfig(port=0, admin_api_key="isk_test_mine")) as server:
        assert server.admin_key == "isk_test_mine"
        assert (
            httpx.get(
                server.url + "/api/whoami", headers={"X-API-Key": "isk_test_mine"}
            ).status_code
            == 200
        )
