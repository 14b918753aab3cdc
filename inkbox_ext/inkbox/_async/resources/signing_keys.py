"""`inkbox.signing_keys`: webhook signing keys, per identity (0.7.20) or org-wide (the guide's).

`inkbox.create_signing_key()` and `identity.create_signing_key()` / `get_signing_key_status()`
delegate here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._wire import parsed, require_text
from ._base import AsyncResource

if TYPE_CHECKING:
    from inkbox_api.models import SigningKey, SigningKeyStatus

__all__ = ["AsyncSigningKeysResource"]


class AsyncSigningKeysResource(AsyncResource):
    """Create or rotate a signing key, and say whether one is configured."""

    async def create_or_rotate(self, agent_handle: str | None = None) -> SigningKey:
        """Create or rotate a webhook signing key; the secret is returned only this once.

        Args:
            agent_handle: The identity whose key to create or rotate; the webhooks about that
                identity are then signed with it. Omit for the guide's organization-wide key
                (a deprecated route; with an agent-scoped key it rotates that agent's key).

        Returns:
            The key; pass `key.signing_key` as `secret` to `verify_webhook`.

        Raises:
            NotFoundError: No such identity (404).
            ForbiddenError: An agent-scoped key naming another identity (403).
        """
        from inkbox_api.api.signing_keys import create_identity_signing_key, create_signing_key
        from inkbox_api.models import SigningKey

        if agent_handle is None:
            response = await create_signing_key.asyncio_detailed(client=self._api)
        else:
            response = await create_identity_signing_key.asyncio_detailed(
                require_text(agent_handle, "agent_handle"), client=self._api
            )
        return parsed(response, SigningKey)

    async def get_status(self, agent_handle: str | None = None) -> SigningKeyStatus:
        """Whether a signing key is configured, and since when (never the key itself).

        Args:
            agent_handle: The identity to ask about; omit for the deprecated org-level answer
                (an admin key: whether any key exists; an agent key: its own identity's).

        Raises:
            NotFoundError: No such identity (404).
        """
        from inkbox_api.api.signing_keys import (
            get_identity_signing_key_status,
            get_signing_key_status,
        )
        from inkbox_api.models import SigningKeyStatus

        if agent_handle is None:
            response = await get_signing_key_status.asyncio_detailed(client=self._api)
        else:
            response = await get_identity_signing_key_status.asyncio_detailed(
                require_text(agent_handle, "agent_handle"), client=self._api
            )
        return parsed(response, SigningKeyStatus)
