from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_forwarding_status import CallForwardingStatus
from ..models.call_forwarding_trigger import CallForwardingTrigger
from ..models.forwarding_target_type import ForwardingTargetType
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="PhoneCallForwarding")


@_attrs_define
class PhoneCallForwarding:
    """One attempt to forward a call."""

    id: UUID
    trigger: CallForwardingTrigger
    """ What started a call-forwarding attempt. """
    status: CallForwardingStatus
    """ State of a call-forwarding attempt. """
    target_type: ForwardingTargetType
    """ Kind of destination a call is forwarded to. """
    target: str
    """ E.164 number or SIP URI. """
    requested_at: datetime.datetime
    dialing_at: datetime.datetime | None
    forwarded_at: datetime.datetime | None
    ended_at: datetime.datetime | None
    failure_code: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        trigger = self.trigger.value

        status = self.status.value

        target_type = self.target_type.value

        target = self.target

        requested_at = self.requested_at.isoformat()

        dialing_at: None | str
        if isinstance(self.dialing_at, datetime.datetime):
            dialing_at = self.dialing_at.isoformat()
        else:
            dialing_at = self.dialing_at

        forwarded_at: None | str
        if isinstance(self.forwarded_at, datetime.datetime):
            forwarded_at = self.forwarded_at.isoformat()
        else:
            forwarded_at = self.forwarded_at

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        failure_code: None | str
        failure_code = self.failure_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "trigger": trigger,
                "status": status,
                "target_type": target_type,
                "target": target,
                "requested_at": requested_at,
                "dialing_at": dialing_at,
                "forwarded_at": forwarded_at,
                "ended_at": ended_at,
                "failure_code": failure_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        trigger = parse_enum(CallForwardingTrigger, d.pop("trigger"))

        status = parse_enum(CallForwardingStatus, d.pop("status"))

        target_type = parse_enum(ForwardingTargetType, d.pop("target_type"))

        target = d.pop("target")

        requested_at = datetime.datetime.fromisoformat(d.pop("requested_at"))

        dialing_at = d.pop("dialing_at", None)
        if dialing_at is not None:
            if isinstance(dialing_at, str):
                try:
                    dialing_at_type_0 = datetime.datetime.fromisoformat(dialing_at)

                    dialing_at = dialing_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        forwarded_at = d.pop("forwarded_at", None)
        if forwarded_at is not None:
            if isinstance(forwarded_at, str):
                try:
                    forwarded_at_type_0 = datetime.datetime.fromisoformat(forwarded_at)

                    forwarded_at = forwarded_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        ended_at = d.pop("ended_at", None)
        if ended_at is not None:
            if isinstance(ended_at, str):
                try:
                    ended_at_type_0 = datetime.datetime.fromisoformat(ended_at)

                    ended_at = ended_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        failure_code = d.pop("failure_code", None)

        phone_call_forwarding = cls(
            id,
            trigger,
            status,
            target_type,
            target,
            requested_at,
            dialing_at,
            forwarded_at,
            ended_at,
            failure_code,
        )

        phone_call_forwarding.additional_properties = d
        return phone_call_forwarding

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
