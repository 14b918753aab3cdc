"""`AsyncAgentIdentity`: an identity with its channels, and the calls scoped to it.

The class is assembled from one mixin per channel so each stays a small module:
`identity_mail.py` (email and threads), `identity_phone.py` (calls and texts),
`identity_vault.py` (credentials and secrets). The identity makes no HTTP of its own beyond
what its methods name; it pre-fills the scoping (mailbox address, phone number id) and raises
`InkboxError` before any request when the channel a method needs is missing.
"""

from __future__ import annotations

import datetime
import uuid
from typing import TYPE_CHECKING, Self

import attrs

from .._exceptions_base import InkboxError
from .._types import NOT_GIVEN, NotGivenOr

if TYPE_CHECKING:
    from inkbox_api.models import (
        AgentIdentityStatus,
        AgentIdentitySummary,
        FilterMode,
        IdentityMailbox,
        IdentityPhoneNumber,
        PhoneNumberType,
    )

    from .client import AsyncInkbox

__all__ = ["AsyncAgentIdentity", "AsyncIdentityBase"]


class AsyncIdentityBase:
    """State shared by the channel mixins: the owning client and the last-fetched identity."""

    def __init__(self, client: AsyncInkbox, data: AgentIdentitySummary) -> None:
        self._client = client
        self._data = data

    @property
    def id(self) -> uuid.UUID:
        """The identity's id."""
        return self._data.id

    @property
    def agent_handle(self) -> str:
        """The identity's handle, e.g. `"sales-agent"`."""
        return self._data.agent_handle

    @property
    def organization_id(self) -> str:
        """The organization the identity belongs to."""
        return self._data.organization_id

    @property
    def display_name(self) -> str | None:
        """Human-readable name, or None."""
        return self._data.display_name

    @property
    def description(self) -> str | None:
        """Org-internal description, or None."""
        return self._data.description

    @property
    def email_address(self) -> str:
        """The identity's email address (authoritative: never derive it from the handle).

        Raises:
            InkboxError: The identity has no mailbox (`identity.mailbox is None`).
        """
        address = self._email_address()
        if address is None:
            raise InkboxError(
                f"identity {self.agent_handle!r} has no mailbox, so no email address; check "
                "identity.mailbox, or assign one with identity.assign_mailbox(mailbox_id)"
            )
        return address

    def _email_address(self) -> str | None:
        if self._data.email_address is not None:
            return self._data.email_address
        mailbox = self._data.mailbox
        return mailbox.email_address if mailbox is not None else None

    @property
    def mailbox(self) -> IdentityMailbox | None:
        """The identity's mailbox, or None when it has none."""
        return self._data.mailbox

    @property
    def phone_number(self) -> IdentityPhoneNumber | None:
        """The identity's phone number, or None when it has none."""
        return self._data.phone_number

    @property
    def created_at(self) -> datetime.datetime:
        """When the identity was created."""
        return self._data.created_at

    @property
    def updated_at(self) -> datetime.datetime:
        """When the identity last changed."""
        return self._data.updated_at

    @property
    def data(self) -> AgentIdentitySummary:
        """The identity as last fetched from the server (every field of the wire object)."""
        return self._data

    async def refresh(self) -> Self:
        """Re-fetch the identity, updating its cached mailbox and phone number.

        Returns:
            This identity, for chaining.

        Raises:
            NotFoundError: The identity no longer exists.
        """
        self._set_data(await self._client.identities.get(self.agent_handle))
        return self

    def _set_data(self, data: AgentIdentitySummary) -> None:
        """Replace the identity as last known; every change goes through here, so state derived
        from it is dropped in one place."""
        self._data = data
        self._forget_cached_state()

    def _forget_cached_state(self) -> None:
        """Hook for mixins holding state derived from the identity (e.g. filtered credentials)."""

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

    def __repr__(self) -> str:
        number = self._data.phone_number
        return (
            f"{type(self).__name__}(agent_handle={self.agent_handle!r}, "
            f"email_address={self._email_address()!r}, "
            f"phone_number={number.number if number else None!r})"
        )


# The mixins subclass AsyncIdentityBase, so they are imported once it exists (the base stays in
# this module, where the channel modules import it from).
from .identity_account import AsyncIdentityAccountMixin  # noqa: E402
from .identity_contact_policy import AsyncIdentityContactPolicyMixin  # noqa: E402
from .identity_drafts import AsyncIdentityDraftsMixin  # noqa: E402
from .identity_mail import AsyncIdentityMailMixin  # noqa: E402
from .identity_phone import AsyncIdentityPhoneMixin  # noqa: E402
from .identity_rules import AsyncIdentityRulesMixin  # noqa: E402
from .identity_vault import AsyncIdentityVaultMixin  # noqa: E402


