"""`inkbox.mailboxes`: the mailboxes of the organization."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from ..._types import NOT_GIVEN, NotGivenOr
from ..._wire import (
    MAX_PAGE_SIZE,
    as_enum,
    check_limit,
    given,
    omit,
    parsed,
    parsed_list,
    patch_text,
    require_text,
)
from ._base import AsyncResource

if TYPE_CHECKING:
    from inkbox_api.models import FilterMode, Mailbox, Message

    from .mail_imports import AsyncMailImportsResource

__all__ = ["AsyncMailboxesResource"]


class AsyncMailboxesResource(AsyncResource):
    """Operations on the mailboxes of the organization, addressed by email address."""

    @cached_property
    def imports(self) -> AsyncMailImportsResource:
        """Importing mbox / `.eml` archives into a mailbox."""
        from .mail_imports import AsyncMailImportsResource

        return AsyncMailImportsResource(self._client)

    async def list(self) -> builtins.list[Mailbox]:
        """Every active mailbox of the organization, newest first."""
        from inkbox_api.api.mailboxes import list_mailboxes
        from inkbox_api.models import Mailbox

        response = await list_mailboxes.asyncio_detailed(client=self._api)
        return parsed_list(response, Mailbox)

    async def get(self, email_address: str) -> Mailbox:
        """One mailbox.

        Args:
            email_address: The mailbox's address, e.g. `"abc@inkboxmail.com"`.

        Raises:
            NotFoundError: No such mailbox.
        """
        from inkbox_api.api.mailboxes import get_mailbox
        from inkbox_api.models import Mailbox

        response = await get_mailbox.asyncio_detailed(
            require_text(email_address, "email_address"), client=self._api
        )
        return parsed(response, Mailbox)

    async def create(
        self,
        *,
        agent_handle: str,
        display_name: str | None = None,
        email_local_part: str | None = None,
        sending_domain_id: NotGivenOr[str | None] = NOT_GIVEN,
    ) -> Mailbox:
        """Create a mailbox for an identity (guide era).

        Args:
            agent_handle: The identity that will own the mailbox.
            display_name: Sender name.
            email_local_part: Requested local part of the address.
            sending_domain_id: A verified custom domain's id (`domain.id`) to send from;
                `None` forces the platform domain; omit to inherit the org default.

        Returns:
            The new mailbox.

        Raises:
            ConflictError: The identity already has a mailbox, or the address is taken.
        """
        from inkbox_api.api.mailboxes import create_mailbox
        from inkbox_api.models import Mailbox, MailboxCreate

        domain_id = patch_text(sending_domain_id, "sending_domain_id")
        body = MailboxCreate(
            agent_handle=require_text(agent_handle, "agent_handle"),
            display_name=omit(display_name),
            email_local_part=omit(email_local_part),
            sending_domain_id=domain_id,
        )
        response = await create_mailbox.asyncio_detailed(client=self._api, body=body)
        return parsed(response, Mailbox)

    async def update(
        self,
        email_address: str,
        *,
        display_name: NotGivenOr[str | None] = NOT_GIVEN,
        webhook_url: NotGivenOr[str | None] = NOT_GIVEN,
        filter_mode: NotGivenOr[FilterMode | str] = NOT_GIVEN,
        signature_html: NotGivenOr[str | None] = NOT_GIVEN,
        signature_text: NotGivenOr[str | None] = NOT_GIVEN,
        signature_enabled: NotGivenOr[bool] = NOT_GIVEN,
    ) -> Mailbox:
        """Change a mailbox; only the arguments given are sent, and `None` clears a field.

        Args:
            email_address: The mailbox's address.
            display_name: Sender name (guide era).
            webhook_url: URL that receives the mailbox's `message.*` events; `None` removes it
                (guide era).
            filter_mode: `"whitelist"` or `"blacklist"` (admin keys only). When this changes
                the mode, the result's `filter_mode_change_notice` says how many contact
                rules became redundant.
            signature_html: HTML signature.
            signature_text: Plain-text signature.
            signature_enabled: Whether the signature is appended.

        Returns:
            The updated mailbox.

        Raises:
            ValueError: An unknown `filter_mode`.
            PermissionDeniedError: `filter_mode` with an agent-scoped key (403).
        """
        from inkbox_api.api.mailboxes import update_mailbox
        from inkbox_api.models import FilterMode, Mailbox, MailboxUpdate

        mode: NotGivenOr[FilterMode] = NOT_GIVEN
        if filter_mode is not NOT_GIVEN:
            mode = as_enum(filter_mode, FilterMode, "filter_mode")
        body = MailboxUpdate(
            filter_mode=given(mode),
            display_name=given(display_name),
            webhook_url=given(webhook_url),
            signature_html=given(signature_html),
            signature_text=given(signature_text),
            signature_enabled=given(signature_enabled),
        )
        response = await update_mailbox.asyncio_detailed(
            require_text(email_address, "email_address"), client=self._api, body=body
        )
        return parsed(response, Mailbox)

    async def search(
        self, email_address: str, *, q: str, limit: int = 50
    ) -> builtins.list[Message]:
        """Full-text search of a mailbox's messages, best match first (one page).

        Args:
            email_address: The mailbox's address.
            q: The search query.
            limit: At most this many results (1-100).

        Returns:
            The matching messages.
        """
        from inkbox_api.api.mailboxes import search_mailbox
        from inkbox_api.models import MessagePage

        response = await search_mailbox.asyncio_detailed(
            require_text(email_address, "email_address"),
            client=self._api,
            q=require_text(q, "q"),
            limit=check_limit(limit, high=MAX_PAGE_SIZE),
        )
        return list(parsed(response, MessagePage).items)

    async def delete(self, email_address: str) -> None:
        """Delete a mailbox (guide era): its mail is kept but hidden, and delivery stops.

        Args:
            email_address: The mailbox's address, e.g. `"abc@inkboxmail.com"`.

        Raises:
            NotFoundError: No such mailbox.
        """
        from inkbox_api.api.mailboxes import delete_mailbox

        await delete_mailbox.asyncio_detailed(
            require_text(email_address, "email_address"), client=self._api
        )
