"""The seams between families: what one family's simulation needs from another's.

An identity owns channels (phone number, tunnel, create-time vault grants) that other families
provision and tear down; mail delivery asks the contact-rules family whether an address is
blocked and how many rules a mailbox has; webhook payloads ask the contacts family who an
address belongs to. `Seams` bundles the implementations, which `world/__init__.py` names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs

from ..store import Row

if TYPE_CHECKING:
    from .state import World

__all__ = ["ContactLookup", "IdentityChannel", "MailGate", "MailRuleCount", "Seams", "Verdict"]

JSON = Any


@attrs.frozen
class IdentityChannel:
    """A channel owned by an identity, as another family module contributes it.

    Attributes:
        field: The key it fills in `AgentIdentitySummary` (`"phone_number"`, `"tunnel"`).
        summary: The embedded object for an identity row, or None when it has none. A channel
            with `summary=None` is not embedded (e.g. `vault_secret_ids`, a create-time grant).
        provision: Called inside `create_identity` (and signup) with the request's sub-object
            of the same name (None when absent; a tunnel is made anyway, a phone number is
            not). May raise `EmulatorError` (e.g. 422 for `toll_free`); the whole create then
            rolls back.
        on_update: Called inside `update_identity` with the PATCH body's keys (e.g.
            `phone_filter_mode`), after the identity's own columns were written.
        on_delete: Detach the channel from the identity: called by `delete_identity` for every
            channel and by `unlink_identity_phone_number` for `phone_number`. The guide's
            semantics win: a phone number is unlinked and stays live; a tunnel (named after
            the handle) is deleted.
        assign: Link an existing channel (by id) to the identity: the guide-era
            `assign_identity_phone_number`; raise NotFound / Conflict as fits.
    """

    field: str
    summary: Callable[[World, Row], JSON | None] | None
    provision: Callable[[World, Row, JSON | None], None] | None = None
    on_update: Callable[[World, Row, Mapping[str, Any]], None] | None = None
    on_delete: Callable[[World, Row], None] | None = None
    assign: Callable[[World, Row, str], None] | None = None


@attrs.frozen
class Verdict:
    """A contact-rule decision: allowed or not, and which rule decided (None = the mode)."""

    allowed: bool
    rule_id: str | None = None
    reason: str = ""

    def refusal(self, address: str) -> dict[str, Any]:
        """The 403 `detail` for a blocked recipient (the SDK's `RecipientBlockedError`), as
        mail sends, texts and placed calls all answer it."""
        return {
            "error": "recipient_blocked",
            "matched_rule_id": self.rule_id,
            "address": address,
            "reason": self.reason or f"{address} is blocked by contact rules",
        }


# (world, mailbox row, the other party's address, direction) -> verdict
MailGate = Callable[["World", Row, str, Literal["inbound", "outbound"]], Verdict]
# (world, mailbox row, rule action) -> number of active rules with that action
MailRuleCount = Callable[["World", Row, str], int]
# (world, organization id, email address or E.164 number) -> {"id", "name"} or None
ContactLookup = Callable[["World", str, str], dict[str, Any] | None]


@attrs.frozen
class Seams:
    """The families' implementations of each seam, handed to `World` at start."""

    channels: tuple[IdentityChannel, ...]
    mail_gate: MailGate
    mail_rule_count: MailRuleCount
    contact_lookup: ContactLookup
