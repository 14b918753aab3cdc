"""What an API key may see and touch: the one place that decides it, for every family.

Admin keys act for their whole organization; agent keys act for one identity (its mailbox,
numbers, texts, calls and tunnel, the contacts and notes granted to it, the vault secrets
shared with it). A resource of another organization does not exist for the caller (404);
another identity's is 403 on a direct get/update/delete and filtered out of lists; a
self-signed-up agent whose human has not verified it yet is refused the features that need a
claimed agent. The reference leaves these policies to the emulator (api-surface-B §11.13).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .auth import Principal
from .errors import Forbidden, NotFound
from .store import Row, Store
from .store.core import identities, identity_by_handle, identity_in_org
from .store.mail import mailbox_by_address, mailboxes_by_local_part

if TYPE_CHECKING:
    from .dispatch import Call

__all__ = [
    "OTHER_IDENTITY",
    "forbid_other_identity",
    "identity_for",
    "identity_or_404",
    "mailbox_for",
    "require_claimed",
    "visible_identities",
    "visible_to",
]

OTHER_IDENTITY = "This API key is scoped to another identity"


def forbid_other_identity(
    me: Principal, identity_id: str | None, detail: str = OTHER_IDENTITY
) -> None:
    """403 when an agent key reaches for a resource of another identity (or of none)."""
    if not me.may_act_for(identity_id):
        raise Forbidden(detail)


def visible_to(me: Principal) -> str | None:
    """The identity whose grants filter a list for this key: an agent key's own; None (see
    everything) for an admin key."""
    return me.identity_id if me.is_agent else None


def require_claimed(me: Principal, what: str) -> None:
    """403 for a self-signed-up agent whose human has not verified it yet."""
    if me.is_agent and not me.claimed:
        raise Forbidden(
            f"{what} is not available to an unclaimed agent; ask your human to verify you"
        )


def identity_or_404(store: Store, me: Principal, identity_id: str) -> Row:
    """A live identity of the caller's organization, by id (another identity's is allowed:
    admins grant access to any identity, agents name themselves)."""
    row = identity_in_org(store, me.organization_id, identity_id)
    if row is None:
        raise NotFound(f"Identity {identity_id} not found")
    return row


def identity_for(call: Call, handle: str) -> Row:
    """The caller's identity named `handle` (a leading `@` is ignored): 404 outside its
    organization, 403 for another agent's."""
    name = handle[1:] if handle.startswith("@") else handle
    row = identity_by_handle(call.store, name)
    if row is None or row["organization_id"] != call.me.organization_id:
        raise NotFound("Identity not found or deleted")
    forbid_other_identity(call.me, row["id"])
    return row


def mailbox_for(call: Call, address: str) -> Row:
    """The caller's mailbox at `address` (full address, or a local part unique in its
    organization): 404 outside it, 403 for another agent's."""
    me, wanted = call.me, address.strip().lower()
    if "@" in wanted:
        row = mailbox_by_address(call.store, wanted)
        found = [row] if row is not None and row["organization_id"] == me.organization_id else []
    else:
        found = mailboxes_by_local_part(call.store, me.organization_id, wanted)
    if len(found) != 1:
        raise NotFound("Mailbox not found")
    forbid_other_identity(me, found[0]["identity_id"])
    return found[0]


def visible_identities(store: Store, me: Principal) -> list[Row]:
    """The live identities a key lists: the organization's, or an agent key's own."""
    return identities(store, me.organization_id, visible_to(me))
