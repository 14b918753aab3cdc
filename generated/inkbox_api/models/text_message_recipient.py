from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_delivery_status import SmsDeliveryStatus

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

        def _parse_delivery_status(data: object) -> None | SmsDeliveryStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivery_status_type_0 = SmsDeliveryStatus(data)

                return delivery_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SmsDeliveryStatus, data)

        delivery_status = _parse_delivery_status(d.pop("delivery_status", None))

        def _parse_carrier(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        carrier = _parse_carrier(d.pop("carrier", None))

        def _parse_line_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        line_type = _parse_line_type(d.pop("line_type", None))

        def _parse_error_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_code = _parse_error_code(d.pop("error_code", None))

        def _parse_error_detail(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_detail = _parse_error_detail(d.pop("error_detail", None))

        def _parse_sent_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        sent_at = _parse_sent_at(d.pop("sent_at", None))

        def _parse_delivered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        delivered_at = _parse_delivered_at(d.pop("delivered_at", None))

        def _parse_failed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                failed_at_type_0 = datetime.datetime.fromisoformat(data)

                return failed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        failed_at = _parse_failed_at(d.pop("failed_at", None))

        text_message_recipient = cls(
            recipient_phone_number=recipient_phone_number,
            delivery_status=delivery_status,
            carrier=carrier,
            line_type=line_type,
            error_code=error_code,
            error_detail=error_detail,
            sent_at=sent_at,
            delivered_at=delivered_at,
            failed_at=failed_at,
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
