"""`AsyncAgentIdentity`: an identity with its channels, and the calls scoped to it.

The class is assembled from one mixin per channel so each stays a small module:
`identity_mail.py` (email and threads), `identity_phone.py` (calls and texts),
`identity_vault.py` (credentials and secrets). The identity makes no HTTP of its own beyond
what its methods name; it pre-fills the scoping (mailbox address, phone number id) and raises
`InkboxError` before any request when the channel a method needs is missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._exceptions_base import InkboxError

if TYPE_CHECKING:
    from inkbox_api.models import AgentIdentitySummary, IdentityMailbox, IdentityPhoneNumber

    from .client import AsyncInkbox

__all__ = ["AsyncIdentityBase"]


class AsyncIdentityBase:
    """State shared by the channel mixins: the owning client and the last-fetched identity."""

    def __init__(self, client: AsyncInkbox, data: AgentIdentitySummary) -> None:
        self._client = client
        self._data = data

    @property
    def agent_handle(self) -> str:
        return self._data.agent_handle

    @property
    def mailbox(self) -> IdentityMailbox | None:
        """The identity's mailbox, or None when it has none."""
        return self._data.mailbox

    @property
    def phone_number(self) -> IdentityPhoneNumber | None:
        """The identity's phone number, or None when it has none."""
        return self._data.phone_number

    def _require_mailbox(self) -> IdentityMailbox:
        mailbox = self._data.mailbox
        if mailbox is None:
            raise InkboxError(
                f"identity {self.agent_handle!r} has no mailbox; assign one with "
                "identity.assign_mailbox(mailbox_id) first"
            )
        return mailbox

    def _require_phone_number(self) -> IdentityPhoneNumber:
        number = self._data.phone_number
        if number is None:
            raise InkboxError(
                f"identity {self.agent_handle!r} has no phone number; provision one with "
                "identity.provision_phone_number() or assign one with "
                "identity.assign_phone_number(phone_number_id) first"
            )
        return number
