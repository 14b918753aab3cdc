from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_connection_kind import CallConnectionKind
from ..models.call_connection_status import CallConnectionStatus
from ..models.call_connection_trigger import CallConnectionTrigger
from ..models.forwarding_target_type import ForwardingTargetType
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="PhoneCallConnection")


@_attrs_define
class PhoneCallConnection:
    """One hand-off or conference attempt on a call."""

    id: UUID
    kind: CallConnectionKind
    """ Whether the caller is handed off or a guest joins. """
    trigger: CallConnectionTrigger
    """ What started a call connection. """
    status: CallConnectionStatus
    """ State of a call connection. """
    target_type: ForwardingTargetType
    """ Kind of destination a call is forwarded to. """
    target: str
    """ E.164 number or SIP URI. """
    requested_at: datetime.datetime
    dialing_at: datetime.datetime | None
    connected_at: datetime.datetime | None
    ended_at: datetime.datetime | None
    failure_code: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind.value

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

        connected_at: None | str
        if isinstance(self.connected_at, datetime.datetime):
            connected_at = self.connected_at.isoformat()
        else:
            connected_at = self.connected_at

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
                "kind": kind,
                "trigger": trigger,
                "status": status,
                "target_type": target_type,
                "target": target,
                "requested_at": requested_at,
                "dialing_at": dialing_at,
                "connected_at": connected_at,
                "ended_at": ended_at,
                "failure_code": failure_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        kind = parse_enum(CallConnectionKind, d.pop("kind"))

        trigger = parse_enum(CallConnectionTrigger, d.pop("trigger"))

        status = parse_enum(CallConnectionStatus, d.pop("status"))

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

        connected_at = d.pop("connected_at", None)
        if connected_at is not None:
            if isinstance(connected_at, str):
                try:
                    connected_at_type_0 = datetime.datetime.fromisoformat(connected_at)

                    connected_at = connected_at_type_0
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

        phone_call_connection = cls(
            id,
            kind,
            trigger,
            status,
            target_type,
            target,
            requested_at,
            dialing_at,
            connected_at,
            ended_at,
            failure_code,
        )

        phone_call_connection.additional_properties = d
        return phone_call_connection

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
