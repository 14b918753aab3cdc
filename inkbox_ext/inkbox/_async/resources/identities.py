"""`inkbox.identities`: agent identities by handle, and the links to their channels.

`inkbox.create_identity()` / `get_identity()` / `list_identities()` and the methods of
`AgentIdentity` fill in the handle and delegate here; this is their one path to the wire.
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ..._retry import resolve_idempotency_key
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
    patch_enum,
    patch_text,
    require_text,
)
from ._base import AsyncResource

if TYPE_CHECKING:
    from inkbox_api.models import (
        AgentIdentityStatus,
        AgentIdentitySummary,
        FilterMode,
        IdentityDomainAffiliation,
        IdentityMailboxCreate,
        IdentityPhoneNumberCreate,
        IdentityTunnelCreate,
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
        contact_sharing_enabled: bool | None = None,
        mailbox: IdentityMailboxCreate | Mapping[str, Any] | None = None,
        tunnel: IdentityTunnelCreate | Mapping[str, Any] | None = None,
        phone_number: IdentityPhoneNumberCreate | Mapping[str, Any] | None = None,
        vault_secret_ids: uuid.UUID | str | Iterable[uuid.UUID | str] | None = None,
    ) -> AgentIdentitySummary:
        """Create an agent identity; its mailbox and tunnel are created with it.

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
            contact_sharing_enabled: Whether a dedicated line shares the identity's name
                (server default: true).
            mailbox: The mailbox options as 0.7.20 passes them (`IdentityMailboxCreate` or its
                dict); do not combine with `email_local_part`/`sending_domain`.
            tunnel: Tunnel options, e.g. `IdentityTunnelCreate(tls_mode=TLSMode.PASSTHROUGH)`.
            phone_number: Provision a number with the identity (`IdentityPhoneNumberCreate`
                or its dict, e.g. `{"type": "local", "state": "NY"}`).
            vault_secret_ids: Vault secrets to grant: `"*"`/`"all"`, one id, or several.

        Returns:
            The new identity, with its mailbox and tunnel (and number, when asked for).

        Raises:
            ValueError: An empty handle, local part or domain; `create_mailbox=False`;
                `mailbox` combined with `email_local_part`/`sending_domain`; a secret id that
                is not a UUID.
            TypeError: An option that is neither its model nor a dict.
            ConflictError: The handle is taken (409).
        """
        from inkbox_api.api.identities import create_identity
        from inkbox_api.models import (
            AgentIdentityCreate,
            AgentIdentitySummary,
            IdentityMailboxCreate,
            IdentityPhoneNumberCreate,
            IdentityTunnelCreate,
        )

        if not create_mailbox:
            raise ValueError(
                "create_mailbox=False is not possible: every identity gets its mailbox "
                "(unlink it afterwards with identity.unlink_mailbox())"
            )
        if email_local_part is not None or sending_domain is not NOT_GIVEN:
            if mailbox is not None:
                raise ValueError(
                    "give the mailbox options either as mailbox= or as "
                    "email_local_part=/sending_domain=, not both"
                )
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
            contact_sharing_enabled=omit(contact_sharing_enabled),
            mailbox=omit(_option(mailbox, IdentityMailboxCreate, "mailbox")),
            tunnel=omit(_option(tunnel, IdentityTunnelCreate, "tunnel")),
            phone_number=omit(_option(phone_number, IdentityPhoneNumberCreate, "phone_number")),
            vault_secret_ids=omit(_secret_selection(vault_secret_ids)),
        )
        response = await create_identity.asyncio_detailed(client=self._api, body=body)
        return parsed(response, AgentIdentitySummary)

    async def get(self, agent_handle: str) -> AgentIdentitySummary:
        """An identity by handle, with its channels.

        Args:
            agent_handle: Unique handle, e.g. `"sales-agent"` (a leading `@` is stripped).

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
        contact_sharing_enabled: bool | None = None,
        idempotency_key: str | None = None,
        mail_filter_mode: FilterMode | str | None = None,
        phone_filter_mode: FilterMode | str | None = None,
        mail_inbound_filter_mode: NotGivenOr[FilterMode | str] = NOT_GIVEN,
        mail_outbound_filter_mode: NotGivenOr[FilterMode | str] = NOT_GIVEN,
        phone_inbound_filter_mode: NotGivenOr[FilterMode | str] = NOT_GIVEN,
        phone_outbound_filter_mode: NotGivenOr[FilterMode | str] = NOT_GIVEN,
    ) -> AgentIdentitySummary:
        """Relabel an identity or change its filter modes; only the arguments given are sent.

        Args:
            agent_handle: The identity's current handle.
            new_handle: The new handle (guide era; current servers fix the handle at creation).
            status: `"active"` or `"paused"` (guide era).
            display_name: New display name; `None` clears it.
            description: New description; `None` clears it.
            contact_sharing_enabled: Whether a dedicated line shares the identity's name.
            idempotency_key: Your key (1-255 printable ASCII) making a retried update safe.
            mail_filter_mode: `"whitelist"` or `"blacklist"` for mail both ways (admin keys).
            phone_filter_mode: The same for calls and texts.
            mail_inbound_filter_mode: Mail filter mode for inbound mail only; not combinable
                with `mail_filter_mode`.
            mail_outbound_filter_mode: The same for outbound mail.
            phone_inbound_filter_mode: The same for inbound calls and texts; not
                combinable with `phone_filter_mode`.
            phone_outbound_filter_mode: The same for outbound calls and texts.

        Returns:
            The updated identity.

        Raises:
            ValueError: `status` or a filter mode is not one of its values, a shared and a
                directional mode of one channel are combined, `new_handle` is empty, or the
                idempotency key is malformed.
            ForbiddenError: A filter mode changed with an agent-scoped key (403).
            ConflictError: `new_handle` is taken (409).
        """
        from inkbox_api.api.identities import update_identity
        from inkbox_api.models import (
            AgentIdentityStatus,
            AgentIdentitySummary,
            AgentIdentityUpdate,
            FilterMode,
        )

        for channel, shared, inbound, outbound in (
            ("mail", mail_filter_mode, mail_inbound_filter_mode, mail_outbound_filter_mode),
            ("phone", phone_filter_mode, phone_inbound_filter_mode, phone_outbound_filter_mode),
        ):
            if shared is not None and (inbound is not NOT_GIVEN or outbound is not NOT_GIVEN):
                raise ValueError(
                    f"give either {channel}_filter_mode or the directional {channel} modes, "
                    "not both"
                )
        body = AgentIdentityUpdate(
            agent_handle=opt_text(new_handle, "new_handle"),
            status=opt_enum(status, AgentIdentityStatus, "status"),
            display_name=given(display_name),
            description=given(description),
            contact_sharing_enabled=omit(contact_sharing_enabled),
            mail_filter_mode=opt_enum(mail_filter_mode, FilterMode, "mail_filter_mode"),
            phone_filter_mode=opt_enum(phone_filter_mode, FilterMode, "phone_filter_mode"),
            mail_inbound_filter_mode=patch_enum(
                mail_inbound_filter_mode, FilterMode, "mail_inbound_filter_mode"
            ),
            mail_outbound_filter_mode=patch_enum(
                mail_outbound_filter_mode, FilterMode, "mail_outbound_filter_mode"
            ),
            phone_inbound_filter_mode=patch_enum(
                phone_inbound_filter_mode, FilterMode, "phone_inbound_filter_mode"
            ),
            phone_outbound_filter_mode=patch_enum(
                phone_outbound_filter_mode, FilterMode, "phone_outbound_filter_mode"
            ),
        )
        key = None if idempotency_key is None else resolve_idempotency_key(idempotency_key)
        response = await update_identity.asyncio_detailed(
            require_text(agent_handle, "agent_handle"),
            client=self._api,
            body=body,
            idempotency_key=omit(key),
        )
        return parsed(response, AgentIdentitySummary)

    async def delete(self, agent_handle: str) -> None:
        """Delete an identity (guide era: its channels are unlinked, not deleted).

        Args:
            agent_handle: Unique handle, e.g. `"sales-agent"` (a leading `@` is stripped).

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
        """Unlink an identity's mailbox without deleting the mailbox (guide era).

        Args:
            agent_handle: Unique handle, e.g. `"sales-agent"` (a leading `@` is stripped).
        """
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
        """Detach an identity's phone number (the number stays with the organization).

        Args:
            agent_handle: Unique handle, e.g. `"sales-agent"` (a leading `@` is stripped).
        """
        from inkbox_api.api.identities import unlink_identity_phone_number

        await unlink_identity_phone_number.asyncio_detailed(
            require_text(agent_handle, "agent_handle"), client=self._api
        )

    async def release_phone_number(self, agent_handle: str) -> None:
        """0.7.20's name for `unlink_phone_number` (the same request).

        Current servers release the number at the carrier; the guide's servers (and the
        emulator, where the guide wins) keep it with the organization, unlinked.

        Args:
            agent_handle: Unique handle, e.g. `"sales-agent"` (a leading `@` is stripped).

        Raises:
            NotFoundError: The identity has no phone number (404).
        """
        await self.unlink_phone_number(agent_handle)

    async def get_domain_affiliation(self, agent_handle: str) -> IdentityDomainAffiliation:
        """The verified organization domain the identity speaks for.

        Args:
            agent_handle: Unique handle, e.g. `"sales-agent"` (a leading `@` is stripped).

        Returns:
            The affiliation; every field is `None` when the identity has none.

        Raises:
            NotFoundError: No such identity (404).
        """
        from inkbox_api.api.organization_domains import get_identity_domain_affiliation
        from inkbox_api.models import IdentityDomainAffiliation

        response = await get_identity_domain_affiliation.asyncio_detailed(
            require_text(agent_handle, "agent_handle"), client=self._api
        )
        return parsed(response, IdentityDomainAffiliation)

    async def set_domain_affiliation(
        self, agent_handle: str, domain_claim_id: str
    ) -> IdentityDomainAffiliation:
        """Affiliate the identity with a verified domain claim (admin keys).

        Args:
            agent_handle: The identity's handle.
            domain_claim_id: The claim's id (`inkbox.organization_domains.create(...).id`).

        Returns:
            The affiliation, with Inkbox's assertion (`affiliation`).

        Raises:
            NotFoundError: No such identity or claim (404).
            ConflictError: The claim is not verified (409).
            ForbiddenError: An agent-scoped key (403).
        """
        from inkbox_api.api.organization_domains import set_identity_domain_affiliation
        from inkbox_api.models import IdentityDomainAffiliation, IdentityDomainAffiliationSet

        body = IdentityDomainAffiliationSet(
            domain_claim_id=require_text(domain_claim_id, "domain_claim_id")
        )
        response = await set_identity_domain_affiliation.asyncio_detailed(
            require_text(agent_handle, "agent_handle"), client=self._api, body=body
        )
        return parsed(response, IdentityDomainAffiliation)

    async def remove_domain_affiliation(self, agent_handle: str) -> None:
        """Remove the identity's domain affiliation (admin keys; none to remove is fine).

        Args:
            agent_handle: Unique handle, e.g. `"sales-agent"` (a leading `@` is stripped).
        """
        from inkbox_api.api.organization_domains import remove_identity_domain_affiliation

        await remove_identity_domain_affiliation.asyncio_detailed(
            require_text(agent_handle, "agent_handle"), client=self._api
        )


def _option(value: Any, model: Any, name: str) -> Any:
    """A nested create option: the generated model as is, or built from the caller's dict."""
    if value is None or isinstance(value, model):
        return value
    if isinstance(value, Mapping):
        return model.from_dict(dict(value))
    raise TypeError(f"{name} must be a {model.__name__} or a dict, not {type(value).__name__}")


def _secret_selection(value: uuid.UUID | str | Iterable[uuid.UUID | str] | None) -> Any:
    """`vault_secret_ids` on the wire: "*"/"all", one id, or a list of ids (checked here)."""
    if value is None or value in ("*", "all"):
        return value
    if isinstance(value, uuid.UUID | str):
        return str(as_uuid(value, "vault_secret_ids"))
    return [str(as_uuid(item, "vault_secret_ids")) for item in value]
