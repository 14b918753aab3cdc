"""The identity endpoints, behind `inkbox.create_identity()` and `AgentIdentity`'s methods.

The public surface is the client's `create_identity` / `get_identity` / `list_identities` and
the methods of `AgentIdentity`; this resource is their one path to the wire.
"""

from __future__ import annotations

import builtins
import uuid
from typing import TYPE_CHECKING

from ..._args import require_text
from ..._responses import parsed, parsed_list
from .._resource import AsyncResource

if TYPE_CHECKING:
    from inkbox_api.models import AgentIdentityCreate, AgentIdentitySummary, AgentIdentityUpdate

__all__ = ["AsyncIdentitiesResource"]


class AsyncIdentitiesResource(AsyncResource):
    """Identity CRUD and channel links, by handle; every call answers the full identity."""

    async def create(self, body: AgentIdentityCreate) -> AgentIdentitySummary:
        from inkbox_api.api.identities import create_identity
        from inkbox_api.models import AgentIdentitySummary

        response = await create_identity.asyncio_detailed(client=self._api, body=body)
        return parsed(response, AgentIdentitySummary)

    async def get(self, agent_handle: str) -> AgentIdentitySummary:
        from inkbox_api.api.identities import get_identity
        from inkbox_api.models import AgentIdentitySummary

        response = await get_identity.asyncio_detailed(
            require_text(agent_handle, "agent_handle"), client=self._api
        )
        return parsed(response, AgentIdentitySummary)

    async def list(self) -> builtins.list[AgentIdentitySummary]:
        from inkbox_api.api.identities import list_identities
        from inkbox_api.models import AgentIdentitySummary

        response = await list_identities.asyncio_detailed(client=self._api)
        return parsed_list(response, AgentIdentitySummary)

    async def update(self, agent_handle: str, body: AgentIdentityUpdate) -> AgentIdentitySummary:
        from inkbox_api.api.identities import update_identity
        from inkbox_api.models import AgentIdentitySummary

        response = await update_identity.asyncio_detailed(
            require_text(agent_handle, "agent_handle"), client=self._api, body=body
        )
        return parsed(response, AgentIdentitySummary)

    async def delete(self, agent_handle: str) -> None:
        from inkbox_api.api.identities import delete_identity

        await delete_identity.asyncio_detailed(
            require_text(agent_handle, "agent_handle"), client=self._api
        )

    async def assign_mailbox(
        self, agent_handle: str, mailbox_id: uuid.UUID
    ) -> AgentIdentitySummary:
        from inkbox_api.api.identities import assign_identity_mailbox
        from inkbox_api.models import AgentIdentitySummary, AssignMailboxRequest

        response = await assign_identity_mailbox.asyncio_detailed(
            require_text(agent_handle, "agent_handle"),
            client=self._api,
            body=AssignMailboxRequest(mailbox_id=mailbox_id),
        )
        return parsed(response, AgentIdentitySummary)

    async def unlink_mailbox(self, agent_handle: str) -> None:
        from inkbox_api.api.identities import unlink_identity_mailbox

        await unlink_identity_mailbox.asyncio_detailed(
            require_text(agent_handle, "agent_handle"), client=self._api
        )

    async def assign_phone_number(
        self, agent_handle: str, phone_number_id: uuid.UUID
    ) -> AgentIdentitySummary:
        from inkbox_api.api.identities import assign_identity_phone_number
        from inkbox_api.models import AgentIdentitySummary, AssignPhoneNumberRequest

        response = await assign_identity_phone_number.asyncio_detailed(
            require_text(agent_handle, "agent_handle"),
            client=self._api,
            body=AssignPhoneNumberRequest(phone_number_id=phone_number_id),
        )
        return parsed(response, AgentIdentitySummary)

    async def unlink_phone_number(self, agent_handle: str) -> None:
        from inkbox_api.api.identities import unlink_identity_phone_number

        await unlink_identity_phone_number.asyncio_detailed(
            require_text(agent_handle, "agent_handle"), client=self._api
        )
