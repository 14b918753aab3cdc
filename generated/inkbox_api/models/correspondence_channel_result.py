from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.correspondence_channel import CorrespondenceChannel
from ..models.correspondence_channel_status import CorrespondenceChannelStatus
from ..types import parse_enum

T = TypeVar("T", bound="CorrespondenceChannelResult")


@_attrs_define
class CorrespondenceChannelResult:
    """Whether a channel could be searched and how many items it gave."""

    channel: CorrespondenceChannel
    """ A channel correspondence is gathered from. """
    status: CorrespondenceChannelStatus
    """ Whether a channel could be searched. """
    returned: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        status = self.status.value

        returned = self.returned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "status": status,
                "returned": returned,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = parse_enum(CorrespondenceChannel, d.pop("channel"))

        status = parse_enum(CorrespondenceChannelStatus, d.pop("status"))

        returned = d.pop("returned")

        correspondence_channel_result = cls(
            channel,
            status,
            returned,
        )

        correspondence_channel_result.additional_properties = d
        return correspondence_channel_result

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
