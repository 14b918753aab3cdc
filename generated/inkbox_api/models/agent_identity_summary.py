from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_identity_status import AgentIdentityStatus
from ..models.filter_mode import FilterMode
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="AgentIdentitySummary")


@_attrs_define
class AgentIdentitySummary:
    """An agent identity. List items and single-identity responses share this shape; the SDK's `AgentIdentity` wraps it.
    `mailbox` / `phone_number` are null when no channel is linked.

    """

    id: UUID
    organization_id: str
    agent_handle: str
    display_name: None | str
    description: None | str
    """ Org-internal description; `""` is distinct from null. """
    email_address: None | str
    """ The identity's mailbox address (authoritative; do not derive it from the handle). """
    status: AgentIdentityStatus | None
    """ Guide-era lifecycle status; not sent by current servers. """
    mail_inbound_filter_mode: FilterMode | None
    mail_outbound_filter_mode: FilterMode | None
    phone_inbound_filter_mode: FilterMode | None
    phone_outbound_filter_mode: FilterMode | None
    slack_inbound_filter_mode: FilterMode | None
    slack_outbound_filter_mode: FilterMode | None
    signing_key_created_at: datetime.datetime | None
    mailbox: IdentityMailbox | None
    phone_number: IdentityPhoneNumber | None
    imessage_number: IdentityIMessageNumber | None
    tunnel: None | TunnelSummary
    created_at: datetime.datetime
    updated_at: datetime.datetime
    imessage_enabled: bool = False
    contact_sharing_enabled: bool = True
    imessage_filter_mode: FilterMode = FilterMode.BLACKLIST
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    mail_filter_mode: FilterMode = FilterMode.BLACKLIST
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    phone_filter_mode: FilterMode = FilterMode.BLACKLIST
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    slack_filter_mode: FilterMode = FilterMode.BLACKLIST
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    signing_key_configured: bool = False
    """ Whether the identity has a webhook signing key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        organization_id = self.organization_id

        agent_handle = self.agent_handle

        display_name: None | str
        display_name = self.display_name

        description: None | str
        description = self.description

        email_address: None | str
        email_address = self.email_address

        status: None | str
        if isinstance(self.status, AgentIdentityStatus):
            status = self.status.value
        else:
            status = self.status

        imessage_enabled = self.imessage_enabled

        contact_sharing_enabled = self.contact_sharing_enabled

        imessage_filter_mode = self.imessage_filter_mode.value

        mail_filter_mode = self.mail_filter_mode.value

        phone_filter_mode = self.phone_filter_mode.value

        slack_filter_mode = self.slack_filter_mode.value

        mail_inbound_filter_mode: None | str
        if isinstance(self.mail_inbound_filter_mode, FilterMode):
            mail_inbound_filter_mode = self.mail_inbound_filter_mode.value
        else:
            mail_inbound_filter_mode = self.mail_inbound_filter_mode

        mail_outbound_filter_mode: None | str
        if isinstance(self.mail_outbound_filter_mode, FilterMode):
            mail_outbound_filter_mode = self.mail_outbound_filter_mode.value
        else:
            mail_outbound_filter_mode = self.mail_outbound_filter_mode

        phone_inbound_filter_mode: None | str
        if isinstance(self.phone_inbound_filter_mode, FilterMode):
            phone_inbound_filter_mode = self.phone_inbound_filter_mode.value
        else:
            phone_inbound_filter_mode = self.phone_inbound_filter_mode

        phone_outbound_filter_mode: None | str
        if isinstance(self.phone_outbound_filter_mode, FilterMode):
            phone_outbound_filter_mode = self.phone_outbound_filter_mode.value
        else:
            phone_outbound_filter_mode = self.phone_outbound_filter_mode

        slack_inbound_filter_mode: None | str
        if isinstance(self.slack_inbound_filter_mode, FilterMode):
            slack_inbound_filter_mode = self.slack_inbound_filter_mode.value
        else:
            slack_inbound_filter_mode = self.slack_inbound_filter_mode

        slack_outbound_filter_mode: None | str
        if isinstance(self.slack_outbound_filter_mode, FilterMode):
            slack_outbound_filter_mode = self.slack_outbound_filter_mode.value
        else:
            slack_outbound_filter_mode = self.slack_outbound_filter_mode

        signing_key_configured = self.signing_key_configured

        signing_key_created_at: None | str
        if isinstance(self.signing_key_created_at, datetime.datetime):
            signing_key_created_at = self.signing_key_created_at.isoformat()
        else:
            signing_key_created_at = self.signing_key_created_at

        mailbox: dict[str, Any] | None
        if isinstance(self.mailbox, IdentityMailbox):
            mailbox = self.mailbox.to_dict()
        else:
            mailbox = self.mailbox

        phone_number: dict[str, Any] | None
        if isinstance(self.phone_number, IdentityPhoneNumber):
            phone_number = self.phone_number.to_dict()
        else:
            phone_number = self.phone_number

        imessage_number: dict[str, Any] | None
        if isinstance(self.imessage_number, IdentityIMessageNumber):
            imessage_number = self.imessage_number.to_dict()
        else:
            imessage_number = self.imessage_number

        tunnel: dict[str, Any] | None
        if isinstance(self.tunnel, TunnelSummary):
            tunnel = self.tunnel.to_dict()
        else:
            tunnel = self.tunnel

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "agent_handle": agent_handle,
                "display_name": display_name,
                "description": description,
                "email_address": email_address,
                "status": status,
                "imessage_enabled": imessage_enabled,
                "contact_sharing_enabled": contact_sharing_enabled,
                "imessage_filter_mode": imessage_filter_mode,
                "mail_filter_mode": mail_filter_mode,
                "phone_filter_mode": phone_filter_mode,
                "slack_filter_mode": slack_filter_mode,
                "mail_inbound_filter_mode": mail_inbound_filter_mode,
                "mail_outbound_filter_mode": mail_outbound_filter_mode,
                "phone_inbound_filter_mode": phone_inbound_filter_mode,
                "phone_outbound_filter_mode": phone_outbound_filter_mode,
                "slack_inbound_filter_mode": slack_inbound_filter_mode,
                "slack_outbound_filter_mode": slack_outbound_filter_mode,
                "signing_key_configured": signing_key_configured,
                "signing_key_created_at": signing_key_created_at,
                "mailbox": mailbox,
                "phone_number": phone_number,
                "imessage_number": imessage_number,
                "tunnel": tunnel,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        organization_id = d.pop("organization_id")

        agent_handle = d.pop("agent_handle")

        display_name = d.pop("display_name", None)

        description = d.pop("description", None)

        email_address = d.pop("email_address", None)

        status = d.pop("status", None)
        if status is not None:
            if isinstance(status, str):
                try:
                    status_type_0 = parse_enum(AgentIdentityStatus, status)

                    status = status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        imessage_enabled = d.pop("imessage_enabled", False)

        contact_sharing_enabled = d.pop("contact_sharing_enabled", True)

        imessage_filter_mode = parse_enum(
            FilterMode, d.pop("imessage_filter_mode", FilterMode.BLACKLIST)
        )

        mail_filter_mode = parse_enum(FilterMode, d.pop("mail_filter_mode", FilterMode.BLACKLIST))

        phone_filter_mode = parse_enum(FilterMode, d.pop("phone_filter_mode", FilterMode.BLACKLIST))

        slack_filter_mode = parse_enum(FilterMode, d.pop("slack_filter_mode", FilterMode.BLACKLIST))

        mail_inbound_filter_mode = d.pop("mail_inbound_filter_mode", None)
        if mail_inbound_filter_mode is not None:
            if isinstance(mail_inbound_filter_mode, str):
                try:
                    mail_inbound_filter_mode_type_0 = parse_enum(
                        FilterMode, mail_inbound_filter_mode
                    )

                    mail_inbound_filter_mode = mail_inbound_filter_mode_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        mail_outbound_filter_mode = d.pop("mail_outbound_filter_mode", None)
        if mail_outbound_filter_mode is not None:
            if isinstance(mail_outbound_filter_mode, str):
                try:
                    mail_outbound_filter_mode_type_0 = parse_enum(
                        FilterMode, mail_outbound_filter_mode
                    )

                    mail_outbound_filter_mode = mail_outbound_filter_mode_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        phone_inbound_filter_mode = d.pop("phone_inbound_filter_mode", None)
        if phone_inbound_filter_mode is not None:
            if isinstance(phone_inbound_filter_mode, str):
                try:
                    phone_inbound_filter_mode_type_0 = parse_enum(
                        FilterMode, phone_inbound_filter_mode
                    )

                    phone_inbound_filter_mode = phone_inbound_filter_mode_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        phone_outbound_filter_mode = d.pop("phone_outbound_filter_mode", None)
        if phone_outbound_filter_mode is not None:
            if isinstance(phone_outbound_filter_mode, str):
                try:
                    phone_outbound_filter_mode_type_0 = parse_enum(
                        FilterMode, phone_outbound_filter_mode
                    )

                    phone_outbound_filter_mode = phone_outbound_filter_mode_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        slack_inbound_filter_mode = d.pop("slack_inbound_filter_mode", None)
        if slack_inbound_filter_mode is not None:
            if isinstance(slack_inbound_filter_mode, str):
                try:
                    slack_inbound_filter_mode_type_0 = parse_enum(
                        FilterMode, slack_inbound_filter_mode
                    )

                    slack_inbound_filter_mode = slack_inbound_filter_mode_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        slack_outbound_filter_mode = d.pop("slack_outbound_filter_mode", None)
        if slack_outbound_filter_mode is not None:
            if isinstance(slack_outbound_filter_mode, str):
                try:
                    slack_outbound_filter_mode_type_0 = parse_enum(
                        FilterMode, slack_outbound_filter_mode
                    )

                    slack_outbound_filter_mode = slack_outbound_filter_mode_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        signing_key_configured = d.pop("signing_key_configured", False)

        signing_key_created_at = d.pop("signing_key_created_at", None)
        if signing_key_created_at is not None:
            if isinstance(signing_key_created_at, str):
                try:
                    signing_key_created_at_type_0 = datetime.datetime.fromisoformat(
                        signing_key_created_at
                    )

                    signing_key_created_at = signing_key_created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        mailbox = d.pop("mailbox", None)
        if mailbox is not None:
            if isinstance(mailbox, dict):
                try:
                    mailbox_type_0 = IdentityMailbox.from_dict(mailbox)

                    mailbox = mailbox_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        phone_number = d.pop("phone_number", None)
        if phone_number is not None:
            if isinstance(phone_number, dict):
                try:
                    phone_number_type_0 = IdentityPhoneNumber.from_dict(phone_number)

                    phone_number = phone_number_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        imessage_number = d.pop("imessage_number", None)
        if imessage_number is not None:
            if isinstance(imessage_number, dict):
                try:
                    imessage_number_type_0 = IdentityIMessageNumber.from_dict(imessage_number)

                    imessage_number = imessage_number_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        tunnel = d.pop("tunnel", None)
        if tunnel is not None:
            if isinstance(tunnel, dict):
                try:
                    tunnel_type_0 = TunnelSummary.from_dict(tunnel)

                    tunnel = tunnel_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        agent_identity_summary = cls(
            id,
            organization_id,
            agent_handle,
            display_name,
            description,
            email_address,
            status,
            mail_inbound_filter_mode,
            mail_outbound_filter_mode,
            phone_inbound_filter_mode,
            phone_outbound_filter_mode,
            slack_inbound_filter_mode,
            slack_outbound_filter_mode,
            signing_key_created_at,
            mailbox,
            phone_number,
            imessage_number,
            tunnel,
            created_at,
            updated_at,
            imessage_enabled,
            contact_sharing_enabled,
            imessage_filter_mode,
            mail_filter_mode,
            phone_filter_mode,
            slack_filter_mode,
            signing_key_configured,
        )

        agent_identity_summary.additional_properties = d
        return agent_identity_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer to each other import each other here, after the class: by then the class a
# circular import asks for exists, and the methods find the name once instead of importing it
# on every call.
from ..models.identity_i_message_number import IdentityIMessageNumber  # noqa: E402
from ..models.identity_mailbox import IdentityMailbox  # noqa: E402
from ..models.identity_phone_number import IdentityPhoneNumber  # noqa: E402
from ..models.tunnel_summary import TunnelSummary  # noqa: E402
