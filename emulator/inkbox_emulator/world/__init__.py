"""The simulated Inkbox behind the API, one module per family of plain functions over a `World`.

`identities` creates and deletes identities with their mailbox (`mailboxes`); `mail` delivers
mail between mailboxes and to the outside; `phone`, `texts` and `calls` run numbers, SMS and
voice; `rules` holds contact rules and the gates traffic passes; `contacts`, `vault` and
`tunnels` the rest. `SEAMS` below is the one list of what families plug into each other.
"""

from __future__ import annotations

from . import contacts, phone, rules, tunnels, vault
from .seams import ContactLookup, IdentityChannel, MailGate, MailRuleCount, Seams, Verdict
from .state import World

__all__ = [
    "SEAMS",
    "ContactLookup",
    "IdentityChannel",
    "MailGate",
    "MailRuleCount",
    "Seams",
    "Verdict",
    "World",
]

SEAMS = Seams(
    # In this order identity JSON embeds them and create_identity provisions them (the order
    # ids are drawn in, so a seeded run stays reproducible).
    channels=(phone.CHANNEL, tunnels.CHANNEL, vault.CHANNEL),
    mail_gate=rules.mail_gate,
    mail_rule_count=rules.mail_rule_count,
    contact_lookup=contacts.lookup,
)
