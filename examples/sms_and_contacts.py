"""An agent texts a customer through the SMS opt-in gates, then finds them in the address book.

Part of `make demo` (the quickstart calls `sms_and_contacts()`); it also runs on its own with
`python examples/sms_and_contacts.py`. The customer's side (their START text, their reply) and
the carrier finishing the number's SMS registration are played by the emulator's test hooks.
"""

from __future__ import annotations

import httpx

from inkbox import (
    ContactEmail,
    ContactPhone,
    Inkbox,
    RecipientNotOptedInError,
    SenderSmsPendingError,
)

CUSTOMER = "+15167251294"  # a phone outside the organization


def step(text: str) -> None:
    print(f"\n== {text}")


def sms_and_contacts(base_url: str, api_key: str) -> None:
    """The SMS exchange and the contact lookup, on the emulator at `base_url`."""
    # The emulator's test hooks (`world`) play the customer and the carrier.
    with (
        Inkbox(api_key=api_key, base_url=base_url) as inkbox,
        httpx.Client(base_url=f"{base_url}/_emulator") as world,
    ):
        _exchange(inkbox, world)


def _exchange(inkbox: Inkbox, world: httpx.Client) -> None:
    step("Carol gets a phone number; new numbers wait for SMS registration")
    carol = inkbox.create_identity("carol")
    phone = carol.provision_phone_number(type="local")
    print(f"carol: {phone.number} (sms_status={phone.sms_status})")
    try:
        carol.send_text(to=CUSTOMER, text="Hi!")
    except SenderSmsPendingError as error:
        print(f"refused: {error.error}")

    step("The carrier finishes registration, but the customer has not opted in yet")
    world.put(
        f"/phone-numbers/{phone.id}/sms-status", json={"sms_status": "ready"}
    ).raise_for_status()
    try:
        carol.send_text(to=CUSTOMER, text="Hi!")
    except RecipientNotOptedInError as error:
        print(f"refused: {error.error}")

    step("The customer texts START; now Carol may text them")
    start = {"to": phone.number, "from": CUSTOMER, "text": "START"}
    world.post("/texts/inbound", json=start).raise_for_status()
    sent = carol.send_text(to=CUSTOMER, text="Thanks for opting in! Your order ships today.")
    print(f"sent {sent.text!r} ({sent.delivery_status})")
    reply = "Great, can it go to my office instead?"
    answer = {"to": phone.number, "from": CUSTOMER, "text": reply}
    world.post("/texts/inbound", json=answer).raise_for_status()
    for convo in carol.list_text_conversations(limit=5):
        print(
            f"conversation with {convo.remote_phone_number}: {convo.total_count} texts, "
            f"{convo.unread_count} unread, latest {convo.latest_text!r}"
        )
    result = carol.mark_text_conversation_read(CUSTOMER)
    print(f"marked {result['updated_count']} texts read")

    step("Save the customer as a contact, then find them by the number that texted")
    inkbox.contacts.create(
        given_name="Dana",
        family_name="Reyes",
        emails=[ContactEmail(label="home", value="dana@example.com")],
        phones=[ContactPhone(label="mobile", value=CUSTOMER)],
    )
    for contact in inkbox.contacts.lookup(phone=CUSTOMER):
        print(
            f"{CUSTOMER} is {contact.preferred_name} "
            f"<{contact.emails[0].value}>, mobile {contact.phones[0].value}"
        )


if __name__ == "__main__":
    from inkbox_emulator import run_in_thread

    emulator = run_in_thread()
    try:
        sms_and_contacts(emulator.url, emulator.admin_key)
    finally:
        emulator.stop()
    print("\nDone.")
