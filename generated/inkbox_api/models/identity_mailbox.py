from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_mode import FilterMode
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="IdentityMailbox")


@_attrs_define
class IdentityMailbox:
    """The mailbox linked to an identity."""

    id: UUID
    email_address: str
    sending_domain: str
    """ Bare domain the mailbox sends from (platform default or a verified custom domain). """
    display_name: None | str
    """ Guide-era sender name; moved to the identity in 0.4.0. """
    filter_mode: FilterMode
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    inbound_filter_mode: FilterMode | None
    """ Receive-side mode (0.7); defaults to `filter_mode`. """
    outbound_filter_mode: FilterMode | None
    """ Send-side mode (0.7); defaults to `filter_mode`. """
    agent_identity_id: None | UUID
    """ The owning identity. """
    filter_mode_change_notice: FilterModeChangeNotice | None
    signature_html: None | str
    signature_text: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    signature_enabled: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        email_address = self.email_address

        sending_domain = self.sending_domain

        display_name: None | str
        display_name = self.display_name

        filter_mode = self.filter_mode.value

        inbound_filter_mode: None | str
        if isinstance(self.inbound_filter_mode, FilterMode):
            inbound_filter_mode = self.inbound_filter_mode.value
        else:
            inbound_filter_mode = self.inbound_filter_mode

        outbound_filter_mode: None | str
        if isinstance(self.outbound_filter_mode, FilterMode):
            outbound_filter_mode = self.outbound_filter_mode.value
        else:
            outbound_filter_mode = self.outbound_filter_mode

        agent_identity_id: None | str
        if isinstance(self.agent_identity_id, UUID):
            agent_identity_id = str(self.agent_identity_id)
        else:
            agent_identity_id = self.agent_identity_id

        filter_mode_change_notice: dict[str, Any] | None
        if isinstance(self.filter_mode_change_notice, FilterModeChangeNotice):
            filter_mode_change_notice = self.filter_mode_change_notice.to_dict()
        else:
            filter_mode_change_notice = self.filter_mode_change_notice

        signature_html: None | str
        signature_html = self.signature_html

        signature_text: None | str
        signature_text = self.signature_text

        signature_enabled = self.signature_enabled

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email_address": email_address,
                "sending_domain": sending_domain,
                "display_name": display_name,
                "filter_mode": filter_mode,
                "inbound_filter_mode": inbound_filter_mode,
                "outbound_filter_mode": outbound_filter_mode,
                "agent_identity_id": agent_identity_id,
                "filter_mode_change_notice": filter_mode_change_notice,
                "signature_html": signature_html,
                "signature_text": signature_text,
                "signature_enabled": signature_enabled,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        email_address = d.pop("email_address")

        sending_domain = d.pop("sending_domain")

        display_name = d.pop("display_name", None)

        filter_mode = parse_enum(FilterMode, d.pop("filter_mode"))

        inbound_filter_mode = d.pop("inbound_filter_mode", None)
        if inbound_filter_mode is not None:
            if isinstance(inbound_filter_mode, str):
                try:
                    inbound_filter_mode_type_0 = parse_enum(FilterMode, inbound_filter_mode)

                    inbound_filter_mode = inbound_filter_mode_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        outbound_filter_mode = d.pop("outbound_filter_mode", None)
        if outbound_filter_mode is not None:
            if isinstance(outbound_filter_mode, str):
                try:
                    outbound_filter_mode_type_0 = parse_enum(FilterMode, outbound_filter_mode)

                    outbound_filter_mode = outbound_filter_mode_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        agent_identity_id = d.pop("agent_identity_id", None)
        if agent_identity_id is not None:
            if isinstance(agent_identity_id, str):
                try:
                    agent_identity_id_type_0 = parse_uuid(agent_identity_id)

                    agent_identity_id = agent_identity_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        filter_mode_change_notice = d.pop("filter_mode_change_notice", None)
        if filter_mode_change_notice is not None:
            if isinstance(filter_mode_change_notice, dict):
                try:
                    filter_mode_change_notice_type_0 = FilterModeChangeNotice.from_dict(
                        filter_mode_change_notice
                    )

                    filter_mode_change_notice = filter_mode_change_notice_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        signature_html = d.pop("signature_html", None)

        signature_text = d.pop("signature_text", None)

        signature_enabled = d.pop("signature_enabled", False)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        identity_mailbox = cls(
            id,
            email_address,
            sending_domain,
            display_name,
            filter_mode,
            inbound_filter_mode,
            outbound_filter_mode,
            agent_identity_id,
            filter_mode_change_notice,
            signature_html,
            signature_text,
            created_at,
            updated_at,
            signature_enabled,
        )

        identity_mailbox.additional_properties = d
        return identity_mailbox

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
from ..models.filter_mode_change_notice import FilterModeChangeNotice  # noqa: E402
