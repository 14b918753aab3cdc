"""The inspector's locks and pages over plain HTTP (the browser tests drive it for real)."""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

UI = "/_emulator/ui"


@pytest.fixture
def ui(inkbox_emulator: Any) -> Iterator[httpx.Client]:
    """A logged-in client that sends the Origin a browser would."""
    with httpx.Client(
        base_url=inkbox_emulator.url, headers={"Origin": inkbox_emulator.url}, timeout=30
    ) as client:
        answer = client.post(f"{UI}/login", data={"admin_key": inkbox_emulator.admin_key})
        assert answer.status_code == 303
        yield client


def csrf(client: httpx.Client, path: str = "/") -> str:
    match = re.search(r'name="csrf" value="([0-9a-f]+)"', client.get(UI + path).text)
    assert match is not None
    return match.group(1)


def test_login_sets_a_strict_httponly_cookie_and_refuses_a_wrong_key(inkbox_emulator: Any) -> None:
    with httpx.Client(base_url=inkbox_emulator.url, headers={"Origin": inkbox_emulator.url}) as c:
        assert c.get(f"{UI}/").headers["location"] == f"{UI}/login"
        wrong = c.post(f"{UI}/login", data={"admin_key": "isk_test_wrong"})
        assert "error=" in wrong.headers["location"]
        assert "set-cookie" not in wrong.headers
        good = c.post(f"{UI}/login", data={"admin_key": inkbox_emulator.admin_key})
        cookie = good.headers["set-cookie"]
        assert "HttpOnly" in cookie
        assert "SameSite=strict" in cookie
        assert inkbox_emulator.admin_key not in cookie
        assert c.get(f"{UI}/").status_code == 200


def test_foreign_host_and_origin_are_refused(ui: httpx.Client, inkbox_emulator: Any) -> None:
    assert ui.get(f"{UI}/", headers={"Host": "attacker.example"}).status_code == 403
    token = csrf(ui)
    evil = ui.post(
        f"{UI}/clock", data={"csrf": token, "seconds": "5"}, headers={"Origin": "http://evil.test"}
    )
    assert evil.status_code == 403
    bare = httpx.post(
        inkbox_emulator.url + f"{UI}/clock",
        data={"csrf": token, "seconds": "5"},
        cookies=ui.cookies,
    )
    assert bare.status_code == 403  # neither Origin nor a same-origin Referer


def test_forms_need_the_csrf_token(ui: httpx.Client, inkbox_emulator: Any) -> None:
    before = inkbox_emulator.hook("GET", "/state")["clock_offset_seconds"]
    assert ui.post(f"{UI}/clock", data={"seconds": "60"}).status_code == 403
    assert ui.post(f"{UI}/clock", data={"csrf": "0" * 64, "seconds": "60"}).status_code == 403
    assert inkbox_emulator.hook("GET", "/state")["clock_offset_seconds"] == before
    done = ui.post(f"{UI}/clock", data={"csrf": csrf(ui), "seconds": "60"})
    assert done.status_code == 303
    assert inkbox_emulator.hook("GET", "/state")["clock_offset_seconds"] == before + 60


def test_fault_switch(ui: httpx.Client, inkbox_emulator: Any) -> None:
    token = csrf(ui)
    ui.post(f"{UI}/faults", data={"csrf": token, "spec": "rate=1,status=503"})
    assert "503" in inkbox_emulator.hook("GET", "/state")["faults"]
    refused = ui.post(f"{UI}/faults", data={"csrf": token, "spec": "nonsense=1"})
    assert "Faults%20refused" in refused.headers["location"]
    assert "503" in inkbox_emulator.hook("GET", "/state")["faults"]
    ui.post(f"{UI}/faults", data={"csrf": token, "spec": ""})
    assert inkbox_emulator.hook("GET", "/state")["faults"] == "none"


