from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_identity_status import AgentIdentityStatus
from ..models.filter_mode import FilterMode
from ..types import UNSET, Unset

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
    mailbox: IdentityMailbox | None
    phone_number: IdentityPhoneNumber | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    status: AgentIdentityStatus | None | Unset = UNSET
    """ Guide-era lifecycle status; not sent by current servers. """
    imessage_enabled: bool | Unset = UNSET
    contact_sharing_enabled: bool | Unset = UNSET
    imessage_filter_mode: FilterMode | Unset = UNSET
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    mail_filter_mode: FilterMode | Unset = UNSET
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    phone_filter_mode: FilterMode | Unset = UNSET
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    slack_filter_mode: FilterMode | Unset = UNSET
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    mail_inbound_filter_mode: FilterMode | None | Unset = UNSET
    mail_outbound_filter_mode: FilterMode | None | Unset = UNSET
    phone_inbound_filter_mode: FilterMode | None | Unset = UNSET
    phone_outbound_filter_mode: FilterMode | None | Unset = UNSET
    slack_inbound_filter_mode: FilterMode | None | Unset = UNSET
    slack_outbound_filter_mode: FilterMode | None | Unset = UNSET
    signing_key_configured: bool | Unset = UNSET
    """ Whether the identity has a webhook signing key. """
    signing_key_created_at: datetime.datetime | None | Unset = UNSET
    imessage_number: IdentityIMessageNumber | None | Unset = UNSET
    tunnel: None | TunnelSummary | Unset = UNSET
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

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, AgentIdentityStatus):
            status = self.status.value
        else:
            status = self.status

        imessage_enabled = self.imessage_enabled

        contact_sharing_enabled = self.contact_sharing_enabled

        imessage_filter_mode: str | Unset = UNSET
        if not isinstance(self.imessage_filter_mode, Unset):
            imessage_filter_mode = self.imessage_filter_mode.value

        mail_filter_mode: str | Unset = UNSET
        if not isinstance(self.mail_filter_mode, Unset):
            mail_filter_mode = self.mail_filter_mode.value

        phone_filter_mode: str | Unset = UNSET
        if not isinstance(self.phone_filter_mode, Unset):
            phone_filter_mode = self.phone_filter_mode.value

        slack_filter_mode: str | Unset = UNSET
        if not isinstance(self.slack_filter_mode, Unset):
            slack_filter_mode = self.slack_filter_mode.value

        mail_inbound_filter_mode: None | str | Unset
        if isinstance(self.mail_inbound_filter_mode, Unset):
            mail_inbound_filter_mode = UNSET
        elif isinstance(self.mail_inbound_filter_mode, FilterMode):
            mail_inbound_filter_mode = self.mail_inbound_filter_mode.value
        else:
            mail_inbound_filter_mode = self.mail_inbound_filter_mode

        mail_outbound_filter_mode: None | str | Unset
        if isinstance(self.mail_outbound_filter_mode, Unset):
            mail_outbound_filter_mode = UNSET
        elif isinstance(self.mail_outbound_filter_mode, FilterMode):
            mail_outbound_filter_mode = self.mail_outbound_filter_mode.value
        else:
            mail_outbound_filter_mode = self.mail_outbound_filter_mode

        phone_inbound_filter_mode: None | str | Unset
        if isinstance(self.phone_inbound_filter_mode, Unset):
            phone_inbound_filter_mode = UNSET
        elif isinstance(self.phone_inbound_filter_mode, FilterMode):
            phone_inbound_filter_mode = self.phone_inbound_filter_mode.value
        else:
            phone_inbound_filter_mode = self.phone_inbound_filter_mode

        phone_outbound_filter_mode: None | str | Unset
        if isinstance(self.phone_outbound_filter_mode, Unset):
            phone_outbound_filter_mode = UNSET
        elif isinstance(self.phone_outbound_filter_mode, FilterMode):
            phone_outbound_filter_mode = self.phone_outbound_filter_mode.value
        else:
            phone_outbound_filter_mode = self.phone_outbound_filter_mode

        slack_inbound_filter_mode: None | str | Unset
        if isinstance(self.slack_inbound_filter_mode, Unset):
            slack_inbound_filter_mode = UNSET
        elif isinstance(self.slack_inbound_filter_mode, FilterMode):
            slack_inbound_filter_mode = self.slack_inbound_filter_mode.value
        else:
            slack_inbound_filter_mode = self.slack_inbound_filter_mode

        slack_outbound_filter_mode: None | str | Unset
        if isinstance(self.slack_outbound_filter_mode, Unset):
            slack_outbound_filter_mode = UNSET
        elif isinstance(self.slack_outbound_filter_mode, FilterMode):
            slack_outbound_filter_mode = self.slack_outbound_filter_mode.value
        else:
            slack_outbound_filter_mode = self.slack_outbound_filter_mode

        signing_key_configured = self.signing_key_configured

        signing_key_created_at: None | str | Unset
        if isinstance(self.signing_key_created_at, Unset):
            signing_key_created_at = UNSET
        elif isinstance(self.signing_key_created_at, datetime.datetime):
            signing_key_created_at = self.signing_key_created_at.isoformat()
        else:
            signing_key_created_at = self.signing_key_created_at

        imessage_number: dict[str, Any] | None | Unset
        if isinstance(self.imessage_number, Unset):
            imessage_number = UNSET
        elif isinstance(self.imessage_number, IdentityIMessageNumber):
            imessage_number = self.imessage_number.to_dict()
        else:
            imessage_number = self.imessage_number

        tunnel: dict[str, Any] | None | Unset
        if isinstance(self.tunnel, Unset):
            tunnel = UNSET
        elif isinstance(self.tunnel, TunnelSummary):
            tunnel = self.tunnel.to_dict()
        else:
            tunnel = self.tunnel

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
                "mailbox": mailbox,
                "phone_number": phone_number,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if imessage_enabled is not UNSET:
            field_dict["imessage_enabled"] = imessage_enabled
        if contact_sharing_enabled is not UNSET:
            field_dict["contact_sharing_enabled"] = contact_sharing_enabled
        if imessage_filter_mode is not UNSET:
            field_dict["imessage_filter_mode"] = imessage_filter_mode
        if mail_filter_mode is not UNSET:
            field_dict["mail_filter_mode"] = mail_filter_mode
        if phone_filter_mode is not UNSET:
            field_dict["phone_filter_mode"] = phone_filter_mode
        if slack_filter_mode is not UNSET:
            field_dict["slack_filter_mode"] = slack_filter_mode
        if mail_inbound_filter_mode is not UNSET:
            field_dict["mail_inbound_filter_mode"] = mail_inbound_filter_mode
        if mail_outbound_filter_mode is not UNSET:
            field_dict["mail_outbound_filter_mode"] = mail_outbound_filter_mode
        if phone_inbound_filter_mode is not UNSET:
            field_dict["phone_inbound_filter_mode"] = phone_inbound_filter_mode
        if phone_outbound_filter_mode is not UNSET:
            field_dict["phone_outbound_filter_mode"] = phone_outbound_filter_mode
        if slack_inbound_filter_mode is not UNSET:
            field_dict["slack_inbound_filter_mode"] = slack_inbound_filter_mode
        if slack_outbound_filter_mode is not UNSET:
            field_dict["slack_outbound_filter_mode"] = slack_outbound_filter_mode
        if signing_key_configured is not UNSET:
            field_dict["signing_key_configured"] = signing_key_configured
        if signing_key_created_at is not UNSET:
            field_dict["signing_key_created_at"] = signing_key_created_at
        if imessage_number is not UNSET:
            field_dict["imessage_number"] = imessage_number
        if tunnel is not UNSET:
            field_dict["tunnel"] = tunnel

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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_status(data: object) -> AgentIdentityStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = AgentIdentityStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentIdentityStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        imessage_enabled = d.pop("imessage_enabled", UNSET)

        contact_sharing_enabled = d.pop("contact_sharing_enabled", UNSET)

        _imessage_filter_mode = d.pop("imessage_filter_mode", UNSET)
        imessage_filter_mode: FilterMode | Unset
        if isinstance(_imessage_filter_mode, Unset):
            imessage_filter_mode = UNSET
        else:
            imessage_filter_mode = FilterMode(_imessage_filter_mode)

        _mail_filter_mode = d.pop("mail_filter_mode", UNSET)
        mail_filter_mode: FilterMode | Unset
        if isinstance(_mail_filter_mode, Unset):
            mail_filter_mode = UNSET
        else:
            mail_filter_mode = FilterMode(_mail_filter_mode)

        _phone_filter_mode = d.pop("phone_filter_mode", UNSET)
        phone_filter_mode: FilterMode | Unset
        if isinstance(_phone_filter_mode, Unset):
            phone_filter_mode = UNSET
        else:
            phone_filter_mode = FilterMode(_phone_filter_mode)

        _slack_filter_mode = d.pop("slack_filter_mode", UNSET)
        slack_filter_mode: FilterMode | Unset
        if isinstance(_slack_filter_mode, Unset):
            slack_filter_mode = UNSET
        else:
            slack_filter_mode = FilterMode(_slack_filter_mode)

        def _parse_mail_inbound_filter_mode(data: object) -> FilterMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mail_inbound_filter_mode_type_0 = FilterMode(data)

                return mail_inbound_filter_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FilterMode | None | Unset, data)

        mail_inbound_filter_mode = _parse_mail_inbound_filter_mode(
            d.pop("mail_inbound_filter_mode", UNSET)
        )

        def _parse_mail_outbound_filter_mode(data: object) -> FilterMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mail_outbound_filter_mode_type_0 = FilterMode(data)

                return mail_outbound_filter_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FilterMode | None | Unset, data)

        mail_outbound_filter_mode = _parse_mail_outbound_filter_mode(
            d.pop("mail_outbound_filter_mode", UNSET)
        )

        def _parse_phone_inbound_filter_mode(data: object) -> FilterMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phone_inbound_filter_mode_type_0 = FilterMode(data)

                return phone_inbound_filter_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FilterMode | None | Unset, data)

        phone_inbound_filter_mode = _parse_phone_inbound_filter_mode(
            d.pop("phone_inbound_filter_mode", UNSET)
        )

        def _parse_phone_outbound_filter_mode(data: object) -> FilterMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phone_outbound_filter_mode_type_0 = FilterMode(data)

                return phone_outbound_filter_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FilterMode | None | Unset, data)

        phone_outbound_filter_mode = _parse_phone_outbound_filter_mode(
            d.pop("phone_outbound_filter_mode", UNSET)
        )

        def _parse_slack_inbound_filter_mode(data: object) -> FilterMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                slack_inbound_filter_mode_type_0 = FilterMode(data)

                return slack_inbound_filter_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FilterMode | None | Unset, data)

        slack_inbound_filter_mode = _parse_slack_inbound_filter_mode(
            d.pop("slack_inbound_filter_mode", UNSET)
        )

        def _parse_slack_outbound_filter_mode(data: object) -> FilterMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                slack_outbound_filter_mode_type_0 = FilterMode(data)

                return slack_outbound_filter_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FilterMode | None | Unset, data)

        slack_outbound_filter_mode = _parse_slack_outbound_filter_mode(
            d.pop("slack_outbound_filter_mode", UNSET)
        )

        signing_key_configured = d.pop("signing_key_configured", UNSET)

        def _parse_signing_key_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signing_key_created_at_type_0 = datetime.datetime.fromisoformat(data)

                return signing_key_created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        signing_key_created_at = _parse_signing_key_created_at(
            d.pop("signing_key_created_at", UNSET)
        )

        def _parse_imessage_number(data: object) -> IdentityIMessageNumber | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                imessage_number_type_0 = IdentityIMessageNumber.from_dict(data)

                return imessage_number_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IdentityIMessageNumber | None | Unset, data)

        imessage_number = _parse_imessage_number(d.pop("imessage_number", UNSET))

        def _parse_tunnel(data: object) -> None | TunnelSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tunnel_type_0 = TunnelSummary.from_dict(data)

                return tunnel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TunnelSummary | Unset, data)

        tunnel = _parse_tunnel(d.pop("tunnel", UNSET))

        agent_identity_summary = cls(
            id=id,
            organization_id=organization_id,
            agent_handle=agent_handle,
            display_name=display_name,
            description=description,
            email_address=email_address,
            mailbox=mailbox,
            phone_number=phone_number,
            created_at=created_at,
            updated_at=updated_at,
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
            imessage_number=imessage_number,
            tunnel=tunnel,
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
