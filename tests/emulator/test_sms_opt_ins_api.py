"""SMS consent rows over plain HTTP: the server-side checks the SDK cannot make for callers that
skip it (a bad number, an agent key), the rows STOP/START write, and rows written before the
`sms_opt_ins` family existed getting their id and history."""

from __future__ import annotations

import re
import sqlite3

from inkbox_emulator.store import Store, all_migrations

OPT_INS = "/api/v1/phone/sms-opt-ins"
NUMBERS = "/api/v1/phone/numbers"
CUSTOMER = "+15167251294"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}")


def test_consent_by_api_and_by_keyword(inkbox_emulator):
    with inkbox_emulator.client() as client:
        client.post("/api/v1/identities/", json={"agent_handle": "alice"})
        number = client.post(NUMBERS, json={"agent_handle": "alice"}).json()
        assert client.get(f"{OPT_INS}/{CUSTOMER}").status_code == 404
        assert client.get(f"{OPT_INS}/5551234").status_code == 422
        assert client.post(f"{OPT_INS}/+1555/opt-in").status_code == 422
        assert client.get(OPT_INS, params={"status": "maybe"}).status_code == 422
        assert client.get(OPT_INS, params={"limit": 201}).status_code == 422
        inkbox_emulator.inject_text(to=number["number"], sender=CUSTOMER, text="STOP")
        stopped = client.get(f"{OPT_INS}/{CUSTOMER}").json()
        assert (stopped["status"], stopped["source"]) == ("opted_out", "sms")
        assert stopped["opted_in_at"] is None and stopped["opted_out_at"] is not None
        # A literal `+` and its percent-encoding name the same number.
        opted = client.post(f"{OPT_INS}/%2B{CUSTOMER[1:]}/opt-in").json()
        assert (opted["id"], opted["status"], opted["source"]) == (stopped["id"], "opted_in", "api")
        assert opted["created_at"] == stopped["created_at"]
        assert [r["id"] for r in client.get(OPT_INS, params={"status": "opted_in"}).json()] == [
            stopped["id"]
        ]
        assert client.get(OPT_INS, params={"status": "opted_out"}).json() == []
        agent = inkbox_emulator.agent_key("alice")
        for method, path in (("GET", OPT_INS), ("POST", f"{OPT_INS}/{CUSTOMER}/opt-out")):
            answer = client.request(method, path, headers={"X-API-Key": agent})
            assert answer.status_code == 403


def test_rows_from_before_the_family_get_an_id_and_history(tmp_path):
    """A database whose `phone` family predates `sms_opt_ins`: its rows are kept and completed."""
    db = str(tmp_path / "old.db")
    families = all_migrations()
    older = {name: scripts for name, scripts in families.items() if name != "sms_opt_ins"}
    store = Store(db)
    store.migrate(older)
    store.close()
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO organizations (id, name, created_at) VALUES ('org_1', 'o', 'now')")
    conn.execute(
        "INSERT INTO sms_opt_ins VALUES ('org_1', ?, 'opted_out', '2026-01-01T00:00:00.000000Z')",
        (CUSTOMER,),
    )
    conn.commit()
    conn.close()
    store = Store(db)
    assert store.migrate(families)["sms_opt_ins"] == 1
    row = store.one("SELECT * FROM sms_opt_ins")
    store.close()
    assert row is not None and UUID.fullmatch(row["id"])
    assert (row["source"], row["opted_out_at"], row["opted_in_at"], row["created_at"]) == (
        "sms",
        "2026-01-01T00:00:00.000000Z",
        None,
        "2026-01-01T00:00:00.000000Z",
    )
