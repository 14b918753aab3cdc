"""The contacts an identity sees, as it sees them (0.7.20); the work is done by
`inkbox.contacts.communication_policy`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .identity import AsyncIdentityBase

if TYPE_CHECKING:
    from inkbox_api.models import ContactCommunicationPolicyPage, ContactCommunicationPreview

    from .pager import AsyncPager

__all__ = ["AsyncIdentityContactPolicyMixin"]


class AsyncIdentityContactPolicyMixin(AsyncIdentityBase):
    """Contact-permission methods of `AgentIdentity`."""

    async def list_contact_communication_policies(
        self, *, limit: int = 50, offset: int = 0
    ) -> ContactCommunicationPolicyPage:
        """One page of this identity's contact previews; see
        `AsyncContactCommunicationPolicyResource.list_for_identity`.

        Args:
            limit: Previews per page (1-100).
            offset: Previews to skip.
        """
        return await self._client.contacts.communication_policy.list_for_identity(
            self.agent_handle, limit=limit, offset=offset
        )

    def iter_contact_communication_policies(
        self, *, page_size: int = 50
    ) -> AsyncPager[ContactCommunicationPreview]:
        """Every contact preview of this identity, lazily; see
        `AsyncContactCommunicationPolicyResource.iter_for_identity`.

        Args:
            page_size: Items fetched per request; the iterator pages on by itself.
        """
        return self._client.contacts.communication_policy.iter_for_identity(
            self.agent_handle, page_size=page_size
        )
