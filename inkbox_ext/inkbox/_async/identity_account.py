"""The identity's account settings: its filter modes, webhook signing key and tunnel summary.

The properties read the identity as last fetched (`refresh()` re-reads it); the signing-key
methods delegate to `inkbox.signing_keys` with this identity's handle.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .identity import AsyncIdentityBase

if TYPE_CHECKING:
    from inkbox_api.models import FilterMode, SigningKey, SigningKeyStatus, TunnelSummary

__all__ = ["AsyncIdentityAccountMixin"]


class AsyncIdentityAccountMixin(AsyncIdentityBase):
    """Filter modes, signing key and tunnel of one agent identity."""

    @property
    def contact_sharing_enabled(self) -> bool:
        """Whether contact sharing is on for the identity (set with `update()`)."""
        return self._data.contact_sharing_enabled

    @property
    def mail_filter_mode(self) -> FilterMode:
        """The identity's mail filter mode (`whitelist`: only allowed senders get through)."""
        return self._data.mail_filter_mode

    @property
    def mail_inbound_filter_mode(self) -> FilterMode:
        """The mode applied to incoming mail (the shared mode unless set apart)."""
        return self._data.mail_inbound_filter_mode or self._data.mail_filter_mode

    @property
    def mail_outbound_filter_mode(self) -> FilterMode:
        """The mode applied to outgoing mail (the shared mode unless set apart)."""
        return self._data.mail_outbound_filter_mode or self._data.mail_filter_mode

    @property
    def phone_filter_mode(self) -> FilterMode:
        """The identity's filter mode for calls and texts."""
        return self._data.phone_filter_mode

    @property
    def phone_inbound_filter_mode(self) -> FilterMode:
        """The mode applied to incoming calls and texts (the shared mode unless set apart)."""
        return self._data.phone_inbound_filter_mode or self._data.phone_filter_mode

    @property
    def phone_outbound_filter_mode(self) -> FilterMode:
        """The mode applied to outgoing calls and texts (the shared mode unless set apart)."""
        return self._data.phone_outbound_filter_mode or self._data.phone_filter_mode

    @property
    def imessage_filter_mode(self) -> FilterMode:
        """The identity's iMessage filter mode (as the server reports it)."""
        return self._data.imessage_filter_mode

    @property
    def slack_filter_mode(self) -> FilterMode:
        """The identity's Slack filter mode (as the server reports it)."""
        return self._data.slack_filter_mode

    @property
    def slack_inbound_filter_mode(self) -> FilterMode:
        """The mode applied to incoming Slack messages (the shared mode unless set apart)."""
        return self._data.slack_inbound_filter_mode or self._data.slack_filter_mode

    @property
    def slack_outbound_filter_mode(self) -> FilterMode:
        """The mode applied to outgoing Slack messages (the shared mode unless set apart)."""
        return self._data.slack_outbound_filter_mode or self._data.slack_filter_mode

    @property
    def signing_key_configured(self) -> bool:
        """Whether the identity has a webhook signing key of its own."""
        return self._data.signing_key_configured

    @property
    def signing_key_created_at(self) -> datetime.datetime | None:
        """When the identity's signing key was created or last rotated; None without one."""
        return self._data.signing_key_created_at

    @property
    def tunnel(self) -> TunnelSummary | None:
        """The identity's tunnel (`inkbox.tunnels.get(identity.tunnel.id)` for the full one)."""
        return self._data.tunnel

    async def create_signing_key(self) -> SigningKey:
        """Create or rotate this identity's key; see `AsyncSigningKeysResource.create_or_rotate`.

        The webhooks about this identity are signed with the new key from then on; the
        identity's `signing_key_*` properties follow on the next `refresh()`.
        """
        return await self._client.signing_keys.create_or_rotate(self.agent_handle)

    async def get_signing_key_status(self) -> SigningKeyStatus:
        """Whether this identity has a key; see `AsyncSigningKeysResource.get_status`."""
        return await self._client.signing_keys.get_status(self.agent_handle)
