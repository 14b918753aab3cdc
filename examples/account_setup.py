"""Account setup for an agent fleet: a key per agent, a verified domain, per-agent signing keys.

An admin (1) mints an API key scoped to one agent and shows that it sees only that agent,
(2) claims a domain, publishes its TXT record and verifies it, (3) affiliates the agent with
the domain, and (4) gives the agent a webhook signing key of its own. Runs against an
in-process emulator (`python examples/account_setup.py`); on the live service, step (2)'s
record goes to your DNS host instead of the emulator's `/_emulator/dns/txt` hook.
"""

from __future__ import annotations

import httpx

from inkbox import Inkbox
from inkbox_emulator import run_in_thread


def publish_txt_record(emulator_url: str, name: str, value: str) -> None:
    """What you would do at your DNS host; the emulator's DNS is a test hook."""
    response = httpx.put(f"{emulator_url}/_emulator/dns/txt", json={"name": name, "value": value})
    response.raise_for_status()


def main() -> None:
    emulator = run_in_thread(seed=7)
    try:
        with Inkbox(emulator.admin_key, base_url=emulator.url) as admin:
            sales = admin.create_identity("sales-agent")
            admin.create_identity("billing-agent")

            created = admin.api_keys.create(label="sales agent", scoped_identity_id=sales.id)
            print(f"minted key {created.record.display_prefix}… ending in {created.record.last4}")
            with Inkbox(created.api_key, base_url=emulator.url) as agent:
                seen = [i.agent_handle for i in agent.list_identities()]
                print(f"the sales agent's key sees: {seen}")

            claim = admin.organization_domains.create("acme.example")
            record = claim.dns_record
            print(f"claim {claim.domain}: {claim.state}; publish {record.type_} {record.name}")
            publish_txt_record(emulator.url, record.name, record.value)
            claim = admin.organization_domains.verify(claim.id)
            print(f"after verify: {claim.state} until {claim.valid_until:%Y-%m-%d}")

            link = admin.identities.set_domain_affiliation("sales-agent", claim.id)
            assert link.affiliation is not None
            print(f"sales-agent speaks for {link.domain} (asserted by {link.affiliation.verifier})")

            key = sales.create_signing_key()  # store key.signing_key in your secret manager
            status = sales.get_signing_key_status()
            print(f"sales-agent has its own signing key: {status.configured}")
            assert status.created_at == key.created_at

            answer = admin.with_response_metadata(lambda c: c.signing_keys.get_status())
            for notice in answer.notices or []:
                print(f"server notice [{notice.level}] {notice.code}")
    finally:
        emulator.stop()
    print("Done.")


if __name__ == "__main__":
    main()
