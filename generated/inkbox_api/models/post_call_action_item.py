from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_uuid

T = TypeVar("T", bound="PostCallActionItem")


@_attrs_define
class PostCallActionItem:
    """An action item Inkbox Voice AI recorded during a call."""

    id: UUID
    seq: int
    action: str
    details: None | str
    status: str
    """ Always `open` (withdrawn items are not returned). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        seq = self.seq

        action = self.action

        details: None | str
        details = self.details

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "seq": seq,
                "action": action,
                "details": details,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        seq = d.pop("seq")

        action = d.pop("action")

        details = d.pop("details", None)

        status = d.pop("status")

        post_call_action_item = cls(
            id,
            seq,
            action,
            details,
            status,
        )

        post_call_action_item.additional_properties = d
        return post_call_action_item

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
