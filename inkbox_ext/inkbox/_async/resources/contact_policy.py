"""What an identity may see of, and do with, a contact (0.7.20): `contacts.access.get/update`,
`contacts.permissions`, `contacts.communication_policy` and `contacts.correspondence`.

Access settings, permissions and the communication policy are views of one server-side state;
every change bumps the contact's policy revision, which `communication_policy.replace` must name
(a stale one is a `CommunicationPolicyRevisionConflictError`).
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from inkbox_api.api.contacts import (
    get_contact_access_settings,
    get_contact_communication_policy,
    get_contact_correspondence,
    get_contact_permissions,
    list_identity_contact_communication_policies,
    list_identity_contact_permissions,
    preview_contact_communication,
    replace_contact_communication_policy,
    update_contact_access_settings,
    update_contact_permissions,
)
from inkbox_api.models import (
    ContactAccessSettings,
    ContactAccessSettingsUpdate,
    ContactAddressKind,
    ContactAddressUpdate,
    ContactChannelAccessUpdate,
    ContactCommunicationPolicy,
    ContactCommunicationPolicyPage,
    ContactCommunicationPolicyReplace,
    ContactCommunicationPreview,
    ContactCorrespondence,
    ContactDecision,
    ContactIdentityVisibilityDecisions,
    ContactListOrder,
    ContactPermissionEntry,
    ContactPermissionPage,
    ContactPermissions,
    ContactPermissionsUpdate,
    ContactPermissionsUpdateEmails,
    ContactPermissionsUpdateInboundEmails,
    ContactPermissionsUpdateInboundPhones,
    ContactPermissionsUpdateOutboundEmails,
    ContactPermissionsUpdateOutboundPhones,
    ContactPermissionsUpdatePhones,
    ContactReviewStatus,
    ContactRuleDirection,
    ContactVisibilityDecisions,
    ContactVisibilityPolicy,
)

from ..._correspondence import ContactCorrespondenceOptions
from ..._types import NOT_GIVEN, NotGivenOr
from ..._wire import (
    as_enum,
    as_uuid,
    check_limit,
    check_offset,
    is_omitted,
    omit,
    opt_enum_list,
    opt_uuid,
    parsed,
    require_text,
)
from ..pager import AsyncPager
from ._base import AsyncResource

__all__ = [
    "AsyncContactAccessSettingsMethods",
    "AsyncContactCommunicationPolicyResource",
    "AsyncContactCorrespondenceResource",
    "AsyncContactPermissionsResource",
]

_PROFILE_RULE = "profile cannot be disabled while email, phone, or memories is enabled"


# ── access settings (`contacts.access.get/update`) ───────────────────────────


def _lists_of(group: ContactChannelAccessUpdate) -> dict[str, Any]:
    return {
        name: value
        for name in ("contactable", "inbound_contactable", "outbound_contactable")
        if not is_omitted(value := getattr(group, name))
    }


def _check_group(group: ContactChannelAccessUpdate | None, name: str) -> bool:
    """Refuse what the server would (a null or mixed list, a hidden group with addresses);
    True when the group shows or lists anything."""
    if group is None:
        return False
    if not isinstance(group, ContactChannelAccessUpdate):
        raise TypeError(f"{name} must be a ContactChannelAccessUpdate, not {type(group).__name__}")
    lists = _lists_of(group)
    if any(value is None for value in lists.values()):
        raise ValueError(f"{name}: contactable lists cannot be None; leave unchanged ones out")
    if "contactable" in lists and len(lists) > 1:
        raise ValueError(f"{name}: contactable cannot be combined with the directional lists")
    listed = any(bool(value) for value in lists.values())
    if group.visible is False and listed:
        raise ValueError(f"{name}: a hidden group cannot list contactable addresses")
    return group.visible is True or listed


class AsyncContactAccessSettingsMethods(AsyncResource):
    """`get` and `update` of one identity's access to a contact (the 0.7.20 replacement for
    the guide-era grants, which `contacts.access` keeps beside them)."""

    async def get(self, handle: str, contact_id: uuid.UUID | str) -> ContactAccessSettings:
        """What one identity sees of a contact and which addresses it may use (admin keys).

        Args:
            handle: Handle of the agent identity.
            contact_id: Id of the contact.

        Returns:
            Group visibility and the contactable addresses per direction.
        """
        response = await get_contact_access_settings.asyncio_detailed(
            require_text(handle, "handle"), as_uuid(contact_id, "contact_id"), client=self._api
        )
        return parsed(response, ContactAccessSettings)

    async def update(
        self,
        handle: str,
        contact_id: uuid.UUID | str,
        *,
        email: ContactChannelAccessUpdate | None = None,
        phone: ContactChannelAccessUpdate | None = None,
        profile: bool | None = None,
        memories: bool | None = None,
    ) -> ContactAccessSettings:
        """Save partial access choices; hiding the profile also hides the groups left out.

        Args:
            handle: Handle of the agent identity.
            contact_id: Id of the contact.
            email: Visibility and contactable addresses of the email group.
            phone: Visibility and contactable numbers of the phone group.
            profile: Whether the identity sees the contact at all.
            memories: Whether the identity sees the contact's memories.

        Returns:
            The effective settings after the change.

        Raises:
            ValueError: a hidden profile with anything shown, or a malformed group.
        """
        shown = [_check_group(email, "email"), _check_group(phone, "phone")]
        if profile is False and (memories is True or any(shown)):
            raise ValueError(_PROFILE_RULE)
        body = ContactAccessSettingsUpdate(
            email=omit(email), phone=omit(phone), profile=omit(profile), memories=omit(memories)
        )
        response = await update_contact_access_settings.asyncio_detailed(
            require_text(handle, "handle"),
            as_uuid(contact_id, "contact_id"),
            client=self._api,
            body=body,
        )
        return parsed(response, ContactAccessSettings)


# ── permissions ───────────────────────────────────────────────────────────────


def _bool_map(value: Mapping[str, bool] | None, name: str) -> dict[str, bool] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a dict of address -> bool, not {type(value).__name__}")
    for key, flag in value.items():
        require_text(key, f"{name} key")
        if not isinstance(flag, bool):
            raise TypeError(f"{name}[{key!r}] must be a bool, not {type(flag).__name__}")
    return dict(value)


class AsyncContactPermissionsResource(AsyncResource):
    """Effective yes/no permissions of one identity per address of a contact (admin keys).
    Phone permissions cover SMS, calls and iMessage."""

    async def get(self, handle: str, contact_id: uuid.UUID | str) -> ContactPermissions:
        """The identity's effective permissions, blocked addresses included.

        Args:
            handle: Handle of the agent identity.
            contact_id: Id of the contact.

        Returns:
            Address → allowed maps (shared = outbound), and profile/memories visibility.
        """
        response = await get_contact_permissions.asyncio_detailed(
            require_text(handle, "handle"), as_uuid(contact_id, "contact_id"), client=self._api
        )
        return parsed(response, ContactPermissions)

    async def update(
        self,
        handle: str,
        contact_id: uuid.UUID | str,
        *,
        emails: Mapping[str, bool] | None = None,
        phones: Mapping[str, bool] | None = None,
        profile: bool | None = None,
        memories: bool | None = None,
        inbound_emails: NotGivenOr[Mapping[str, bool]] = NOT_GIVEN,
        outbound_emails: NotGivenOr[Mapping[str, bool]] = NOT_GIVEN,
        inbound_phones: NotGivenOr[Mapping[str, bool]] = NOT_GIVEN,
        outbound_phones: NotGivenOr[Mapping[str, bool]] = NOT_GIVEN,
    ) -> ContactPermissions:
        """Save explicit choices; addresses and fields left out stay unchanged.

        Args:
            handle: Handle of the agent identity.
            contact_id: Id of the contact.
            emails: Address → allowed, both directions.
            phones: E.164 number → allowed, both directions.
            profile: Whether the identity sees the contact (False hides every address too).
            memories: Whether the identity sees the contact's memories.
            inbound_emails: Address → may receive mail from it (not with `emails`).
            outbound_emails: Address → may send mail to it (not with `emails`).
            inbound_phones: Number → may be texted or called by it (not with `phones`).
            outbound_phones: Number → may text or call it (not with `phones`).

        Returns:
            The effective permissions after the change.

        Raises:
            ValueError: a shared map with its directional ones, a None directional map, or a
                hidden profile with anything allowed.
        """
        shared = {"emails": _bool_map(emails, "emails"), "phones": _bool_map(phones, "phones")}
        directional: dict[str, dict[str, bool]] = {}
        for name, value in (
            ("inbound_emails", inbound_emails),
            ("outbound_emails", outbound_emails),
            ("inbound_phones", inbound_phones),
            ("outbound_phones", outbound_phones),
        ):
            if value is NOT_GIVEN:
                continue
            if value is None:
                raise ValueError(f"{name} cannot be None; leave it out to keep it unchanged")
            checked = _bool_map(value, name) or {}
            channel = name.split("_", 1)[1]
            if shared[channel] is not None:
                raise ValueError(f"cannot combine {channel} with {name}")
            directional[name] = checked
        enabled = [*shared.values(), *directional.values()]
        if profile is False and (
            memories is True or any(any(m.values()) for m in enabled if m is not None)
        ):
            raise ValueError(_PROFILE_RULE)
        body = ContactPermissionsUpdate(
            emails=_wire_map(ContactPermissionsUpdateEmails, shared["emails"]),
            phones=_wire_map(ContactPermissionsUpdatePhones, shared["phones"]),
            profile=omit(profile),
            memories=omit(memories),
            inbound_emails=_wire_map(
                ContactPermissionsUpdateInboundEmails, directional.get("inbound_emails")
            ),
            outbound_emails=_wire_map(
                ContactPermissionsUpdateOutboundEmails, directional.get("outbound_emails")
            ),
            inbound_phones=_wire_map(
                ContactPermissionsUpdateInboundPhones, directional.get("inbound_phones")
            ),
            outbound_phones=_wire_map(
                ContactPermissionsUpdateOutboundPhones, directional.get("outbound_phones")
            ),
        )
        response = await update_contact_permissions.asyncio_detailed(
            require_text(handle, "handle"),
            as_uuid(contact_id, "contact_id"),
            client=self._api,
            body=body,
        )
        return parsed(response, ContactPermissions)


def _wire_map(kind: Any, value: dict[str, bool] | None) -> Any:
    return omit(None if value is None else kind.from_dict(value))


# ── communication policy ──────────────────────────────────────────────────────


def _decision(value: ContactDecision | str, name: str) -> ContactDecision:
    return as_enum(value, ContactDecision, name)


def _address_update(update: ContactAddressUpdate, index: int) -> ContactAddressUpdate:
    """The update with its enums checked (strings accepted), refusing one that does not name
    the decision it expects to replace on every edited direction."""
    name = f"addresses[{index}]"
    if not isinstance(update, ContactAddressUpdate):
        raise TypeError(f"{name} must be a ContactAddressUpdate, not {type(update).__name__}")
    optional = {
        field: value
        if is_omitted(value := getattr(update, field))
        else _decision(value, f"{name}.{field}")
        for field in ("expected_action", "expected_inbound_action", "expected_outbound_action")
    }
    raw_direction: Any = update.direction
    direction = (
        None
        if is_omitted(raw_direction)
        else as_enum(raw_direction, ContactRuleDirection, f"{name}.direction")
    )
    sides = (
        ("inbound", "outbound")
        if direction is None or direction.value == "both"
        else (direction.value,)
    )
    if is_omitted(optional["expected_action"]) and any(
        is_omitted(optional[f"expected_{side}_action"]) for side in sides
    ):
        raise ValueError(
            f"{name}: give expected_action, or expected_<side>_action for every edited direction"
        )
    return ContactAddressUpdate(
        kind=as_enum(update.kind, ContactAddressKind, f"{name}.kind"),
        value=require_text(update.value, f"{name}.value"),
        action=_decision(update.action, f"{name}.action"),
        direction=omit(direction),
        **optional,
    )


def _visibility(
    visibility: ContactVisibilityPolicy, identity_id: uuid.UUID, addresses: Sequence[Any]
) -> ContactVisibilityPolicy:
    """The policy with its enums and ids checked, refusing what the server would: memories
    without the profile, or an address allowed to an identity whose profile is hidden."""
    if not isinstance(visibility, ContactVisibilityPolicy):
        raise TypeError(
            f"visibility must be a ContactVisibilityPolicy, not {type(visibility).__name__}"
        )
    defaults = ContactVisibilityDecisions(
        profile=_decision(visibility.defaults.profile, "visibility.defaults.profile"),
        memories=_decision(visibility.defaults.memories, "visibility.defaults.memories"),
    )
    default_profile = defaults.profile.value != "block"
    default_memories = defaults.memories.value != "block"
    if not default_profile and default_memories:
        raise ValueError("profile cannot be disabled while memories is enabled")
    rows: builtins.list[ContactIdentityVisibilityDecisions] = []
    profiles: dict[uuid.UUID, bool] = {}
    for i, given_row in enumerate(visibility.identities):
        row = ContactIdentityVisibilityDecisions(
            identity_id=as_uuid(given_row.identity_id, f"visibility.identities[{i}].identity_id"),
            profile=_decision(given_row.profile, f"visibility.identities[{i}].profile"),
            memories=_decision(given_row.memories, f"visibility.identities[{i}].memories"),
        )
        profile = (
            default_profile if row.profile.value == "inherit" else row.profile.value == "allow"
        )
        memories = (
            default_memories if row.memories.value == "inherit" else row.memories.value == "allow"
        )
        if memories and not profile:
            raise ValueError("profile cannot be disabled while memories is enabled")
        profiles[row.identity_id] = profile
        rows.append(row)
    if not profiles.get(identity_id, default_profile) and any(
        a.action.value == "allow" for a in addresses
    ):
        raise ValueError("profile cannot be disabled while email or phone is enabled")
    return ContactVisibilityPolicy(defaults=defaults, identities=rows)


class AsyncContactCommunicationPolicyResource(AsyncResource):
    """A contact's communication policy under optimistic concurrency, identity previews and
    the permission roster."""

    async def get(
        self, contact_id: uuid.UUID | str, identity_id: uuid.UUID | str | None = None
    ) -> ContactCommunicationPolicy:
        """A contact's policy and current revision (admin keys).

        Args:
            contact_id: Id of the contact.
            identity_id: Include this identity's decisions and access per address.

        Returns:
            The policy.
        """
        response = await get_contact_communication_policy.asyncio_detailed(
            as_uuid(contact_id, "contact_id"),
            client=self._api,
            identity_id=opt_uuid(identity_id, "identity_id"),
        )
        return parsed(response, ContactCommunicationPolicy)

    async def replace(
        self,
        contact_id: uuid.UUID | str,
        *,
        expected_revision: int,
        identity_id: uuid.UUID | str,
        addresses: Sequence[ContactAddressUpdate],
        visibility: ContactVisibilityPolicy | None = None,
    ) -> ContactCommunicationPolicy:
        """Replace an identity's address decisions (and, given, the whole visibility policy).

        Args:
            contact_id: Id of the contact.
            expected_revision: The revision last read; another one changes nothing.
            identity_id: The identity whose address decisions these are.
            addresses: One update per address, each naming the decision it replaces.
            visibility: Defaults and every identity override; left out, kept as is.

        Returns:
            The policy at its new revision.

        Raises:
            ValueError: an update without its expected decision, or a visibility that hides the
                profile while showing memories or allowing an address.
            CommunicationPolicyRevisionConflictError: the revision (or an expected decision) is
                stale; re-read with `get`.
        """
        if isinstance(expected_revision, bool) or not isinstance(expected_revision, int):
            raise TypeError(
                f"expected_revision must be an int, not {type(expected_revision).__name__}"
            )
        checked_id = as_uuid(identity_id, "identity_id")
        if isinstance(addresses, (str, bytes)) or not isinstance(addresses, Sequence):
            raise TypeError("addresses must be a list of ContactAddressUpdate")
        updates = [_address_update(update, i) for i, update in enumerate(addresses)]
        body = ContactCommunicationPolicyReplace(
            expected_revision=expected_revision,
            identity_id=checked_id,
            addresses=updates,
            visibility=omit(
                None if visibility is None else _visibility(visibility, checked_id, updates)
            ),
        )
        response = await replace_contact_communication_policy.asyncio_detailed(
            as_uuid(contact_id, "contact_id"), client=self._api, body=body
        )
        return parsed(response, ContactCommunicationPolicy)

    async def preview(
        self, contact_id: uuid.UUID | str, identity_id: uuid.UUID | str
    ) -> ContactCommunicationPreview:
        """What one identity sees of, and may do with, a contact (admin keys).

        Args:
            contact_id: Id of the contact.
            identity_id: The identity to preview.

        Returns:
            The filtered contact (None when hidden) and what the identity may do.
        """
        response = await preview_contact_communication.asyncio_detailed(
            as_uuid(contact_id, "contact_id"),
            client=self._api,
            identity_id=as_uuid(identity_id, "identity_id"),
        )
        return parsed(response, ContactCommunicationPreview)

    async def list_for_identity(
        self, agent_handle: str, *, limit: int = 50, offset: int = 0
    ) -> ContactCommunicationPolicyPage:
        """One page of the contacts an identity sees, as it sees them.

        Args:
            agent_handle: Handle of the agent identity (an agent key: its own).
            limit: Page size (1 to 200).
            offset: Contacts to skip.

        Returns:
            The page (`items`, `limit`, `offset`, `has_more`).
        """
        response = await list_identity_contact_communication_policies.asyncio_detailed(
            require_text(agent_handle, "agent_handle"),
            client=self._api,
            limit=check_limit(limit),
            offset=check_offset(offset),
        )
        return parsed(response, ContactCommunicationPolicyPage)

    def iter_for_identity(
        self, agent_handle: str, *, page_size: int = 50
    ) -> AsyncPager[ContactCommunicationPreview]:
        """Every contact an identity sees, fetched a page at a time as you iterate.

        Args:
            agent_handle: Handle of the agent identity.
            page_size: Contacts per request (1 to 200).

        Returns:
            A lazy pager of previews.
        """
        require_text(agent_handle, "agent_handle")

        async def fetch(offset: int, limit: int) -> builtins.list[ContactCommunicationPreview]:
            page = await self.list_for_identity(agent_handle, limit=limit, offset=offset)
            return page.items

        return self._offset_pager(fetch, page_size)

    async def list_management_for_identity(
        self,
        agent_handle: str,
        *,
        q: str | None = None,
        order: ContactListOrder | str = "recent",
        limit: int = 50,
        offset: int = 0,
        review_status: Sequence[ContactReviewStatus | str] | None = None,
    ) -> ContactPermissionPage:
        """One page of every contact with this identity's permissions, hidden ones included
        (admin keys).

        Args:
            agent_handle: Handle of the agent identity.
            q: Case-insensitive substring of a name, company, job title or the notes.
            order: `"recent"` (default) or `"name"`.
            limit: Page size (1 to 200).
            offset: Contacts to skip.
            review_status: Only contacts with one of these review statuses.

        Returns:
            The page (`items`, `limit`, `offset`, `has_more`).
        """
        response = await list_identity_contact_permissions.asyncio_detailed(
            require_text(agent_handle, "agent_handle"),
            client=self._api,
            q=omit(q),
            order=as_enum(order, ContactListOrder, "order"),
            limit=check_limit(limit),
            offset=check_offset(offset),
            review_status=opt_enum_list(review_status, ContactReviewStatus, "review_status"),
        )
        return parsed(response, ContactPermissionPage)

    def iter_management_for_identity(
        self,
        agent_handle: str,
        *,
        q: str | None = None,
        order: ContactListOrder | str = "recent",
        review_status: Sequence[ContactReviewStatus | str] | None = None,
        page_size: int = 50,
    ) -> AsyncPager[ContactPermissionEntry]:
        """Every roster row, fetched a page at a time as you iterate.

        Args:
            agent_handle: Handle of the agent identity.
            q: Case-insensitive substring of a name, company, job title or the notes.
            order: `"recent"` (default) or `"name"`.
            review_status: Only contacts with one of these review statuses.
            page_size: Rows per request (1 to 200).

        Returns:
            A lazy pager of roster rows.
        """
        require_text(agent_handle, "agent_handle")
        as_enum(order, ContactListOrder, "order")
        opt_enum_list(review_status, ContactReviewStatus, "review_status")

        async def fetch(offset: int, limit: int) -> builtins.list[ContactPermissionEntry]:
            page = await self.list_management_for_identity(
                agent_handle,
                q=q,
                order=order,
                limit=limit,
                offset=offset,
                review_status=review_status,
            )
            return page.items

        return self._offset_pager(fetch, page_size)


# ── correspondence ────────────────────────────────────────────────────────────


class AsyncContactCorrespondenceResource(AsyncResource):
    """The mail, texts and calls one identity exchanged with a contact, merged by time."""

    async def get(
        self, contact_id: uuid.UUID | str, options: ContactCorrespondenceOptions | None = None
    ) -> ContactCorrespondence:
        """One page of correspondence (an agent key reads its own identity's).

        Args:
            contact_id: Id of the contact.
            options: Channels, time range, limits, cursor, order and detail level.

        Returns:
            The items (newest first by default), per-channel status and `next_cursor`.
        """
        if options is not None and not isinstance(options, ContactCorrespondenceOptions):
            raise TypeError(
                f"options must be ContactCorrespondenceOptions, not {type(options).__name__}"
            )
        params = (options or ContactCorrespondenceOptions())._params()
        response = await get_contact_correspondence.asyncio_detailed(
            as_uuid(contact_id, "contact_id"), client=self._api, **params
        )
        return parsed(response, ContactCorrespondence)

    # 0.7.20 names the same call both ways.
    list = get
