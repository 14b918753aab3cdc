from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_mode import FilterMode
from ..models.forwarding_target_type import ForwardingTargetType
from ..models.incoming_call_action import IncomingCallAction
from ..models.phone_number_type import PhoneNumberType
from ..models.sms_status import SmsStatus
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="PhoneNumber")


@_attrs_define
class PhoneNumber:
    """A phone number owned by the organisation."""

    id: UUID
    number: str
    """ E.164 number, e.g. `+18335794607`. """
    type_: PhoneNumberType = _attrs_field(alias="type")
    """ Kind of phone number. `toll_free` is guide-era (retired by the current client). """
    status: str
    """ `active`, or `released` after release. """
    sms_status: SmsStatus
    """ Outbound SMS readiness of a phone number: `pending` while the 10DLC campaign registers (about 10–15 min
    after provisioning; sends get 409 `sender_sms_pending`), `ready`, or `assignment_failed` when provisioning
    retries were exhausted. """
    sms_error_code: None | str
    """ Carrier error code when SMS provisioning failed. """
    sms_error_detail: None | str
    """ Carrier error detail when SMS provisioning failed. """
    sms_ready_at: datetime.datetime | None
    """ When the number became able to send SMS. """
    incoming_call_action: IncomingCallAction
    """ What happens to an inbound call. `auto_accept` bridges to `client_websocket_url`, `webhook` asks
    `incoming_call_webhook_url`, `hosted_agent` lets Inkbox Voice AI answer, `forward` dials the forwarding target
    (the guide documents the first three). """
    client_websocket_url: None | str
    """ `wss://` URL audio is bridged to when the action is `auto_accept`. """
    incoming_call_webhook_url: None | str
    """ HTTPS URL asked what to do when the action is `webhook`. """
    forwarding_target_type: ForwardingTargetType | None
    forwarding_phone_number: None | str
    """ E.164 forwarding destination. """
    forwarding_sip_uri: None | str
    """ SIP forwarding destination. """
    filter_mode: FilterMode
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    inbound_filter_mode: FilterMode
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    outbound_filter_mode: FilterMode
    """ How contact rules are read: `whitelist` delivers only matches of an `allow` rule; `blacklist` (the default)
    delivers everything except matches of a `block` rule.
     """
    state: None | str
    """ US state code of the number, when known. """
    country: str
    """ ISO 3166-1 alpha-2 country code, e.g. `US`. """
    agent_identity_id: None | UUID
    """ The owning identity; null only for pooled or released numbers. """
    filter_mode_change_notice: FilterModeChangeNotice | None
    """ Set only on a PATCH that actually changed `filter_mode`; null otherwise. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        number = self.number

        type_ = self.type_.value

        status = self.status

        sms_status = self.sms_status.value

        sms_error_code: None | str
        sms_error_code = self.sms_error_code

        sms_error_detail: None | str
        sms_error_detail = self.sms_error_detail

        sms_ready_at: None | str
        if isinstance(self.sms_ready_at, datetime.datetime):
            sms_ready_at = self.sms_ready_at.isoformat()
        else:
            sms_ready_at = self.sms_ready_at

        incoming_call_action = self.incoming_call_action.value

        client_websocket_url: None | str
        client_websocket_url = self.client_websocket_url

        incoming_call_webhook_url: None | str
        incoming_call_webhook_url = self.incoming_call_webhook_url

        forwarding_target_type: None | str
        if isinstance(self.forwarding_target_type, ForwardingTargetType):
            forwarding_target_type = self.forwarding_target_type.value
        else:
            forwarding_target_type = self.forwarding_target_type

        forwarding_phone_number: None | str
        forwarding_phone_number = self.forwarding_phone_number

        forwarding_sip_uri: None | str
        forwarding_sip_uri = self.forwarding_sip_uri

        filter_mode = self.filter_mode.value

        inbound_filter_mode = self.inbound_filter_mode.value

        outbound_filter_mode = self.outbound_filter_mode.value

        state: None | str
        state = self.state

        country = self.country

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

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "type": type_,
                "status": status,
                "sms_status": sms_status,
                "sms_error_code": sms_error_code,
                "sms_error_detail": sms_error_detail,
                "sms_ready_at": sms_ready_at,
                "incoming_call_action": incoming_call_action,
                "client_websocket_url": client_websocket_url,
                "incoming_call_webhook_url": incoming_call_webhook_url,
                "forwarding_target_type": forwarding_target_type,
                "forwarding_phone_number": forwarding_phone_number,
                "forwarding_sip_uri": forwarding_sip_uri,
                "filter_mode": filter_mode,
                "inbound_filter_mode": inbound_filter_mode,
                "outbound_filter_mode": outbound_filter_mode,
                "state": state,
                "country": country,
                "agent_identity_id": agent_identity_id,
                "filter_mode_change_notice": filter_mode_change_notice,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        number = d.pop("number")

        type_ = parse_enum(PhoneNumberType, d.pop("type"))

        status = d.pop("status")

        sms_status = parse_enum(SmsStatus, d.pop("sms_status"))

        sms_error_code = d.pop("sms_error_code", None)

        sms_error_detail = d.pop("sms_error_detail", None)

        sms_ready_at = d.pop("sms_ready_at", None)
        if sms_ready_at is not None:
            if isinstance(sms_ready_at, str):
                try:
                    sms_ready_at_type_0 = datetime.datetime.fromisoformat(sms_ready_at)

                    sms_ready_at = sms_ready_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        incoming_call_action = parse_enum(IncomingCallAction, d.pop("incoming_call_action"))

        client_websocket_url = d.pop("client_websocket_url", None)

        incoming_call_webhook_url = d.pop("incoming_call_webhook_url", None)

        forwarding_target_type = d.pop("forwarding_target_type", None)
        if forwarding_target_type is not None:
            if isinstance(forwarding_target_type, str):
                try:
                    forwarding_target_type_type_0 = parse_enum(
                        ForwardingTargetType, forwarding_target_type
                    )

                    forwarding_target_type = forwarding_target_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        forwarding_phone_number = d.pop("forwarding_phone_number", None)

        forwarding_sip_uri = d.pop("forwarding_sip_uri", None)

        filter_mode = parse_enum(FilterMode, d.pop("filter_mode"))

        inbound_filter_mode = parse_enum(FilterMode, d.pop("inbound_filter_mode"))

        outbound_filter_mode = parse_enum(FilterMode, d.pop("outbound_filter_mode"))

        state = d.pop("state", None)

        country = d.pop("country")

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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        phone_number = cls(
            id,
            number,
            type_,
            status,
            sms_status,
            sms_error_code,
            sms_error_detail,
            sms_ready_at,
            incoming_call_action,
            client_websocket_url,
            incoming_call_webhook_url,
            forwarding_target_type,
            forwarding_phone_number,
            forwarding_sip_uri,
            filter_mode,
            inbound_filter_mode,
            outbound_filter_mode,
            state,
            country,
            agent_identity_id,
            filter_mode_change_notice,
            created_at,
            updated_at,
        )

        phone_number.additional_properties = d
        return phone_number

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

    @property
    def type(self) -> PhoneNumberType:
        """`type_`, under the guide's name."""
        return self.type_

    @type.setter
    def type(self, value: PhoneNumberType) -> None:
        self.type_ = value


# Models that refer to each other import each other here, after the class: by then the class a
# circular import asks for exists, and the methods find the name once instead of importing it
# on every call.
from ..models.filter_mode_change_notice import FilterModeChangeNotice  # noqa: E402
