from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_delivery_status import SmsDeliveryStatus
from ..types import parse_enum

T = TypeVar("T", bound="TextMessageRecipient")


@_attrs_define
class TextMessageRecipient:
    """Delivery state of an outbound text for one recipient."""

    recipient_phone_number: str
    delivery_status: None | SmsDeliveryStatus
    carrier: None | str
    line_type: None | str
    error_code: None | str
    error_detail: None | str
    sent_at: datetime.datetime | None
    delivered_at: datetime.datetime | None
    failed_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient_phone_number = self.recipient_phone_number

        delivery_status: None | str
        if isinstance(self.delivery_status, SmsDeliveryStatus):
            delivery_status = self.delivery_status.value
        else:
            delivery_status = self.delivery_status

        carrier: None | str
        carrier = self.carrier

        line_type: None | str
        line_type = self.line_type

        error_code: None | str
        error_code = self.error_code

        error_detail: None | str
        error_detail = self.error_detail

        sent_at: None | str
        if isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        delivered_at: None | str
        if isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        failed_at: None | str
        if isinstance(self.failed_at, datetime.datetime):
            failed_at = self.failed_at.isoformat()
        else:
            failed_at = self.failed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient_phone_number": recipient_phone_number,
                "delivery_status": delivery_status,
                "carrier": carrier,
                "line_type": line_type,
                "error_code": error_code,
                "error_detail": error_detail,
                "sent_at": sent_at,
                "delivered_at": delivered_at,
                "failed_at": failed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipient_phone_number = d.pop("recipient_phone_number")

        delivery_status = d.pop("delivery_status", None)
        if delivery_status is not None:
            if isinstance(delivery_status, str):
                try:
                    delivery_status_type_0 = parse_enum(SmsDeliveryStatus, delivery_status)

                    delivery_status = delivery_status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        carrier = d.pop("carrier", None)

        line_type = d.pop("line_type", None)

        error_code = d.pop("error_code", None)

        error_detail = d.pop("error_detail", None)

        sent_at = d.pop("sent_at", None)
        if sent_at is not None:
            if isinstance(sent_at, str):
                try:
                    sent_at_type_0 = datetime.datetime.fromisoformat(sent_at)

                    sent_at = sent_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        delivered_at = d.pop("delivered_at", None)
        if delivered_at is not None:
            if isinstance(delivered_at, str):
                try:
                    delivered_at_type_0 = datetime.datetime.fromisoformat(delivered_at)

                    delivered_at = delivered_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        failed_at = d.pop("failed_at", None)
        if failed_at is not None:
            if isinstance(failed_at, str):
                try:
                    failed_at_type_0 = datetime.datetime.fromisoformat(failed_at)

                    failed_at = failed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        text_message_recipient = cls(
            recipient_phone_number,
            delivery_status,
            carrier,
            line_type,
            error_code,
            error_detail,
            sent_at,
            delivered_at,
            failed_at,
        )

        text_message_recipient.additional_properties = d
        return text_message_recipient

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