def test_pages_escape_and_frame_mail_html(ui: httpx.Client, inkbox_emulator: Any) -> None:
    with inkbox_emulator.client() as api:
        api.post("/api/v1/identities/", json={"agent_handle": "eve"})
    message = inkbox_emulator.inject_email(
        to="eve@inkboxmail.com",
        sender="x@example.com",
        subject="<img src=x onerror=alert(1)>",
        body_html="<script>alert(1)</script><b>hi</b>",
        attachments=[
            {
                "filename": "page.html",
                "content_type": "text/html",
                "content_base64": base64.b64encode(b"<script>alert(2)</script>").decode(),
            }
        ],
    )
    page = ui.get(f"{UI}/messages/{message['id']}")
    assert "<img src=x" not in page.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in page.text
    assert "<script>alert(1)" not in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    framed = ui.get(f"{UI}/messages/{message['id']}/html")
    policy = framed.headers["content-security-policy"]
    assert "sandbox" in policy
    assert "default-src 'none'" in policy
    assert "script-src" not in policy  # falls back to 'none'
    link = re.search(r'href="(/_emulator/ui/messages/[^"]+/attachments/[^"]+)"', page.text)
    assert link is not None
    download = ui.get(link.group(1))
    assert download.content == b"<script>alert(2)</script>"
    assert download.headers["content-type"] == "application/octet-stream"
    assert download.headers["content-disposition"].startswith("attachment;")


def test_inject_forms(ui: httpx.Client, inkbox_emulator: Any) -> None:
    with inkbox_emulator.client() as api:
        api.post("/api/v1/identities/", json={"agent_handle": "ivy"})
    token = csrf(ui)
    sent = ui.post(
        f"{UI}/inject/email",
        data={"csrf": token, "from": "a@example.com", "to": "ivy@inkboxmail.com", "subject": "S"},
        files={"attachment": ("notes.txt", b"hello", "text/plain")},
    )
    assert sent.headers["location"].endswith("notice=Email%20delivered")
    with inkbox_emulator.client() as api:
        items = api.get("/api/v1/mail/mailboxes/ivy@inkboxmail.com/messages").json()["items"]
    assert [m["subject"] for m in items] == ["S"]
    assert items[0]["has_attachments"] is True
    refused = ui.post(f"{UI}/inject/text", data={"csrf": token, "to": "+1", "from": "nope"})
    assert "Refused" in refused.headers["location"]


def test_event_stream_announces_new_mail(ui: httpx.Client, inkbox_emulator: Any) -> None:
    with inkbox_emulator.client() as api:
        api.post("/api/v1/identities/", json={"agent_handle": "sse"})
    with ui.stream("GET", f"{UI}/events") as stream:
        lines = stream.iter_lines()
        assert next(lines).startswith("retry:")
        inkbox_emulator.inject_email(to="sse@inkboxmail.com", sender="a@example.com", subject="x")
        seen: list[str] = []
        while "data: mail" not in seen and len(seen) < 30:  # other regions may speak first
            seen.append(next(lines))
    assert "data: mail" in seen
    assert seen[seen.index("data: mail") - 1] == "event: change"


def test_organizations_are_listed_and_each_can_be_shown(
    ui: httpx.Client, inkbox_emulator: Any
) -> None:
    with httpx.Client(base_url=inkbox_emulator.url) as anonymous:
        signed_up = anonymous.post(
            "/api/v1/agent-signup/",
            json={
                "human_email": "owner@example.com",
                "display_name": "Solo",
                "note_to_human": "hi",
                "agent_handle": "solo",
            },
        )
    assert signed_up.status_code in (200, 201), signed_up.text
    overview = ui.get(f"{UI}/").text
    orgs = re.findall(r'href="/_emulator/ui/\?org=([^"]+)"', overview)
    assert len(orgs) == 2
    assert "solo" not in ui.get(f"{UI}/").text.split('id="identities"')[1]
    other = next(o for o in orgs if o != inkbox_emulator.hook("GET", "/state")["organization_id"])
    page = ui.get(f"{UI}/", params={"org": other}).text
    assert "solo@inkboxmail.com" in page.split('id="identities"')[1]
    assert f'href="/_emulator/ui/mail?org={other}"' in page  # the nav keeps the choice
    unknown = ui.get(f"{UI}/", params={"org": "org_nope"}).text
    assert "solo@inkboxmail.com" not in unknown.split('id="identities"')[1]
