"""`inkbox.mail_contact_rules` and `inkbox.phone_contact_rules`: allow/block lists; and
`inkbox.mail_identity_contact_rules` / `inkbox.phone_identity_contact_rules`, the same rules
reached through the identity that owns the mailbox or number (its handle).

Rules belong to one mailbox (addressed by its email address) or one phone number (by its id).
The owner's `filter_mode` decides how they read: under `blacklist` everything but `block` matches
is delivered, under `whitelist` only `allow` matches are. Enums are accepted as members or as
their string values (`MailRuleAction.ALLOW` or `"allow"`).
"""

from __future__ import annotations

import builtins
import enum
import uuid
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Generic, TypeVar

from inkbox_api.api.mail_contact_rules import (
    create_mail_contact_rule,
    create_mail_identity_contact_rule,
    delete_mail_contact_rule,
    delete_mail_identity_contact_rule,
    get_mail_contact_rule,
    get_mail_identity_contact_rule,
    list_all_mail_contact_rules,
    list_mail_contact_rules,
    list_mail_identity_contact_rules,
    update_mail_contact_rule,
    update_mail_identity_contact_rule,
)
from inkbox_api.api.phone_contact_rules import (
    create_phone_contact_rule,
    create_phone_identity_contact_rule,
    delete_phone_contact_rule,
    delete_phone_identity_contact_rule,
    get_phone_contact_rule,
    get_phone_identity_contact_rule,
    list_all_phone_contact_rules,
    list_phone_contact_rules,
    list_phone_identity_contact_rules,
    update_phone_contact_rule,
    update_phone_identity_contact_rule,
)
from inkbox_api.models import (
    ContactRuleApplyTo,
    ContactRuleDirection,
    ContactRuleStatus,
    MailContactRule,
    MailContactRuleCreate,
    MailContactRuleUpdate,
    MailIdentityContactRule,
    MailRuleAction,
    MailRuleMatchType,
    PhoneContactRule,
    PhoneContactRuleCreate,
    PhoneContactRuleUpdate,
    PhoneIdentityContactRule,
    PhoneRuleAction,
    PhoneRuleMatchType,
)
from inkbox_api.types import Unset

from ..._wire import (
    as_enum,
    as_uuid,
    opt_enum,
    opt_limit,
    opt_offset,
    opt_uuid,
    parsed,
    parsed_list,
    require_text,
)
from ..pager import AsyncPager
from ._base import AsyncResource

__all__ = [
    "AsyncMailContactRulesResource",
    "AsyncMailIdentityContactRulesResource",
    "AsyncPhoneContactRulesResource",
    "AsyncPhoneIdentityContactRulesResource",
]

R = TypeVar("R")
A = TypeVar("A")


@dataclass(frozen=True, slots=True)
class _RuleKind(Generic[R]):
    """What tells mail rules from phone rules apart on the wire."""

    rule: type[R]
    create_model: type[Any]
    update_model: type[Any]
    action: type[enum.Enum]
    match_type: type[enum.Enum]
    owner_filter: str  # the name of `list_all`'s owner parameter (and of its argument)
    create_op: ModuleType
    list_op: ModuleType
    get_op: ModuleType
    update_op: ModuleType
    delete_op: ModuleType
    list_all_op: ModuleType
    all_rule: type[Any] | None = None  # what `list_all` answers, when not `rule`


