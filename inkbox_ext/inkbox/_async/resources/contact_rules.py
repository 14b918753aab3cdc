"""`inkbox.mail_contact_rules` and `inkbox.phone_contact_rules`: allow/block lists.

Rules belong to one mailbox (addressed by its email address) or one phone number (by its id).
The owner's `filter_mode` decides how they read: under `blacklist` everything but `block` matches
is delivered, under `whitelist` only `allow` matches are. Enums are accepted as members or as
their string values (`MailRuleAction.ALLOW` or `"allow"`).
"""

from __future__ import annotations

import builtins
import uuid
from typing import Any

from inkbox_api.api.mail_contact_rules import (
    create_mail_contact_rule,
    delete_mail_contact_rule,
    get_mail_contact_rule,
    list_all_mail_contact_rules,
    list_mail_contact_rules,
    update_mail_contact_rule,
)
from inkbox_api.api.phone_contact_rules import (
    create_phone_contact_rule,
    delete_phone_contact_rule,
    get_phone_contact_rule,
    list_all_phone_contact_rules,
    list_phone_contact_rules,
    update_phone_contact_rule,
)
from inkbox_api.models import (
    ContactRuleApplyTo,
    ContactRuleDirection,
    ContactRuleStatus,
    MailContactRule,
    MailContactRuleCreate,
    MailContactRuleUpdate,
    MailRuleAction,
    MailRuleMatchType,
    PhoneContactRule,
    PhoneContactRuleCreate,
    PhoneContactRuleUpdate,
    PhoneRuleAction,
    PhoneRuleMatchType,
)
from inkbox_api.types import UNSET, Unset

from ..._args import as_enum, as_uuid, check_limit, check_offset, require_text
from ..._responses import parsed, parsed_list
from .._resource import AsyncResource

__all__ = ["AsyncMailContactRulesResource", "AsyncPhoneContactRulesResource"]


class AsyncMailContactRulesResource(AsyncResource):
    """Allow/block rules of mailboxes (exact address or whole domain)."""

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
        body = MailContactRuleCreate(
            action=as_enum(action, MailRuleAction, "action"),
            match_type=as_enum(match_type, MailRuleMatchType, "match_type"),
            match_target=require_text(match_target, "match_target"),
            direction=_direction(direction),
        )
        response = await create_mail_contact_rule.asyncio_detailed(
            require_text(email_address, "email_address"), client=self._api, body=body
        )
        return parsed(response, MailContactRule)

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
        response = await list_mail_contact_rules.asyncio_detailed(
            require_text(email_address, "email_address"),
            client=self._api,
            action=_opt_enum(action, MailRuleAction, "action"),
            match_type=_opt_enum(match_type, MailRuleMatchType, "match_type"),
            direction=_direction(direction),
            **_page(limit, offset),
        )
        return parsed_list(response, MailContactRule)

    async def get(self, email_address: str, rule_id: uuid.UUID | str) -> MailContactRule:
        """One rule of a mailbox.

        Args:
            email_address: The mailbox's address.
            rule_id: Id of the rule.

        Returns:
            The rule.
        """
        response = await get_mail_contact_rule.asyncio_detailed(
            require_text(email_address, "email_address"),
            as_uuid(rule_id, "rule_id"),
            client=self._api,
        )
        return parsed(response, MailContactRule)

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
        fields = _update_fields(action, MailRuleAction, status, direction, apply_to)
        response = await update_mail_contact_rule.asyncio_detailed(
            require_text(email_address, "email_address"),
            as_uuid(rule_id, "rule_id"),
            client=self._api,
            body=MailContactRuleUpdate(**fields),
        )
        return parsed(response, MailContactRule)

    async def delete(self, email_address: str, rule_id: uuid.UUID | str) -> None:
        """Delete a rule of a mailbox (admin only).

        Args:
            email_address: The mailbox's address.
            rule_id: Id of the rule.
        """
        await delete_mail_contact_rule.asyncio_detailed(
            require_text(email_address, "email_address"),
            as_uuid(rule_id, "rule_id"),
            client=self._api,
        )

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
        response = await list_all_mail_contact_rules.asyncio_detailed(
            client=self._api,
            mailbox_id=UNSET if mailbox_id is None else as_uuid(mailbox_id, "mailbox_id"),
            action=_opt_enum(action, MailRuleAction, "action"),
            match_type=_opt_enum(match_type, MailRuleMatchType, "match_type"),
            direction=_direction(direction),
            **_page(limit, offset),
        )
        return parsed_list(response, MailContactRule)


