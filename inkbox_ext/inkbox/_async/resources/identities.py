"""`inkbox.identities`: agent identities by handle, and the links to their channels.

`inkbox.create_identity()` / `get_identity()` / `list_identities()` and the methods of
`AgentIdentity` fill in the handle and delegate here; this is their one path to the wire.
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..._types import NOT_GIVEN, NotGivenOr
from ..._wire import (
    as_uuid,
    given,
    omit,
    omitted,
    opt_enum,
    opt_text,
    parsed,
    parsed_list,
    patch_text,
    require_text,
)
from ._base import AsyncResource

if TYPE_CHECKING:
    from inkbox_api.models import (
        AgentIdentityStatus,
        AgentIdentitySummary,
        IdentityPhoneNumberCreate,
    )

__all__ = ["AsyncIdentitiesResource"]


class AsyncIdentitiesResource(AsyncResource):
    """Identity CRUD and channel links, by handle; every call answers the full identity."""

    async def create(
        self,
        agent_handle: str,
        *,
        display_name: str | None = None,
        description: NotGivenOr[str | None] = NOT_GIVEN,
        email_local_part: str | None = None,
        sending_domain: NotGivenOr[str | None] = NOT_GIVEN,
        create_mailbox: bool = True,
        phone_number: IdentityPhoneNumberCreate | Mapping[str, Any] | None = None,
        vault_secret_ids: uuid.UUID | str | Sequence[uuid.UUID | str] | None = None,
    ) -> AgentIdentitySummary:
        """Create an agent identity; its mailbox is created with it.

        Args:
            agent_handle: Unique handle, e.g. `"sales-agent"` (a leading `@` is stripped).
            display_name: Human-readable name; defaults to the handle.
            description: Org-internal description.
            email_local_part: Requested local part of the address (custom domains only).
            sending_domain: Bare domain the mailbox sends from, e.g. `"mail.acme.com"` (a
                verified custom domain); `None` forces the platform domain; omit to inherit
                the organization's default.
            create_mailbox: Accepted for 0.3.1's signature. The server always creates the
                identity's mailbox (the guide relies on it), so `False` cannot skip it and
                is refused.
            phone_number: Provision and link a number in the same request: an
                `IdentityPhoneNumberCreate` (`IdentityPhoneNumberCreateOptions`) or a dict of
                its fields (`type`, `state`, `incoming_call_action`, ...).
            vault_secret_ids: Vault secrets the identity may use: `"*"` / `"all"`, one secret
                id, or a list of ids.

        Returns:
            The new identity, with its mailbox.

        Raises:
            ValueError: An empty handle, local part or domain; `create_mailbox=False`.
            TypeError: `phone_number` or `vault_secret_ids` of the wrong kind.
            ConflictError: The handle is taken (409).
        """
        from inkbox_api.api.identities import create_identity
        from inkbox_api.models import (
            AgentIdentityCreate,
            AgentIdentitySummary,
            IdentityMailboxCreate,
        )

        if not create_mailbox:
            raise ValueError(
                "create_mailbox=False is not possible: every identity gets its mailbox "
                "(unlink it afterwards with identity.unlink_mailbox())"
            )
        mailbox = None
        if email_local_part is not None or sending_domain is not NOT_GIVEN:
            mailbox = IdentityMailboxCreate(
                email_local_part=opt_text(email_local_part, "email_local_part"),
                sending_domain=patch_text(sending_domain, "sending_domain"),
            )
        # Fields left out take the server's defaults, so the request carries only what the
        # caller chose.
        body = AgentIdentityCreate(
            agent_handle=require_text(agent_handle, "agent_handle"),
            display_name=omit(display_name),
            description=given(description),
            imessage_enabled=omitted(),
            contact_sharing_enabled=omitted(),
            mailbox=omit(mailbox),
            phone_number=omit(_phone_options(phone_number)),
            vault_secret_ids=omit(_secret_selection(vault_secret_ids)),
        )
        response = await create_identity.asyncio_detailed(client=self._api, body=body)
        return parsed(response, AgentIdentitySummary)

    async def get(self, agent_handle: str) -> AgentIdentitySummary:
        """An identity by handle, with its channels.

        Raises:
            NotFoundError: No such identity (404).
        """
        from inkbox_api.api.identities import get_identity
        from inkbox_api.models import AgentIdentitySummary

        response = await get_identity.asyncio_detailed(
            require_text(agent_handle, "agent_handle"), client=self._api
        )
        return parsed(response, AgentIdentitySummary)

    async def list(self) -> builtins.list[AgentIdentitySummary]:
        """The organization's active identities, newest first (an agent key sees itself)."""
        from inkbox_api.api.identities import list_identities
        from inkbox_api.models import AgentIdentitySummary

        response = await list_identities.asyncio_detailed(client=self._api)
        return parsed_list(response, AgentIdentitySummary)

    async def update(
        self,
        agent_handle: str,
        *,
        new_handle: str | None = None,
        status: AgentIdentityStatus | str | None = None,
        display_name: NotGivenOr[str | None] = NOT_GIVEN,
        description: NotGivenOr[str | None] = NOT_GIVEN,
    ) -> AgentIdentitySummary:
        """Rename, pause/resume, or relabel an identity; only the arguments given are sent.

        Args:
            agent_handle: The identity's current handle.
            new_handle: The new handle (guide era; current servers fix the handle at creation).
            status: `"active"` or `"paused"` (guide era).
            display_name: New display name; `None` clears it.
            description: New description; `None` clears it.

        Returns:
            The updated identity.

        Raises:
            ValueError: `status` is not `"active"` or `"paused"`, or `new_handle` is empty.
            ConflictError: `new_handle` is taken (409).
        """
        from inkbox_api.api.identities import update_identity
        from inkbox_api.models import AgentIdentityStatus, AgentIdentitySummary, AgentIdentityUpdate

        body = AgentIdentityUpdate(
            agent_handle=opt_text(new_handle, "new_handle"),
            status=opt_enum(status, AgentIdentityStatus, "status"),
            display_name=given(display_name),
            description=given(description),
        )
        response = await update_identity.asyncio_detailed(
            require_text(agent_handle, "agent_handle"), client=self._api, body=body
        )
        return parsed(response, AgentIdentitySummary)

    async def delete(self, agent_handle: str) -> None:
        """Delete an identity (guide era: its channels are unlinked, not deleted).

        Raises:
            NotFoundError: No such identity (any more).
        """
        from inkbox_api.api.identities import delete_identity

        await delete_identity.asyncio_detailed(
            require_text(agent_handle, "agent_handle"), client=self._api
        )

    async def assign_mailbox(
        self, agent_handle: str, mailbox_id: uuid.UUID | str
    ) -> AgentIdentitySummary:
        """Link an existing mailbox to an identity (guide era).

        Args:
            agent_handle: The identity's handle.
            mailbox_id: The mailbox's id (`mailbox.id`).

        Returns:
            The identity, with the mailbox linked.

        Raises:
            ValueError: `mailbox_id` is not a UUID.
            ConflictError: The mailbox belongs to another identity (409).
        """
        from inkbox_api.api.identities import assign_identity_mailbox
        from inkbox_api.models import AgentIdentitySummary, AssignMailboxRequest

        body = AssignMailboxRequest(mailbox_id=as_uuid(mailbox_id, "mailbox_id"))
        response = await assign_identity_mailbox.asyncio_detailed(
            require_text(agent_handle, "agent_handle"), client=self._api, body=body
        )
        return parsed(response, AgentIdentitySummary)

    async def unlink_mailbox(self, agent_handle: str) -> None:
        """Unlink an identity's mailbox without deleting the mailbox (guide era)."""
        from inkbox_api.api.identities import unlink_identity_mailbox

        await unlink_identity_mailbox.asyncio_detailed(
            require_text(agent_handle, "agent_handle"), client=self._api
        )

    async def assign_phone_number(
        self, agent_handle: str, phone_number_id: uuid.UUID | str
    ) -> AgentIdentitySummary:
        """Link an existing phone number to an identity (guide era).

        Args:
            agent_handle: The identity's handle.
            phone_number_id: The number's id (`number.id`).

        Returns:
            The identity, with the number linked.

        Raises:
            ValueError: `phone_number_id` is not a UUID.
            ConflictError: The number belongs to another identity (409).
        """
        from inkbox_api.api.identities import assign_identity_phone_number
        from inkbox_api.models import AgentIdentitySummary, AssignPhoneNumberRequest

        body = AssignPhoneNumberRequest(phone_number_id=as_uuid(phone_number_id, "phone_number_id"))
        response = await assign_identity_phone_number.asyncio_detailed(
            require_text(agent_handle, "agent_handle"), client=self._api, body=body
        )
        return parsed(response, AgentIdentitySummary)

    async def unlink_phone_number(self, agent_handle: str) -> None:
        """Detach an identity's phone number (the number stays with the organization)."""
        from inkbox_api.api.identities import unlink_identity_phone_number

        await unlink_identity_phone_number.asyncio_detailed(
            require_text(agent_handle, "agent_handle"), client=self._api
        )


def _phone_options(
    value: IdentityPhoneNumberCreate | Mapping[str, Any] | None,
) -> IdentityPhoneNumberCreate | None:
    from inkbox_api.models import IdentityPhoneNumberCreate

    if value is None or isinstance(value, IdentityPhoneNumberCreate):
        return value
    if not isinstance(value, Mapping):
        raise TypeError(
            "phone_number must be an IdentityPhoneNumberCreateOptions or a dict, "
            f"not {type(value).__name__}"
        )
    return IdentityPhoneNumberCreate.from_dict(dict(value))


def _secret_selection(
    value: uuid.UUID | str | Sequence[uuid.UUID | str] | None,
) -> str | builtins.list[str] | None:
    """`"*"`/`"all"`, one secret id or a list of ids, as the wire spells them."""
    if value is None:
        return None
    if isinstance(value, str) and value in ("*", "all"):
        return value
    if isinstance(value, uuid.UUID | str):
        return str(as_uuid(value, "vault_secret_ids"))
    if not isinstance(value, Sequence):
        raise TypeError(
            f"vault_secret_ids must be '*', a secret id or a list of ids, not {type(value).__name__}"
        )
    return [str(as_uuid(item, f"vault_secret_ids[{i}]")) for i, item in enumerate(value)]
