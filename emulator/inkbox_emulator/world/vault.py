"""The vault's hook into identity creation: `vault_secret_ids` grants the new identity access
to existing secrets (`"*"`/`"all"`, one secret id, or a list) inside the create transaction.
"""

from __future__ import annotations

from typing import Any

from ..errors import Unprocessable
from ..store import Row
from ..store import vault as store_vault
from .seams import IdentityChannel
from .state import World

__all__ = ["CHANNEL", "grant_to_identity"]


def grant_to_identity(world: World, identity: Row, secret_ids: Any) -> None:
    """Give `identity` access to the named secrets of its organisation's vault (422 unknown)."""
    if secret_ids is None:
        return
    vault = store_vault.vault_of_org(world.store, identity["organization_id"])
    if isinstance(secret_ids, str) and secret_ids.lower() in ("*", "all"):
        wanted = [s["id"] for s in store_vault.secrets(world.store, vault["id"])] if vault else []
    elif isinstance(secret_ids, str):
        wanted = [secret_ids]
    elif isinstance(secret_ids, list) and all(isinstance(s, str) for s in secret_ids):
        wanted = list(secret_ids)
    else:
        raise Unprocessable.field(
            ("body", "vault_secret_ids"), "'*', a secret id or a list of ids", value=secret_ids
        )
    now = world.clock.now_iso()
    for secret_id in dict.fromkeys(s.lower() for s in wanted):
        if vault is None or store_vault.secret(world.store, vault["id"], secret_id) is None:
            # create_identity has no 404 in the spec: an unknown id is a bad field value.
            raise Unprocessable.field(
                ("body", "vault_secret_ids"), "no such vault secret", value=secret_id
            )
        if store_vault.access_row(world.store, secret_id, identity["id"]) is None:
            store_vault.access_insert(
                world.store, secret_id, identity["id"], row_id=world.ids.uuid(), now=now
            )


CHANNEL = IdentityChannel("vault_secret_ids", None, grant_to_identity)
