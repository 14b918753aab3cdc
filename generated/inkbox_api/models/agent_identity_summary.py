from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_identity_status import AgentIdentityStatus
from ..models.filter_mode import FilterMode

if TYPE_CHECKING:
    from ..models.identity_i_message_number import IdentityIMessageNumber
    from ..models.identity_mailbox import IdentityMailbox
    from ..models.identity_phone_number import IdentityPhoneNumber
    from ..models.tunnel_summary import TunnelSummary


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
        from ..models.identity_i_message_number import IdentityIMessageNumber  # noqa: PLC0415
        from ..models.identity_mailbox import IdentityMailbox  # noqa: PLC0415
        from ..models.identity_phone_number import IdentityPhoneNumber  # noqa: PLC0415
        from ..models.tunnel_summary import TunnelSummary  # noqa: PLC0415

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
        from ..models.identity_i_message_number import IdentityIMessageNumber  # noqa: PLC0415
        from ..models.identity_mailbox import IdentityMailbox  # noqa: PLC0415
        from ..models.identity_phone_number import IdentityPhoneNumber  # noqa: PLC0415
        from ..models.tunnel_summary import TunnelSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        organization_id = d.pop("organization_id")

        agent_handle = d.pop("agent_handle")

        def _parse_display_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        display_name = _parse_display_name(d.pop("display_name", None))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description", None))

        def _parse_email_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email_address = _parse_email_address(d.pop("email_address", None))

        def _parse_status(data: object) -> AgentIdentityStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = AgentIdentityStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentIdentityStatus | None, data)

        status = _parse_status(d.pop("status", None))

        imessage_enabled = d.pop("imessage_enabled", False)

        contact_sharing_enabled = d.pop("contact_sharing_enabled", True)

        imessage_filter_mode = FilterMode(d.pop("imessage_filter_mode", FilterMode.BLACKLIST))

        mail_filter_mode = FilterMode(d.pop("mail_filter_mode", FilterMode.BLACKLIST))

        phone_filter_mode = FilterMode(d.pop("phone_filter_mode", FilterMode.BLACKLIST))

        slack_filter_mode = FilterMode(d.pop("slack_filter_mode", FilterMode.BLACKLIST))

        def _parse_mail_inbound_filter_mode(data: object) -> FilterMode | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mail_inbound_filter_mode_type_0 = FilterMode(data)

                return mail_inbound_filter_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FilterMode | None, data)

        mail_inbound_filter_mode = _parse_mail_inbound_filter_mode(
            d.pop("mail_inbound_filter_mode", None)
        )

        def _parse_mail_outbound_filter_mode(data: object) -> FilterMode | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mail_outbound_filter_mode_type_0 = FilterMode(data)

                return mail_outbound_filter_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FilterMode | None, data)

        mail_outbound_filter_mode = _parse_mail_outbound_filter_mode(
            d.pop("mail_outbound_filter_mode", None)
        )

        def _parse_phone_inbound_filter_mode(data: object) -> FilterMode | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phone_inbound_filter_mode_type_0 = FilterMode(data)

                return phone_inbound_filter_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FilterMode | None, data)

        phone_inbound_filter_mode = _parse_phone_inbound_filter_mode(
            d.pop("phone_inbound_filter_mode", None)
        )

        def _parse_phone_outbound_filter_mode(data: object) -> FilterMode | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phone_outbound_filter_mode_type_0 = FilterMode(data)

                return phone_outbound_filter_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FilterMode | None, data)

        phone_outbound_filter_mode = _parse_phone_outbound_filter_mode(
            d.pop("phone_outbound_filter_mode", None)
        )

        def _parse_slack_inbound_filter_mode(data: object) -> FilterMode | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                slack_inbound_filter_mode_type_0 = FilterMode(data)

                return slack_inbound_filter_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FilterMode | None, data)

        slack_inbound_filter_mode = _parse_slack_inbound_filter_mode(
            d.pop("slack_inbound_filter_mode", None)
        )

        def _parse_slack_outbound_filter_mode(data: object) -> FilterMode | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                slack_outbound_filter_mode_type_0 = FilterMode(data)

                return slack_outbound_filter_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FilterMode | None, data)

        slack_outbound_filter_mode = _parse_slack_outbound_filter_mode(
            d.pop("slack_outbound_filter_mode", None)
        )

        signing_key_configured = d.pop("signing_key_configured", False)

        def _parse_signing_key_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signing_key_created_at_type_0 = datetime.datetime.fromisoformat(data)

                return signing_key_created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        signing_key_created_at = _parse_signing_key_created_at(
            d.pop("signing_key_created_at", None)
        )

        def _parse_mailbox(data: object) -> IdentityMailbox | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mailbox_type_0 = IdentityMailbox.from_dict(data)

                return mailbox_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IdentityMailbox | None, data)

        mailbox = _parse_mailbox(d.pop("mailbox", None))

        def _parse_phone_number(data: object) -> IdentityPhoneNumber | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                phone_number_type_0 = IdentityPhoneNumber.from_dict(data)

                return phone_number_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IdentityPhoneNumber | None, data)

        phone_number = _parse_phone_number(d.pop("phone_number", None))

        def _parse_imessage_number(data: object) -> IdentityIMessageNumber | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                imessage_number_type_0 = IdentityIMessageNumber.from_dict(data)

                return imessage_number_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IdentityIMessageNumber | None, data)

        imessage_number = _parse_imessage_number(d.pop("imessage_number", None))

        def _parse_tunnel(data: object) -> None | TunnelSummary:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tunnel_type_0 = TunnelSummary.from_dict(data)

                return tunnel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TunnelSummary, data)

        tunnel = _parse_tunnel(d.pop("tunnel", None))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        agent_identity_summary = cls(
            id=id,
            organization_id=organization_id,
            agent_handle=agent_handle,
            display_name=display_name,
            description=description,
            email_address=email_address,
            status=status,
            imessage_enabled=imessage_enabled,
            contact_sharing_enabled=contact_sharing_enabled,
            imessage_filter_mode=imessage_filter_mode,
            mail_filter_mode=mail_filter_mode,
            phone_filter_mode=phone_filter_mode,
            slack_filter_mode=slack_filter_mode,
            mail_inbound_filter_mode=mail_inbound_filter_mode,
            mail_outbound_filter_mode=mail_outbound_filter_mode,
            phone_inbound_filter_mode=phone_inbound_filter_mode,
            phone_outbound_filter_mode=phone_outbound_filter_mode,
            slack_inbound_filter_mode=slack_inbound_filter_mode,
            slack_outbound_filter_mode=slack_outbound_filter_mode,
            signing_key_configured=signing_key_configured,
            signing_key_created_at=signing_key_created_at,
            mailbox=mailbox,
            phone_number=phone_number,
            imessage_number=imessage_number,
            tunnel=tunnel,
            created_at=created_at,
            updated_at=updated_at,
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
