"""The emulator's HTTP framework: routing, auth, validation, errors, idempotency, strict mode."""

from __future__ import annotations

import httpx
import pytest

from inkbox_emulator import EmulatorConfig, EmulatorServer


def _identity(client: httpx.Client, handle: str) -> dict:
    response = client.post("/api/v1/identities/", json={"agent_handle": handle})
    assert response.status_code == 201, response.text
    return response.json()


def test_both_slash_forms_answer_without_redirect(inkbox_emulator):
    """`/identities/` and `/identities`, `/mailboxes` and `/mailboxes/` all answer 200 directly."""
    with inkbox_emulator.client() as client:
        _identity(client, "slashy")
        for path in (
            "/api/v1/identities/",
            "/api/v1/identities",
            "/api/v1/mail/mailboxes",
            "/api/v1/mail/mailboxes/",
        ):
            response = client.get(path)
            assert response.status_code == 200, path
            assert [i.get("agent_handle") or i.get("email_address") for i in response.json()] in (
                ["slashy"],
                ["slashy@inkboxmail.com"],
            )


def test_raw_and_percent_encoded_addresses_name_the_same_mailbox(inkbox_emulator):
    """`box@inkboxmail.com` and `box%40inkboxmail.com` in a path reach one mailbox."""
    with inkbox_emulator.client() as client:
        _identity(client, "box")
        raw = client.get("/api/v1/mail/mailboxes/box@inkboxmail.com")
        encoded = client.get("/api/v1/mail/mailboxes/box%40inkboxmail.com")
        assert raw.status_code == encoded.status_code == 200
        assert raw.json()["id"] == encoded.json()["id"]
        assert client.get("/api/v1/mail/mailboxes/nobody%40inkboxmail.com").status_code == 404


def test_wrong_or_missing_key_is_401(inkbox_emulator):
    """A wrong key and a missing key both get 401 with an ErrorEnvelope."""
    with inkbox_emulator.client("isk_test_wrong") as client:
        response = client.get("/api/whoami")
        assert response.status_code == 401
        assert response.json() == {"detail": "Invalid API key"}
    response = httpx.get(inkbox_emulator.url + "/api/v1/identities/")
    assert response.status_code == 401
    assert "X-API-Key" in response.json()["detail"]


def test_body_that_breaks_the_spec_is_422_naming_the_field(inkbox_emulator):
    """Missing, mistyped and out-of-enum fields each come back in FastAPI's list naming them."""
    with inkbox_emulator.client() as client:
        _identity(client, "strict")
        send = "/api/v1/mail/mailboxes/strict@inkboxmail.com/messages"
        missing = client.post(send, json={"recipients": {"to": ["a@b.co"]}})
        assert missing.status_code == 422
        assert missing.json()["detail"][0]["loc"] == ["body", "subject"]
        assert missing.json()["detail"][0]["type"] == "missing"
        wrong_type = client.post(send, json={"recipients": {"to": "a@b.co"}, "subject": "x"})
        assert wrong_type.status_code == 422
        assert wrong_type.json()["detail"][0]["loc"] == ["body", "recipients", "to"]
        empty = client.post(send, json={"recipients": {"to": []}, "subject": "x"})
        assert empty.json()["detail"][0]["loc"] == ["body", "recipients", "to"]
        enum = client.patch(
            "/api/v1/mail/mailboxes/strict@inkboxmail.com", json={"filter_mode": "greylist"}
        )
        assert enum.status_code == 422
        assert enum.json()["detail"][0]["loc"] == ["body", "filter_mode"]
        not_json = client.post(send, content=b"{nope", headers={"Content-Type": "application/json"})
        assert not_json.status_code == 422
        assert not_json.json()["detail"][0]["type"] == "json_invalid"


def test_query_and_path_parameters_are_coerced_and_checked(inkbox_emulator):
    """`limit=abc`, `limit=500`, a missing `q` and a non-UUID id are 422s naming the field."""
    with inkbox_emulator.client() as client:
        _identity(client, "params")
        base = "/api/v1/mail/mailboxes/params@inkboxmail.com"
        bad_int = client.get(base + "/messages", params={"limit": "abc"})
        assert bad_int.status_code == 422
        assert bad_int.json()["detail"][0]["loc"] == ["query", "limit"]
        too_big = client.get(base + "/messages", params={"limit": 500})
        assert too_big.json()["detail"][0]["loc"] == ["query", "limit"]
        # get_mail_message may not answer 422 (the spec lists none): a non-UUID id is 404...
        assert client.get(base + "/messages/not-a-uuid").status_code == 404
        # ...while update_mail_message may, and names the path parameter
        bad_uuid = client.patch(base + "/messages/not-a-uuid", json={"is_read": True})
        assert bad_uuid.status_code == 422
        assert bad_uuid.json()["detail"][0]["loc"] == ["path", "message_id"]
        assert client.get(base + "/search").json()["detail"][0]["loc"] == ["query", "q"]
        assert client.get(base + "/messages", params={"limit": "2"}).status_code == 200


