"""Who may touch what, for the phone, rules, contacts, notes, vault and tunnels families.

One place for the emulator's key-scope policy of those families (the reference leaves it to
the emulator, api-surface-B §11.13): admin keys see the organisation, agent keys see their own
identity's numbers, texts, calls, tunnels, the contacts and notes granted to them and the vault
secrets shared with them; anything else is 404 (another org's) or 403 (another identity's).
"""

from __future__ import annotations

from .auth import Principal
from .errors import Forbidden, NotFound
from .store import Row, Store
from .store_refs import identity

__all__ = [
    "OTHER_IDENTITY",
    "forbid_other_identity",
    "identity_or_404",
    "require_claimed",
    "visible_to",
]

OTHER_IDENTITY = "This API key is scoped to another identity"


def forbid_other_identity(me: Principal, identity_id: str | None) -> None:
    """403 when an agent key reaches for a resource of another identity (or of none)."""
    if not me.may_act_for(identity_id):
        raise Forbidden(OTHER_IDENTITY)


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
    row = identity(store, me.organization_id, identity_id)
    if row is None:
        raise NotFound(f"Identity {identity_id} not found")
    return row
