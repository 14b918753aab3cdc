"""An agent's address book remembers things: facts about contacts, where they were learned, and
duplicates merged into one contact that keeps everything.

Runs on its own with `python examples/contacts_facts.py`, on an emulator started in this
process. The emulator's test hook plays the service learning a fact from an email.
"""

from __future__ import annotations

from collections import defaultdict

import httpx

from inkbox import ContactEmail, ContactPhone, Inkbox


def step(text: str) -> None:
    print(f"\n== {text}")


def contacts_facts(base_url: str, api_key: str) -> None:
    """Contacts, facts, a cited fact and a merge, on the emulator at `base_url`."""
    with (
        Inkbox(api_key=api_key, base_url=base_url) as inkbox,
        httpx.Client(base_url=f"{base_url}/_emulator") as world,
    ):
        step("Two agents; Ada writes to Erin's mailbox")
        erin = inkbox.create_identity("erin")
        ada_agent = inkbox.create_identity("ada-bot")
        sent = ada_agent.send_email(
            to=[erin.email_address], subject="Order", body_text="Ship to Berlin"
        )
        print(f"{ada_agent.email_address} -> {erin.email_address}: {sent.subject!r}")

        step("The same person, saved twice")
        ada = inkbox.contacts.create(
            given_name="Ada",
            family_name="Lovelace",
            emails=[ContactEmail(label="work", value="ada@example.com", is_primary=True)],
        )
        dupe = inkbox.contacts.create(
            preferred_name="A. Lovelace",
            company_name="Analytical Engines",
            emails=[ContactEmail(label="home", value="ada.l@example.org")],
            phones=[ContactPhone(label="mobile", value="+15551230001")],
        )
        print(f"{ada.preferred_name} ({ada.id}) and {dupe.preferred_name} ({dupe.id})")

        step("Record facts by hand, and one the service learned from the email")
        inkbox.contacts.facts.create(ada.id, content="Prefers email to calls", kind="preference")
        inkbox.contacts.facts.create(
            dupe.id, content="Works on the Analytical Engine", kind="profile"
        )
        message = next(iter(erin.iter_emails(direction="inbound")))
        world.post(
            f"/contacts/{dupe.id}/facts",
            json={
                "content": "Wants the order shipped to Berlin",
                "kind": "context",
                "confidence": 0.9,
                "citations": [{"source_type": "email_message", "source_id": str(message.id)}],
            },
        ).raise_for_status()

        step("Find duplicates: contacts sharing a surname or a company")
        groups: dict[str, list[str]] = defaultdict(list)
        for contact in inkbox.contacts.iter(order="name"):
            key = (contact.preferred_name or "").split()[-1].lower()
            groups[key].append(str(contact.id))
        duplicates = {key: ids for key, ids in groups.items() if len(ids) > 1}
        print(f"duplicate groups: {sorted(duplicates)}")

        step("Merge them into Ada, keeping the duplicate's company")
        merged = inkbox.contacts.merge(
            ada.id,
            losing_contact_ids=[dupe.id],
            field_sources={"company_name": dupe.id},
        )
        print(
            f"{merged.preferred_name} at {merged.company_name}: "
            f"{', '.join(e.value for e in merged.emails)}; "
            f"{', '.join(p.value for p in merged.phones)}; "
            f"{merged.memory_count} facts"
        )
        print(f"contacts left: {len(inkbox.contacts.list())}")

        step("The merged contact's facts, and where each was learned")
        for fact in inkbox.contacts.facts.list(merged.id):
            print(f"[{fact.kind}] {fact.content} (origin={fact.origin})")
            for citation in fact.citations:
                if citation.source_url is None:
                    continue
                source = inkbox.contacts.facts.resolve_citation_url(citation.source_url)
                print(
                    f"    learned from {source.source_type} in {source.source_locator['mailbox_email']}"
                )


if __name__ == "__main__":
    from inkbox_emulator import run_in_thread

    emulator = run_in_thread()
    try:
        contacts_facts(emulator.url, emulator.admin_key)
    finally:
        emulator.stop()
    print("\nDone.")
