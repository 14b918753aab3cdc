"""`ContactCreatePermissions`: one identity's access saved with a new contact
(`create_contact_with_permissions`), written as that identity's access settings.

The yes/no maps (`emails`, `phones`: address -> may use it in both directions) start from what
the identity gets by default and change only the addresses they name; the group objects
(`email`, `phone`) are the access settings' own update shape. `profile: false` hides the
channels too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import NotFound, Unprocessable
from ..store import Row
from ..store import contacts as store_contacts
from ..store.core import identity_in_org
from .contacts import default_settings, merge_settings
from .state import World

__all__ = ["save_create_permissions"]

_MAPS = (("emails", "email", "value"), ("phones", "phone", "value_e164"))


def save_create_permissions(world: World, contact: Row, permissions: Mapping[str, Any]) -> None:
    identity_id = permissions["identity_id"]
    if identity_in_org(world.store, contact["organization_id"], identity_id) is None:
        raise NotFound(f"Identity {identity_id} not found")
    if {"emails", "phones"} & set(permissions) and {"email", "phone"} & set(permissions):
        raise Unprocessable.field(
            ("body", "permissions"),
            "use the emails/phones maps or the email/phone groups, not both",
        )
    current = default_settings(world, contact, identity_id)
    patch: dict[str, Any] = {
        k: permissions[k] for k in ("profile", "memories", "email", "phone") if k in permissions
    }
    for key, channel, field in _MAPS:
        choices: Mapping[str, bool] | None = permissions.get(key)
        if choices is None:
            continue
        owned = {_norm(channel, entry[field]): entry[field] for entry in contact[key]}
        for address in choices:
            if _norm(channel, address) not in owned:
                raise Unprocessable.field(
                    ("body", "permissions", key, address), "not an address of this contact"
                )
        chosen = {_norm(channel, a): ok for a, ok in choices.items()}
        allowed = [
            owned[norm]
            for norm in owned
            if chosen.get(norm, owned[norm] in current[channel]["contactable"])
        ]
        group: dict[str, Any] = {"contactable": allowed}
        if permissions.get("profile") is False:
            group["visible"] = False
        elif allowed:
            group["visible"] = True
        patch[channel] = group
    settings = merge_settings(contact, current, patch)
    store_contacts.settings_put(
        world.store, contact["id"], identity_id, settings, world.clock.now_iso()
    )


def _norm(channel: str, address: str) -> str:
    return address.strip().lower() if channel == "email" else address.strip()
