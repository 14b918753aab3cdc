from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_gating_error_code import SmsGatingErrorCode
from ..types import parse_enum

T = TypeVar("T", bound="SmsGatingDetail")


@_attrs_define
class SmsGatingDetail:
    """`detail` of the 409 (`sender_sms_pending`) or 403 (`recipient_not_opted_in`, `recipient_opted_out`) returned by
    `send_text`.

    """

    error: SmsGatingErrorCode
    """ Machine-readable reason an SMS send was refused. """
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = parse_enum(SmsGatingErrorCode, d.pop("error"))

        message = d.pop("message")

        sms_gating_detail = cls(
            error,
            message,
        )

        sms_gating_detail.additional_properties = d
        return sms_gating_detail

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
