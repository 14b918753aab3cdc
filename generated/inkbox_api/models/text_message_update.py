from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_message_writable_status import TextMessageWritableStatus
from ..types import UNSET, Unset, parse_enum

T = TypeVar("T", bound="TextMessageUpdate")


@_attrs_define
class TextMessageUpdate:
    """Body of `update_text`."""

    is_read: bool | Unset = UNSET
    status: TextMessageWritableStatus | Unset = UNSET
    """ The only status a client may set on a text message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_read = self.is_read

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_read is not UNSET:
            field_dict["is_read"] = is_read
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_read = d.pop("is_read", UNSET)

        _status = d.pop("status", UNSET)
        status: TextMessageWritableStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = parse_enum(TextMessageWritableStatus, _status)

        text_message_update = cls(
            is_read,
            status,
        )

        text_message_update.additional_properties = d
        return text_message_update

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