def test_agent_key_on_admin_only_operations_is_403(inkbox_emulator):
    """Agent-scoped keys get 403 on filter_mode, identity filter modes and set_default."""
    with inkbox_emulator.client() as admin:
        _identity(admin, "agent-a")
    key = inkbox_emulator.agent_key("agent-a")
    with inkbox_emulator.client(key) as agent:
        mailbox = agent.patch(
            "/api/v1/mail/mailboxes/agent-a@inkboxmail.com", json={"filter_mode": "whitelist"}
        )
        assert mailbox.status_code == 403
        assert "admin" in mailbox.json()["detail"]
        assert (
            agent.patch(
                "/api/v1/identities/agent-a", json={"mail_filter_mode": "whitelist"}
            ).status_code
            == 403
        )
        assert agent.post("/api/v1/domains/acme.com/set-default", json={}).status_code == 403
        # ...while what an agent may do on its own identity still works
        assert (
            agent.patch(
                "/api/v1/mail/mailboxes/agent-a@inkboxmail.com", json={"signature_text": "-- a"}
            ).status_code
            == 200
        )


def test_unknown_path_and_method_answer_with_the_envelope(inkbox_emulator):
    """404 and 405 are JSON ErrorEnvelopes, never HTML."""
    with inkbox_emulator.client() as client:
        missing = client.get("/api/v1/nothing-here")
        assert missing.status_code == 404
        assert missing.json() == {"detail": "Not Found"}
        wrong_method = client.put("/api/whoami")
        assert wrong_method.status_code == 405
        assert "detail" in wrong_method.json()


def test_idempotency_key_replays_and_refuses_reuse(inkbox_emulator):
    """Same key + same body replays the first response; a different body is 409."""
    with inkbox_emulator.client() as client:
        _identity(client, "idem")
        send = "/api/v1/mail/mailboxes/idem@inkboxmail.com/messages"
        body = {"recipients": {"to": ["out@example.com"]}, "subject": "once"}
        first = client.post(send, json=body, headers={"Idempotency-Key": "key-1"})
        again = client.post(send, json=body, headers={"Idempotency-Key": "key-1"})
        assert first.status_code == again.status_code == 200
        assert again.json() == first.json()
        assert again.headers["Idempotent-Replayed"] == "true"
        reused = client.post(
            send, json={**body, "subject": "twice"}, headers={"Idempotency-Key": "key-1"}
        )
        assert reused.status_code == 409
        assert reused.json()["detail"]["error"] == "idempotency_key_reused"
        listed = client.get(send).json()["items"]
        assert [m["subject"] for m in listed] == ["once"]
    assert len(inkbox_emulator.outside_mail(to="out@example.com")) == 1


def test_strict_mode_turns_a_broken_response_into_a_loud_500():
    """A handler answering off-spec is caught: 500 `emulator_spec_violation`, recorded."""
    with EmulatorServer(EmulatorConfig(port=0, strict=True)) as server:
        server.state.dispatcher.handlers["whoami"] = lambda call: {
            "auth_type": "api_key",
            "scope": 7,
        }
        response = httpx.get(server.url + "/api/whoami", headers={"X-API-Key": server.admin_key})
        assert response.status_code == 500
        assert response.json()["detail"]["error"] == "emulator_spec_violation"
        assert any("whoami" in v for v in server.state.dispatcher.violations)


def test_operations_without_handlers_answer_501():
    """An operation no module handles yet is a 501 naming it, not a crash."""
    with EmulatorServer(EmulatorConfig(port=0)) as server:
        server.state.dispatcher.handlers.pop("list_domains")
        response = httpx.get(
            server.url + "/api/v1/domains/", headers={"X-API-Key": server.admin_key}
        )
        assert response.status_code == 501
        assert "list_domains" in response.json()["detail"]


@pytest.mark.parametrize("kind", ["admin", "agent", "unclaimed"])
def test_whoami_for_every_key_kind(inkbox_emulator, kind):
    """whoami answers the api_key shape with the subtype of each key kind."""
    if kind == "admin":
        key = inkbox_emulator.admin_key
    elif kind == "agent":
        with inkbox_emulator.client() as client:
            _identity(client, "who")
        key = inkbox_emulator.agent_key("who")
    else:
        signup = httpx.post(
            inkbox_emulator.url + "/api/v1/agent-signup",
            json={"human_email": "h@example.com", "note_to_human": "hi"},
        )
        key = signup.json()["api_key"]
    with inkbox_emulator.client(key) as client:
        body = client.get("/api/whoami").json()
    expected = {
        "admin": "api_key.admin_scoped",
        "agent": "api_key.agent_scoped.claimed",
        "unclaimed": "api_key.agent_scoped.unclaimed",
    }[kind]
    assert body["auth_type"] == "api_key"
    assert body["auth_subtype"] == expected
    assert body["last_used_at"] is not None


def test_every_response_carries_a_request_id(inkbox_emulator):
    """API answers, errors, unknown paths, injected faults and hooks all send `x-request-id`."""
    with inkbox_emulator.client() as client:
        answers = [
            client.get("/api/whoami"),
            client.get("/api/v1/identities/ghost"),
            client.get("/no/such/path"),
            client.post("/api/v1/identities/", json={}),
        ]
        inkbox_emulator.set_faults("rate=1,status=503")
        answers.append(client.get("/api/whoami"))
        inkbox_emulator.set_faults("")
        answers.append(client.get("/_emulator/state"))
    assert [a.status_code for a in answers] == [200, 404, 404, 422, 503, 200]
    ids = [a.headers.get("x-request-id") for a in answers]
    assert all(i and i.startswith("req_") for i in ids), ids
    assert len(set(ids)) == len(ids)
