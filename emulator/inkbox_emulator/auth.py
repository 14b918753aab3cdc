"""API key -> `Principal`: who is calling and what they may touch.

Three kinds of caller, as the real server distinguishes them (`whoami`'s `auth_subtype`):

- admin (`api_key.admin_scoped`): sees and manages the whole organization;
- agent, claimed (`api_key.agent_scoped.claimed`): acts as one identity; sees only that
  identity and its channels; admin-only operations answer 403;
- agent, unclaimed (`api_key.agent_scoped.unclaimed`): a self-signed-up agent whose human has
  not verified yet; like claimed, plus the signup restrictions (sends only to its human, a
  daily cap).

Keys are looked up once and cached; anything that changes a key's meaning (revoke, claim,
identity delete) calls `KeyCache.clear()`.
"""

from __future__ import annotations

from typing import Literal

import attrs

from .errors import Forbidden, Unauthorized
from .store import Store
from .store.core import principal_row

__all__ = [
    "ADMIN_SUBTYPE",
    "AGENT_CLAIMED_SUBTYPE",
    "AGENT_UNCLAIMED_SUBTYPE",
    "KeyCache",
    "Principal",
]

ADMIN_SUBTYPE = "api_key.admin_scoped"
AGENT_CLAIMED_SUBTYPE = "api_key.agent_scoped.claimed"
AGENT_UNCLAIMED_SUBTYPE = "api_key.agent_scoped.unclaimed"


@attrs.frozen(repr=False)
class Principal:
    key_id: str
    organization_id: str
    scope: Literal["admin", "agent"]
    identity_id: str | None  # set for agent keys
    claimed: bool  # False only for a self-signed-up agent not yet verified

    @property
    def is_admin(self) -> bool:
        return self.scope == "admin"

    @property
    def is_agent(self) -> bool:
        return self.scope == "agent"

    @property
    def auth_subtype(self) -> str:
        if self.is_admin:
            return ADMIN_SUBTYPE
        return AGENT_CLAIMED_SUBTYPE if self.claimed else AGENT_UNCLAIMED_SUBTYPE

    def require_admin(self, what: str = "This operation") -> None:
        """403 for agent-scoped keys (the admin-only operations of the reference)."""
        if not self.is_admin:
            raise Forbidden(f"{what} requires an admin-scoped API key")

    def may_act_for(self, identity_id: str | None) -> bool:
        """Admin keys act for every identity of their org; agent keys only for their own."""
        return self.is_admin or (identity_id is not None and identity_id == self.identity_id)

    def __repr__(self) -> str:  # never the secret; the key id is enough to debug
        return f"Principal({self.auth_subtype}, key={self.key_id}, identity={self.identity_id})"


class KeyCache:
    """Secret -> Principal, backed by the `api_keys` table."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._cache: dict[str, Principal] = {}
        self.last_used: dict[str, str] = {}  # key id -> ISO time; kept in memory only

    def clear(self) -> None:
        self._cache.clear()

    def authenticate(self, secret: str | None, now_iso: str) -> Principal:
        if not secret:
            raise Unauthorized("Missing API key (send it in the X-API-Key header)")
        principal = self._cache.get(secret)
        if principal is None:
            principal = self._load(secret)
            self._cache[secret] = principal
        self.last_used[principal.key_id] = now_iso
        return principal

    def _load(self, secret: str) -> Principal:
        row = principal_row(self._store, secret)
        if row is None:
            raise Unauthorized("Invalid API key")
        return Principal(
            key_id=row["id"],
            organization_id=row["organization_id"],
            scope=row["scope"],
            identity_id=row["identity_id"],
            claimed=row["claimed"],
        )