class AsyncContactRulesBase(AsyncResource, Generic[R]):
    """The one implementation of both rule families, which differ only in their `_RuleKind`
    and in how the owner is named; the public classes state signatures and documentation.

    Their methods check the arguments through the pure `_owner`/`_*_body`/`_filters` helpers,
    in the order they always were, then hand the checked values to one request method each.
    """

    _kind: _RuleKind[R]

    def _owner(self, value: Any) -> str | uuid.UUID:
        """The owner's path segment, checked: an email address or a phone number id."""
        raise NotImplementedError

    def _owner_filter(self, value: uuid.UUID | str | None) -> uuid.UUID | Unset:
        return opt_uuid(value, self._kind.owner_filter)

    def _create_body(
        self,
        action: Any,
        match_type: Any,
        match_target: str,
        direction: ContactRuleDirection | str | None,
    ) -> Any:
        kind = self._kind
        return kind.create_model(
            action=as_enum(action, kind.action, "action"),
            match_type=as_enum(match_type, kind.match_type, "match_type"),
            match_target=require_text(match_target, "match_target"),
            direction=_direction(direction),
        )

    def _update_body(
        self,
        action: Any,
        status: ContactRuleStatus | str | None,
        direction: ContactRuleDirection | str | None,
        apply_to: ContactRuleApplyTo | str | None,
    ) -> Any:
        if apply_to is not None and (action is None or direction is not None):
            raise ValueError("apply_to needs action= and cannot be combined with direction=")
        if action is None and status is None and direction is None:
            raise ValueError("nothing to update: pass action=, status= and/or direction=")
        return self._kind.update_model(
            action=opt_enum(action, self._kind.action, "action"),
            status=opt_enum(status, ContactRuleStatus, "status"),
            direction=_direction(direction),
            apply_to=opt_enum(apply_to, ContactRuleApplyTo, "apply_to"),
        )

    def _filters(
        self,
        action: Any,
        match_type: Any,
        direction: ContactRuleDirection | str | None,
        limit: int | None,
        offset: int | None,
    ) -> dict[str, Any]:
        # Rule lists send filters and paging only when asked, so the server's defaults apply.
        return {
            "action": opt_enum(action, self._kind.action, "action"),
            "match_type": opt_enum(match_type, self._kind.match_type, "match_type"),
            "direction": _direction(direction),
            "limit": opt_limit(limit),
            "offset": opt_offset(offset),
        }

    async def _create(self, owner: str | uuid.UUID, body: Any) -> R:
        response = await self._kind.create_op.asyncio_detailed(owner, client=self._api, body=body)
        return parsed(response, self._kind.rule)

    async def _list(self, owner: str | uuid.UUID, filters: dict[str, Any]) -> builtins.list[R]:
        response = await self._kind.list_op.asyncio_detailed(owner, client=self._api, **filters)
        return parsed_list(response, self._kind.rule)

    async def _get(self, owner: str | uuid.UUID, rule_id: uuid.UUID | str) -> R:
        response = await self._kind.get_op.asyncio_detailed(
            owner, as_uuid(rule_id, "rule_id"), client=self._api
        )
        return parsed(response, self._kind.rule)

    async def _update(self, owner: str | uuid.UUID, rule_id: uuid.UUID | str, body: Any) -> R:
        response = await self._kind.update_op.asyncio_detailed(
            owner, as_uuid(rule_id, "rule_id"), client=self._api, body=body
        )
        return parsed(response, self._kind.rule)

    async def _delete(self, owner: str | uuid.UUID, rule_id: uuid.UUID | str) -> None:
        await self._kind.delete_op.asyncio_detailed(
            owner, as_uuid(rule_id, "rule_id"), client=self._api
        )

    def _iter(
        self, owner: str | uuid.UUID, filters: dict[str, Any], page_size: int
    ) -> AsyncPager[R]:
        async def fetch(offset: int, limit: int) -> builtins.list[R]:
            return await self._list(owner, {**filters, "limit": limit, "offset": offset})

        return self._offset_pager(fetch, page_size)

    def _iter_all(
        self, owner: uuid.UUID | Unset, filters: dict[str, Any], page_size: int
    ) -> AsyncPager[R]:
        async def fetch(offset: int, limit: int) -> builtins.list[R]:
            return await self._list_all(owner, {**filters, "limit": limit, "offset": offset})

        return self._offset_pager(fetch, page_size)

    async def _list_all(
        self, owner: uuid.UUID | Unset, filters: dict[str, Any]
    ) -> builtins.list[Any]:
        kind = self._kind
        response = await kind.list_all_op.asyncio_detailed(
            client=self._api, **{kind.owner_filter: owner}, **filters
        )
        return parsed_list(response, kind.all_rule or kind.rule)