class AsyncAgentIdentity(
    AsyncIdentityMailMixin,
    AsyncIdentityDraftsMixin,
    AsyncIdentityPhoneMixin,
    AsyncIdentityRulesMixin,
    AsyncIdentityVaultMixin,
    AsyncIdentityAccountMixin,
    AsyncIdentityContactPolicyMixin,
    AsyncIdentityBase,
):
    """An agent identity: its handle and channels, and everything scoped to them.

    Get one from `inkbox.create_identity(handle)` or `inkbox.get_identity(handle)`. Channel
    methods (mail, phone, texts) raise `InkboxError` before any request when the identity has
    no such channel.
    """

    async def update(
        self,
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
    ) -> None:
        """Relabel this identity or change its filter modes; see `AsyncIdentitiesResource.update`.

        Args:
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
        """
        data = await self._client.identities.update(
            self.agent_handle,
            new_handle=new_handle,
            status=status,
            display_name=display_name,
            description=description,
            contact_sharing_enabled=contact_sharing_enabled,
            idempotency_key=idempotency_key,
            mail_filter_mode=mail_filter_mode,
            phone_filter_mode=phone_filter_mode,
            mail_inbound_filter_mode=mail_inbound_filter_mode,
            mail_outbound_filter_mode=mail_outbound_filter_mode,
            phone_inbound_filter_mode=phone_inbound_filter_mode,
            phone_outbound_filter_mode=phone_outbound_filter_mode,
        )
        self._set_data(data)

    async def delete(self) -> None:
        """Delete this identity; see `AsyncIdentitiesResource.delete`."""
        await self._client.identities.delete(self.agent_handle)

    async def provision_phone_number(
        self, *, type: PhoneNumberType | str = "local", state: str | None = None
    ) -> IdentityPhoneNumber:
        """Buy a number for this identity, then refresh it; see `AsyncPhoneNumbersResource.provision`.

        Args:
            type: `"local"` (the default) or `"toll_free"`.
            state: US state code to pick a local number from, e.g. `"NY"`.

        Returns:
            The identity's new phone number (also `identity.phone_number`).
        """
        await self._client.phone_numbers.provision(self.agent_handle, type=type, state=state)
        await self.refresh()
        number = self._data.phone_number
        if number is None:
            raise InkboxError(
                f"the server provisioned a number but identity {self.agent_handle!r} "
                "shows none linked"
            )
        return number

    async def create_mailbox(
        self,
        *,
        display_name: str | None = None,
        email_local_part: str | None = None,
        sending_domain_id: NotGivenOr[str | None] = NOT_GIVEN,
    ) -> IdentityMailbox:
        """Create a mailbox for this identity, then refresh it; see `AsyncMailboxesResource.create`.

        Args:
            display_name: Sender name.
            email_local_part: Requested local part of the address.
            sending_domain_id: A verified custom domain's id (`domain.id`) to send from;
                `None` forces the platform domain; omit to inherit the org default.

        Returns:
            The identity's new mailbox (also `identity.mailbox`).
        """
        await self._client.mailboxes.create(
            agent_handle=self.agent_handle,
            display_name=display_name,
            email_local_part=email_local_part,
            sending_domain_id=sending_domain_id,
        )
        await self.refresh()
        return self._require_mailbox()

    async def assign_mailbox(self, mailbox_id: uuid.UUID | str) -> IdentityMailbox:
        """Link a mailbox to this identity; see `AsyncIdentitiesResource.assign_mailbox`.

        Args:
            mailbox_id: The mailbox's id (`mailbox.id`).
        """
        self._set_data(await self._client.identities.assign_mailbox(self.agent_handle, mailbox_id))
        return self._require_mailbox()

    async def unlink_mailbox(self) -> None:
        """Unlink this identity's mailbox; see `AsyncIdentitiesResource.unlink_mailbox`.

        Raises:
            InkboxError: The identity has no mailbox (no request is sent).
        """
        self._require_mailbox()
        await self._client.identities.unlink_mailbox(self.agent_handle)
        self._set_data(attrs.evolve(self._data, mailbox=None, email_address=None))

    async def assign_phone_number(self, phone_number_id: uuid.UUID | str) -> IdentityPhoneNumber:
        """Link a number to this identity; see `AsyncIdentitiesResource.assign_phone_number`.

        Args:
            phone_number_id: The number's id (`number.id`).
        """
        data = await self._client.identities.assign_phone_number(self.agent_handle, phone_number_id)
        self._set_data(data)
        return self._require_phone_number()

    async def unlink_phone_number(self) -> None:
        """Detach this identity's number; see `AsyncIdentitiesResource.unlink_phone_number`.

        Raises:
            InkboxError: The identity has no phone number (no request is sent).
        """
        self._require_phone_number()
        await self._client.identities.unlink_phone_number(self.agent_handle)
        self._set_data(attrs.evolve(self._data, phone_number=None))

    async def release_phone_number(self) -> None:
        """Release this identity's number; see `AsyncIdentitiesResource.release_phone_number`.

        Raises:
            InkboxError: The identity has no phone number (no request is sent).
        """
        self._require_phone_number()
        await self._client.identities.release_phone_number(self.agent_handle)
        self._set_data(attrs.evolve(self._data, phone_number=None))


def _name_methods_after(cls: type) -> None:
    """Name the mixins' methods after the public class.

    Python words a call mistake with the function's `__qualname__` ("… got an unexpected keyword
    argument 'too'"); users know `AgentIdentity.send_email`, not the mixin that happens to
    hold it. The mixins serve this one class, so renaming them in place is safe.
    """
    for base in cls.__mro__[1:]:
        if not issubclass(base, AsyncIdentityBase):
            continue
        for name, member in vars(base).items():
            function = member.fget if isinstance(member, property) else member
            if callable(function) and hasattr(function, "__qualname__"):
                function.__qualname__ = f"{cls.__name__}.{name}"


_name_methods_after(AsyncAgentIdentity)
