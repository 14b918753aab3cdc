from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SignupRestrictions")


@_attrs_define
class SignupRestrictions:
    """What the agent may do in its current claim status."""

    max_sends_per_day: int
    allowed_recipients: list[str]
    """ Addresses the agent may send to (only its human while unclaimed); empty means unrestricted. """
    can_receive: bool
    can_create_mailboxes: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_sends_per_day = self.max_sends_per_day

        allowed_recipients = self.allowed_recipients

        can_receive = self.can_receive

        can_create_mailboxes = self.can_create_mailboxes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max_sends_per_day": max_sends_per_day,
                "allowed_recipients": allowed_recipients,
                "can_receive": can_receive,
                "can_create_mailboxes": can_create_mailboxes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_sends_per_day = d.pop("max_sends_per_day")

        allowed_recipients = cast(list[str], d.pop("allowed_recipients"))

        can_receive = d.pop("can_receive")

        can_create_mailboxes = d.pop("can_create_mailboxes")

        signup_restrictions = cls(
            max_sends_per_day,
            allowed_recipients,
            can_receive,
            can_create_mailboxes,
        )

        signup_restrictions.additional_properties = d
        return signup_restrictions

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
