"""The inspector in a real browser: log in, read mail the SDK sent, reply from the form and
see the SDK get it, watch a webhook delivery arrive live and replay it, and hostile HTML stay
inert."""

from __future__ import annotations

from typing import Any

import pytest

from inkbox import Inkbox

from .conftest import Receiver, screenshot, wait_for


@pytest.fixture
def sdk(inkbox_emulator: Any) -> Any:
    with Inkbox(api_key=inkbox_emulator.admin_key, base_url=inkbox_emulator.url) as client:
        yield client


def _by(kind: str) -> Any:
    from selenium.webdriver.common.by import By

    return getattr(By, kind)


def test_mail_the_sdk_sent_then_a_reply_from_the_form_reaches_the_sdk(
    page: Any, sdk: Any, inkbox_emulator: Any
) -> None:
    agent = sdk.create_identity("support", display_name="Support")
    sent = agent.send_email(to=["jane@example.com"], subject="Your order", body_text="Shipped!")
    page.get(inkbox_emulator.url + "/_emulator/ui/")
    assert "support@inkboxmail.com" in page.find_element(_by("ID"), "identities").text
    screenshot(page, "overview")
    page.find_element(_by("LINK_TEXT"), "support@inkboxmail.com").click()
    link = wait_for(page, lambda d: d.find_element(_by("CLASS_NAME"), "message-link"))
    assert link.text == "Your order"
    screenshot(page, "mailbox")
    link.click()
    wait_for(page, lambda d: d.find_element(_by("ID"), "subject").text == "Your order")
    assert page.find_element(_by("ID"), "body-text").text == "Shipped!"
    assert "jane@example.com" in page.find_element(_by("ID"), "headers").text
    screenshot(page, "message")

    # The form is pre-filled as Jane's reply to this message.
    assert page.find_element(_by("ID"), "inject-from").get_attribute("value") == "jane@example.com"
    page.find_element(_by("ID"), "inject-text").send_keys("Thanks, got it")
    page.find_element(_by("ID"), "inject-send").click()
    wait_for(page, lambda d: "Email delivered" in d.find_element(_by("ID"), "notice").text)

    unread = list(agent.iter_unread_emails())
    assert [m.subject for m in unread] == ["Re: Your order"]
    assert unread[0].from_address == "jane@example.com"
    assert unread[0].thread_id == sent.thread_id  # threaded as a reply
    assert agent.get_message(unread[0].id).body_text == "Thanks, got it"


def test_webhook_delivery_appears_live_and_replays(
    page: Any, sdk: Any, inkbox_emulator: Any, receiver: Receiver
) -> None:
    agent = sdk.create_identity("hooked")
    sdk.create_signing_key()
    sdk.mailboxes.update(agent.email_address, webhook_url=receiver.url + "/hook")
    page.get(inkbox_emulator.url + "/_emulator/ui/webhooks")
    assert "No deliveries yet" in page.find_element(_by("ID"), "deliveries").text

    inkbox_emulator.inject_email(to=agent.email_address, sender="bob@example.com", subject="Ping")
    # No reload: the live region is refreshed from the event stream.
    row = wait_for(page, lambda d: d.find_elements(_by("CSS_SELECTOR"), "details.delivery"))
    assert len(row) == 1
    wait_for(page, lambda d: "delivered" in d.find_element(_by("ID"), "deliveries").text)
    assert len(receiver.requests) == 1
    row = page.find_element(_by("CSS_SELECTOR"), "details.delivery summary")
    row.click()
    assert "Ping" in page.find_element(_by("CSS_SELECTOR"), "pre.payload").text
    shown = page.find_element(_by("CSS_SELECTOR"), "details.delivery table").text
    sent_headers = receiver.requests[0]["headers"]
    assert sent_headers["X-Inkbox-Signature"].startswith("sha256=")
    assert sent_headers["X-Inkbox-Signature"] in shown  # the headers as they were sent
    assert page.find_element(_by("CSS_SELECTOR"), "pre.response").text == '{"received": true}'
    screenshot(page, "webhooks")

    page.find_element(_by("CSS_SELECTOR"), "button.replay").click()
    wait_for(page, lambda d: "Replayed" in d.find_element(_by("ID"), "notice").text)
    wait_for(page, lambda d: len(d.find_elements(_by("CSS_SELECTOR"), "details.delivery")) == 2)
    inkbox_emulator.webhooks()  # waits for the queued attempt
    assert len(receiver.requests) == 2
    assert receiver.requests[1]["body"] == receiver.requests[0]["body"]
    first, second = (r["headers"]["X-Inkbox-Request-ID"] for r in receiver.requests)
    assert first != second  # a new delivery, signed anew