class AsyncMailContactRulesResource(AsyncContactRulesBase[MailContactRule]):
    """Allow/block rules of mailboxes (exact address or whole domain)."""

    _kind = _RuleKind(
        rule=MailContactRule,
        create_model=MailContactRuleCreate,
        update_model=MailContactRuleUpdate,
        action=MailRuleAction,
        match_type=MailRuleMatchType,
        owner_filter="mailbox_id",
        create_op=create_mail_contact_rule,
        list_op=list_mail_contact_rules,
        get_op=get_mail_contact_rule,
        update_op=update_mail_contact_rule,
        delete_op=delete_mail_contact_rule,
        list_all_op=list_all_mail_contact_rules,
    )

    def _owner(self, value: Any) -> str:
        return require_text(value, "email_address")

    async def create(
        self,
        email_address: str,
        *,
        action: MailRuleAction | str,
        match_type: MailRuleMatchType | str,
        match_target: str,
        direction: ContactRuleDirection | str | None = None,
    ) -> MailContactRule:
        """Add a rule to a mailbox; new rules start `active`.

        Args:
            email_address: The mailbox's address.
            action: `allow` or `block`.
            match_type: `exact_email` or `domain`.
            match_target: The address or domain to match, e.g. `"example.com"`.
            direction: `inbound`, `outbound` or `both` (the default when left out).

        Returns:
            The rule.

        Raises:
            ValueError: an unknown action, match type or direction, or an empty target.
            DuplicateContactRuleError: the mailbox already has a rule for this
                `(match_type, match_target)`; `.existing_rule_id` names it.
        """
        body = self._create_body(action, match_type, match_target, direction)
        return await self._create(self._owner(email_address), body)

    async def list(
        self,
        email_address: str,
        *,
        action: MailRuleAction | str | None = None,
        match_type: MailRuleMatchType | str | None = None,
        direction: ContactRuleDirection | str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> builtins.list[MailContactRule]:
        """The rules of a mailbox, newest first.

        Args:
            email_address: The mailbox's address.
            action: Only rules with this action.
            match_type: Only rules with this match type.
            direction: Only rules covering this direction.
            limit: At most this many rules (1-200; the server's default is 50).
            offset: Skip this many rules.

        Returns:
            The rules.
        """
        owner = self._owner(email_address)
        return await self._list(owner, self._filters(action, match_type, direction, limit, offset))

    async def get(self, email_address: str, rule_id: uuid.UUID | str) -> MailContactRule:
        """One rule of a mailbox.

        Args:
            email_address: The mailbox's address.
            rule_id: Id of the rule.

        Returns:
            The rule.
        """
        return await self._get(self._owner(email_address), rule_id)

    async def update(
        self,
        email_address: str,
        rule_id: uuid.UUID | str,
        *,
        action: MailRuleAction | str | None = None,
        status: ContactRuleStatus | str | None = None,
        direction: ContactRuleDirection | str | None = None,
        apply_to: ContactRuleApplyTo | str | None = None,
    ) -> MailContactRule:
        """Change a rule's action, direction or status (admin only). Its match is fixed.

        Args:
            email_address: The mailbox's address.
            rule_id: Id of the rule.
            action: `allow` or `block`.
            status: `paused` or `active` (a paused rule keeps its uniqueness slot).
            direction: `inbound`, `outbound` or `both`.
            apply_to: Change `action` on this one side only (`inbound` or `outbound`).

        Returns:
            The updated rule.

        Raises:
            ValueError: nothing to change, an unknown value, or `apply_to` without `action` or
                together with `direction`.
            PermissionDeniedError: an agent-scoped key.
        """
        body = self._update_body(action, status, direction, apply_to)
        return await self._update(self._owner(email_address), rule_id, body)

    async def delete(self, email_address: str, rule_id: uuid.UUID | str) -> None:
        """Delete a rule of a mailbox (admin only).

        Args:
            email_address: The mailbox's address.
            rule_id: Id of the rule.
        """
        await self._delete(self._owner(email_address), rule_id)

    async def list_all(
        self,
        *,
        mailbox_id: uuid.UUID | str | None = None,
        action: MailRuleAction | str | None = None,
        match_type: MailRuleMatchType | str | None = None,
        direction: ContactRuleDirection | str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> builtins.list[MailContactRule]:
        """The mail rules of the whole organization (admin only), newest first.

        Args:
            mailbox_id: Only rules of this mailbox (its id, not its address).
            action: Only rules with this action.
            match_type: Only rules with this match type.
            direction: Only rules covering this direction.
            limit: At most this many rules (1-200; the server's default is 50).
            offset: Skip this many rules.

        Returns:
            The rules.
        """
        owner = self._owner_filter(mailbox_id)
        filters = self._filters(action, match_type, direction, limit, offset)
        return await self._list_all(owner, filters)

    def iter(
        self,
        email_address: str,
        *,
        action: MailRuleAction | str | None = None,
        match_type: MailRuleMatchType | str | None = None,
        direction: ContactRuleDirection | str | None = None,
        page_size: int = 50,
    ) -> AsyncPager[MailContactRule]:
        """Every rule of the mailbox (with `list`'s filters), fetched a page at a time.

        Args:
            email_address: The mailbox's address.
            action: Only rules with this action (`allow` or `block`).
            match_type: Only rules with this match type (`exact_email` or `domain`).
            direction: Only rules for this direction (`inbound`, `outbound` or `both`).
            page_size: Items fetched per request; the iterator pages on by itself.
        """
        filters = self._filters(action, match_type, direction, None, None)
        return self._iter(self._owner(email_address), filters, page_size)

    def iter_all(
        self,
        *,
        mailbox_id: uuid.UUID | str | None = None,
        action: MailRuleAction | str | None = None,
        match_type: MailRuleMatchType | str | None = None,
        direction: ContactRuleDirection | str | None = None,
        page_size: int = 50,
    ) -> AsyncPager[MailContactRule]:
        """Every mail rule of the organization (admin; `list_all`'s filters), fetched lazily.

        Args:
            mailbox_id: Only rules of this mailbox (its id, not its address).
            action: Only rules with this action (`allow` or `block`).
            match_type: Only rules with this match type (`exact_email` or `domain`).
            direction: Only rules for this direction (`inbound`, `outbound` or `both`).
            page_size: Items fetched per request; the iterator pages on by itself.
        """
        filters = self._filters(action, match_type, direction, None, None)
        return self._iter_all(self._owner_filter(mailbox_id), filters, page_size)


class AsyncPhoneContactRulesResource(AsyncContactRulesBase[PhoneContactRule]):
    """Allow/block rules of phone numbers (exact E.164 numbers), for calls and texts."""

    _kind = _RuleKind(
        rule=PhoneContactRule,
        create_model=PhoneContactRuleCreate,
        update_model=PhoneContactRuleUpdate,
        action=PhoneRuleAction,
        match_type=PhoneRuleMatchType,
        owner_filter="phone_number_id",
        create_op=create_phone_contact_rule,
        list_op=list_phone_contact_rules,
        get_op=get_phone_contact_rule,
        update_op=update_phone_contact_rule,
        delete_op=delete_phone_contact_rule,
        list_all_op=list_all_phone_contact_rules,
    )

    def _owner(self, value: Any) -> uuid.UUID:
        return as_uuid(value, "phone_number_id")

    async def create(
        self,
        phone_number_id: uuid.UUID | str,
        *,
        action: PhoneRuleAction | str,
        match_target: str,
        match_type: PhoneRuleMatchType | str = PhoneRuleMatchType.EXACT_NUMBER,
        direction: ContactRuleDirection | str | None = None,
    ) -> PhoneContactRule:
        """Add a rule to a phone number; new rules start `active`.

        Args:
            phone_number_id: Id of the number.
            action: `allow` or `block`.
            match_target: The E.164 number to match.
            match_type: `exact_number`, the only kind.
            direction: `inbound`, `outbound` or `both` (the default when left out).

        Returns:
            The rule.

        Raises:
            ValueError: an unknown action, match type or direction, or an empty target.
            DuplicateContactRuleError: the number already has a rule for this target;
                `.existing_rule_id` names it.
        """
        body = self._create_body(action, match_type, match_target, direction)
        return await self._create(self._owner(phone_number_id), body)

    async def list(
        self,
        phone_number_id: uuid.UUID | str,
        *,
        action: PhoneRuleAction | str | None = None,
        match_type: PhoneRuleMatchType | str | None = None,
        direction: ContactRuleDirection | str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> builtins.list[PhoneContactRule]:
        """The rules of a phone number, newest first.

        Args:
            phone_number_id: Id of the number.
            action: Only rules with this action.
            match_type: Only rules with this match type.
            direction: Only rules covering this direction.
            limit: At most this many rules (1-200; the server's default is 50).
            offset: Skip this many rules.

        Returns:
            The rules.
        """
        owner = self._owner(phone_number_id)
        return await self._list(owner, self._filters(action, match_type, direction, limit, offset))

    async def get(
        self, phone_number_id: uuid.UUID | str, rule_id: uuid.UUID | str
    ) -> PhoneContactRule:
        """One rule of a phone number.

        Args:
            phone_number_id: Id of the number.
            rule_id: Id of the rule.

        Returns:
            The rule.
        """
        return await self._get(self._owner(phone_number_id), rule_id)

    async def update(
        self,
        phone_number_id: uuid.UUID | str,
        rule_id: uuid.UUID | str,
        *,
        action: PhoneRuleAction | str | None = None,
        status: ContactRuleStatus | str | None = None,
        direction: ContactRuleDirection | str | None = None,
        apply_to: ContactRuleApplyTo | str | None = None,
    ) -> PhoneContactRule:
        """Change a rule's action, direction or status (admin only). Its match is fixed.

        Args:
            phone_number_id: Id of the number.
            rule_id: Id of the rule.
            action: `allow` or `block`.
            status: `paused` or `active`.
            direction: `inbound`, `outbound` or `both`.
            apply_to: Change `action` on this one side only (`inbound` or `outbound`).

        Returns:
            The updated rule.

        Raises:
            ValueError: nothing to change, an unknown value, or `apply_to` without `action` or
                together with `direction`.
            PermissionDeniedError: an agent-scoped key.
        """
        body = self._update_body(action, status, direction, apply_to)
        return await self._update(self._owner(phone_number_id), rule_id, body)

    async def delete(self, phone_number_id: uuid.UUID | str, rule_id: uuid.UUID | str) -> None:
        """Delete a rule of a phone number (admin only).

        Args:
            phone_number_id: Id of the number.
            rule_id: Id of the rule.
        """
        await self._delete(self._owner(phone_number_id), rule_id)

    async def list_all(
        self,
        *,
        phone_number_id: uuid.UUID | str | None = None,
        action: PhoneRuleAction | str | None = None,
        match_type: PhoneRuleMatchType | str | None = None,
        direction: ContactRuleDirection | str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> builtins.list[PhoneContactRule]:
        """The phone rules of the whole organization (admin only), newest first.

        Args:
            phone_number_id: Only rules of this number.
            action: Only rules with this action.
            match_type: Only rules with this match type.
            direction: Only rules covering this direction.
            limit: At most this many rules (1-200; the server's default is 50).
            offset: Skip this many rules.

        Returns:
            The rules.
        """
        owner = self._owner_filter(phone_number_id)
        filters = self._filters(action, match_type, direction, limit, offset)
        return await self._list_all(owner, filters)

    def iter(
        self,
        phone_number_id: uuid.UUID | str,
        *,
        action: PhoneRuleAction | str | None = None,
        match_type: PhoneRuleMatchType | str | None = None,
        direction: ContactRuleDirection | str | None = None,
        page_size: int = 50,
    ) -> AsyncPager[PhoneContactRule]:
        """Every rule of the number (with `list`'s filters), fetched a page at a time.

        Args:
            phone_number_id: Id of the number.
            action: Only rules with this action (`allow` or `block`).
            match_type: Only rules with this match type (`exact_number`).
            direction: Only rules for this direction (`inbound`, `outbound` or `both`).
            page_size: Items fetched per request; the iterator pages on by itself.
        """
        filters = self._filters(action, match_type, direction, None, None)
        return self._iter(self._owner(phone_number_id), filters, page_size)

    def iter_all(
        self,
        *,
        phone_number_id: uuid.UUID | str | None = None,
        action: PhoneRuleAction | str | None = None,
        match_type: PhoneRuleMatchType | str | None = None,
        direction: ContactRuleDirection | str | None = None,
        page_size: int = 50,
    ) -> AsyncPager[PhoneContactRule]:
        """Every phone rule of the organization (admin; `list_all`'s filters), fetched lazily.

        Args:
            phone_number_id: Only rules of this number.
            action: Only rules with this action (`allow` or `block`).
            match_type: Only rules with this match type (`exact_number`).
            direction: Only rules for this direction (`inbound`, `outbound` or `both`).
            page_size: Items fetched per request; the iterator pages on by itself.
        """
        filters = self._filters(action, match_type, direction, None, None)
        return self._iter_all(self._owner_filter(phone_number_id), filters, page_size)


class _AsyncIdentityContactRules(AsyncContactRulesBase[R], Generic[R, A]):
    """The identity-keyed routes: the owner is the identity's handle, `update` has no status,
    and `list_all` (the org-wide list both kinds of route share) answers `A`."""

    def _owner(self, value: Any) -> str:
        return require_text(value, "agent_handle")

    async def list(
        self,
        agent_handle: str,
        *,
        action: MailRuleAction | PhoneRuleAction | str | None = None,
        match_type: MailRuleMatchType | PhoneRuleMatchType | str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        direction: ContactRuleDirection | str | None = None,
    ) -> builtins.list[R]:
        """The rules of an identity, newest first.

        Args:
            agent_handle: The identity's handle.
            action: Only rules with this action.
            match_type: Only rules with this match type.
            limit: At most this many rules (1-200; the server's default is 50).
            offset: Skip this many rules.
            direction: Only rules covering this direction.

        Returns:
            The rules.

        Raises:
            NotFoundError: no identity with this handle.
            PermissionDeniedError: an agent key of another identity.
        """
        owner = self._owner(agent_handle)
        return await self._list(owner, self._filters(action, match_type, direction, limit, offset))

    async def list_all(
        self,
        *,
        agent_identity_id: uuid.UUID | str | None = None,
        action: MailRuleAction | PhoneRuleAction | str | None = None,
        match_type: MailRuleMatchType | PhoneRuleMatchType | str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        direction: ContactRuleDirection | str | None = None,
    ) -> builtins.list[A]:
        """The rules of this kind in the whole organization (admin only), newest first.

        Args:
            agent_identity_id: Only rules of this identity.
            action: Only rules with this action.
            match_type: Only rules with this match type.
            limit: At most this many rules (1-200; the server's default is 50).
            offset: Skip this many rules.
            direction: Only rules covering this direction.

        Returns:
            The rules, each naming its mailbox or number and its identity.
        """
        owner = self._owner_filter(agent_identity_id)
        filters = self._filters(action, match_type, direction, limit, offset)
        return await self._list_all(owner, filters)

    async def get(self, agent_handle: str, rule_id: uuid.UUID | str) -> R:
        """One rule of an identity.

        Args:
            agent_handle: The identity's handle.
            rule_id: Id of the rule.

        Returns:
            The rule.

        Raises:
            NotFoundError: no such rule on this identity.
            PermissionDeniedError: an agent key of another identity.
        """
        return await self._get(self._owner(agent_handle), rule_id)

    async def update(
        self,
        agent_handle: str,
        rule_id: uuid.UUID | str,
        *,
        action: MailRuleAction | PhoneRuleAction | str | None = None,
        direction: ContactRuleDirection | str | None = None,
        apply_to: ContactRuleApplyTo | str | None = None,
    ) -> R:
        """Change a rule's action or the sides it covers (admin only). Its match is fixed.

        Args:
            agent_handle: The identity's handle.
            rule_id: Id of the rule.
            action: `allow` or `block`.
            direction: `inbound`, `outbound` or `both`.
            apply_to: Change `action` on this one side only (`inbound` or `outbound`).

        Returns:
            The updated rule (with `apply_to`, the one now covering that side).

        Raises:
            ValueError: nothing to change, an unknown value, or `apply_to` without `action` or
                together with `direction`.
            PermissionDeniedError: an agent-scoped key.
        """
        body = self._update_body(action, None, direction, apply_to)
        return await self._update(self._owner(agent_handle), rule_id, body)

    async def delete(self, agent_handle: str, rule_id: uuid.UUID | str) -> None:
        """Delete a rule of an identity (admin only).

        Args:
            agent_handle: The identity's handle.
            rule_id: Id of the rule.
        """
        await self._delete(self._owner(agent_handle), rule_id)

    def iter(
        self,
        agent_handle: str,
        *,
        action: MailRuleAction | PhoneRuleAction | str | None = None,
        match_type: MailRuleMatchType | PhoneRuleMatchType | str | None = None,
        direction: ContactRuleDirection | str | None = None,
        page_size: int = 50,
    ) -> AsyncPager[R]:
        """Every rule of the identity (with `list`'s filters), fetched a page at a time.

        Args:
            agent_handle: The identity's handle.
            action: Only rules with this action.
            match_type: Only rules with this match type.
            direction: Only rules covering this direction.
            page_size: Rules per request (1-200).

        Returns:
            A lazy `AsyncPager`; nothing is requested before iteration starts.
        """
        filters = self._filters(action, match_type, direction, None, None)
        return self._iter(self._owner(agent_handle), filters, page_size)


class AsyncMailIdentityContactRulesResource(
    _AsyncIdentityContactRules[MailIdentityContactRule, MailContactRule]
):
    """Allow/block mail rules of identities (of the identity's mailbox), by handle."""

    _kind = _RuleKind(
        rule=MailIdentityContactRule,
        create_model=MailContactRuleCreate,
        update_model=MailContactRuleUpdate,
        action=MailRuleAction,
        match_type=MailRuleMatchType,
        owner_filter="agent_identity_id",
        create_op=create_mail_identity_contact_rule,
        list_op=list_mail_identity_contact_rules,
        get_op=get_mail_identity_contact_rule,
        update_op=update_mail_identity_contact_rule,
        delete_op=delete_mail_identity_contact_rule,
        list_all_op=list_all_mail_contact_rules,
        all_rule=MailContactRule,
    )

    async def create(
        self,
        agent_handle: str,
        *,
        action: MailRuleAction | str,
        match_type: MailRuleMatchType | str,
        match_target: str,
        direction: ContactRuleDirection | str | None = None,
    ) -> MailIdentityContactRule:
        """Add a mail rule to an identity; it gates the identity's mailbox like any mail rule.

        Args:
            agent_handle: The identity's handle.
            action: `allow` or `block`.
            match_type: `exact_email` or `domain`.
            match_target: The address or domain to match, e.g. `"example.com"`.
            direction: `inbound`, `outbound` or `both` (the default when left out).

        Returns:
            The rule (new, or the one it was consolidated into).

        Raises:
            ValueError: an unknown action, match type or direction, or an empty target.
            DuplicateContactRuleError: the side is already covered for this target;
                `.existing_rule_id` names the rule.
        """
        body = self._create_body(action, match_type, match_target, direction)
        return await self._create(self._owner(agent_handle), body)


class AsyncPhoneIdentityContactRulesResource(
    _AsyncIdentityContactRules[PhoneIdentityContactRule, PhoneContactRule]
):
    """Allow/block phone rules of identities (calls and texts of the identity's number)."""

    _kind = _RuleKind(
        rule=PhoneIdentityContactRule,
        create_model=PhoneContactRuleCreate,
        update_model=PhoneContactRuleUpdate,
        action=PhoneRuleAction,
        match_type=PhoneRuleMatchType,
        owner_filter="agent_identity_id",
        create_op=create_phone_identity_contact_rule,
        list_op=list_phone_identity_contact_rules,
        get_op=get_phone_identity_contact_rule,
        update_op=update_phone_identity_contact_rule,
        delete_op=delete_phone_identity_contact_rule,
        list_all_op=list_all_phone_contact_rules,
        all_rule=PhoneContactRule,
    )

    async def create(
        self,
        agent_handle: str,
        *,
        action: PhoneRuleAction | str,
        match_target: str,
        match_type: PhoneRuleMatchType | str = PhoneRuleMatchType.EXACT_NUMBER,
        direction: ContactRuleDirection | str | None = None,
    ) -> PhoneIdentityContactRule:
        """Add a phone rule to an identity; it gates calls and texts of the identity's number.

        Args:
            agent_handle: The identity's handle.
            action: `allow` or `block`.
            match_target: The E.164 number to match.
            match_type: `exact_number`, the only kind.
            direction: `inbound`, `outbound` or `both` (the default when left out).

        Returns:
            The rule (new, or the one it was consolidated into).

        Raises:
            ValueError: an unknown action, match type or direction, or an empty target.
            DuplicateContactRuleError: the side is already covered for this target;
                `.existing_rule_id` names the rule.
        """
        body = self._create_body(action, match_type, match_target, direction)
        return await self._create(self._owner(agent_handle), body)


def _direction(value: ContactRuleDirection | str | None) -> ContactRuleDirection | Unset:
    return opt_enum(value, ContactRuleDirection, "direction")
