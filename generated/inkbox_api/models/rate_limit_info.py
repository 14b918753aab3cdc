from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RateLimitInfo")


@_attrs_define
class RateLimitInfo:
    """The organisation's call quota over the rolling 24 h window."""

    calls_used: int
    calls_remaining: int
    calls_limit: int
    minutes_used: float
    minutes_remaining: float
    minutes_limit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calls_used = self.calls_used

        calls_remaining = self.calls_remaining

        calls_limit = self.calls_limit

        minutes_used = self.minutes_used

        minutes_remaining = self.minutes_remaining

        minutes_limit = self.minutes_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calls_used": calls_used,
                "calls_remaining": calls_remaining,
                "calls_limit": calls_limit,
                "minutes_used": minutes_used,
                "minutes_remaining": minutes_remaining,
                "minutes_limit": minutes_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        calls_used = d.pop("calls_used")

        calls_remaining = d.pop("calls_remaining")

        calls_limit = d.pop("calls_limit")

        minutes_used = d.pop("minutes_used")

        minutes_remaining = d.pop("minutes_remaining")

        minutes_limit = d.pop("minutes_limit")

        rate_limit_info = cls(
            calls_used,
            calls_remaining,
            calls_limit,
            minutes_used,
            minutes_remaining,
            minutes_limit,
        )

        rate_limit_info.additional_properties = d
        return rate_limit_info

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
