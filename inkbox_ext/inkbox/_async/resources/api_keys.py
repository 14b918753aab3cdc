"""`inkbox.api_keys`: minting API keys for the organization (0.7.20's `ApiKeysResource`)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from ..._wire import omit, opt_uuid, parsed, require_text
from ._base import AsyncResource

if TYPE_CHECKING:
    from inkbox_api.models import CreatedApiKey

__all__ = ["AsyncApiKeysResource"]


class AsyncApiKeysResource(AsyncResource):
    """Create API keys; the secret of a new key is shown only in the answer."""

    async def create(
        self,
        *,
        label: str,
        description: str | None = None,
        scoped_identity_id: uuid.UUID | str | None = None,
    ) -> CreatedApiKey:
        """Create an API key for the caller's organization.

        An admin-scoped key may only mint identity-scoped keys: pass `scoped_identity_id`
        (unscoped keys are for console users; the server answers 403). The new key acts as
        that identity at once: it sees only its identity and its channels.

        Args:
            label: Human-readable name (1-255 characters).
            description: Free text (up to 1000 characters).
            scoped_identity_id: The identity (`identity.id`) the key acts as.

        Returns:
            `CreatedApiKey`: `api_key` (the secret, shown once) and `record` (its public data).

        Raises:
            ValueError: An empty label or an id that is not a UUID.
            ForbiddenError: No `scoped_identity_id`, or an agent-scoped caller (403).
            NotFoundError: No such identity in the organization (404).
        """
        from inkbox_api.api.api_keys import create_api_key
        from inkbox_api.models import ApiKeyCreate, CreatedApiKey

        body = ApiKeyCreate(
            label=require_text(label, "label"),
            description=omit(description),
            scoped_identity_id=opt_uuid(scoped_identity_id, "scoped_identity_id"),
        )
        response = await create_api_key.asyncio_detailed(client=self._api, body=body)
        return parsed(response, CreatedApiKey)