def test_html_mail_neither_runs_scripts_nor_loads_remote_images(
    page: Any, sdk: Any, inkbox_emulator: Any, receiver: Receiver
) -> None:
    agent = sdk.create_identity("target")
    hostile = (
        "<p id='hello'>Hello</p>"
        "<script>document.body.setAttribute('data-ran', 'yes');"
        f"fetch('{receiver.url}/fetched')</script>"
        f"<img src='{receiver.url}/pixel.png' alt='tracker'>"
    )
    injected = inkbox_emulator.inject_email(
        to=agent.email_address,
        sender="mallory@example.com",
        subject="<b>Open me</b>",
        body_html=hostile,
        body_text="plain <script>alert(1)</script>",
    )
    page.get(f"{inkbox_emulator.url}/_emulator/ui/messages/{injected['id']}")
    # The subject and text body are text, never markup.
    assert page.find_element(_by("ID"), "subject").text == "<b>Open me</b>"
    assert page.find_element(_by("ID"), "body-text").text == "plain <script>alert(1)</script>"
    frame = page.find_element(_by("ID"), "body-html")
    assert frame.get_attribute("sandbox") == ""
    page.switch_to.frame(frame)
    try:
        wait_for(page, lambda d: d.find_element(_by("ID"), "hello").text == "Hello")
        assert page.find_element(_by("TAG_NAME"), "body").get_attribute("data-ran") is None
    finally:
        page.switch_to.default_content()
    screenshot(page, "hostile-message")
    inkbox_emulator.hook("POST", "/webhooks/flush")
    assert receiver.requests == []  # neither the image nor the script's fetch reached out
    assert page.execute_script("return document.body.getAttribute('data-ran')") is None


def test_pages_of_every_family_render(page: Any, sdk: Any, inkbox_emulator: Any) -> None:
    agent = sdk.create_identity("busy")
    number = agent.provision_phone_number()
    inkbox_emulator.inject_text(to=number.number, sender="+15551230000", text="STOP")
    inkbox_emulator.inject_call(to=number.number, sender="+15551230000")
    for name, marker in (
        ("texts", "STOP"),
        ("calls", "+15551230000"),
        ("contacts", "No contacts"),
        ("vault", "No vault yet"),
        ("tunnels", "busy"),
    ):
        page.get(f"{inkbox_emulator.url}/_emulator/ui/{name}")
        assert marker in page.find_element(_by("TAG_NAME"), "main").text, name
        screenshot(page, name)


def test_text_form_delivers_an_inbound_text(page: Any, sdk: Any, inkbox_emulator: Any) -> None:
    agent = sdk.create_identity("texter")
    number = agent.provision_phone_number()
    page.get(inkbox_emulator.url + "/_emulator/ui/texts")
    form = page.find_element(_by("ID"), "inject-text-form")
    form.find_element(_by("NAME"), "from").send_keys("+15559876543")
    form.find_element(_by("NAME"), "text").send_keys("START")
    form.find_element(_by("CSS_SELECTOR"), "button").click()
    wait_for(page, lambda d: "Text delivered" in d.find_element(_by("ID"), "notice").text)
    texts = agent.list_texts()
    inbound = [t for t in texts if t.direction == "inbound"]
    assert [(t.text, t.remote_phone_number) for t in inbound] == [("START", "+15559876543")]
    assert inbound[0].local_phone_number == number.number
    # START opted the sender in, and the carrier's confirmation went back.
    assert any("re-subscribed" in (t.text or "") for t in texts if t.direction == "outbound")