class AsyncPhoneContactRulesResource(AsyncResource):
    """Allow/block rules of phone numbers (exact E.164 numbers), for calls and texts."""

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
        body = PhoneContactRuleCreate(
            action=as_enum(action, PhoneRuleAction, "action"),
            match_type=as_enum(match_type, PhoneRuleMatchType, "match_type"),
            match_target=require_text(match_target, "match_target"),
            direction=_direction(direction),
        )
        response = await create_phone_contact_rule.asyncio_detailed(
            as_uuid(phone_number_id, "phone_number_id"), client=self._api, body=body
        )
        return parsed(response, PhoneContactRule)

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
        response = await list_phone_contact_rules.asyncio_detailed(
            as_uuid(phone_number_id, "phone_number_id"),
            client=self._api,
            action=_opt_enum(action, PhoneRuleAction, "action"),
            match_type=_opt_enum(match_type, PhoneRuleMatchType, "match_type"),
            direction=_direction(direction),
            **_page(limit, offset),
        )
        return parsed_list(response, PhoneContactRule)

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
        response = await get_phone_contact_rule.asyncio_detailed(
            as_uuid(phone_number_id, "phone_number_id"),
            as_uuid(rule_id, "rule_id"),
            client=self._api,
        )
        return parsed(response, PhoneContactRule)

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
        fields = _update_fields(action, PhoneRuleAction, status, direction, apply_to)
        response = await update_phone_contact_rule.asyncio_detailed(
            as_uuid(phone_number_id, "phone_number_id"),
            as_uuid(rule_id, "rule_id"),
            client=self._api,
            body=PhoneContactRuleUpdate(**fields),
        )
        return parsed(response, PhoneContactRule)

    async def delete(self, phone_number_id: uuid.UUID | str, rule_id: uuid.UUID | str) -> None:
        """Delete a rule of a phone number (admin only).

        Args:
            phone_number_id: Id of the number.
            rule_id: Id of the rule.
        """
        await delete_phone_contact_rule.asyncio_detailed(
            as_uuid(phone_number_id, "phone_number_id"),
            as_uuid(rule_id, "rule_id"),
            client=self._api,
        )

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
        response = await list_all_phone_contact_rules.asyncio_detailed(
            client=self._api,
            phone_number_id=UNSET
            if phone_number_id is None
            else as_uuid(phone_number_id, "phone_number_id"),
            action=_opt_enum(action, PhoneRuleAction, "action"),
            match_type=_opt_enum(match_type, PhoneRuleMatchType, "match_type"),
            direction=_direction(direction),
            **_page(limit, offset),
        )
        return parsed_list(response, PhoneContactRule)


def _opt_enum(value: Any, kind: type[Any], name: str) -> Any:
    return UNSET if value is None else as_enum(value, kind, name)


def _direction(value: ContactRuleDirection | str | None) -> ContactRuleDirection | Unset:
    return UNSET if value is None else as_enum(value, ContactRuleDirection, "direction")


def _page(limit: int | None, offset: int | None) -> dict[str, int | Unset]:
    # Rule lists send paging only when asked, so the server's defaults apply otherwise.
    return {
        "limit": UNSET if limit is None else check_limit(limit),
        "offset": UNSET if offset is None else check_offset(offset),
    }


def _update_fields(
    action: Any,
    action_kind: type[Any],
    status: ContactRuleStatus | str | None,
    direction: ContactRuleDirection | str | None,
    apply_to: ContactRuleApplyTo | str | None,
) -> dict[str, Any]:
    if apply_to is not None and (action is None or direction is not None):
        raise ValueError("apply_to needs action= and cannot be combined with direction=")
    if action is None and status is None and direction is None:
        raise ValueError("nothing to update: pass action=, status= and/or direction=")
    return {
        "action": _opt_enum(action, action_kind, "action"),
        "status": _opt_enum(status, ContactRuleStatus, "status"),
        "direction": _direction(direction),
        "apply_to": _opt_enum(apply_to, ContactRuleApplyTo, "apply_to"),
    }
