from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_opt_in_source import SmsOptInSource
from ..models.sms_opt_in_status import SmsOptInStatus
from ..types import parse_enum, parse_uuid

T = TypeVar("T", bound="SmsOptIn")


@_attrs_define
class SmsOptIn:
    """The SMS consent of one recipient number for the organization; only the timestamp of the current `status` is set."""

    id: UUID
    organization_id: str
    receiver_number: str
    """ E.164. """
    status: SmsOptInStatus
    """ Consent state of a recipient number for the organization. """
    source: SmsOptInSource
    """ What recorded the latest change (`sms` = an inbound STOP/START, `api` = the opt-in endpoints). """
    opted_in_at: datetime.datetime | None
    opted_out_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        organization_id = self.organization_id

        receiver_number = self.receiver_number

        status = self.status.value

        source = self.source.value

        opted_in_at: None | str
        if isinstance(self.opted_in_at, datetime.datetime):
            opted_in_at = self.opted_in_at.isoformat()
        else:
            opted_in_at = self.opted_in_at

        opted_out_at: None | str
        if isinstance(self.opted_out_at, datetime.datetime):
            opted_out_at = self.opted_out_at.isoformat()
        else:
            opted_out_at = self.opted_out_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "receiver_number": receiver_number,
                "status": status,
                "source": source,
                "opted_in_at": opted_in_at,
                "opted_out_at": opted_out_at,
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

        receiver_number = d.pop("receiver_number")

        status = parse_enum(SmsOptInStatus, d.pop("status"))

        source = parse_enum(SmsOptInSource, d.pop("source"))

        opted_in_at = d.pop("opted_in_at", None)
        if opted_in_at is not None:
            if isinstance(opted_in_at, str):
                try:
                    opted_in_at_type_0 = datetime.datetime.fromisoformat(opted_in_at)

                    opted_in_at = opted_in_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        opted_out_at = d.pop("opted_out_at", None)
        if opted_out_at is not None:
            if isinstance(opted_out_at, str):
                try:
                    opted_out_at_type_0 = datetime.datetime.fromisoformat(opted_out_at)

                    opted_out_at = opted_out_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        sms_opt_in = cls(
            id,
            organization_id,
            receiver_number,
            status,
            source,
            opted_in_at,
            opted_out_at,
            created_at,
            updated_at,
        )

        sms_opt_in.additional_properties = d
        return sms_opt_in

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
