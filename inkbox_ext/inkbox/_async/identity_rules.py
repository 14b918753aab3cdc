"""The identity's contact rules: its mail and phone allow/block rules, by its handle.

They are the rules of the identity's mailbox and number (`inkbox.mail_identity_contact_rules`,
`inkbox.phone_identity_contact_rules`); no channel check is made here, as the server keeps
rules for an identity without a number too.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from .identity import AsyncIdentityBase

if TYPE_CHECKING:
    from inkbox_api.models import (
        ContactRuleApplyTo,
        ContactRuleDirection,
        MailIdentityContactRule,
        MailRuleAction,
        MailRuleMatchType,
        PhoneIdentityContactRule,
        PhoneRuleAction,
        PhoneRuleMatchType,
    )

    from .resources.contact_rules import (
        AsyncMailIdentityContactRulesResource,
        AsyncPhoneIdentityContactRulesResource,
    )

__all__ = ["AsyncIdentityRulesMixin"]


class AsyncIdentityRulesMixin(AsyncIdentityBase):
    """Mail and phone contact rules of an identity."""

    @property
    def _mail_rules(self) -> AsyncMailIdentityContactRulesResource:
        return self._client.mail_identity_contact_rules

    @property
    def _phone_rules(self) -> AsyncPhoneIdentityContactRulesResource:
        return self._client.phone_identity_contact_rules

    # ── mail ──

    async def create_mail_contact_rule(
        self,
        *,
        action: MailRuleAction | str,
        match_type: MailRuleMatchType | str,
        match_target: str,
        direction: ContactRuleDirection | str | None = None,
    ) -> MailIdentityContactRule:
        """Add a mail rule to this identity; see `AsyncMailIdentityContactRulesResource.create`.

        Args:
            action: `allow` or `block`.
            match_type: `exact_email` or `domain`.
            match_target: The address or domain to match, e.g. `"example.com"`.
            direction: `inbound`, `outbound` or `both` (the default when left out).
        """
        return await self._mail_rules.create(
            self.agent_handle,
            action=action,
            match_type=match_type,
            match_target=match_target,
            direction=direction,
        )

    async def list_mail_contact_rules(
        self,
        *,
        action: MailRuleAction | str | None = None,
        match_type: MailRuleMatchType | str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        direction: ContactRuleDirection | str | None = None,
    ) -> list[MailIdentityContactRule]:
        """This identity's mail rules, newest first; see `AsyncMailIdentityContactRulesResource.list`.

        Args:
            action: Only rules with this action.
            match_type: Only rules with this match type.
            limit: At most this many rules (1-200; the server's default is 50).
            offset: Skip this many rules.
            direction: Only rules covering this direction.
        """
        return await self._mail_rules.list(
            self.agent_handle,
            action=action,
            match_type=match_type,
            limit=limit,
            offset=offset,
            direction=direction,
        )

    async def get_mail_contact_rule(self, rule_id: uuid.UUID | str) -> MailIdentityContactRule:
        """One of this identity's mail rules; see `AsyncMailIdentityContactRulesResource.get`.

        Args:
            rule_id: Id of the rule.
        """
        return await self._mail_rules.get(self.agent_handle, rule_id)

    async def update_mail_contact_rule(
        self,
        rule_id: uuid.UUID | str,
        *,
        action: MailRuleAction | str | None = None,
        direction: ContactRuleDirection | str | None = None,
        apply_to: ContactRuleApplyTo | str | None = None,
    ) -> MailIdentityContactRule:
        """Change one of this identity's mail rules; see `AsyncMailIdentityContactRulesResource.update`.

        Args:
            rule_id: Id of the rule.
            action: `allow` or `block`.
            direction: `inbound`, `outbound` or `both`.
            apply_to: Change `action` on this one side only (`inbound` or `outbound`).
        """
        return await self._mail_rules.update(
            self.agent_handle, rule_id, action=action, direction=direction, apply_to=apply_to
        )

    async def delete_mail_contact_rule(self, rule_id: uuid.UUID | str) -> None:
        """Delete one of this identity's mail rules; see `AsyncMailIdentityContactRulesResource.delete`.

        Args:
            rule_id: Id of the rule.
        """
        await self._mail_rules.delete(self.agent_handle, rule_id)

    # ── phone ──

    async def create_phone_contact_rule(
        self,
        *,
        action: PhoneRuleAction | str,
        match_target: str,
        match_type: PhoneRuleMatchType | str = "exact_number",
        direction: ContactRuleDirection | str | None = None,
    ) -> PhoneIdentityContactRule:
        """Add a phone rule to this identity; see `AsyncPhoneIdentityContactRulesResource.create`.

        Args:
            action: `allow` or `block`.
            match_target: The E.164 number to match.
            match_type: `exact_number`, the only kind.
            direction: `inbound`, `outbound` or `both` (the default when left out).
        """
        return await self._phone_rules.create(
            self.agent_handle,
            action=action,
            match_target=match_target,
            match_type=match_type,
            direction=direction,
        )

    async def list_phone_contact_rules(
        self,
        *,
        action: PhoneRuleAction | str | None = None,
        match_type: PhoneRuleMatchType | str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        direction: ContactRuleDirection | str | None = None,
    ) -> list[PhoneIdentityContactRule]:
        """This identity's phone rules, newest first; see `AsyncPhoneIdentityContactRulesResource.list`.

        Args:
            action: Only rules with this action.
            match_type: Only rules with this match type.
            limit: At most this many rules (1-200; the server's default is 50).
            offset: Skip this many rules.
            direction: Only rules covering this direction.
        """
        return await self._phone_rules.list(
            self.agent_handle,
            action=action,
            match_type=match_type,
            limit=limit,
            offset=offset,
            direction=direction,
        )

    async def get_phone_contact_rule(self, rule_id: uuid.UUID | str) -> PhoneIdentityContactRule:
        """One of this identity's phone rules; see `AsyncPhoneIdentityContactRulesResource.get`.

        Args:
            rule_id: Id of the rule.
        """
        return await self._phone_rules.get(self.agent_handle, rule_id)

    async def update_phone_contact_rule(
        self,
        rule_id: uuid.UUID | str,
        *,
        action: PhoneRuleAction | str | None = None,
        direction: ContactRuleDirection | str | None = None,
        apply_to: ContactRuleApplyTo | str | None = None,
    ) -> PhoneIdentityContactRule:
        """Change one of this identity's phone rules; see `AsyncPhoneIdentityContactRulesResource.update`.

        Args:
            rule_id: Id of the rule.
            action: `allow` or `block`.
            direction: `inbound`, `outbound` or `both`.
            apply_to: Change `action` on this one side only (`inbound` or `outbound`).
        """
        return await self._phone_rules.update(
            self.agent_handle, rule_id, action=action, direction=direction, apply_to=apply_to
        )

    async def delete_phone_contact_rule(self, rule_id: uuid.UUID | str) -> None:
        """Delete one of this identity's phone rules; see `AsyncPhoneIdentityContactRulesResource.delete`.

        Args:
            rule_id: Id of the rule.
        """
        await self._phone_rules.delete(self.agent_handle, rule_id)
